// The names the pre-rendered page, the loader, the app and the stylesheets
// share, as src/takeover.rs defines them; a native test
// (xtask: contract) holds this file to that one.
export const PRERENDERED_ID = 'prerendered';
export const APP_ID = 'app';
export const APP_STATE = 'data-app';
export const APP_FAILED = 'failed';
export const APP_LATE = 'late';
export const APP_START = 'data-app-start';
export const START_WHEN_SEEN = 'when-seen';
export const APP_FETCHES = 'data-app-fetches';
export const NEEDS_APP = 'data-needs-app';
export const PRERENDERED_TAG = 'data-prerendered';
export const BASE_META = 'tocsin-base';
export const SEARCH_FIELD = 'q';

// Selectors built from them.
export const PRERENDERED = `#${PRERENDERED_ID}`;
export const APP = `#${APP_ID}`;

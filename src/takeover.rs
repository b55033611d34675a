//! The takeover's names: what the pre-rendered page, the loader
//! (`boot/loader.js`), the app, the stylesheets and the end-to-end suite
//! (`e2e/contract.js`) share. The build writes them into the loader; tests
//! hold the stylesheets and the e2e module to them. A module of its own, so
//! start-up, the browser module and the pre-renderer each read it without
//! reading one another.

/// The element holding the pre-rendered page, written by `cargo xtask build`.
pub const PRERENDERED_ID: &str = "prerendered";
/// The element the app mounts into, hidden, beside a pre-rendered page.
pub const APP_ID: &str = "app";
/// On `<html>`: how the app's start went, when it did not simply start.
pub const APP_STATE: &str = "data-app";
/// [`APP_STATE`] when the app could not start (no network, no WebAssembly).
pub const APP_FAILED: &str = "failed";
/// [`APP_STATE`] when the app has not started ten seconds after its
/// download began (a network that hangs rather than fails).
pub const APP_LATE: &str = "late";
/// On the pre-rendered page: when the loader starts the app.
pub const APP_START: &str = "data-app-start";
/// [`APP_START`] for a page that reads in full without the app (an
/// article): the app starts when a part marked [`NEEDS_APP`] nears the view.
pub const START_WHEN_SEEN: &str = "when-seen";
/// On the pre-rendered page: the addresses, separated by spaces, of the
/// data the app fetches first, which the loader preloads beside the app's
/// own files once the page has painted.
pub const APP_FETCHES: &str = "data-app-fetches";
/// Marks a part of a page that only works once the app runs.
pub const NEEDS_APP: &str = "data-needs-app";
/// On the pre-rendered page's head tags that the app replaces with its own.
pub const PRERENDERED_TAG: &str = "data-prerendered";
/// On the pre-rendered page: the day it was rendered for (the build's), on
/// which its campaigns' deadlines have passed or not. The app takes that
/// page over on the same day, so nothing moves; every page the app renders
/// itself counts in the reader's own day.
pub const RENDERED_DAY: &str = "data-day";
/// The `<meta>` naming the site's base path, written by `cargo xtask build`.
pub const BASE_META: &str = "tocsin-base";

/// The search form's field, which the loader reads before the app runs.
pub const SEARCH_FIELD: &str = crate::route::SEARCH_FIELD;

/// Every name and value, as `loader.js` and `e2e/contract.js` spell them:
/// the placeholder in the loader is the name in braces.
pub const ALL: [(&str, &str); 12] = [
    ("PRERENDERED_ID", PRERENDERED_ID),
    ("APP_ID", APP_ID),
    ("APP_STATE", APP_STATE),
    ("APP_FAILED", APP_FAILED),
    ("APP_LATE", APP_LATE),
    ("APP_START", APP_START),
    ("START_WHEN_SEEN", START_WHEN_SEEN),
    ("APP_FETCHES", APP_FETCHES),
    ("NEEDS_APP", NEEDS_APP),
    ("PRERENDERED_TAG", PRERENDERED_TAG),
    ("BASE_META", BASE_META),
    ("SEARCH_FIELD", SEARCH_FIELD),
];

/// The loader, with `{NAME}` for each name of [`ALL`] and `{js}` and
/// `{wasm}` for the files Trunk made; `cargo xtask build` fills them in.
pub const LOADER: &str = include_str!("boot/loader.js");

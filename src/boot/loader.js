// Starts Tocsin; `cargo xtask build` fills in the names in braces
// (src/takeover.rs) and the app's files.
//
// On a pre-rendered page the reader can read at once, so fetching,
// compiling and starting the app waits until the browser reports that
// page's first contentful paint (a frame callback comes too early: the
// paint is only on screen some milliseconds later), or three seconds where
// none is reported (a browser without paint timing, a hidden tab). A page
// whose app starts "when seen" (an article, which reads in full without the
// app) waits further, until one of its parts that need the app (the share
// panel) comes within a screen's height of the view; tabbing into one
// scrolls it there too. The wasm and the JS that starts it are then fetched
// side by side, with the data the app reads first (the page's JSON, its
// language's catalog), preloaded then rather than from the head, where they
// would compete with the first paint for the network. A pre-rendered page
// holds only the style rules its own HTML uses; the whole stylesheet, for
// everything the app may draw, is loaded beside the app's files and applies
// before the app starts. When the app cannot
// start (no network, no WebAssembly, a blocked file), <html> is marked as
// failed: the pre-rendered page stays, and its stylesheet swaps what needs
// the app for what works without it.
// On a network that hangs rather than fails, a pre-rendered page is marked
// late after ten seconds, with the same effect, until the app arrives after
// all and takes the page over (clearing the mark).
// Until the app takes the search boxes over, a search goes to the search
// page with the words in the address's fragment, which no request carries,
// as the app's own search does; the app's handler, once there, runs first
// and takes the submission.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (event.defaultPrevented || form.getAttribute('role') !== 'search') return;
  event.preventDefault();
  const words = new FormData(form).get('{SEARCH_FIELD}') ?? '';
  location.assign(`${form.action}#{SEARCH_FIELD}=${encodeURIComponent(words)}`);
});
const page = document.getElementById('{PRERENDERED_ID}');
const mark = (state) => document.documentElement.setAttribute('{APP_STATE}', state);
try {
  if (page) {
    await firstPaint();
    if (page.getAttribute('{APP_START}') === '{START_WHEN_SEEN}') {
      await seen(page.querySelectorAll('[{NEEDS_APP}]'));
    }
  }
  const wasm = fetch('{wasm}');
  const style = page && wholeStyle();
  for (const href of page?.getAttribute('{APP_FETCHES}')?.split(' ') ?? []) {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
    document.head.append(link);
  }
  // Handled below, once awaited; this keeps a failure while the JS is still
  // loading from being reported as unhandled.
  wasm.catch(() => {});
  const late = page && setTimeout(() => mark('{APP_LATE}'), 10000);
  const app = await import('{js}');
  await style;
  await app.default({ module_or_path: wasm });
  clearTimeout(late);
} catch (error) {
  mark('{APP_FAILED}');
  console.warn('Tocsin could not start; the page works without it.', error);
}

function firstPaint() {
  return new Promise((painted) => {
    const paints = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        paints.disconnect();
        painted();
      }
    });
    paints.observe({ type: 'paint', buffered: true });
    setTimeout(painted, 3000);
  });
}

// Resolves once the whole stylesheet has loaded, or failed to: the app then
// starts all the same, and the parts it draws that the page's own style
// does not cover stay plain.
function wholeStyle() {
  return new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '{css}' });
    link.addEventListener('load', done);
    link.addEventListener('error', done);
    document.head.append(link);
  });
}

// Resolves once one of `parts` is within a screen's height below the view.
function seen(parts) {
  return new Promise((near) => {
    if (!parts.length || !('IntersectionObserver' in window)) return near();
    const watch = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        watch.disconnect();
        near();
      }
    }, { rootMargin: '0px 0px 100% 0px' });
    parts.forEach((part) => watch.observe(part));
  });
}

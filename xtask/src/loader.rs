//! Replaces Trunk's inline loader script with a file of our own,
//! `loader-<hash>.js`: the Content-Security-Policy can then say
//! `script-src 'self'` with no hash to recompute on every build and no
//! `'unsafe-inline'`, and the loader can let a pre-rendered page paint
//! before the app's JS and wasm are fetched (`without_app_preloads`).

use std::path::Path;
use tocsin::model::BasePath;

/// What the loader does, with `{js}` and `{wasm}` for the files Trunk made.
/// On a pre-rendered page the reader can read at once, so fetching,
/// compiling and starting the app waits until the browser reports that
/// page's first contentful paint (a frame callback comes too early: the
/// paint is only on screen some milliseconds later), or three seconds where
/// none is reported (a browser without paint timing, a hidden tab). A page
/// marked `data-app-start="when-seen"` (an article, which reads in full
/// without the app) waits further, until one of its parts that need the app
/// (`data-needs-app`, the share panel) comes within a screen's height of
/// the view; tabbing into one scrolls it there too. The wasm and the JS
/// that starts it are then fetched side by side. When the app cannot start
/// (no network, no WebAssembly, a blocked file), the page is marked
/// `data-app="failed"`: the pre-rendered page stays, and its stylesheet
/// swaps what needs the app for what works without it. On a network that
/// hangs rather than fails, a pre-rendered page is marked `data-app="late"`
/// after ten seconds, with the same effect, until the app arrives after all
/// and takes the page over (clearing the mark).
const LOADER: &str = "\
// Starts Tocsin (written by cargo xtask build). A pre-rendered page paints first.
const page = document.getElementById('prerendered');
try {
  if (page) {
    await firstPaint();
    if (page.dataset.appStart === 'when-seen') await seen(page.querySelectorAll('[data-needs-app]'));
  }
  const wasm = fetch('{wasm}');
  // Handled below, once awaited; this keeps a failure while the JS is still
  // loading from being reported as unhandled.
  wasm.catch(() => {});
  const late = page && setTimeout(() => { document.documentElement.dataset.app = 'late'; }, 10000);
  const app = await import('{js}');
  await app.default({ module_or_path: wasm });
  clearTimeout(late);
} catch (error) {
  document.documentElement.dataset.app = 'failed';
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
";

/// Writes the loader for Trunk's inline module script in `html` to
/// `dist/loader-<hash>.js` and returns the page loading it from there
/// (under `base`); the page as it is when it has no inline script.
pub fn externalize(dist: &Path, html: &str, base: &BasePath) -> Result<String, String> {
    let Some((page, name, script)) = split(html, base)? else {
        return Ok(html.to_owned());
    };
    std::fs::write(dist.join(&name), script).map_err(|e| format!("cannot write {name}: {e}"))?;
    Ok(page)
}

/// The page with the inline module script replaced by a reference to
/// `loader-<hash>.js`, that file's name, and its text; `None` when there is
/// no inline module script, an error when it is not Trunk's loader.
type Split = Option<(String, String, String)>;
fn split(html: &str, base: &BasePath) -> Result<Split, String> {
    let Some(open) = ["<script type=module>", "<script type=\"module\">"]
        .iter()
        .find_map(|tag| html.find(tag).map(|at| (at, tag.len())))
    else {
        return Ok(None);
    };
    let body_start = open.0 + open.1;
    let unknown = || "the page's inline script is not Trunk's loader as we know it".to_owned();
    let body_end = body_start + html[body_start..].find("</script>").ok_or_else(unknown)?;
    let trunk = &html[body_start..body_end];
    let js = quoted_after(trunk, " from ").ok_or_else(unknown)?;
    let wasm = quoted_after(trunk, "module_or_path: ").ok_or_else(unknown)?;
    let script = LOADER.replace("{js}", js).replace("{wasm}", wasm);
    let name = format!("loader-{:016x}.js", fnv1a(script.as_bytes()));
    let page = format!(
        "{}<script type=\"module\" src=\"{}\"></script>{}",
        &html[..open.0],
        base.href(&format!("/{name}")),
        &html[body_end + "</script>".len()..]
    );
    Ok(Some((page, name, script)))
}

/// The single-quoted text right after `marker` in Trunk's script.
fn quoted_after<'a>(script: &'a str, marker: &str) -> Option<&'a str> {
    let rest = &script[script.find(marker)? + marker.len()..];
    let rest = rest.strip_prefix('\'')?;
    Some(&rest[..rest.find('\'')?])
}

/// `page` without the tags that fetch the app's JS and wasm as soon as the
/// HTML arrives (Trunk's modulepreload and wasm preload): on a pre-rendered
/// page they would compete with the page's own paint, and an article may
/// never need them; the loader fetches both after the paint, or on an
/// article when the share panel nears. The bare app keeps them, having
/// nothing to paint.
pub fn without_app_preloads(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(at) = rest.find("<link ") {
        let Some(len) = rest[at..].find('>') else {
            break;
        };
        let tag = &rest[at..=at + len];
        out.push_str(&rest[..at]);
        // However Trunk quotes its attributes: the module preload, and the
        // only link that names the wasm.
        let app_preload = tag.contains("modulepreload") || tag.contains("_bg.wasm");
        if !app_preload {
            out.push_str(tag);
        }
        rest = &rest[at + len + 1..];
    }
    out.push_str(rest);
    out
}

/// FNV-1a, 64 bits: a stable content hash for the file name, so a changed
/// loader gets a new name and can be cached as immutable like Trunk's files.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><title>T</title><script type=module>import init, * as bindings from '/t-1.js';\nconst wasm = await init({ module_or_path: '/t-1_bg.wasm' });\nwindow.wasmBindings = bindings;</script><link rel=icon></head>";

    #[test]
    fn trunks_inline_loader_becomes_our_file_the_page_points_to() {
        let root = BasePath::default();
        let (page, name, script) = split(TRUNK, &root).unwrap().unwrap();
        assert!(script.contains("await import('/t-1.js');"), "{script}");
        assert!(script.contains("fetch('/t-1_bg.wasm')"), "{script}");
        assert!(name.starts_with("loader-") && name.ends_with(".js"));
        assert_eq!(
            page,
            format!(
                "<head><title>T</title><script type=\"module\" src=\"/{name}\"></script><link rel=icon></head>"
            )
        );
        // A changed loader gets a new name.
        let other = split(&TRUNK.replace("t-1", "t-2"), &root)
            .unwrap()
            .unwrap()
            .1;
        assert_ne!(name, other);
        assert_eq!(split("<head></head>", &root), Ok(None));
        // A script that is not Trunk's loader stops the build.
        assert!(split("<script type=module>go()</script>", &root).is_err());
        let sub = BasePath::parse("/tocsin").unwrap();
        let under = split(TRUNK, &sub).unwrap().unwrap().0;
        assert!(
            under.contains(&format!("src=\"/tocsin/{name}\"")),
            "{under}"
        );
    }

    #[test]
    fn pre_rendered_pages_lose_only_the_apps_preloads() {
        let page = "<link href=/a.css rel=stylesheet><link crossorigin href=/t-1.js integrity=sha384-x rel=modulepreload><link as=fetch crossorigin href=/t-1_bg.wasm integrity=sha384-y rel=preload type=application/wasm><link rel=\"preload\" href=\"/data/a.json\" as=\"fetch\" crossorigin><body>x</body>";
        assert_eq!(
            without_app_preloads(page),
            "<link href=/a.css rel=stylesheet><link rel=\"preload\" href=\"/data/a.json\" as=\"fetch\" crossorigin><body>x</body>"
        );
    }
}

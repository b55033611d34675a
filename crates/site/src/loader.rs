//! Replaces Trunk's inline loader script with ours (`src/boot/loader.js`,
//! what it does is said there), still inline: the page then needs no
//! request for it before the app can start, and the Content-Security-Policy
//! allows exactly that script by its hash (`crate::style::hash_source`),
//! with no `'unsafe-inline'`. The loader lets a pre-rendered page paint
//! before the app's JS and wasm are fetched (`without_app_preloads`).

use tocsin::takeover::{self, LOADER};

/// The loader (`src/boot/loader.js`) for the app's files `js` and `wasm`
/// and the whole stylesheet `css`, with the takeover's names filled in from
/// `tocsin::takeover`.
fn loader(js: &str, wasm: &str, css: &str) -> String {
    let mut script = (LOADER.replace("{js}", js).replace("{wasm}", wasm)).replace("{css}", css);
    for (name, value) in takeover::ALL {
        script = script.replace(&format!("{{{name}}}"), value);
    }
    script
}

/// `html` with Trunk's inline module script replaced by our loader, which
/// loads the whole stylesheet from `css` for the app, and the loader's text
/// (for its hash); `None` when the page has no inline module script, an
/// error when it is not Trunk's loader.
pub fn inline(html: &str, css: &str) -> Result<Option<(String, String)>, String> {
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
    let script = loader(js, wasm, css);
    if script.to_ascii_lowercase().contains("</script") {
        return Err("the loader holds </script, which would end it in the page".into());
    }
    let page = format!(
        "{}<script type=\"module\">{script}</script>{}",
        &html[..open.0],
        &html[body_end + "</script>".len()..]
    );
    Ok(Some((page, script)))
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

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<head><title>T</title><script type=module>import init, * as bindings from \
        '/t-1.js';\nconst wasm = await init({ module_or_path: '/t-1_bg.wasm' });\nwindow.wasmBindings = \
            bindings;</script><link rel=icon></head>";

    #[test]
    fn trunks_inline_loader_becomes_ours_in_its_place() {
        let (page, script) = inline(TRUNK, "/style-1.css").unwrap().unwrap();
        assert!(script.contains("await import('/t-1.js');"), "{script}");
        assert!(script.contains("fetch('/t-1_bg.wasm')"), "{script}");
        assert!(script.contains("href: '/style-1.css'"), "{script}");
        assert_eq!(
            page,
            format!(
                "<head><title>T</title><script type=\"module\">{script}</script><link rel=icon></head>"
            )
        );
        assert_eq!(inline("<head></head>", "/s.css"), Ok(None));
        // A script that is not Trunk's loader stops the build.
        assert!(inline("<script type=module>go()</script>", "/s.css").is_err());
    }

    #[test]
    fn the_loader_names_what_the_contract_names_and_nothing_is_left_unfilled() {
        let script = loader("/t.js", "/t_bg.wasm", "/s.css");
        for (name, value) in takeover::ALL {
            let placeholder = format!("{{{name}}}");
            assert!(
                !script.contains(&placeholder),
                "{placeholder} left in the loader"
            );
            if name != "BASE_META" && name != "APP_ID" && name != "PRERENDERED_TAG" {
                assert!(
                    LOADER.contains(&placeholder),
                    "the loader never uses {name}"
                );
                assert!(script.contains(value), "{value}");
            }
        }
        // Every brace pair left is JavaScript's own, never a placeholder.
        let placeholder = |word: &str| word.chars().all(|c| c.is_ascii_uppercase() || c == '_');
        for piece in script.split('{').skip(1) {
            let word = piece.split('}').next().unwrap_or_default();
            assert!(
                word.is_empty() || !placeholder(word),
                "{{{word}}} left in the loader"
            );
        }
    }

    #[test]
    fn pre_rendered_pages_lose_only_the_apps_preloads() {
        let page = "<link href=/a.css rel=stylesheet><link crossorigin href=/t-1.js integrity=sha384-x \
            rel=modulepreload><link as=fetch crossorigin href=/t-1_bg.wasm integrity=sha384-y rel=preload \
                type=application/wasm><link rel=\"preload\" href=\"/data/a.json\" as=\"fetch\" \
                    crossorigin><body>x</body>";
        assert_eq!(
            without_app_preloads(page),
            "<link href=/a.css rel=stylesheet><link rel=\"preload\" href=\"/data/a.json\" as=\"fetch\" \
                crossorigin><body>x</body>"
        );
    }
}

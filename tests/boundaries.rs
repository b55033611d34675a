//! Three rules of the code's shape that Cargo cannot hold, checked on its
//! text (the core crate names no browser crate, so Cargo keeps it pure):
//! - in the app, the browser is reached only through `src/browser/`,
//!   `src/api/` and start-up (`src/boot/`, `src/main.rs`), so the components
//!   the pre-renderer runs natively never call a browser-only function;
//! - addresses and data paths are written only by the core's `route`
//!   module: no other code of the workspace formats one;
//! - within each crate of the workspace, modules form layers: no module
//!   reaches, directly or through others, back to itself (comments and test
//!   code left out, since a test may use any module to build its input).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file below `dir`, with its path from the repository root.
fn rust_files(dir: &str) -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join(dir), &mut files);
    let read = |path: &PathBuf| {
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        (name, std::fs::read_to_string(path).unwrap())
    };
    files.iter().map(read).collect()
}

/// Test code spells addresses out to check them; it is not the app's.
fn is_test_code(name: &str) -> bool {
    name.ends_with("/tests.rs") || name.contains("/tests/")
}

#[test]
fn only_the_browser_module_api_and_start_up_reach_the_browser() {
    const DOORS: [&str; 4] = ["src/browser/", "src/api/", "src/boot/", "src/main.rs"];
    const BROWSER: [&str; 7] = [
        "web_sys",
        "js_sys",
        "gloo",
        "wasm_bindgen",
        "document()",
        "window()",
        "request_animation_frame",
    ];
    let mut found = Vec::new();
    let files = rust_files("src");
    assert!(files.len() > 40, "{} files", files.len());
    for (name, text) in &files {
        if DOORS.iter().any(|door| name.starts_with(door)) {
            continue;
        }
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if let Some(call) = BROWSER.iter().find(|call| code.contains(*call)) {
                found.push(format!("{name}:{}: {call}", number + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "browser calls outside src/browser/:\n{}",
        found.join("\n")
    );
}

/// True when a format string builds an address or a data path.
fn address_shaped(literal: &str) -> bool {
    const SEGMENTS: [&str; 9] = [
        "articles/",
        "campaigns/",
        "archive/",
        "tags/",
        "page/",
        "data/",
        "index/",
        ".json",
        ".xml",
    ];
    let placeholder_segment = literal.contains("/{")
        || literal.match_indices("}/").any(|(at, _)| {
            let next = literal[at + 2..].chars().next();
            next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '{')
        });
    placeholder_segment || SEGMENTS.iter().any(|s| literal.contains(s))
}

/// The string literal of each `format!(` in `text`, with its line number.
fn format_literals(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("format!(") {
        let rest = &text[at + "format!(".len()..];
        let rest = rest.trim_start();
        let Some(body) = rest.strip_prefix('"') else {
            continue;
        };
        let mut literal = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => literal.extend(chars.next()),
                '"' => break,
                c => literal.push(c),
            }
        }
        out.push((text[..at].lines().count(), literal));
    }
    out
}

#[test]
fn no_address_or_data_path_is_formatted_outside_the_route_module() {
    let mut found = Vec::new();
    let mut seen = 0;
    for dir in ["src", "crates/core/src", "xtask/src"] {
        for (name, text) in rust_files(dir) {
            if name.starts_with("crates/core/src/route") || is_test_code(&name) {
                continue;
            }
            // An inline test module ends the app's code.
            let code = text
                .split("#[cfg(test)]\nmod tests {")
                .next()
                .unwrap_or_default();
            for (line, literal) in format_literals(code) {
                seen += 1;
                if address_shaped(&literal) {
                    found.push(format!("{name}:{line}: format!(\"{literal}\")"));
                }
            }
        }
    }
    assert!(seen > 50, "only {seen} format! calls read");
    assert!(
        found.is_empty(),
        "addresses formatted outside the core's route module:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_address_check_knows_an_address_when_it_sees_one() {
    for address in [
        "/articles/{}",
        "{base}/campaigns/{slug}",
        "/archive/{year}/{number:02}",
        "index/{month}.json",
        "{site_root}/{name}",
        "/{name}",
    ] {
        assert!(address_shaped(address), "{address}");
    }
    for other in [
        "{name}: {e}",
        "http://127.0.0.1:{PORT}",
        "{} of {}",
        "#{tag}",
        "{a} · {b}",
    ] {
        assert!(!address_shaped(other), "{other}");
    }
    let text = "let a = format!(\"/tags/{tag}\");\nlet b = format!(\n    \"{x}: \\\"y\\\"\",\n);";
    let literals: Vec<String> = format_literals(text).into_iter().map(|(_, l)| l).collect();
    assert_eq!(literals, ["/tags/{tag}", "{x}: \"y\""]);
}

/// The code of `path` and the files below it, without comments and without
/// test modules.
fn code_of(path: &Path) -> String {
    let mut code = String::new();
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name != "tests" && name != "tests.rs" {
                code += &code_of(&path);
            }
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        let text = std::fs::read_to_string(path).unwrap();
        let text = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or_default();
        for line in text.lines() {
            code += line.split("//").next().unwrap_or_default();
            code.push('\n');
        }
    }
    code
}

/// Each top-level module of the crate whose sources are in `dir` (from the
/// repository root) and the other modules its code names.
fn module_graph(dir: &str) -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut modules = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "lib" || name == "main" {
            continue;
        }
        let mut code = code_of(&path);
        // A module's folder beside its `<name>.rs` file is the same module.
        if path.is_dir() && src.join(format!("{name}.rs")).is_file() {
            code += &code_of(&src.join(format!("{name}.rs")));
        }
        let uses: BTreeSet<String> = code
            .match_indices("crate::")
            .flat_map(|(at, _)| modules_named(&code[at + "crate::".len()..]))
            .filter(|used| *used != name)
            .collect();
        modules
            .entry(name)
            .or_insert_with(BTreeSet::new)
            .extend(uses);
    }
    modules
}

/// The modules named right after a `crate::`: one (`model::Slug`), or each
/// of a group (`{build, content::Content}`).
fn modules_named(after: &str) -> Vec<String> {
    let ident = |text: &str| -> String {
        text.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let Some(group) = after.strip_prefix('{') else {
        return vec![ident(after)];
    };
    let mut names = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (at, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                names.push(ident(&group[start..at]));
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                names.push(ident(&group[start..at]));
                start = at + 1;
            }
            _ => {}
        }
    }
    names.retain(|name| !name.is_empty() && name != "self");
    names
}

/// A path of modules that leads from one back to itself, if any.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        let here = path.last()?.clone();
        for next in graph.get(&here).into_iter().flatten() {
            if let Some(at) = path.iter().position(|m| m == next) {
                let mut cycle = path[at..].to_vec();
                cycle.push(next.clone());
                return Some(cycle);
            }
            if !done.contains(next) {
                path.push(next.clone());
                if let Some(cycle) = visit(graph, path, done) {
                    return Some(cycle);
                }
                path.pop();
            }
        }
        done.insert(here);
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|start| visit(graph, &mut vec![start.clone()], &mut done))
}

#[test]
fn no_module_reaches_back_to_itself() {
    let core = module_graph("crates/core/src");
    assert!(core.len() >= 10, "{core:?}");
    assert!(core["compose"].contains("model"), "{core:?}");
    let app = module_graph("src");
    assert!(app["components"].contains("browser"), "{app:?}");
    let site = module_graph("crates/site/src");
    assert!(site["commands"].contains("build"), "{site:?}");
    let xtask = module_graph("xtask/src");
    assert!(xtask["bench"].contains("setup"), "{xtask:?}");
    let crates = [
        ("tocsin-core", core),
        ("tocsin", app),
        ("tocsin-site", site),
        ("xtask", xtask),
    ];
    for (crate_name, graph) in crates {
        if let Some(cycle) = find_cycle(&graph) {
            panic!(
                "{crate_name}'s modules import in a cycle: {}",
                cycle.join(" → ")
            );
        }
    }
}

#[test]
fn the_cycle_check_reads_single_and_grouped_imports() {
    assert_eq!(modules_named("model::Slug;"), ["model"]);
    assert_eq!(
        modules_named("{self, build, content::{Content, ListRoute}, tools};"),
        ["build", "content", "tools"]
    );
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(m, uses)| (m.to_owned(), uses.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(
        find_cycle(&graph),
        Some(["a", "b", "c", "a"].map(String::from).to_vec())
    );
}

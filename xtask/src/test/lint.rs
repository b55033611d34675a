//! The format and lint layers: leptosfmt and rustfmt, clippy on both
//! targets, and `node --check` on our JavaScript.

use super::{LayerResult, Tally, single_check};
use std::path::Path;
use tocsin_site::project::Project;

/// The `view!` markup (leptosfmt), then the rest (rustfmt); fixed by
/// `leptosfmt src tests crates/desk/src && cargo fmt --all`, in that order.
pub fn fmt(project: &Project) -> LayerResult {
    const FIX: &str = "run `leptosfmt src tests crates/desk/src && cargo fmt --all`";
    let mut markup = project.command("leptosfmt");
    markup.args(["--check", "--quiet", "src", "tests", "crates/desk/src"]);
    let (mut tally, failure) = single_check(
        markup,
        "leptosfmt --check",
        &format!("view! markup is not formatted; {FIX}"),
    );
    if failure.is_some() {
        return (tally, failure);
    }
    let code = project.cargo(&["fmt", "--all", "--check"]);
    let (rust, failure) = single_check(
        code,
        "cargo fmt --check",
        &format!("code is not formatted; {FIX}"),
    );
    tally.add(rust);
    if failure.is_some() {
        return (tally, failure);
    }
    let long = long_lines(&project.root);
    tally.add(Tally {
        passed: u64::from(long.is_empty()),
        failed: u64::from(!long.is_empty()),
    });
    match long.as_slice() {
        [] => (tally, None),
        long => (
            tally,
            Some(format!(
                "lines over {MAX_LINE} characters, which rustfmt cannot break (split the string \
                 literal with a `\\` at a space):\n{}",
                long.join("\n")
            )),
        ),
    }
}

/// The longest line of Rust allowed. rustfmt keeps code within 100 but
/// leaves a long string literal whole.
const MAX_LINE: usize = 120;

/// Every line of the workspace's Rust over [`MAX_LINE`] characters, as
/// `path:line: length`.
fn long_lines(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for path in std::fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
        {
            let path = path.path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            if path.is_dir() && !matches!(&*name, "target" | "node_modules" | ".git") {
                dirs.push(path);
            } else if name.ends_with(".rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let shown = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                found.extend(text.lines().enumerate().filter_map(|(n, line)| {
                    let length = line.chars().count();
                    (length > MAX_LINE).then(|| format!("{shown}:{}: {length}", n + 1))
                }));
            }
        }
    }
    found.sort();
    found
}

/// clippy with `-D warnings` on the native and the wasm32 target, then
/// `node --check` on our JavaScript.
pub fn clippy(project: &Project) -> LayerResult {
    let native = project.cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    let (mut tally, failure) = single_check(
        native,
        "clippy (native)",
        "clippy found problems on the native target",
    );
    if failure.is_some() {
        return (tally, failure);
    }
    let wasm = project.cargo(&[
        "clippy",
        "--package",
        "tocsin",
        "--package",
        "tocsin-core",
        "--package",
        "tocsin-desk",
        "--all-targets",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]);
    let (wasm_tally, failure) = single_check(
        wasm,
        "clippy (wasm32)",
        "clippy found problems on the wasm32 target",
    );
    tally.add(wasm_tally);
    if failure.is_some() {
        return (tally, failure);
    }
    let (js_tally, failure) = javascript_syntax(project);
    tally.add(js_tally);
    (tally, failure)
}

/// Every JavaScript file of ours through `node --check`, as a module: the
/// loader (`src/boot/loader.js`, which the build fills in and ships) and the
/// end-to-end suite; one test each.
fn javascript_syntax(project: &Project) -> LayerResult {
    let mut files = vec![project.root.join("src/boot/loader.js")];
    for dir in ["e2e", "e2e/tests", "e2e/bench"] {
        let entries = std::fs::read_dir(project.root.join(dir))
            .into_iter()
            .flatten();
        let scripts = entries.filter_map(Result::ok).map(|e| e.path());
        files.extend(scripts.filter(|p| p.extension().is_some_and(|x| x == "js" || x == "mjs")));
    }
    let mut tally = Tally::default();
    for file in files {
        let name = file
            .strip_prefix(&project.root)
            .unwrap_or(&file)
            .display()
            .to_string();
        let Ok(source) = std::fs::File::open(&file) else {
            return (tally, Some(format!("cannot read {name}")));
        };
        let mut check = project.command("node");
        check.args(["--input-type=module", "--check"]).stdin(source);
        let (one, failure) = single_check(
            check,
            &format!("node --check {name}"),
            &format!("{name} is not valid JavaScript"),
        );
        tally.add(one);
        if failure.is_some() {
            return (tally, failure);
        }
    }
    (tally, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_over_the_limit_is_named_by_its_characters() {
        let root = std::env::temp_dir().join(format!("tocsin-lines-{}", std::process::id()));
        std::fs::create_dir_all(root.join("src")).unwrap();
        std::fs::create_dir_all(root.join("target")).unwrap();
        let cyrillic = "я".repeat(MAX_LINE);
        let long = "x".repeat(MAX_LINE + 1);
        std::fs::write(
            root.join("src/a.rs"),
            format!("// {cyrillic}\n{cyrillic}\n"),
        )
        .unwrap();
        std::fs::write(root.join("src/b.rs"), format!("fn f() {{}}\n{long}\n")).unwrap();
        std::fs::write(root.join("target/c.rs"), &long).unwrap();
        assert_eq!(long_lines(&root), ["src/a.rs:1: 123", "src/b.rs:2: 121"]);
        std::fs::remove_dir_all(&root).unwrap();
    }
}

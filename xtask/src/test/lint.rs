//! The format and lint layers: leptosfmt and rustfmt, clippy on both
//! targets, and `node --check` on our JavaScript.

use super::{LayerResult, Tally, single_check};
use tocsin_site::project::Project;

/// The `view!` markup (leptosfmt), then the rest (rustfmt); fixed by
/// `leptosfmt src tests && cargo fmt --all`, in that order.
pub fn fmt(project: &Project) -> LayerResult {
    const FIX: &str = "run `leptosfmt src tests && cargo fmt --all`";
    let mut markup = project.command("leptosfmt");
    markup.args(["--check", "--quiet", "src", "tests"]);
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
    (tally, failure)
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

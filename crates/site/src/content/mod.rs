//! `cargo xtask content check [DIR]`, `cargo xtask content publish [DIR]`,
//! `cargo xtask content generate N DIR` and `cargo xtask content schema`.

mod canonical;
mod catalogs;
mod check;
mod countries;
mod generate;
mod kinds;
mod locate;
pub mod markdown;
mod migrate;
mod publish;
mod schema;
mod search_index;
mod site;
mod strict;
#[cfg(test)]
mod tests;
mod wording;

pub use catalogs::check_catalogs;
pub use migrate::{as_markdown, image_size};
pub use publish::publish;
pub use site::{Content, ListRoute, build_day};

use crate::project::Project;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tocsin::route::DataFile;

/// Runs a `content` subcommand.
pub fn run(project: &Project, args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("check") => {
            let verbose = args.iter().any(|a| a == "--verbose");
            let dir = (args.iter().skip(1))
                .find(|a| *a != "--verbose")
                .map_or_else(|| project.root.join("public/data"), PathBuf::from);
            check_dir_with(&dir, verbose).map(|summary| println!("{summary}"))?;
            // The interface's catalogs beside the content, as the build reads them.
            let catalogs = dir.parent().map(|parent| parent.join("i18n"));
            let Some(catalogs) = catalogs.filter(|catalogs| catalogs.is_dir()) else {
                return Ok(());
            };
            let problems = check_catalogs(&catalogs);
            if !problems.is_empty() {
                return Err(problems.join("\n"));
            }
            println!(
                "content check: the catalogs in {} are complete",
                catalogs.display()
            );
            Ok(())
        }
        Some("publish") => {
            let dir = args
                .get(1)
                .map_or_else(|| project.root.join(publish::DIR), PathBuf::from);
            write_published(&project.root.join("public/data"), &dir)
        }
        Some("generate") => {
            let (Some(count), Some(dir)) = (args.get(1), args.get(2)) else {
                return Err(USAGE.into());
            };
            let count: usize = count.parse().map_err(|_| USAGE.to_owned())?;
            generate_archive(project, count, Path::new(dir))?;
            println!("content generate: {count} articles in {dir}");
            Ok(())
        }
        Some("migrate") => {
            let data = args
                .get(1)
                .map_or_else(|| project.root.join("public/data"), PathBuf::from);
            let turned = migrate::migrate(&data)?;
            println!(
                "content migrate: {turned} articles turned into Markdown in {}",
                data.display()
            );
            check_dir(&data).map(|summary| println!("{summary}"))
        }
        Some("fmt") => {
            let data = args
                .get(1)
                .map_or_else(|| project.root.join("public/data"), PathBuf::from);
            let files =
                read_tree(&data).map_err(|e| format!("cannot read {}: {e}", data.display()))?;
            let done = canonical::format(&data, &files)?;
            for path in &done.with_notes {
                println!(
                    "content fmt: {path} kept as written: its notes (keys starting with _) have \
                        no place in the canonical form"
                );
            }
            println!(
                "content fmt: {} files rewritten in the canonical form in {}",
                done.rewritten.len(),
                data.display()
            );
            check_dir(&data).map(|summary| println!("{summary}"))
        }
        Some("schema") => schema::write(&project.root.join(schema::DIR)),
        _ => Err(USAGE.into()),
    }
}

/// How the `content` subcommands are called.
const USAGE: &str = "usage: cargo xtask content check [--verbose] [DIR] | content publish [DIR] \
    | content fmt [DIR] | content migrate [DIR] | content generate N DIR | content schema";

/// Writes a valid archive of `count` articles into the empty folder `dir`,
/// with the site file's languages and appeals.
pub fn generate_archive(project: &Project, count: usize, dir: &Path) -> Result<(), String> {
    let site = project
        .root
        .join("public")
        .join("data")
        .join(DataFile::Site.path());
    let site = std::fs::read_to_string(&site)
        .map_err(|e| format!("cannot read {}: {e}", site.display()))?;
    let site =
        serde_json::from_str(&site).map_err(|e| format!("{}: {e}", DataFile::Site.path()))?;
    generate::write(&site, count, dir)
}

/// Checks the content in `data`, then writes it under `dir` as a build
/// publishes it (`dir/data/…`).
fn write_published(data: &Path, dir: &Path) -> Result<(), String> {
    check_dir(data)?;
    let content = Content::read(data)?;
    let output = crate::output::Output::open(dir, None);
    publish(&content, data, &output)?;
    println!(
        "content publish: {} in {}",
        output.finish()?,
        dir.join("data").display()
    );
    Ok(())
}

/// Validates every file under `dir`: a one-line summary when all are
/// valid, else one line per problem (file:line:column: pointer: message)
/// and the count. `cargo xtask build` runs it before writing any page.
/// What a language lacks is summed up in one warning per file.
pub fn check_dir(dir: &Path) -> Result<String, String> {
    check_dir_with(dir, false)
}

/// [`check_dir`], with every translation gap on a line of its own when
/// `verbose`.
pub fn check_dir_with(dir: &Path, verbose: bool) -> Result<String, String> {
    let files = read_tree(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let problems = check::check(&files);
    // file:line:column, then the JSON pointer of the value at fault when
    // there is one (a Markdown article's line says enough).
    let line = |p: &check::Problem| {
        let at = format!("{}:{}:{}", dir.join(&p.file).display(), p.line, p.column);
        match p.pointer.is_empty() || p.file.ends_with(".md") {
            true => format!("{at}: {}", p.message),
            false => format!("{at}: {}: {}", p.pointer, p.message),
        }
    };
    // What a language lacks is said, and never stops a build.
    let gaps = check::warnings(&files);
    let mut warnings: Vec<String> = Vec::new();
    for (i, gap) in gaps.iter().enumerate() {
        let same_file = gaps.iter().filter(|g| g.file == gap.file).count();
        let first = i == 0 || gaps[i - 1].file != gap.file;
        match (verbose || same_file == 1, first) {
            (true, _) => warnings.push(format!("warning: {}", line(gap))),
            (false, true) => warnings.push(format!(
                "warning: {}; {} more in this file (--verbose lists each)",
                line(gap),
                same_file - 1
            )),
            (false, false) => {}
        }
    }
    if problems.is_empty() {
        let count = files.len();
        let mut report = warnings;
        report.push(format!(
            "content check: {count} files in {} are valid",
            dir.display()
        ));
        return Ok(report.join("\n"));
    }
    let mut report: Vec<String> = problems.iter().map(line).collect();
    report.push(format!(
        "content check: {} problem(s) in {}",
        problems.len(),
        dir.display()
    ));
    Err(report.join("\n"))
}

/// Every file under `dir`, by its `/`-separated path relative to `dir`.
fn read_tree(dir: &Path) -> std::io::Result<BTreeMap<String, Vec<u8>>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if let Ok(relative) = path.strip_prefix(dir) {
                let key = relative
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                files.insert(key, std::fs::read(&path)?);
            }
        }
    }
    Ok(files)
}

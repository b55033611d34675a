//! Validates a content folder held in memory: decodes every file into the
//! app's own types, applies the model's rules, then checks across files.

use super::kinds::{Kind, unexpected};
use super::locate::{line_column, locate};
use super::markdown::{self, Places};
use super::strict::{Strict, decode, schema};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::collections::BTreeMap;
use tocsin::model::{Article, Campaign, Directory, Site, Slug};
use tocsin::validate::{self, ContentSet, Issue};

/// One problem, placed in its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path inside the content folder, such as `articles/x.json`.
    pub file: String,
    /// JSON pointer of the value at fault; empty for the whole file.
    pub pointer: String,
    /// 1-based line and column.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong and what was expected.
    pub message: String,
}

/// Every decoded file, by path.
#[derive(Default)]
struct Decoded {
    site: Option<Site>,
    articles: BTreeMap<String, Article>,
    campaigns: BTreeMap<String, Campaign>,
    directories: BTreeMap<String, Directory>,
}

/// What fields each kind of file may hold.
struct Schemas {
    site: Value,
    article: Value,
    campaign: Value,
    directory: Value,
}

/// Checks `files` (path → bytes); returns every problem found, in file order.
pub fn check(files: &BTreeMap<String, Vec<u8>>) -> Vec<Problem> {
    let schemas = Schemas {
        site: schema::<Site>(),
        article: schema::<Article>(),
        campaign: schema::<Campaign>(),
        directory: schema::<Directory>(),
    };
    let mut problems = Vec::new();
    let mut decoded = Decoded::default();
    let mut texts = BTreeMap::new();
    let mut broken = std::collections::BTreeSet::new();
    // A Markdown article's JSON path, with its file and where its parts are.
    let mut written_in: BTreeMap<String, (String, Places)> = BTreeMap::new();
    if !files.contains_key("site.json") {
        problems.push(whole_file("site.json", "site.json is missing".into()));
    }
    for (path, bytes) in files {
        if let Some(message) = unexpected(path, files) {
            problems.push(whole_file(path, message));
        }
        let Some(kind) = Kind::of(path) else {
            continue;
        };
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                broken.insert(path.clone());
                let (line, column) = line_column(
                    &String::from_utf8_lossy(&bytes[..e.valid_up_to()]),
                    usize::MAX,
                );
                problems.push(Problem {
                    file: path.clone(),
                    pointer: String::new(),
                    line,
                    column,
                    message: format!(
                        "expected UTF-8 text, found an invalid byte at offset {}",
                        e.valid_up_to()
                    ),
                });
                continue;
            }
        };
        texts.insert(path.clone(), text);
        let (issues, unknown) = match kind {
            Kind::Site => read(text, &schemas.site, validate::site, |s| {
                decoded.site = Some(s)
            }),
            Kind::Article => read(text, &schemas.article, validate::article, |a| {
                decoded.articles.insert(path.clone(), a);
            }),
            Kind::Campaign => read(text, &schemas.campaign, validate::campaign, |c| {
                decoded.campaigns.insert(path.clone(), c);
            }),
            Kind::Directory => read(text, &schemas.directory, validate::directory, |d| {
                decoded.directories.insert(path.clone(), d);
            }),
            Kind::MarkdownArticle => {
                let slug = path.trim_start_matches("articles/").trim_end_matches(".md");
                let image_size = |src: &str| {
                    let size = imagesize::blob_size(files.get(src)?).ok()?;
                    Some((
                        u32::try_from(size.width).ok()?,
                        u32::try_from(size.height).ok()?,
                    ))
                };
                let checked =
                    markdown::check::check(path, slug, text, &schemas.article, &image_size);
                problems.extend(checked.problems);
                let as_json = format!("articles/{slug}.json");
                match (checked.article, checked.places) {
                    (Some(article), Some(places)) => {
                        decoded.articles.insert(as_json.clone(), article);
                        written_in.insert(as_json, (path.clone(), places));
                    }
                    _ => {
                        broken.insert(as_json);
                    }
                }
                continue;
            }
        };
        problems.extend(unknown.into_iter().map(|i| place(path, text, i)));
        match issues {
            Ok(issues) => problems.extend(issues.into_iter().map(|i| place(path, text, i))),
            Err(problem) => {
                broken.insert(path.clone());
                problems.push(Problem {
                    file: path.clone(),
                    ..problem
                });
            }
        }
    }
    let set = ContentSet {
        site: decoded.site.as_ref(),
        articles: decoded
            .articles
            .iter()
            .map(|(k, v)| (k.clone(), v))
            .collect(),
        campaigns: decoded
            .campaigns
            .iter()
            .map(|(k, v)| (k.clone(), v))
            .collect(),
        directories: (decoded.directories.iter())
            .map(|(k, v)| (k.clone(), v))
            .collect(),
        broken,
    };
    for found in validate::cross_check(&set) {
        if let Some((file, places)) = written_in.get(&found.file) {
            problems.push(markdown::check::place(file, places, found.issue));
            continue;
        }
        let text = texts.get(&found.file).copied().unwrap_or_default();
        problems.push(place(&found.file, text, found.issue));
    }
    problems.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    problems
}

/// Decodes `text` with `schema`, applies `rules` to what it holds and hands
/// it to `keep`: the rules' issues or the decoding's error, and the unknown
/// fields.
fn read<T: DeserializeOwned>(
    text: &str,
    schema: &Value,
    rules: fn(&T) -> Vec<Issue>,
    keep: impl FnOnce(T),
) -> (Result<Vec<Issue>, Problem>, Vec<Issue>) {
    let Strict { value, unknown } = decode::<T>(text, schema);
    let issues = value.map(|value| {
        let issues = rules(&value);
        keep(value);
        issues
    });
    (issues, unknown)
}

/// What the site's languages lack in the campaigns of `files`, and the
/// active campaigns past their deadline: warnings that never stop a build.
/// Files that do not decode are left to `check`.
pub fn warnings(files: &BTreeMap<String, Vec<u8>>) -> Vec<Problem> {
    let text = |path: &str| files.get(path).and_then(|b| std::str::from_utf8(b).ok());
    let Some(site) = text("site.json").and_then(|t| decode(t, &schema::<Site>()).value.ok()) else {
        return Vec::new();
    };
    let campaign = schema::<Campaign>();
    let campaigns: BTreeMap<String, Campaign> = files
        .keys()
        .filter(|path| matches!(Kind::of(path), Some(Kind::Campaign)))
        .filter_map(|path| Some((path.clone(), decode(text(path)?, &campaign).value.ok()?)))
        .collect();
    let by_path = campaigns.iter().map(|(k, v)| (k.clone(), v)).collect();
    let directory = schema::<Directory>();
    let directories: BTreeMap<Slug, Directory> = (files.keys())
        .filter_map(|path| {
            let id = path.strip_prefix("directories/")?.strip_suffix(".json")?;
            let id = Slug::parse(id).ok()?;
            Some((id, decode(text(path)?, &directory).value.ok()?))
        })
        .collect();
    let by_id = directories.iter().map(|(k, v)| (k.clone(), v)).collect();
    let mut found = validate::translation_gaps(&site, &by_path, &by_id);
    if let Ok(today) = super::build_day() {
        found.extend(validate::passed_deadlines(&by_path, &today));
    }
    let mut problems: Vec<Problem> = Vec::new();
    for (path, bytes) in files {
        let Some((kind, text)) = Kind::of(path).zip(std::str::from_utf8(bytes).ok()) else {
            continue;
        };
        let canonical = super::canonical::canonical_text(kind, text);
        if canonical.is_some_and(|canonical| canonical != text) {
            problems.push(whole_file(path, super::canonical::NOT_CANONICAL.to_owned()));
        }
    }
    // A file's warnings together, for the summary of each file.
    found.sort_by(|a, b| a.file.cmp(&b.file));
    let placed = found.into_iter().map(|found| {
        place(
            &found.file,
            text(&found.file).unwrap_or_default(),
            found.issue,
        )
    });
    problems.extend(placed);
    problems.sort_by(|a, b| a.file.cmp(&b.file));
    problems
}

fn whole_file(path: &str, message: String) -> Problem {
    Problem {
        file: path.to_owned(),
        pointer: String::new(),
        line: 1,
        column: 1,
        message,
    }
}

/// Places an issue found after decoding at the line and column of its
/// pointer, or of the nearest value around it that the file has (a missing
/// greeting: its letter).
fn place(file: &str, text: &str, issue: Issue) -> Problem {
    let mut at = issue.pointer.as_str();
    let offset = loop {
        match (locate(text, at), at.rsplit_once('/')) {
            (Some(offset), _) => break Some(offset),
            (None, Some((parent, _))) => at = parent,
            (None, None) => break None,
        }
    };
    let (line, column) = offset.map_or((1, 1), |offset| line_column(text, offset));
    Problem {
        file: file.to_owned(),
        pointer: issue.pointer,
        line,
        column,
        message: issue.message,
    }
}

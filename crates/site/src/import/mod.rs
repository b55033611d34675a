//! `cargo xtask import wordpress EXPORT.xml [DIR] [--uploads FOLDER]`: a
//! WordPress export (Tools → Export) made article files in a data folder,
//! with a report of what could not be converted, then checked as the build
//! checks it.

mod address;
mod body;
mod images;
mod post;
mod shortcode;
#[cfg(test)]
mod tests;
mod text;
mod wxr;

use crate::project::Project;
use images::Media;
use std::fmt;
use std::path::{Path, PathBuf};
use tocsin::model::{Article, Block, LanguageTag, SafeLink, Site};
use tocsin::route::DataFile;
use url::Url;

/// How the command is called.
const USAGE: &str = "usage: cargo xtask import wordpress EXPORT.xml [DIR] [--uploads FOLDER]";

/// One thing in a post that could not be converted as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// What it was: an element, a shortcode, an address.
    pub what: String,
    /// What became of it, and why.
    pub why: String,
}

impl Note {
    /// A note on `what`.
    pub fn new(what: impl Into<String>, why: impl Into<String>) -> Note {
        Note {
            what: what.into(),
            why: why.into(),
        }
    }
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.what, self.why)
    }
}

/// What converting a body needs to know about the old site.
pub struct Context<'a> {
    /// The old site's address, against which relative links resolve.
    pub base: Url,
    /// Its attachments: image sizes and alt text.
    pub media: Media,
    /// The old site's `wp-content/uploads` folder, when given.
    pub uploads: Option<&'a Path>,
}

/// Runs `cargo xtask import …`.
pub fn run(project: &Project, args: &[String]) -> Result<(), String> {
    let mut positional = Vec::new();
    let mut uploads = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--uploads" => uploads = Some(PathBuf::from(rest.next().ok_or(USAGE)?)),
            _ => positional.push(arg.as_str()),
        }
    }
    let (["wordpress", export] | ["wordpress", export, _]) = positional.as_slice() else {
        return Err(USAGE.into());
    };
    let dir = positional
        .get(2)
        .map_or_else(|| project.root.join("public/data"), PathBuf::from);
    let xml = std::fs::read_to_string(export).map_err(|e| format!("cannot read {export}: {e}"))?;
    let report = wordpress(&xml, &dir, uploads.as_deref()).map_err(|e| format!("{export}: {e}"))?;
    println!("{report}");
    let summary = crate::content::check_dir(&dir)?;
    println!("{summary}");
    Ok(())
}

/// What converting `export` needs: its site's address, its attachments,
/// and the old site's uploads folder when given.
fn context<'a>(export: &wxr::Export, uploads: Option<&'a Path>) -> Result<Context<'a>, String> {
    let base = Url::parse(export.link.trim()).map_err(|_| {
        "the export names no site address (<wp:base_blog_url> or <link>)".to_owned()
    })?;
    Ok(Context {
        base,
        media: Media::of(&export.items),
        uploads,
    })
}

/// The articles the export `xml` makes, as [`wordpress`] makes them, with
/// no uploads folder and nothing written: for the fuzz target.
pub fn articles(xml: &str) -> Result<Vec<Article>, String> {
    let export = wxr::read(xml)?;
    let ctx = context(&export, None)?;
    let import = post::import(&export, &ctx, None);
    Ok(import
        .articles
        .into_iter()
        .map(|(article, _)| article)
        .collect())
}

/// Imports the export `xml` into the data folder `dir` (made if missing);
/// returns the report. Copies images from `uploads` when given, else the
/// report lists the files to copy.
pub fn wordpress(xml: &str, dir: &Path, uploads: Option<&Path>) -> Result<String, String> {
    let export = wxr::read(xml)?;
    let ctx = context(&export, uploads)?;
    let site_file = dir.join(DataFile::Site.path());
    let language = primary_language(&export.language);
    let (site, new_site) = match std::fs::read_to_string(&site_file) {
        Ok(text) => (
            serde_json::from_str::<Site>(&text)
                .map_err(|e| format!("{}: {e}", site_file.display()))?,
            false,
        ),
        Err(_) => (new_site(&export, &ctx.base, language.clone())?, true),
    };
    let own = match &language {
        None => None,
        Some(tag) => match site.languages.iter().position(|l| l == tag) {
            Some(0) => None,
            Some(_) => Some(tag.clone()),
            None => {
                return Err(format!(
                    "the export is in {tag}, which {} does not list: add it to \"languages\" first",
                    site_file.display()
                ));
            }
        },
    };
    let import = post::import(&export, &ctx, own.as_ref());
    if import.articles.is_empty() {
        return Err(nothing_imported(&export, &import));
    }
    let mut report = Vec::new();
    let write = |path: &Path, json: String| {
        std::fs::create_dir_all(path.parent().unwrap_or(dir))
            .and_then(|()| std::fs::write(path, json + "\n"))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    if new_site {
        let json = serde_json::to_string_pretty(&site).map_err(|e| e.to_string())?;
        write(&site_file, json)?;
        report.push(format!(
            "{}: written from the export's title, description, language and address",
            DataFile::Site.path()
        ));
    }
    for upload in &import.uploads {
        let target = dir.join(upload.target.as_str());
        match uploads {
            Some(folder) => {
                std::fs::create_dir_all(target.parent().unwrap_or(dir))
                    .and_then(|()| std::fs::copy(folder.join(&upload.source), &target))
                    .map_err(|e| format!("cannot copy {} to {}: {e}", upload.source, target.display()))?;
            }
            None if target.is_file() => {}
            None => report.push(format!(
                "{}: not copied, so the articles showing it leave it out: import again with --uploads \
                    FOLDER (the old site's wp-content/uploads folder) to keep it",
                upload.source,
            )),
        }
    }
    for (article, notes) in &import.articles {
        let json = dir.join(DataFile::Article(article.slug.clone()).path());
        let file = format!("articles/{}.md", article.slug);
        let path = dir.join(&file);
        if path.exists() {
            report.push(format!("{file}: replaces the file that was there"));
        }
        if json.exists() {
            std::fs::remove_file(&json)
                .map_err(|e| format!("cannot remove {}: {e}", json.display()))?;
            report.push(format!("{file}: replaces articles/{}.json", article.slug));
        }
        // Markdown reads an image's size from its file: one that is not
        // there is left out, as the report says.
        let mut article = article.clone();
        article.body.retain(|block| match block {
            Block::Image { src, .. } => dir.join(src.as_str()).is_file(),
            _ => true,
        });
        let text = crate::content::markdown::write(&article)?;
        write(&path, text.trim_end().to_owned())?;
        report.extend(
            merged(notes)
                .into_iter()
                .map(|note| format!("{file}: {note}")),
        );
    }
    report.extend(import.skipped.iter().cloned());
    let others: Vec<String> = import
        .not_articles
        .iter()
        .map(|(kind, n)| format!("{n} {kind}"))
        .collect();
    if !others.is_empty() {
        report.push(format!("not articles, left out: {}", others.join(", ")));
    }
    report.push(format!(
        "import wordpress: {} articles written into {}, {} posts and pages skipped{}, {} images",
        import.articles.len(),
        dir.display(),
        import.skipped.len(),
        skip_reasons(&import.skipped),
        import.uploads.len()
    ));
    Ok(report.join("\n"))
}

/// The skipped posts counted by reason, such as " (a draft: 2; private:
/// 1)";
/// empty when none was skipped.
fn skip_reasons(skipped: &[String]) -> String {
    let mut reasons: Vec<(&str, usize)> = Vec::new();
    for why in skipped
        .iter()
        .filter_map(|line| line.split_once(": skipped: ").map(|(_, why)| why))
    {
        match reasons.iter_mut().find(|(known, _)| *known == why) {
            Some((_, n)) => *n += 1,
            None => reasons.push((why, 1)),
        }
    }
    let counted: Vec<String> = reasons
        .iter()
        .map(|(why, n)| format!("{why}: {n}"))
        .collect();
    match counted.is_empty() {
        true => String::new(),
        false => format!(" ({})", counted.join("; ")),
    }
}

/// Why an import that makes no article fails, rather than report success:
/// an export without posts (not the whole site's, or not WordPress's
/// format), or one whose every post was skipped, with each reason.
fn nothing_imported(export: &wxr::Export, import: &post::Import) -> String {
    let posts = export.items.iter().filter(|i| i.kind == "post").count();
    if posts > 0 {
        return format!(
            "none of the export's {posts} posts could be imported, so nothing was written:\n{}",
            import.skipped.join("\n")
        );
    }
    let others: Vec<String> = (import.not_articles.iter())
        .map(|(kind, n)| format!("{n} {kind}"))
        .collect();
    let held = match others.is_empty() {
        true => "nothing WordPress exports".to_owned(),
        false => others.join(", "),
    };
    format!(
        "the export holds no posts ({held}), so nothing was written: export the whole site in WordPress \
        (Tools, Export, All content) and import that file"
    )
}

/// The same note made more than once in a post, said once with a count.
fn merged(notes: &[Note]) -> Vec<String> {
    let mut out: Vec<(Note, usize)> = Vec::new();
    for note in notes {
        match out.iter_mut().find(|(n, _)| n == note) {
            Some((_, count)) => *count += 1,
            None => out.push((note.clone(), 1)),
        }
    }
    out.into_iter()
        .map(|(note, count)| {
            if count == 1 {
                note.to_string()
            } else {
                format!("{note} ({count} times)")
            }
        })
        .collect()
}

/// `ru` of `ru-RU`: the site's languages are named by their primary tag.
fn primary_language(tag: &str) -> Option<LanguageTag> {
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    LanguageTag::parse(&primary).ok()
}

/// A site file for a data folder that has none, from the export's channel.
/// Its `base_url` is the old site's address over https, where the new
/// site usually takes over.
fn new_site(
    export: &wxr::Export,
    base: &Url,
    language: Option<LanguageTag>,
) -> Result<Site, String> {
    let name = post::html_text(&export.title);
    let tagline = post::html_text(&export.description);
    let language = language
        .map_or_else(|| LanguageTag::parse("en"), Ok)
        .map_err(|e| e.to_string())?;
    let name = if name.is_empty() {
        "Tocsin".to_owned()
    } else {
        name
    };
    Ok(Site {
        tagline: if tagline.is_empty() {
            name.clone()
        } else {
            tagline
        },
        name,
        languages: vec![language],
        base_url: match address::link(base, "/") {
            address::Link::Kept(url, _) => SafeLink::parse(url.as_str().trim_end_matches('/')).ok(),
            _ => None,
        },
        appeals: Vec::new(),
    })
}

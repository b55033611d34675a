//! The archive's search index, made by Pagefind (npm's `pagefind`, in
//! `e2e/`) from one record per article: its headline, standfirst and text,
//! with the headline, slug, language and date the results show. One index
//! holds every language (Pagefind splits by language otherwise), so a
//! search from any page finds articles in all of them; its word rules are
//! the site's first language's. The index is made again only when a record
//! changed, and goes into `dist/pagefind/` (`tocsin::route::SEARCH_INDEX`).

use crate::output::{Output, fingerprint};
use crate::prerender::Content;
use crate::project::{Project, RunExt};
use serde::Serialize;
use std::path::Path;
use tocsin::model::{Article, BasePath, Block};
use tocsin::route::{Route, SEARCH_INDEX, language_base};

/// One article as Pagefind's `addCustomRecord` takes it.
#[derive(Debug, Serialize)]
struct Record {
    url: String,
    content: String,
    language: String,
    meta: Meta,
}

/// What a result shows (`tocsin::search::Hit`).
#[derive(Debug, Serialize)]
struct Meta {
    title: String,
    slug: String,
    language: String,
    date: String,
}

/// Pagefind's files the app uses: its script, worker and wasm, and the
/// index. Its ready-made interfaces (`pagefind-ui.js` and the like) are
/// left out: the app draws its own.
fn used(file: &str) -> bool {
    ![
        "pagefind-ui",
        "pagefind-modular-ui",
        "pagefind-component-ui",
        "pagefind-highlight",
    ]
    .iter()
    .any(|ui| file.starts_with(ui))
}

fn record(article: &Article, own: &str) -> Record {
    let language = article
        .language
        .as_ref()
        .map_or(own, |l| l.as_str())
        .to_owned();
    let prefix = (language != own).then_some(language.as_str());
    let route = Route::Article {
        slug: article.slug.clone(),
    };
    let mut text = vec![article.title.clone(), article.standfirst.clone()];
    for block in &article.body {
        match block {
            Block::Paragraph(rich) | Block::Quote { text: rich, .. } => {
                text.push(rich.plain_text())
            }
            Block::Heading(heading) => text.push(heading.clone()),
            Block::List { items, .. } => text.extend(items.iter().map(|i| i.plain_text())),
            Block::Image { alt, caption, .. } => {
                text.extend([Some(alt.clone()), caption.clone()].into_iter().flatten())
            }
        }
    }
    Record {
        url: route.href(&language_base(&BasePath::default(), prefix)),
        content: text.join("\n"),
        language: own.to_owned(),
        meta: Meta {
            title: article.title.clone(),
            slug: article.slug.to_string(),
            language,
            date: article.published.to_string(),
        },
    }
}

/// Writes the search index of `content`'s articles into `output`, made by
/// Pagefind unless the folder `kept` holds the index of these very records
/// from an earlier build.
pub fn write_index(
    project: &Project,
    content: &Content,
    output: &Output,
    kept: &Path,
) -> Result<(), String> {
    let own = content.site.languages.first().map_or("en", |l| l.as_str());
    let records: Vec<Record> = content.articles.iter().map(|a| record(a, own)).collect();
    let json = serde_json::to_string(&records).map_err(|e| format!("search records: {e}"))?;
    let folder = kept.join(format!("{:016x}", fingerprint(&(&json, own))));
    if !folder.join("pagefind-entry.json").is_file() {
        // One index is kept: the one for these articles.
        let _ = std::fs::remove_dir_all(kept);
        std::fs::create_dir_all(kept)
            .map_err(|e| format!("cannot create {}: {e}", kept.display()))?;
        let list = kept.join("records.json");
        std::fs::write(&list, json).map_err(|e| format!("cannot write {}: {e}", list.display()))?;
        let script = project.e2e().join("build").join("search-index.mjs");
        project
            .command("node")
            .arg(&script)
            .arg(&list)
            .arg(&folder)
            .arg(own)
            .status_ok("node e2e/build/search-index.mjs (Pagefind)")?;
    }
    output.copy_tree(&folder, SEARCH_INDEX, &|file| !used(file))
}

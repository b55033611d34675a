//! Checks across files: names match, references resolve, and the index and
//! the files agree both ways.

use super::{FileIssue, issue, pointer};
use crate::model::{Article, Campaign, IndexManifest, IndexShard, Site};
use crate::route::{DataFile, SHARDS};
use std::collections::{BTreeMap, BTreeSet};

/// A decoded content folder; each file is named by its path in the folder.
#[derive(Default)]
pub struct ContentSet<'a> {
    /// `site.json`.
    pub site: Option<&'a Site>,
    /// `index.json`.
    pub manifest: Option<&'a IndexManifest>,
    /// `index/<month>.json`, by path.
    pub shards: BTreeMap<String, &'a IndexShard>,
    /// `articles/<slug>.json`, by path.
    pub articles: BTreeMap<String, &'a Article>,
    /// `campaigns/<slug>.json`, by path.
    pub campaigns: BTreeMap<String, &'a Campaign>,
    /// Files that exist but could not be decoded: references to them are not
    /// reported again, since the file's own error says what is wrong.
    pub broken: BTreeSet<String>,
}

impl ContentSet<'_> {
    fn exists(&self, path: &str) -> bool {
        self.articles.contains_key(path)
            || self.campaigns.contains_key(path)
            || self.shards.contains_key(path)
            || self.broken.contains(path)
    }
}

/// Checks that the files agree: names, references, and the index both ways.
pub fn cross_check(set: &ContentSet) -> Vec<FileIssue> {
    let manifest_file = DataFile::Manifest.path();
    let mut out = Vec::new();
    let mut push = |file: &str, pointer: String, message: String| {
        out.push(FileIssue {
            file: file.to_owned(),
            issue: issue(pointer, message),
        })
    };
    for (path, a) in &set.articles {
        if path != &DataFile::Article(a.slug.clone()).path() {
            push(
                path,
                "/slug".into(),
                format!("the slug {} does not match the file name", a.slug),
            );
        }
        // An article without a language is in the site's first.
        let own = set.site.and_then(|s| s.languages.first());
        for (language, slug) in a.translations.iter() {
            let file = DataFile::Article(slug.clone()).path();
            let translated = set.articles.get(&file).map(|t| t.language.as_ref().or(own));
            let message = match translated {
                None if set.broken.contains(&file) => continue,
                None => format!("the translation {slug} does not exist: there is no {file}"),
                Some(Some(tag)) if tag == language => continue,
                Some(_) => {
                    format!("{file} is not in {language}: give it \"language\": \"{language}\"")
                }
            };
            push(path, pointer(&["translations", language.as_str()]), message);
        }
        if let Some(slug) = &a.campaign
            && !set.exists(&DataFile::Campaign(slug.clone()).path())
        {
            push(
                path,
                "/campaign".into(),
                format!(
                    "no campaign file {}",
                    DataFile::Campaign(slug.clone()).path()
                ),
            );
        }
        if let (Some(id), Some(site)) = (&a.appeal, set.site)
            && site.appeal(id).is_none()
        {
            push(
                path,
                "/appeal".into(),
                format!("{} has no appeal with id {id}", DataFile::Site.path()),
            );
        }
        let shard = DataFile::Shard(a.published.month()).path();
        let listed = set.broken.contains(&shard)
            || set
                .shards
                .get(&shard)
                .is_some_and(|s| s.articles.iter().any(|e| e.slug == a.slug));
        if !listed {
            push(
                path,
                "/published".into(),
                format!("the article is not listed in {shard}"),
            );
        }
    }
    for (path, c) in &set.campaigns {
        if path != &DataFile::Campaign(c.slug.clone()).path() {
            push(
                path,
                "/slug".into(),
                format!("the slug {} does not match the file name", c.slug),
            );
        }
    }
    for (path, shard) in &set.shards {
        if path != &DataFile::Shard(shard.month.clone()).path() {
            push(
                path,
                "/month".into(),
                format!("the month {} does not match the file name", shard.month),
            );
        }
        for (i, entry) in shard.articles.iter().enumerate() {
            let at = |field: &str| pointer(&["articles", &i.to_string(), field]);
            let file = DataFile::Article(entry.slug.clone()).path();
            let Some(article) = set.articles.get(&file) else {
                if !set.exists(&file) {
                    push(path, at("slug"), format!("no article file {file}"));
                }
                continue;
            };
            if entry.published.month() != shard.month {
                push(
                    path,
                    at("published"),
                    format!("published {} is not in {}", entry.published, shard.month),
                );
            }
            for (field, listed, actual) in [
                ("title", &entry.title, &article.title),
                ("standfirst", &entry.standfirst, &article.standfirst),
                (
                    "published",
                    &entry.published.to_string(),
                    &article.published.to_string(),
                ),
            ] {
                if listed != actual {
                    push(
                        path,
                        at(field),
                        format!("says {listed:?} but the article says {actual:?}"),
                    );
                }
            }
            if entry.tags != article.tags {
                push(
                    path,
                    at("tags"),
                    "the tags differ from the article's".into(),
                );
            }
        }
    }
    if let Some(manifest) = set.manifest {
        for (i, entry) in manifest.months.iter().enumerate() {
            let file = DataFile::Shard(entry.month.clone()).path();
            match set.shards.get(&file) {
                None if set.exists(&file) => {}
                None => push(
                    &manifest_file,
                    pointer(&["months", &i.to_string(), "month"]),
                    format!("no shard file {file}"),
                ),
                Some(shard) if shard.articles.len() != entry.articles => push(
                    &manifest_file,
                    pointer(&["months", &i.to_string(), "articles"]),
                    format!(
                        "says {} but {file} lists {}",
                        entry.articles,
                        shard.articles.len()
                    ),
                ),
                Some(_) => {}
            }
        }
        for path in set
            .shards
            .keys()
            .chain(set.broken.iter().filter(|p| p.starts_with(SHARDS)))
        {
            if !manifest
                .months
                .iter()
                .any(|m| path == &DataFile::Shard(m.month.clone()).path())
            {
                push(
                    path,
                    String::new(),
                    "this shard is not listed in index.json \"months\"".into(),
                );
            }
        }
        for (i, entry) in manifest.campaigns.iter().enumerate() {
            let at = |field: &str| pointer(&["campaigns", &i.to_string(), field]);
            let file = DataFile::Campaign(entry.slug.clone()).path();
            let Some(c) = set.campaigns.get(&file) else {
                if !set.exists(&file) {
                    push(
                        &manifest_file,
                        at("slug"),
                        format!("no campaign file {file}"),
                    );
                }
                continue;
            };
            if entry.title != c.title {
                push(
                    &manifest_file,
                    at("title"),
                    format!("says {:?} but the campaign says {:?}", entry.title, c.title),
                );
            }
            if entry.status != c.status || entry.deadline != c.deadline {
                push(
                    &manifest_file,
                    at("status"),
                    "the status or deadline differs from the campaign's".into(),
                );
            }
        }
        for (path, c) in &set.campaigns {
            if !manifest.campaigns.iter().any(|e| e.slug == c.slug) {
                push(
                    path,
                    "/slug".into(),
                    "the campaign is not listed in index.json \"campaigns\"".into(),
                );
            }
        }
    }
    out
}

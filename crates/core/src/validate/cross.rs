//! Checks across files: names match and references resolve. The lists are
//! derived from the files by the build, so nothing here asks editors to
//! keep an index in step.

use super::{FileIssue, issue, pointer};
use crate::model::{Article, Campaign, Directory, Site};
use crate::route::DataFile;
use std::collections::{BTreeMap, BTreeSet};

/// A decoded content folder; each file is named by its path in the folder.
#[derive(Default)]
pub struct ContentSet<'a> {
    /// `site.json`.
    pub site: Option<&'a Site>,
    /// `articles/<slug>.json`, by path.
    pub articles: BTreeMap<String, &'a Article>,
    /// `campaigns/<slug>.json`, by path.
    pub campaigns: BTreeMap<String, &'a Campaign>,
    /// `directories/<id>.json`, by path.
    pub directories: BTreeMap<String, &'a Directory>,
    /// Files that exist but could not be decoded: references to them are not
    /// reported again, since the file's own error says what is wrong.
    pub broken: BTreeSet<String>,
}

impl ContentSet<'_> {
    fn exists(&self, path: &str) -> bool {
        self.articles.contains_key(path)
            || self.campaigns.contains_key(path)
            || self.directories.contains_key(path)
            || self.broken.contains(path)
    }
}

/// Checks that the files agree: names and references.
pub fn cross_check(set: &ContentSet) -> Vec<FileIssue> {
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
    }
    for (path, c) in &set.campaigns {
        if path != &DataFile::Campaign(c.slug.clone()).path() {
            push(
                path,
                "/slug".into(),
                format!("the slug {} does not match the file name", c.slug),
            );
        }
        for (i, target) in c.reader_targets.iter().enumerate() {
            let Some(id) = &target.shared_directory else {
                continue;
            };
            let at = pointer(&["reader_targets", &i.to_string(), "shared_directory"]);
            let file = DataFile::Directory(id.clone()).path();
            if !set.exists(&file) {
                push(path, at, format!("no directory file {file}"));
            } else if !target.directory.is_empty() {
                let both = "takes its addresses from shared_directory or lists them in directory, \
                    not both";
                push(path, at, both.into());
            }
        }
    }
    out
}

//! `content fmt`: every JSON content file in its one canonical form
//! (`tocsin::json::canonical`), the form the desk writes, so that a file
//! opened in the desk and saved unchanged is the same file; and the
//! checker's warning for a file not in it.

use super::kinds::Kind;
use super::strict::{decode, schema};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::Path;
use tocsin::json::{canonical, has_notes};
use tocsin::model::{Article, Campaign, Directory, Site};

/// What `content fmt` did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Formatted {
    /// Files rewritten in the canonical form.
    pub rewritten: Vec<String>,
    /// Files left as written because they hold editors' notes (`_` keys).
    pub with_notes: Vec<String>,
}

/// The canonical text of the JSON content file `text` of `kind`, when it
/// decodes (the checker reports it otherwise) and holds no editors' notes.
pub fn canonical_text(kind: Kind, text: &str) -> Option<String> {
    fn of<T: DeserializeOwned + Serialize + schemars::JsonSchema>(text: &str) -> Option<String> {
        decode::<T>(text, &schema::<T>())
            .value
            .ok()
            .map(|v| canonical(&v))
    }
    if has_notes(text) {
        return None;
    }
    match kind {
        Kind::Site => of::<Site>(text),
        Kind::Article => of::<Article>(text),
        Kind::Campaign => of::<Campaign>(text),
        Kind::Directory => of::<Directory>(text),
        Kind::MarkdownArticle => None,
    }
}

/// Rewrites every JSON content file of `data` (`files`, path → bytes) that
/// is not in the canonical form.
pub fn format(data: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<Formatted, String> {
    let mut done = Formatted::default();
    for (path, bytes) in files {
        let (Some(kind), Ok(text)) = (Kind::of(path), std::str::from_utf8(bytes)) else {
            continue;
        };
        if kind == Kind::MarkdownArticle {
            continue;
        }
        if has_notes(text) {
            done.with_notes.push(path.clone());
            continue;
        }
        match canonical_text(kind, text) {
            Some(canonical) if canonical != text => {
                let file = data.join(path);
                std::fs::write(&file, canonical)
                    .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
                done.rewritten.push(path.clone());
            }
            _ => {}
        }
    }
    Ok(done)
}

/// The line the checker warns with for a file not in the canonical form.
pub const NOT_CANONICAL: &str = "this file is not in the form the desk writes (the model's field \
    order, two-space indent, a final newline): run `cargo xtask content fmt`";

//! `cargo xtask content migrate [DIR]`: every JSON article of a content
//! folder rewritten as Markdown, only where reading the Markdown back gives
//! the same article, so nothing an editor wrote is lost.

use super::markdown::{self, normalized};
use std::path::Path;
use tocsin::model::Article;

/// Turns each `articles/<slug>.json` under `data` into `<slug>.md`;
/// returns how many were turned, or why some could not be.
pub fn migrate(data: &Path) -> Result<usize, String> {
    let dir = data.join("articles");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let (mut turned, mut kept) = (0, Vec::new());
    for path in paths {
        let article: Article = serde_json::from_str(&crate::read(&path)?)
            .map_err(|e| format!("{}: {e}: run cargo xtask content check", path.display()))?;
        match as_markdown(&article, &|src: &str| image_size(data, src)) {
            Ok(text) => {
                let target = path.with_extension("md");
                std::fs::write(&target, text)
                    .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
                std::fs::remove_file(&path)
                    .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
                turned += 1;
            }
            Err(why) => kept.push(format!("{}: kept as JSON: {why}", path.display())),
        }
    }
    match kept.is_empty() {
        true => Ok(turned),
        false => Err(format!(
            "{turned} articles turned into Markdown; not these:\n{}",
            kept.join("\n")
        )),
    }
}

/// The width and height of the image `src` in the folder `data`.
pub fn image_size(data: &Path, src: &str) -> Option<(u32, u32)> {
    let size = imagesize::size(data.join(src)).ok()?;
    Some((
        u32::try_from(size.width).ok()?,
        u32::try_from(size.height).ok()?,
    ))
}

/// `article` as Markdown, checked by reading it back with `image_size`: an
/// error names the first block that would change.
pub fn as_markdown(
    article: &Article,
    image_size: &dyn Fn(&str) -> Option<(u32, u32)>,
) -> Result<String, String> {
    let text = markdown::write(article)?;
    let read = markdown::read(article.slug.as_str(), &text, image_size).map_err(|refused| {
        let first = refused.first().map_or(String::new(), |r| r.message.clone());
        format!("its Markdown would be refused: {first}")
    })?;
    let again: Article = serde_json::from_value(read.json).map_err(|e| e.to_string())?;
    let (before, after) = (normalized(article), normalized(&again));
    if before == after {
        return Ok(text);
    }
    let changed = (before.body.iter().zip(&after.body))
        .position(|(a, b)| a != b)
        .map_or("its fields".to_owned(), |i| format!("block {}", i + 1));
    Err(format!("{changed} would read back otherwise"))
}

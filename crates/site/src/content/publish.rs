//! The data folder as the app and the desk read it, written from the
//! content editors keep: every article, campaign and shared directory as
//! JSON (a campaign with its shared directories written in, so the app
//! makes one request for it), `site.json`, the derived lists, the search
//! index and the images. The build writes it into `dist/data/`; `cargo
//! xtask content publish` anywhere, to see what a build would publish.

use super::Content;
use crate::output::Output;
use serde::Serialize;
use std::path::Path;
use tocsin::model::{BasePath, Listed, is_raster_image};
use tocsin::route::DataFile;

/// Where `cargo xtask content publish` writes without a folder named,
/// relative to the repository root.
pub const DIR: &str = "target/content-publish";

/// Writes `content`, read from the folder `source`, as the published data
/// folder (`data/…`) into `output`.
pub fn publish(content: &Content, source: &Path, output: &Output) -> Result<(), String> {
    let write = |file: DataFile, value: &dyn Json| {
        let path = file.href(&BasePath::default());
        let json = value.json().map_err(|e| format!("{path}: {e}"))?;
        output.write(path.trim_start_matches('/'), json)
    };
    write(DataFile::Site, &content.site)?;
    for article in &content.articles {
        write(DataFile::Article(article.slug.clone()), article)?;
    }
    for campaign in &content.campaigns {
        write(DataFile::Campaign(campaign.slug.clone()), campaign)?;
    }
    for (id, directory) in &content.directories {
        write(DataFile::Directory(id.clone()), directory)?;
    }
    // For the desk, which offers campaigns the site's shared directories.
    let listed: Vec<Listed> = (content.directories.iter())
        .map(|(id, d)| Listed {
            id: id.clone(),
            name: d.name.clone(),
        })
        .collect();
    output.write(
        &["data/", Listed::FILE].concat(),
        listed.json().map_err(|e| e.to_string())?,
    )?;
    for (list, file) in &content.lists {
        write(DataFile::List(list.clone()), file)?;
    }
    super::search_index::write(content, output)?;
    output.copy_tree(source, "data", &|file| !is_raster_image(file))
}

/// A value published as JSON, whatever its type.
trait Json {
    /// The value's JSON text.
    fn json(&self) -> serde_json::Result<String>;
}

impl<T: Serialize> Json for T {
    fn json(&self) -> serde_json::Result<String> {
        serde_json::to_string(self)
    }
}

//! Writing the lists derived from the articles and campaigns
//! (`tocsin::listing::derive`): one file per page of the front page, the
//! campaigns, each month of the archive and each tag, so editors write only
//! articles, campaigns and `site.json`, and a list page in the app fetches
//! one small file.

use std::path::Path;
use tocsin::model::ListFile;
use tocsin::route::{DataFile, LISTS, ListOf};

/// Where `cargo xtask content index` writes without a folder named,
/// relative to the repository root.
pub const DIR: &str = "target/content-index";

/// Writes `lists` under the data folder `data` (`data/lists/…`), replacing
/// whatever lists were there.
pub fn write(data: &Path, lists: &[(ListOf, ListFile)]) -> Result<(), String> {
    let root = data.join(LISTS);
    if root.exists() {
        std::fs::remove_dir_all(&root)
            .map_err(|e| format!("cannot clear {}: {e}", root.display()))?;
    }
    for (list, file) in lists {
        let path = data.join(DataFile::List(list.clone()).path());
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        let json = serde_json::to_string(file).map_err(|e| format!("{}: {e}", path.display()))?;
        std::fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

//! JSON Schemas generated from the content types, so editors' tools can
//! validate as they type. `cargo xtask content schema` writes them; a test
//! fails when the committed ones are stale.

use schemars::{JsonSchema, schema_for};
use std::path::Path;
use tocsin::model::{Article, Campaign, Directory, Site};

/// Where the schemas live, relative to the repository root.
pub const DIR: &str = "docs/schema";

/// Each schema's file name and its pretty JSON text.
pub fn generate() -> Vec<(&'static str, String)> {
    fn text<T: JsonSchema>() -> String {
        let json = serde_json::to_string_pretty(&schema_for!(T)).unwrap_or_default();
        json + "\n"
    }
    vec![
        ("site.schema.json", text::<Site>()),
        ("article.schema.json", text::<Article>()),
        ("campaign.schema.json", text::<Campaign>()),
        ("directory.schema.json", text::<Directory>()),
    ]
}

/// Writes every schema into `dir`.
pub fn write(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for (name, text) in generate() {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

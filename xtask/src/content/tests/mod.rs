//! The content checker against the shipped demo content, the schema drift
//! guard, and (in `malformed`) a table of bad inputs with exact locations.

mod malformed;

use super::check::{Problem, check};
use super::{read_tree, schema};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::Path;
use tocsin::model::{Article, Campaign, IndexManifest, IndexShard, Site};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

#[test]
fn shipped_demo_content_is_valid() {
    let files = read_tree(&repo().join("public/data")).unwrap();
    assert!(files.len() >= 10, "{:?}", files.keys());
    assert_eq!(check(&files), Vec::<Problem>::new());
}

fn round_trip<T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug>(
    path: &str,
    bytes: &[u8],
) {
    let value: T = serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
    let again: T = serde_json::from_str(&serde_json::to_string(&value).unwrap()).unwrap();
    assert_eq!(again, value, "{path}");
}

#[test]
fn every_demo_file_round_trips_through_the_types() {
    let files = read_tree(&repo().join("public/data")).unwrap();
    for (path, bytes) in &files {
        match path.split('/').next() {
            Some("site.json") => round_trip::<Site>(path, bytes),
            Some("index.json") => round_trip::<IndexManifest>(path, bytes),
            Some("index") => round_trip::<IndexShard>(path, bytes),
            Some("articles") => round_trip::<Article>(path, bytes),
            Some("campaigns") => round_trip::<Campaign>(path, bytes),
            _ => {}
        }
    }
}

#[test]
fn committed_schemas_match_the_types() {
    for (name, text) in schema::generate() {
        let path = repo().join(schema::DIR).join(name);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "{} is stale: run `cargo xtask content schema`",
            path.display()
        );
    }
}

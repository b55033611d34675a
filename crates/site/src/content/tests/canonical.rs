//! The one canonical form of content files: what `content fmt` writes, the
//! desk downloads and the checker expects.

use super::super::canonical::{NOT_CANONICAL, canonical_text, format};
use super::super::kinds::Kind;
use super::super::{check_dir, generate_archive, read_tree};
use super::repo;
use crate::project::Project;
use crate::scratch::Scratch;

#[test]
fn every_json_file_of_the_repository_and_of_a_generated_archive_is_canonical() {
    let scratch = Scratch::new("canonical-archive");
    generate_archive(&Project::locate(), 120, &scratch.0).unwrap();
    for data in [repo().join("public/data"), scratch.0.clone()] {
        let files = read_tree(&data).unwrap();
        let mut seen = 0;
        for (path, bytes) in &files {
            let Some(kind) = Kind::of(path).filter(|k| *k != Kind::MarkdownArticle) else {
                continue;
            };
            let text = std::str::from_utf8(bytes).unwrap();
            let canonical = canonical_text(kind, text).unwrap_or_else(|| panic!("{path}"));
            // Opened and saved unchanged, a file is the same file.
            assert_eq!(
                canonical_text(kind, &canonical).as_deref(),
                Some(canonical.as_str())
            );
            if data.starts_with(repo()) {
                assert_eq!(canonical, text, "{path} is not canonical");
            }
            seen += 1;
        }
        assert!(seen > 5, "{}", data.display());
    }
}

#[test]
fn fmt_rewrites_what_is_not_canonical_keeps_notes_and_the_checker_warns_until_then() {
    let scratch = Scratch::new("canonical-fmt");
    let data = &scratch.0;
    for folder in ["campaigns", "directories"] {
        std::fs::create_dir_all(data.join(folder)).unwrap();
    }
    let demo = repo().join("public/data");
    std::fs::copy(demo.join("site.json"), data.join("site.json")).unwrap();
    let embassies = "directories/kazakhstan-embassies.json";
    std::fs::copy(demo.join(embassies), data.join(embassies)).unwrap();
    // A campaign written by hand: four-space indent, fields out of order,
    // no final newline.
    let campaign =
        std::fs::read_to_string(demo.join("campaigns/free-ainur-kurmanov.json")).unwrap();
    let hand = campaign
        .replacen(
            "\"slug\": \"free-ainur-kurmanov\",\n  \"title\": \"Free Ainur Kurmanov\",",
            "\"title\": \"Free Ainur Kurmanov\",\n  \"slug\": \"free-ainur-kurmanov\",",
            1,
        )
        .replace("\n  ", "\n    ");
    let hand = hand.trim_end();
    assert_ne!(hand, campaign);
    std::fs::write(data.join("campaigns/free-ainur-kurmanov.json"), hand).unwrap();
    let report = check_dir(data).unwrap();
    assert!(
        report
            .contains("free-ainur-kurmanov.json:1:1: this file is not in the form the desk writes"),
        "{report}"
    );
    assert!(NOT_CANONICAL.contains("cargo xtask content fmt"));
    // A directory with an editor's note is kept as written.
    let noted = std::fs::read_to_string(data.join(embassies))
        .unwrap()
        .replacen('{', "{\n  \"_note\": \"checked 2026-12\",", 1);
    std::fs::write(data.join(embassies), &noted).unwrap();
    let done = format(data, &read_tree(data).unwrap()).unwrap();
    assert_eq!(done.rewritten, ["campaigns/free-ainur-kurmanov.json"]);
    assert_eq!(done.with_notes, [embassies]);
    let formatted =
        std::fs::read_to_string(data.join("campaigns/free-ainur-kurmanov.json")).unwrap();
    assert_eq!(formatted, campaign);
    assert_eq!(
        std::fs::read_to_string(data.join(embassies)).unwrap(),
        noted
    );
    assert!(!check_dir(data).unwrap().contains("not in the form"));
}

//! The import given hostile uploads: links out of the uploads folder and
//! files that are not the images their names say.

use super::{Scratch, article, export_of, texts};
use crate::import::wordpress;

/// A 3×2 GIF.
const GIF: &[u8] =
    b"GIF89a\x03\x00\x02\x00\x00\x00\x00,\x00\x00\x00\x00\x03\x00\x02\x00\x00\x02\x02D\x01\x00;";

#[test]
fn links_and_files_that_are_not_their_images_are_dropped_and_never_copied() {
    let scratch = Scratch::new("hostile-uploads");
    let uploads = scratch.0.join("wp-content-uploads");
    let data = scratch.0.join("data");
    let outside = scratch.0.join("home");
    std::fs::create_dir_all(uploads.join("2019/03")).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(
        outside.join("id_ed25519"),
        "-----BEGIN OPENSSH PRIVATE KEY-----",
    )
    .unwrap();
    std::fs::write(outside.join("photo.gif"), GIF).unwrap();
    std::fs::write(uploads.join("2019/03/strike.gif"), GIF).unwrap();
    std::fs::write(uploads.join("2019/03/fake.png"), "<svg onload=alert(1)>").unwrap();
    std::fs::write(uploads.join("2019/03/gif-named.jpg"), GIF).unwrap();
    std::os::unix::fs::symlink(outside.join("id_ed25519"), uploads.join("2019/03/key.jpg"))
        .unwrap();
    // A folder on the way that leads out.
    std::os::unix::fs::symlink(&outside, uploads.join("2019/04")).unwrap();
    let img = |name: &str| {
        format!(
            "<img src=\"/wp-content/uploads/2019/{name}\" alt=\"A picture\" width=\"3\" height=\"2\">"
        )
    };
    let images = [
        "03/strike.gif",
        "03/key.jpg",
        "04/photo.gif",
        "03/fake.png",
        "03/gif-named.jpg",
    ]
    .map(img)
    .concat();
    let body = format!("<p>Before.</p>{images}");
    let report = wordpress(&export_of(&body), &data, Some(&uploads)).unwrap();
    crate::content::check_dir(&data).unwrap();
    assert_eq!(
        texts(&article(&data, "odd")),
        ["Before.", "![A picture](uploads/2019/03/strike.gif)"]
    );
    for (image, why) in [
        ("03/key.jpg", "an image that is a link to another file"),
        ("04/photo.gif", "an image that is a link to another file"),
        ("03/fake.png", "a file named .png that holds no png image"),
        (
            "03/gif-named.jpg",
            "a file named .jpg that holds no jpg image",
        ),
    ] {
        let line = format!("image /wp-content/uploads/2019/{image}: {why}");
        assert!(report.contains(&line), "{line}\n{report}");
    }
    let copied: Vec<_> = walk(&data.join("uploads"));
    assert_eq!(copied, [data.join("uploads/2019/03/strike.gif")]);
}

/// Every file under `dir`.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn a_body_nested_too_deep_skips_its_post_with_a_reason_and_deep_excerpts_still_read() {
    let scratch = Scratch::new("deep");
    let deep = |depth: usize, inner: &str| {
        [
            "<div>".repeat(depth),
            inner.to_owned(),
            "</div>".repeat(depth),
        ]
        .concat()
    };
    let body = deep(5_000, "<p>Lost.</p>");
    let report = wordpress(&export_of(&body), &scratch.0, None).unwrap_err();
    assert!(
        report.contains("skipped: its HTML nests elements more than 100 deep"),
        "{report}"
    );
    // Nested as deep as a post may, it reads.
    let (article, _) = super::import_body("fine-depth", &deep(90, "<p>Found.</p>"));
    assert_eq!(texts(&article), ["Found."]);
    // An excerpt or a title is read without a call per level.
    let text = crate::import::post::html_text(&deep(5_000, "Deep <b>text</b>"));
    assert_eq!(text, "Deep text");
}

#[test]
fn shortcodes_are_expanded_in_one_reading_of_the_text() {
    let mut notes = Vec::new();
    // Many openings without an end, many brackets that open nothing: each
    // once searched the rest of the text.
    let openings = "[gallery ids=\"1\"] ".repeat(100_000);
    let brackets = "[".repeat(200_000);
    let html = [
        openings.as_str(),
        &brackets,
        "[caption id=\"c\"]<img>[/caption]",
    ]
    .concat();
    let out = super::super::shortcode::expand(&html, &mut notes);
    assert!(out.ends_with("<figure class=\"wp-caption\"><img></figure>"));
    assert!(out.contains(&brackets));
    assert_eq!(notes.len(), 100_000);
}

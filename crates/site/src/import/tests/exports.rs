//! Exports as other tools write them, and exports that make no article:
//! an import never reports success for nothing.

use super::{REFERENCE, Scratch, export_of};
use crate::import::wordpress;

#[test]
fn an_export_with_the_https_namespace_imports_as_the_http_one() {
    let https = REFERENCE.replace(
        "http://wordpress.org/export/",
        "https://wordpress.org/export/",
    );
    assert_ne!(https, REFERENCE);
    let scratch = Scratch::new("https-namespace");
    let report = wordpress(&https, &scratch.0, None).unwrap();
    crate::content::check_dir(&scratch.0).unwrap_or_else(|e| panic!("{e}\n{report}"));
    assert_eq!(
        super::super::articles(&https).unwrap(),
        super::super::articles(REFERENCE).unwrap()
    );
}

#[test]
fn an_export_without_posts_fails_and_says_what_it_held() {
    let scratch = Scratch::new("no-posts");
    let attachments = export_of("<p>Text.</p>").replace(
        "<wp:post_type>post</wp:post_type>",
        "<wp:post_type>attachment</wp:post_type>",
    );
    let why = wordpress(&attachments, &scratch.0, None).unwrap_err();
    assert!(
        why.starts_with("the export holds no posts (1 attachment)"),
        "{why}"
    );
    assert!(why.contains("Tools, Export, All content"), "{why}");
    assert!(!scratch.0.join("site.json").exists(), "nothing is written");
}

#[test]
fn an_export_whose_every_post_is_skipped_fails_with_each_reason() {
    let scratch = Scratch::new("all-skipped");
    let why = wordpress(&export_of(""), &scratch.0, None).unwrap_err();
    assert!(
        why.starts_with(
            "none of the export's 1 posts could be imported, so nothing was written:\n"
        ),
        "{why}"
    );
    assert!(why.contains("post 1 \"Odd\": skipped: "), "{why}");
}

//! Arbitrary text through the Markdown article reader
//! (`tocsin_site::content::markdown`): it reads or refuses, never panics;
//! an article it reads, written back as Markdown by the writer `content
//! migrate` and the import use, reads back as the same article.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tocsin::model::Article;
use tocsin_site::content::markdown::{normalized, read, write};

/// Every image has a file of one size, so the reader never refuses one
/// for its missing file and its size reads back the same.
fn image_size(_: &str) -> Option<(u32, u32)> {
    Some((640, 480))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(read) = read("fuzz", text, &image_size) else {
        return;
    };
    let Ok(article) = serde_json::from_value::<Article>(read.json) else {
        return;
    };
    let markdown = write(&article).expect("an article that was read is written");
    let again = tocsin_site::content::markdown::read("fuzz", &markdown, &image_size)
        .unwrap_or_else(|refused| panic!("{refused:?} in\n{markdown}"));
    let again: Article = serde_json::from_value(again.json).expect("it decodes as it did");
    assert_eq!(normalized(&again), normalized(&article), "\n{markdown}");
});

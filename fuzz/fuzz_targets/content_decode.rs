//! Arbitrary bytes as each kind of content file, read by the app's reader
//! (`tocsin::json`): decoding fails cleanly or
//! yields content that validation can check, and any link it holds is
//! https or mailto.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tocsin::model::{Article, Block, Campaign, ListFile, Site};
use tocsin::validate;

fuzz_target!(|data: &[u8]| {
    // The app reads text; bytes that are not UTF-8 never reach its reader.
    let Ok(data) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(article) = tocsin::json::from_str::<Article>(data) {
        let _ = validate::article(&article);
        for block in &article.body {
            if let Block::Paragraph(text) = block {
                let _ = text.plain_text();
            }
        }
        for reference in &article.references {
            if let Some(url) = &reference.url {
                assert!(
                    url.as_str().starts_with("https://") || url.as_str().starts_with("mailto:")
                );
            }
        }
    }
    if let Ok(campaign) = tocsin::json::from_str::<Campaign>(data) {
        let _ = validate::campaign(&campaign);
        let _ = campaign.recipients_sentence();
    }
    if let Ok(site) = tocsin::json::from_str::<Site>(data) {
        let _ = validate::site(&site);
    }
    let _ = tocsin::json::from_str::<ListFile>(data);
});

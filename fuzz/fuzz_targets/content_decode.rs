//! Arbitrary bytes as each kind of content file: decoding fails cleanly or
//! yields content that validation can check, and any link it holds is
//! https or mailto.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tocsin::model::{Article, Block, Campaign, ListFile, Site, validate};

fuzz_target!(|data: &[u8]| {
    if let Ok(article) = serde_json::from_slice::<Article>(data) {
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
    if let Ok(campaign) = serde_json::from_slice::<Campaign>(data) {
        let _ = validate::campaign(&campaign);
        let _ = campaign.recipients_sentence();
    }
    if let Ok(site) = serde_json::from_slice::<Site>(data) {
        let _ = validate::site(&site);
    }
    let _ = serde_json::from_slice::<ListFile>(data);
});

//! Arbitrary text through the WordPress import (`tocsin_site::import`): as
//! a whole export when it starts like XML, else as one post's HTML body in
//! an export around it. The import returns or refuses, never panics, and
//! every article it makes passes the checker's rules for one article.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tocsin::validate;

/// An export of one published post, its body where `{body}` is.
const EXPORT: &str = "<?xml version=\"1.0\"?>\n<rss xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" \
    xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\
    <channel><title>Site</title><link>https://old.example</link><language>en</language>\
    <item><title>Post</title><dc:creator>a</dc:creator><content:encoded><![CDATA[{body}]]></content:encoded>\
    <excerpt:encoded xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\"><![CDATA[]]></excerpt:encoded>\
    <wp:post_id>1</wp:post_id><wp:post_date>2020-05-01 10:00:00</wp:post_date><wp:post_name>post</wp:post_name>\
    <wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_password></wp:post_password>\
    </item></channel></rss>";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let xml = if text.trim_start().starts_with('<') && text.contains("<rss") {
        text.to_owned()
    } else {
        EXPORT.replace("{body}", &text.replace("]]>", "]]]]><![CDATA[>"))
    };
    if let Ok(articles) = tocsin_site::import::articles(&xml) {
        for article in &articles {
            let issues = validate::article(article);
            assert!(issues.is_empty(), "{issues:?}");
        }
    }
});

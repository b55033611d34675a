//! Hostile and odd bodies, shortcodes, slugs and files that are not exports.

use super::{REFERENCE, Scratch, article, export_of, import_body, texts};
use crate::import::shortcode::expand;
use crate::import::{Note, post::slugify, wordpress};
use tocsin::model::{Block, Inline, Mark};

#[test]
fn hostile_bodies_leave_nothing_that_runs() {
    let (odd, report) = import_body(
        "hostile",
        "<p onclick=\"alert(1)\">Read <a href=\"javascript:alert(2)\">this</a> and \
         <a href=\" JaVaScRiPt:alert(3)\">that</a> and <a href=\"&#106;avascript:alert(4)\">more</a>.</p>\
         <script>alert(5)</script><style>body{display:none}</style>\
         <iframe src=\"javascript:alert(6)\"></iframe><iframe src=\"https://www.example.net/embed/1\"></iframe>\
         <p><a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==\">data</a> \
         <a href=\"vbscript:msgbox(8)\">vb</a> <img src=x onerror=\"alert(9)\" alt=\"x\"></p>\
         <svg><script>alert(10)</script></svg><object data=\"data:text/html,<script>alert(11)</script>\"></object>\
         <form action=\"https://evil.example/\"><input value=\"steal\"><button>Go</button></form>\
         <p style=\"background:url(javascript:alert(12))\">Styled text.</p>\
         <noscript><p>alert(13)</p></noscript><base href=\"https://evil.example/\">\
         <p><img src=\"https://evil.example/pixel.gif\" alt=\"tracker\" width=\"1\" height=\"1\"></p>",
    );
    let json = serde_json::to_string(&odd).unwrap().to_lowercase();
    for banned in [
        "alert",
        "script",
        "javascript",
        "data:",
        "vbscript",
        "onclick",
        "onerror",
        "evil",
        "background",
        "display",
        "steal",
    ] {
        assert!(
            !json.contains(banned),
            "{banned} reached the content: {json}"
        );
    }
    assert_eq!(
        texts(&odd),
        [
            "Read this and that and more.",
            "https://www.example.net/embed/1",
            "data vb",
            "Styled text."
        ]
    );
    for line in [
        "<script>: content that would run or load code: removed",
        "link javascript:alert(2)",
        "an image on another site",
    ] {
        assert!(report.contains(line), "missing {line:?} in\n{report}");
    }
}

#[test]
fn odd_markup_reads_as_a_browser_would() {
    let (odd, report) = import_body(
        "markup",
        "<p>One <b><i>bold italic</b> italic</i><p>Two &amp; &eacute;t&eacute; &#8217;quoted&#8217;&nbsp;here\
         <!--more--><!--nextpage--></div><h2>A heading</h3><p>Three [sic] [1] and ]]> kept\
         <ul><li>a<li>b</ul>[gallery ids=\"1,2\"] [note]Kept words[/note] [[caption]]\
         <table><tr><th>City</th><th>Protests</th></tr><tr><td>Almaty</td><td>12</td></tr></table>\
         <blockquote>Unwrapped quote<cite>Someone</cite></blockquote><p>\u{1}Bell\u{7} gone</p><p>   </p>",
    );
    assert_eq!(
        texts(&odd),
        [
            "One bold italic italic",
            "Two & été ’quoted’ here",
            "# A heading",
            "Three [sic] [1] and ]]> kept",
            "* a\n* b",
            "Kept words [caption]",
            "* City | Protests\n* Almaty | 12",
            "> Unwrapped quote — Someone",
            "Bell gone",
        ]
    );
    let Block::Paragraph(first) = &odd.body[0] else {
        panic!()
    };
    assert!(
        matches!(&first.0[1], Inline::Marked(Mark::Strong(t)) if t == "bold italic"),
        "{first:?}"
    );
    // Markdown keeps a mark's edge spaces outside it.
    assert!(
        matches!(&first.0[3], Inline::Marked(Mark::Em(t)) if t == "italic"),
        "{first:?}"
    );
    assert!(
        report.contains("[gallery]: a shortcode Tocsin cannot show: removed"),
        "{report}"
    );
    assert!(
        report.contains("a table: each row became an item"),
        "{report}"
    );
}

#[test]
fn shortcodes_known_or_shaped_like_one_are_rewritten() {
    let mut notes: Vec<Note> = Vec::new();
    let out = expand(
        "[embed]https://vimeo.com/1[/embed] [youtube https://youtu.be/x] [1] [sic] [b]",
        &mut notes,
    );
    assert_eq!(
        out,
        "<p><a href=\"https://vimeo.com/1\">https://vimeo.com/1</a></p> \
         <p><a href=\"https://youtu.be/x\">https://youtu.be/x</a></p> [1] [sic] [b]"
    );
    assert_eq!(notes.len(), 2);
    let out = expand("[caption id=\"a\"]<img src=x>Words[/caption]", &mut notes);
    assert_eq!(
        out,
        "<figure class=\"wp-caption\"><img src=x>Words</figure>"
    );
    let out = expand("[embed]\"><script>x</script>[/embed]", &mut notes);
    assert!(!out.contains("<script>"), "{out}");
}

#[test]
fn slugs_are_latin_and_unique() {
    let slug = |s: &str| slugify(s).map(|s| s.as_str().to_owned());
    assert_eq!(
        slug("%d0%b0%d0%b9%d0%bd%d1%83%d1%80-%d0%ba%d1%83%d1%80%d0%bc%d0%b0%d0%bd%d0%be%d0%b2")
            .as_deref(),
        Some("ainur-kurmanov")
    );
    assert_eq!(
        slug("Free Ainur Kurmanov!").as_deref(),
        Some("free-ainur-kurmanov")
    );
    assert_eq!(slug("ƒ…").as_deref(), Some("f"));
    assert_eq!(slug("…"), None);
    assert!(slug(&"word ".repeat(40)).unwrap().len() <= 80);
    let (twice, report) = {
        let scratch = Scratch::new("slugs");
        let xml = export_of("<p>First.</p>").replace("</item>", "</item><item><title>Odd</title><content:encoded>\
            <![CDATA[<p>Second.</p>]]></content:encoded><wp:post_id>2</wp:post_id><wp:post_date>2020-05-02 10:00:00\
            </wp:post_date><wp:post_name>odd</wp:post_name><wp:status>publish</wp:status>\
            <wp:post_type>post</wp:post_type></item>");
        let report = wordpress(&xml, &scratch.0, None).unwrap();
        crate::content::check_dir(&scratch.0).unwrap();
        (article(&scratch.0, "odd-2"), report)
    };
    assert_eq!(texts(&twice), ["Second."]);
    assert!(
        report.contains("another post has the same slug: this one is odd-2"),
        "{report}"
    );
}

#[test]
fn what_is_not_an_export_is_refused_with_where() {
    let scratch = Scratch::new("broken");
    let err = wordpress(
        "<rss><channel><item><title>x</item></channel></rss>",
        &scratch.0,
        None,
    )
    .unwrap_err();
    assert!(err.contains("XML error"), "{err}");
    let err = wordpress("<html><body>hello</body></html>", &scratch.0, None).unwrap_err();
    assert!(err.contains("no <channel>"), "{err}");
    let foreign = REFERENCE.replace("<language>en-US</language>", "<language>pt-BR</language>");
    std::fs::write(
        scratch.0.join("site.json"),
        include_str!("../../../../../public/data/site.json"),
    )
    .unwrap();
    let err = wordpress(&foreign, &scratch.0, None).unwrap_err();
    assert!(err.contains("the export is in pt"), "{err}");
    let russian = REFERENCE.replace("<language>en-US</language>", "<language>ru-RU</language>");
    wordpress(&russian, &scratch.0, None).unwrap();
    assert_eq!(
        article(&scratch.0, "kazakhstan-2012-founding-conference")
            .language
            .unwrap()
            .as_str(),
        "ru"
    );
    crate::content::check_dir(&scratch.0).unwrap();
}

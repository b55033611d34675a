//! Components mounted in a real headless Chromium (wasm-bindgen-test).
//! Run by `cargo xtask test`; plain `#[test]`s do not run on wasm, so this
//! file only exists for the wasm32 target.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use tocsin::api::LoadError;
use tocsin::components::{ArticleView, LoadErrorView};
use tocsin::model::{Article, Block, Date, Inline, Mark, Rich, SafeLink, Slug};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` into a fresh element of the test page and returns that element.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        leptos_meta::provide_meta_context();
        view()
    });
    // Keep the view alive for the rest of the test page.
    handle.forget();
    host
}

#[wasm_bindgen_test]
fn load_error_view_says_what_failed_and_retry_calls_back() {
    let (retries, set_retries) = signal(0);
    let error = LoadError::Server {
        what: "The article".into(),
        status: 503,
    };
    let host = mount(move || {
        let on_retry = Callback::new(move |()| set_retries.update(|n| *n += 1));
        view! { <LoadErrorView error on_retry /> }
    });
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("HTTP 503"), "{text}");
    assert!(host.query_selector("[role=alert]").unwrap().is_some());
    let button: HtmlElement = host
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Try again"));
    button.click();
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
fn article_view_renders_blocks_and_keeps_markup_as_text() {
    let article = Article {
        slug: Slug::parse("test").unwrap(),
        title: "A headline".into(),
        standfirst: "The gist".into(),
        published: Date::parse("2010-04-15").unwrap(),
        byline: "A reporter".into(),
        section: "Asia".into(),
        tags: Vec::new(),
        body: vec![
            Block::Heading("A heading".into()),
            Block::Paragraph(Rich(vec![
                Inline::Text("<script>alert(1)</script><b>not bold</b> ".into()),
                Inline::Marked(Mark::Link {
                    text: "a source".into(),
                    href: SafeLink::parse("https://example.org/").unwrap(),
                }),
            ])),
        ],
        references: Vec::new(),
        campaign: Some(Slug::parse("free-someone").unwrap()),
        appeal: None,
    };
    let host = mount(move || view! { <ArticleView article /> });
    assert_eq!(
        host.query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("A headline")
    );
    assert_eq!(
        host.query_selector("h2")
            .unwrap()
            .unwrap()
            .text_content()
            .as_deref(),
        Some("A heading")
    );
    let time = host.query_selector("time").unwrap().unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2010-04-15")
    );
    // Hostile text arrives as text: no element is created from it.
    assert!(host.query_selector("script, b").unwrap().is_none());
    assert!(
        host.text_content()
            .unwrap_or_default()
            .contains("<script>alert(1)</script>")
    );
    let link = host.query_selector("a[href^=\"https:\"]").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/")
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    let cta = host.query_selector(".cta-slot a").unwrap().unwrap();
    assert_eq!(
        cta.get_attribute("href").as_deref(),
        Some("/campaigns/free-someone")
    );
}

//! Components mounted in a real headless Chromium (wasm-bindgen-test).
//! Run by `cargo xtask test`; plain `#[test]`s do not run on wasm, so this
//! file only exists for the wasm32 target.
#![cfg(target_arch = "wasm32")]

#[path = "support/generate.rs"]
mod generate;

use leptos::prelude::*;
use tocsin::api::{LoadError, Subject};
use tocsin::boot::InItsOwnTask;
use tocsin::components::{ArticleView, CampaignView, LoadErrorView};
use tocsin::model::{Article, Campaign, Site};
use tocsin::route::Route;
use tocsin::takeover::PRERENDERED_ID;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` into a fresh element of the test page and returns that element.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), view);
    // Keep the view alive for the rest of the test page.
    handle.forget();
    host
}

#[wasm_bindgen_test]
fn load_error_view_says_what_failed_and_retry_calls_back() {
    let (retries, set_retries) = signal(0);
    let error = LoadError::Server {
        what: Subject::Article,
        status: 503,
    };
    let host = mount(move || {
        let on_retry = Callback::new(move |()| set_retries.update(|n| *n += 1));
        view! { <LoadErrorView route=Route::Campaigns error on_retry /> }
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

/// An article as the app receives it: JSON decoded by the fetch layer.
fn article_json(first_href: &str) -> String {
    format!(
        r#"{{"slug": "test", "title": "A headline", "standfirst": "The gist", "published": "2010-04-15",
            "byline": "A reporter", "section": "Asia", "tags": ["kazakhstan"],
            "body": [
                {{"heading": "A heading"}},
                {{"paragraph": ["<script>alert(1)</script><b>not bold</b> ",
                    {{"link": {{"text": "a source", "href": "{first_href}"}}}}]}},
                {{"quote": {{"text": [{{"em": "quoted"}}], "cite": "Someone"}}}},
                {{"list": {{"ordered": true, "items": ["one", [{{"strong": "two"}}]]}}}},
                {{"image": {{"src": "images/court.jpg", "alt": "The court", "width": 4, "height": 3}}}}
            ],
            "references": [{{"title": "Earlier", "source": "socialistworld.net", "date": "2010-03-26"}}],
            "campaign": "free-someone"}}"#
    )
}

fn decode_article(json: &str) -> Result<Article, LoadError> {
    tocsin::api::decode(
        Subject::Article,
        "/data/articles/test.json",
        200,
        Some("application/json"),
        json,
    )
}

#[wasm_bindgen_test]
fn every_block_renders_as_elements_and_markup_stays_text() {
    let article = decode_article(&article_json("https://example.org/")).unwrap();
    let host = mount(move || {
        let share_url = "https://tocsin.example/articles/test".to_owned();
        view! { <ArticleView article campaign=None appeal=None share_url /> }
    });
    let text = |selector: &str| {
        host.query_selector(selector)
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap_or_default()
    };
    assert_eq!(text("h1"), "A headline");
    assert_eq!(text(".article-body h2"), "A heading");
    assert_eq!(text("blockquote em"), "quoted");
    assert_eq!(text("figure.quote figcaption"), "Someone");
    assert_eq!(text("ol li:nth-child(2) strong"), "two");
    assert_eq!(text(".references cite"), "Earlier");
    let image = host.query_selector("figure.image img").unwrap().unwrap();
    assert_eq!(image.get_attribute("alt").as_deref(), Some("The court"));
    assert_eq!(image.get_attribute("width").as_deref(), Some("4"));
    let time = host.query_selector("header time").unwrap().unwrap();
    assert_eq!(
        time.get_attribute("datetime").as_deref(),
        Some("2010-04-15")
    );
    assert_eq!(time.text_content().as_deref(), Some("15 April 2010"));
    assert!(text(".byline").contains("1 min read"));
    assert_eq!(
        host.query_selector(".tags a")
            .unwrap()
            .unwrap()
            .get_attribute("href")
            .as_deref(),
        Some("/tags/kazakhstan")
    );
    // Hostile text arrives as text: no element is created from it.
    assert!(host.query_selector("script, b").unwrap().is_none());
    assert!(text(".article-body").contains("<script>alert(1)</script>"));
    let link = host.query_selector(".article-body a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/")
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    // Without its campaign, the article has no call to action.
    assert!(host.query_selector(".cta").unwrap().is_none());
}

#[wasm_bindgen_test]
fn a_javascript_link_in_content_never_becomes_an_href() {
    for hostile in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "http://example.org/",
    ] {
        let error = decode_article(&article_json(hostile)).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("expected an https:// or mailto: link"),
            "{hostile}: {error}"
        );
        // The page says what is wrong with the file, as text.
        let message = error.to_string();
        let host = mount(move || {
            let on_retry = Callback::new(|()| ());
            view! { <LoadErrorView route=Route::Campaigns error on_retry /> }
        });
        let alert = host.query_selector("[role=alert]").unwrap().unwrap();
        assert!(
            alert.text_content().unwrap_or_default().contains(&message),
            "{message}"
        );
    }
    let document = web_sys::window().unwrap().document().unwrap();
    assert!(
        document
            .query_selector("a[href^='javascript:' i], a[href^='data:' i]")
            .unwrap()
            .is_none()
    );
}

/// Resolves in a task after the current one.
async fn next_task() {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
}

#[wasm_bindgen_test]
async fn behind_a_prerendered_page_a_slice_is_built_in_a_task_of_its_own() {
    let slice = || {
        view! {
            <InItsOwnTask>
                <p>"the letter form"</p>
            </InItsOwnTask>
        }
    };
    // A page the app renders by itself gets every part at once.
    let alone = mount(slice);
    assert_eq!(alone.text_content().unwrap(), "the letter form");
    // Behind a pre-rendered page the slice waits for a task of its own.
    let document = web_sys::window().unwrap().document().unwrap();
    let prerendered = document.create_element("div").unwrap();
    prerendered.set_id(PRERENDERED_ID);
    document.body().unwrap().append_child(&prerendered).unwrap();
    let behind = mount(slice);
    assert_eq!(behind.text_content().unwrap(), "");
    next_task().await;
    assert_eq!(behind.text_content().unwrap(), "the letter form");
    prerendered.remove();
}

#[wasm_bindgen_test]
fn every_generated_article_and_campaign_renders_in_the_browser() {
    // The cases tests/generated.rs renders ahead of time, here through the
    // app's own components: any valid content renders without a panic.
    let site: Site = serde_json::from_value(generate::site()).unwrap();
    let errors = ConsoleErrors::watch();
    for (article, campaign) in generate::cases() {
        let article: Article = decode_article(&article.to_string()).unwrap();
        let appeal = article
            .appeal
            .as_ref()
            .and_then(|id| site.appeal(id))
            .cloned();
        let campaign: Campaign = serde_json::from_value(campaign).unwrap();
        let (title, name) = (article.title.clone(), campaign.title.clone());
        let linked = article.campaign.is_some().then(|| campaign.clone());
        let reading = mount(move || {
            let share_url = "https://tocsin.example/articles/x".to_owned();
            view! { <ArticleView article campaign=linked appeal share_url /> }
        });
        let heading = reading
            .query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content();
        assert_eq!(heading.as_deref(), Some(title.as_str()));
        let case = mount(move || {
            let site_root = "https://tocsin.example".to_owned();
            view! {
                <CampaignView
                    campaign
                    today=None
                    preset=Default::default()
                    ignored=Vec::new()
                    site_root
                />
            }
        });
        let heading = case.query_selector("h1").unwrap().unwrap().text_content();
        assert_eq!(heading.as_deref(), Some(name.as_str()));
        reading.remove();
        case.remove();
    }
    assert_eq!(errors.stop(), Vec::<String>::new());
}

/// Records what is written to `console.error` until stopped.
struct ConsoleErrors {
    console: wasm_bindgen::JsValue,
    original: wasm_bindgen::JsValue,
    seen: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
    _recorder: wasm_bindgen::closure::Closure<dyn Fn(wasm_bindgen::JsValue)>,
}

impl ConsoleErrors {
    fn watch() -> Self {
        use js_sys::Reflect;
        let console = Reflect::get(&js_sys::global(), &"console".into()).unwrap();
        let original = Reflect::get(&console, &"error".into()).unwrap();
        let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let record = seen.clone();
        let recorder = wasm_bindgen::closure::Closure::<dyn Fn(wasm_bindgen::JsValue)>::new(
            move |message: wasm_bindgen::JsValue| {
                record.borrow_mut().push(format!("{message:?}"));
            },
        );
        Reflect::set(&console, &"error".into(), recorder.as_ref()).unwrap();
        ConsoleErrors {
            console,
            original,
            seen,
            _recorder: recorder,
        }
    }

    /// Puts `console.error` back and returns what it was given.
    fn stop(self) -> Vec<String> {
        js_sys::Reflect::set(&self.console, &"error".into(), &self.original).unwrap();
        self.seen.borrow().clone()
    }
}

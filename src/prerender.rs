//! Pages rendered ahead of time by `cargo xtask build`, outside any browser,
//! with the app's own components: a link preview, a reader without
//! JavaScript and the first paint all get the real content, and the app,
//! once started, shows the very same markup. Built only with the `prerender`
//! feature (Leptos' HTML rendering); never part of the wasm.

use crate::components::{AheadOfTime, ArticleView, CampaignView, Locale, PageFrame};
use crate::compose::{Client, Message, Offer, SenderDetails, fill, offer};
use crate::model::{Appeal, Article, Campaign, Date, Status};
use crate::share::Preset;
use leptos::prelude::*;

/// What a page's `<head>` says about it, for search engines and link previews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageMeta {
    /// The page title, without the site name.
    pub title: String,
    /// One or two sentences: the meta and Open Graph description.
    pub description: String,
    /// The page's canonical, absolute address.
    pub url: String,
    /// The site's name.
    pub site_name: String,
    /// `article` for articles and campaigns, `website` for lists.
    pub kind: &'static str,
    /// When an article was published.
    pub published: Option<Date>,
    /// JSON files the app will fetch first, preloaded by the page.
    pub preload: Vec<String>,
}

impl PageMeta {
    /// The tags for the `<head>`: title, description, canonical link, Open
    /// Graph and Twitter card, and preloads, every value escaped.
    pub fn head_tags(&self) -> String {
        let title = escape(&format!("{} · {}", self.title, self.site_name));
        let mut tags = format!("<title>{title}</title>");
        // `data-prerendered` lets the app remove these when it takes over,
        // since its own page metadata then follows the reader around.
        let mut meta = |attr: &str, key: &str, value: &str| {
            tags.push_str(&format!(
                "<meta {attr}=\"{key}\" content=\"{}\" data-prerendered>",
                escape(value)
            ));
        };
        meta("name", "description", &self.description);
        meta("property", "og:type", self.kind);
        meta("property", "og:title", &self.title);
        meta("property", "og:description", &self.description);
        meta("property", "og:url", &self.url);
        meta("property", "og:site_name", &self.site_name);
        if let Some(date) = &self.published {
            meta("property", "article:published_time", date.as_str());
        }
        meta("name", "twitter:card", "summary");
        meta("name", "twitter:title", &self.title);
        meta("name", "twitter:description", &self.description);
        tags.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\" data-prerendered>",
            escape(&self.url)
        ));
        for file in &self.preload {
            tags.push_str(&format!(
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>",
                escape(file)
            ));
        }
        tags
    }
}

/// The `<body>` content of an article page, as the app renders it.
pub fn article_body(
    article: Article,
    campaign: Option<Campaign>,
    appeal: Option<Appeal>,
    share_url: String,
) -> String {
    render(move || view! { <ArticleView article campaign appeal share_url /> })
}

/// The `<body>` content of a campaign page, as the app renders it for a
/// reader who has typed nothing yet, and for a reader without JavaScript
/// (whose browser hides the composer) the letter as a plain mail link.
pub fn campaign_body(campaign: Campaign, origin: String) -> String {
    let letter = (campaign.status == Status::Active)
        .then(|| plain_letter(&campaign))
        .flatten();
    render(move || {
        view! {
            <CampaignView campaign today=None preset=Preset::default() ignored=Vec::new() origin />
            {letter.map(|(href, body)| view! {
                <noscript>
                    <section class="plain-letter" aria-labelledby="plain-letter-heading">
                        <h2 id="plain-letter-heading">"Send the protest letter"</h2>
                        <p>"Your mail app opens with the letter to every recipient. Put your name and town where the brackets are, then send it."</p>
                        <p><a class="button" href=href>"Write the letter in your mail app"</a></p>
                        <p class="letter-body">{body}</p>
                    </section>
                </noscript>
            })}
        }
    })
}

/// The campaign's first letter to its fixed recipients, filled with
/// bracketed prompts, as a mailto link (or a link with the subject only,
/// when the letter makes one too long) and the letter's text.
fn plain_letter(campaign: &Campaign) -> Option<(String, String)> {
    let letter = campaign.letters.first()?;
    let names: Vec<&str> = campaign.targets.iter().map(|t| t.name.as_str()).collect();
    let details = SenderDetails {
        name: "[your name]".into(),
        city: "[your town or city]".into(),
        country: "[your country]".into(),
        target_name: names.join(", "),
    };
    let body = fill(&letter.body, &details).ok()?;
    let mut message = Message {
        to: campaign.targets.iter().map(|t| t.email.clone()).collect(),
        cc: campaign.copies.clone(),
        subject: letter.subjects.first()?.clone(),
        body: body.clone(),
    };
    let href = match offer(Client::MailApp, &message) {
        Offer::Link(href) => href,
        Offer::TooLong { .. } => {
            message.body.clear();
            crate::compose::mailto(&message)
        }
    };
    Some((href, body))
}

/// Ahead of time there is nothing to react to: a component's effects and
/// tasks (storage, timers) belong to the browser, so they are dropped unrun.
struct SnapshotExecutor;

impl any_spawner::CustomExecutor for SnapshotExecutor {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// `page` inside the app's frame, as HTML.
fn render<V: IntoView + 'static>(page: impl FnOnce() -> V + Send + 'static) -> String {
    // Set once per process; a second call finds it set, which is fine.
    let _ = any_spawner::Executor::init_custom_executor(SnapshotExecutor);
    let owner = Owner::new();
    let html = owner.with(|| {
        // The page's own <head> tags come from `PageMeta`; what the
        // components ask of leptos_meta is collected here and left unused.
        let (meta, _unused) = leptos_meta::ServerMetaContext::new();
        provide_context(meta);
        leptos_meta::provide_meta_context();
        // Dates in the site's first language; the app then uses the reader's.
        provide_context(Locale("en".to_owned()));
        provide_context(AheadOfTime);
        // A snapshot reads each signal once, on purpose: no tracking wanted.
        untrack(|| view! { <PageFrame>{page()}</PageFrame> }.to_html())
    });
    // Leptos marks places for hydration with empty comments. This page is
    // replaced by the app, not hydrated, so they go; text cannot hold them,
    // since its "<" is always escaped.
    html.replace("<!>", "")
}

/// Text made safe for element content and quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo_article() -> Article {
        serde_json::from_str(include_str!(
            "../public/data/articles/kazakhstan-ainur-kurmanov-jailed.json"
        ))
        .unwrap()
    }

    #[test]
    fn head_tags_escape_every_value() {
        let meta = PageMeta {
            title: "\"><script>alert(1)</script>".into(),
            description: "a & b".into(),
            url: "https://x.example/a?b=\"c\"".into(),
            site_name: "Tocsin".into(),
            kind: "article",
            published: Some(Date::parse("2010-04-15").unwrap()),
            preload: vec!["/data/a.json".into()],
        };
        let tags = meta.head_tags();
        assert!(!tags.contains("<script"), "{tags}");
        assert!(tags.contains("<meta property=\"og:title\" content=\"&quot;&gt;&lt;script&gt;"));
        assert!(
            tags.contains("<meta name=\"description\" content=\"a &amp; b\" data-prerendered>")
        );
        assert!(tags.contains(
            "<meta property=\"article:published_time\" content=\"2010-04-15\" data-prerendered>"
        ));
        assert!(
            tags.contains("<link rel=\"preload\" href=\"/data/a.json\" as=\"fetch\" crossorigin>")
        );
    }

    #[test]
    fn the_campaign_renders_with_its_demands_targets_and_a_plain_mail_link() {
        let campaign: Campaign = serde_json::from_str(include_str!(
            "../public/data/campaigns/free-ainur-kurmanov.json"
        ))
        .unwrap();
        let html = campaign_body(campaign.clone(), "https://x.example".into());
        assert!(html.contains(&format!("<h1>{}</h1>", escape(&campaign.title))));
        for demand in &campaign.demands {
            assert!(html.contains(&escape(demand)), "{demand}");
        }
        for target in &campaign.targets {
            assert!(html.contains(target.email.as_str()), "{}", target.email);
        }
        let start = html
            .find("<noscript>")
            .expect("a plain letter for readers without scripts");
        let noscript = &html[start..];
        assert!(
            noscript.contains("href=\"mailto:gp-rk@mail.online.kz?subject="),
            "{noscript}"
        );
        assert!(noscript.contains("[your name]"));
        // The form's parts wait, disabled, for the app.
        assert_eq!(
            html.matches("<fieldset disabled").count(),
            html.matches("<fieldset").count()
        );
        assert!(!html.contains("<!>"));
    }

    #[test]
    fn the_article_renders_in_the_app_frame_with_its_text() {
        let article = demo_article();
        let first = match &article.body[0] {
            crate::model::Block::Paragraph(text) => text.plain_text(),
            other => panic!("{other:?}"),
        };
        let html = article_body(article.clone(), None, None, "https://x.example/a".into());
        assert!(
            html.starts_with("<a href=\"#main\" class=\"skip-link\">"),
            "{}",
            &html[..80]
        );
        assert!(html.contains("<main id=\"main\" tabindex=\"-1\"><article"));
        assert!(html.contains(&format!("<h1>{}</h1>", escape(&article.title))));
        assert!(html.contains(&first[..40]));
        assert!(!html.contains("<!>"));
    }
}

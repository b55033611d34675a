//! Pages rendered ahead of time by `cargo xtask build`, outside any browser,
//! with the app's own components: a link preview, a reader without
//! JavaScript and the first paint all get the real content, and the app,
//! once started, shows the very same markup. Built only with the `prerender`
//! feature (Leptos' HTML rendering); never part of the wasm.

use crate::components::{
    AheadOfTime, ArticleView, CampaignIndex, CampaignView, FrontPage, ListHead, Locale,
    MonthArchive, PageFrame, TaggedArticles,
};
use crate::compose::{Client, Message, Offer, SenderDetails, fill, offer};
use crate::model::{
    Appeal, Article, ArticleSummary, AssetPath, BasePath, Block, Campaign, CampaignSummary, Month,
    Slug, Status, format_month,
};
use crate::share::Preset;
use leptos::prelude::*;

mod head;

pub use head::{PageMeta, escape};

/// The `<body>` content of an article page, as the app renders it.
pub fn article_body(
    article: Article,
    campaign: Option<Campaign>,
    appeal: Option<Appeal>,
    share_url: String,
    base: &BasePath,
) -> String {
    render(
        base,
        move || view! { <ArticleView article campaign appeal share_url /> },
    )
}

/// The `<body>` content of a campaign page, as the app renders it for a
/// reader who has typed nothing yet, and for a reader the app cannot reach
/// (JavaScript off, or the app failed to load: the stylesheet then hides the
/// composer and shows this instead) the letter as a plain mail link.
/// `site_root` is the site's absolute address, for the share link.
pub fn campaign_body(campaign: Campaign, site_root: String, base: &BasePath) -> String {
    let letter = (campaign.status == Status::Active)
        .then(|| plain_letter(&campaign))
        .flatten();
    render(base, move || {
        view! {
            <CampaignView campaign today=None preset=Preset::default() ignored=Vec::new() site_root />
            {letter.map(|(href, body)| view! {
                <section class="plain-letter" aria-labelledby="plain-letter-heading">
                    <h2 id="plain-letter-heading">"Send the protest letter"</h2>
                    <p>"Your mail app opens with the letter to every recipient. Put your name and town where the brackets are, then send it."</p>
                    <p><a class="button" href=href>"Write the letter in your mail app"</a></p>
                    <p class="letter-body">{body}</p>
                </section>
            })}
        }
    })
}

/// The language of pre-rendered dates; the app then uses the reader's.
const SITE_LOCALE: &str = "en";

/// The article's first image and its text alternative: the one a link
/// preview shows.
pub fn lead_image(article: &Article) -> Option<(&AssetPath, &str)> {
    article.body.iter().find_map(|block| match block {
        Block::Image { src, alt, .. } => Some((src, alt.as_str())),
        _ => None,
    })
}

/// A list page and what it lists.
#[derive(Debug, Clone)]
pub enum ListPage {
    /// `/` and `/page/<n>`: the active campaigns and a page of articles.
    Front {
        /// The active campaigns, soonest deadline first.
        campaigns: Vec<Campaign>,
        /// The page's articles.
        articles: Vec<ArticleSummary>,
        /// The page, from 1.
        page: usize,
        /// How many pages there are.
        pages: usize,
    },
    /// `/campaigns`: every campaign, in the page's order.
    Campaigns(Vec<CampaignSummary>),
    /// `/archive/<year>/<month>`.
    Month {
        /// The month.
        month: Month,
        /// Its articles, newest first.
        articles: Vec<ArticleSummary>,
        /// The nearest earlier month with articles.
        older: Option<Month>,
        /// The nearest later month with articles.
        newer: Option<Month>,
    },
    /// `/tags/<tag>`.
    Tag {
        /// The tag.
        tag: Slug,
        /// Its articles, newest first.
        articles: Vec<ArticleSummary>,
    },
}

impl ListPage {
    /// The page's title and description, the words the app sets.
    pub fn head(&self) -> ListHead {
        match self {
            Self::Front { page, .. } => ListHead::front(*page),
            Self::Campaigns(_) => ListHead::campaigns(),
            Self::Month { month, .. } => ListHead::month(&format_month(month, SITE_LOCALE)),
            Self::Tag { tag, .. } => ListHead::tag(tag),
        }
    }
}

/// The `<body>` content of a list page, as the app renders it.
pub fn list_body(page: ListPage, base: &BasePath) -> String {
    render(base, move || match page {
        ListPage::Front {
            campaigns,
            articles,
            page,
            pages,
        } => view! { <FrontPage campaigns articles page pages /> }.into_any(),
        ListPage::Campaigns(campaigns) => view! { <CampaignIndex campaigns /> }.into_any(),
        ListPage::Month {
            month,
            articles,
            older,
            newer,
        } => view! { <MonthArchive month articles older newer /> }.into_any(),
        ListPage::Tag { tag, articles } => view! { <TaggedArticles tag articles /> }.into_any(),
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
fn render<V: IntoView + 'static>(
    base: &BasePath,
    page: impl FnOnce() -> V + Send + 'static,
) -> String {
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
        provide_context(Locale(SITE_LOCALE.to_owned()));
        provide_context(AheadOfTime);
        provide_context(base.clone());
        // A snapshot reads each signal once, on purpose: no tracking wanted.
        untrack(|| view! { <PageFrame>{page()}</PageFrame> }.to_html())
    });
    // Leptos marks places for hydration with empty comments. This page is
    // replaced by the app, not hydrated, so they go; text cannot hold them,
    // since its "<" is always escaped.
    html.replace("<!>", "")
}

#[cfg(test)]
mod tests;

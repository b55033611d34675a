//! Pages rendered ahead of time by `cargo xtask build`, outside any browser,
//! with the app's own components: a link preview, a reader without
//! JavaScript and the first paint all get the real content, and the app,
//! once started, shows the very same markup. Built only with the `prerender`
//! feature (Leptos' HTML rendering); never part of the wasm.

use crate::boot::AheadOfTime;
use crate::browser::SiteLanguage;
use crate::components::{
    ArticleView, CampaignView, CurrentPath, ListView, PageFrame, PlainSend, SearchSection,
    SiteLanguages, SiteName, dir_of, page_url,
};
use crate::i18n::{Key, t};
use crate::listing::ListPage;
use crate::model::{Appeal, Article, AssetPath, BasePath, Block, Campaign, Date, Status};
use crate::route::{Route, language_base};
use crate::share::Preset;
use leptos::prelude::*;

mod head;
mod plain;

pub use head::{PageMeta, escape};
use plain::PlainLetter;

/// What every pre-rendered page of one site shares.
#[derive(Debug, Clone)]
pub struct SiteFrame {
    /// Where the site lives on its host.
    pub base: BasePath,
    /// The site's name, from `site.json`.
    pub name: String,
    /// The site's absolute address with its base path, no trailing slash.
    pub root: String,
    /// The site's languages, the default first.
    pub languages: Vec<SiteLanguage>,
    /// The day of the build, on which a campaign's deadline has passed or
    /// not for its pre-rendered page.
    pub today: Date,
}

/// The `<body>` content of an article page, as the app renders it.
pub fn article_body(
    article: Article,
    campaign: Option<Campaign>,
    appeal: Option<Appeal>,
    site: &SiteFrame,
) -> String {
    let share_url = page_url(
        &Route::Article {
            slug: article.slug.clone(),
        },
        &site.root,
    );
    let route = Route::Article {
        slug: article.slug.clone(),
    };
    render(
        site,
        route,
        move || view! { <ArticleView article campaign appeal share_url /> },
    )
}

/// The `<body>` content of a campaign page, as the app renders it for a
/// reader who has typed nothing yet. Its letter form sends from the first
/// paint, before the app arrives, through a plain mail link; for a reader
/// the app cannot reach (JavaScript off, or the app failed to load: the
/// stylesheet then hides the form and shows this instead) the letter is
/// written out beside that link.
pub fn campaign_body(campaign: Campaign, site: &SiteFrame) -> String {
    // The form's link carries the letter its box shows; the plain letter
    // for a reader without the app is in the page's language.
    let active = campaign.status == Status::Active;
    let in_form = active
        .then(|| PlainLetter::of(&campaign, site, &Preset::default(), false))
        .flatten();
    let letter = active
        .then(|| PlainLetter::readable(&campaign, site))
        .flatten();
    let site_root = site.root.clone();
    let today = site.today.clone();
    let route = Route::Campaign {
        slug: campaign.slug.clone(),
    };
    render(site, route, move || {
        if let Some(in_form) = in_form {
            provide_context(PlainSend(ViewFn::from(move || in_form.view())));
        }
        let plain = letter.map(|letter| {
            let body = letter.body.clone();
            let dir = dir_of(&letter.language);
            let lang = letter.language.clone();
            view! {
                <section class="plain-letter" aria-labelledby="plain-letter-heading">
                    <h2 id="plain-letter-heading">{t(Key::PlainLetterHeading)}</h2>
                    {letter.view()}
                    <p class="letter-body" lang=lang dir=dir>
                        {body}
                    </p>
                </section>
            }
        });
        view! {
            <CampaignView
                campaign
                today=Some(today)
                preset=Preset::default()
                ignored=Vec::new()
                site_root
            />
            {plain}
        }
    })
}

/// The article's first image and its text alternative: the one a link
/// preview shows.
pub fn lead_image(article: &Article) -> Option<(&AssetPath, &str)> {
    article.body.iter().find_map(|block| match block {
        Block::Image { src, alt, .. } => Some((src, alt.as_str())),
        _ => None,
    })
}

/// The `<body>` content of list page `route`, as the app renders it.
pub fn list_body(route: Route, page: ListPage, site: &SiteFrame) -> String {
    render(
        site,
        route.clone(),
        move || view! { <ListView route page /> },
    )
}

/// The `<body>` content of the search page before a search: its heading, the
/// search box, and what search needs. The app shows the matches.
pub fn search_body(site: &SiteFrame) -> String {
    render(site, Route::Search, || {
        view! {
            <SearchSection words=None>
                <p>{t(Key::SearchPrompt)}</p>
            </SearchSection>
        }
    })
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
    site: &SiteFrame,
    route: Route,
    page: impl FnOnce() -> V + Send + 'static,
) -> String {
    // Set once per process; a second call finds it set, which is fine.
    let _ = any_spawner::Executor::init_custom_executor(SnapshotExecutor);
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(AheadOfTime);
        provide_context(site.base.clone());
        provide_context(SiteName(site.name.clone()));
        provide_context(SiteLanguages(site.languages.clone()));
        let base = language_base(&site.base, crate::i18n::prefix());
        provide_context(CurrentPath(Signal::stored(route.href(&base))));
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

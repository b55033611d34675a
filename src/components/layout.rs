//! The frame around every page.

use super::use_site_name;
use super::{LanguageOffer, LanguageSwitcher, SearchForm};
use crate::browser;
use crate::i18n::{self, Key, t};
use crate::model::BasePath;
use crate::route::{Route, language_base, language_root};
use leptos::prelude::*;

/// Skip link, header, `<main>` holding `children`, footer: the same frame in
/// the app and in the pages rendered ahead of time.
#[component]
pub fn PageFrame(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            {t(Key::SkipToContent)}
        </a>
        <SiteHeader />
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <LanguageOffer />
        <SiteFooter />
    }
}

/// Moves focus to `<main>`. The router handles in-page links itself, so the
/// browser's own jump to `#main` (which moves focus) never happens.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    browser::focus("main");
}

/// `route`'s address on the site, under the base path the app or the
/// pre-render provides (`BasePath`) and in the page's language: every
/// internal link is written here.
pub fn href(route: &Route) -> String {
    let base = use_context::<BasePath>().unwrap_or_default();
    route.href(&language_base(&base, i18n::prefix()))
}

/// `route`'s absolute address in the page's language, for share links and
/// canonical addresses; `site_root` as for [`Route::url`].
pub fn page_url(route: &Route, site_root: &str) -> String {
    route.url(&language_root(site_root, i18n::prefix()))
}

/// The site header with the home link and main navigation.
#[component]
fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="site-name" href=href(&Route::HOME)>
                {use_site_name()}
            </a>
            <nav aria-label=t(Key::MainMenu)>
                <a href=href(&Route::HOME)>{t(Key::NavLatest)}</a>
                <a href=href(&Route::Campaigns)>{t(Key::NavCampaigns)}</a>
            </nav>
            <SearchForm id="site-search" />
            <LanguageSwitcher />
        </header>
    }
}

/// The site footer: what the site is and its promise about privacy.
#[component]
fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{t(Key::Footer)}</p>
        </footer>
    }
}

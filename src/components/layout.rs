//! The frame around every page.

use super::use_site_name;
use crate::browser;
use crate::model::BasePath;
use crate::route::Route;
use leptos::prelude::*;

/// Skip link, header, `<main>` holding `children`, footer: the same frame in
/// the app and in the pages rendered ahead of time.
#[component]
pub fn PageFrame(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>
            "Skip to content"
        </a>
        <SiteHeader />
        <main id="main" tabindex="-1">
            {children()}
        </main>
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
/// pre-render provides (`BasePath`): every internal link is written here.
pub fn href(route: &Route) -> String {
    route.href(&use_context::<BasePath>().unwrap_or_default())
}

/// The site header with the home link and main navigation.
#[component]
fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="site-name" href=href(&Route::HOME)>
                {use_site_name()}
            </a>
            <nav aria-label="Main">
                <a href=href(&Route::HOME)>"Latest"</a>
                <a href=href(&Route::Campaigns)>"Campaigns"</a>
            </nav>
        </header>
    }
}

/// The site footer: what the site is and its promise about privacy.
#[component]
fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>"Tocsin: urgent protests, sent from your own mailbox. No account, no tracking."</p>
        </footer>
    }
}

//! The frame around every page.

use leptos::prelude::*;

/// The site header with the home link and main navigation.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="site-name" href="/">"Tocsin"</a>
            <nav aria-label="Main">
                <a href="/">"Latest"</a>
                <a href="/campaigns">"Campaigns"</a>
            </nav>
        </header>
    }
}

/// The site footer: what the site is and its promise about privacy.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>"Tocsin: urgent protests, sent from your own mailbox. No account, no tracking."</p>
        </footer>
    }
}

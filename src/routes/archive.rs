//! `/archive/:year/:month`: the articles of one month, with links to the
//! neighbouring months that have articles.

use super::content_states;
use crate::api;
use crate::components::{ArticleList, use_locale};
use crate::model::{Month, format_month};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

/// One month of the archive; an address that is not a month is not found.
#[component]
pub fn ArchivePage() -> impl IntoView {
    let params = use_params_map();
    let month = move || {
        let p = params.read();
        let (year, month) = (
            p.get("year").unwrap_or_default(),
            p.get("month").unwrap_or_default(),
        );
        Month::parse(&format!("{year}-{month}")).ok()
    };
    let archive = LocalResource::new(move || {
        let month = month();
        async move {
            let Some(month) = month else {
                return Err(api::LoadError::NotFound {
                    what: "This month".into(),
                });
            };
            let manifest = api::manifest().await?;
            let listed = manifest
                .months
                .iter()
                .any(|m| m.month == month && m.articles > 0);
            let articles = if listed {
                api::shard(&month)
                    .await?
                    .latest_articles()
                    .into_iter()
                    .cloned()
                    .collect()
            } else {
                Vec::new()
            };
            let (older, newer) = manifest.neighbours(&month);
            Ok((month, articles, older, newer))
        }
    });
    let locale = use_locale();
    content_states(archive, move |(month, articles, older, newer)| {
        let name = format_month(&month, &locale);
        let link = |m: Month, rel: &'static str, arrow: &str| {
            let (year, number) = m.parts();
            let text = if rel == "prev" {
                format!("{arrow} {}", format_month(&m, &locale))
            } else {
                format!("{} {arrow}", format_month(&m, &locale))
            };
            view! { <a href=format!("/archive/{year}/{number:02}") rel=rel>{text}</a> }
        };
        view! {
            <Title text=format!("Archive: {name}") />
            <Meta name="description" content=format!("Articles published in {name}.") />
            <ArticleList heading=format!("Archive: {name}") articles empty=format!("No articles were published in {name}.") />
            <nav class="pager" aria-label="Months">
                {newer.map(|m| link(m, "prev", "←"))}
                {older.map(|m| link(m, "next", "→"))}
            </nav>
        }
    })
}

//! `/archive/:year/:month`: the articles of one month, with links to the
//! neighbouring months that have articles.

use super::content_states;
use crate::api;
use crate::components::MonthArchive;
use crate::model::Month;
use leptos::prelude::*;
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
    content_states(archive, |(month, articles, older, newer)| {
        view! { <MonthArchive month articles older newer /> }
    })
}

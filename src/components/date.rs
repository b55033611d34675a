//! Dates shown in the page's language.

use crate::i18n;
use crate::model::Date;
use leptos::prelude::*;

/// A date in a `<time datetime>` element, written as the page's language
/// writes dates.
#[component]
pub fn DateTime(
    /// The date to show.
    date: Date,
) -> impl IntoView {
    let shown = i18n::date(&date);
    view! { <time datetime=date.to_string()>{shown}</time> }
}

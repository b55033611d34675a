//! Dates shown in the reader's own language.

use crate::model::{Date, format_date};
use leptos::prelude::*;

/// The reader's language (a BCP 47 tag), provided once by the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale(pub String);

impl Locale {
    /// The browser's preferred language, or English.
    pub fn from_browser() -> Locale {
        Locale(crate::browser::language().unwrap_or_else(|| "en".to_owned()))
    }
}

/// The current locale from context, English when none was provided.
pub fn use_locale() -> String {
    use_context::<Locale>().map_or_else(|| "en".to_owned(), |l| l.0)
}

/// A date in a `<time datetime>` element, written as the reader writes dates.
#[component]
pub fn DateTime(
    /// The date to show.
    date: Date,
) -> impl IntoView {
    let shown = format_date(&date, &use_locale());
    view! { <time datetime=date.to_string()>{shown}</time> }
}

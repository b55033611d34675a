//! "What this letter says": the campaign's letter in the page's language,
//! beside a letter the reader sends in another (a Russian letter to
//! officials in Kazakhstan, read by a reader of English); the English
//! letter, said to be English, when the campaign has none in the page's.

use crate::components::dir_of;
use crate::compose::Draft;
use crate::i18n::{self, Key, t};
use crate::model::Campaign;
use leptos::prelude::*;

/// The letter in the page's language (or else in English), filled as the
/// reader's own is, when the reader's letter is in another language.
#[component]
pub fn LetterGloss(campaign: StoredValue<Campaign>, draft: RwSignal<Draft>) -> impl IntoView {
    let page = i18n::language();
    // The campaign's letter in the page's language, or else its English one.
    let find = |tag: &str| {
        campaign.with_value(|c| {
            (c.letters.iter())
                .find(|l| l.language.as_str().eq_ignore_ascii_case(tag))
                .map(|l| l.language.clone())
        })
    };
    let in_page_language = find(page);
    let in_english = in_page_language.is_none();
    let own = in_page_language.or_else(|| find(i18n::ENGLISH));
    let has_own = own.is_some();
    let (heading, text_lang) = match in_english {
        true => (Key::WhatItSaysInEnglish, i18n::ENGLISH),
        false => (Key::WhatItSays, page),
    };
    let gloss = move || {
        let other = draft.with(|d| d.lang.is_some() && d.lang != own);
        other.then(|| {
            let mut reading = draft.get();
            reading.lang = own.clone();
            reading.body = None;
            reading.subject = None;
            let text = campaign.with_value(|c| reading.compose(c, i18n::catalog()).shown);
            view! {
                <section
                    class="letter-gloss"
                    lang=page
                    dir=dir_of(page)
                    aria-labelledby="gloss-heading"
                >
                    <h3 id="gloss-heading">{t(heading)}</h3>
                    <p class="gloss-body" lang=text_lang dir=dir_of(text_lang)>
                        {text}
                    </p>
                </section>
            }
        })
    };
    has_own.then_some(gloss)
}

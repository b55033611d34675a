//! Searching the archive: the search box (in the header and on the search
//! page) and the matches a search found. Once the app runs, the box goes to
//! the search page through the router, the words in the address's fragment
//! (`#q=`), so no request carries them; before, the loader does the same
//! (`boot/loader.js`); without JavaScript it is a plain form that sends them
//! (`?q=`), and says that search needs JavaScript and where to browse
//! instead.

use super::layout::href;
use super::{DateTime, SiteLanguages, dir_for, dir_of, own_language};
use crate::browser;
use crate::i18n::{self, Key, plural, t};
use crate::route::{Route, SEARCH_FIELD};
use crate::search::{Answer, Hit};
use leptos::prelude::*;

/// Searching in place: the search page for some words, reached through the
/// router. Provided by the app; a pre-rendered page has none.
#[derive(Clone, Copy)]
pub struct SearchInPlace(pub Callback<String>);

/// A search box: `id` names its field, `words` fills it in.
#[component]
pub fn SearchForm(id: &'static str, #[prop(optional)] words: Option<String>) -> impl IntoView {
    let typed = RwSignal::new(words.clone().unwrap_or_default());
    let in_place = use_context::<SearchInPlace>();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        if let Some(SearchInPlace(search)) = in_place {
            ev.prevent_default();
            search.run(typed.get_untracked());
        }
    };
    view! {
        <form
            class="search-form"
            role="search"
            action=href(&Route::Search)
            method="get"
            on:submit=submit
        >
            <label for=id>{t(Key::SearchLabel)}</label>
            <input
                id=id
                type="search"
                name=SEARCH_FIELD
                value=words

                on:input=move |ev| typed.set(event_target_value(&ev))
            />
            <button type="submit">{t(Key::SearchButton)}</button>
            // Shown by the stylesheet only when scripts are off or the app
            // failed, as the campaign's plain letter is.
            <p class="search-needs-script">
                {t(Key::SearchNeedsScript)} " "
                <a href=href(&Route::HOME)>{t(Key::SearchBrowse)}</a>
            </p>
        </form>
    }
}

/// The search page's frame: its heading and a search box holding `words`,
/// then what the search found (`children`).
#[component]
pub fn SearchSection(words: Option<String>, children: Children) -> impl IntoView {
    view! {
        <section class="search-page" aria-labelledby="search-heading">
            <h1 id="search-heading">{t(Key::Search)}</h1>
            <SearchForm id="search-words" words=words.unwrap_or_default() />
            {children()}
        </section>
    }
}

/// What a search for `words` found, and a button for more when there are;
/// the match numbered `focus` (from 0) takes the focus once shown.
#[component]
pub fn SearchResults(
    answer: Answer,
    words: String,
    on_more: Callback<()>,
    focus: Option<usize>,
) -> impl IntoView {
    let found = match answer.total {
        0 => i18n::fill(Key::SearchNothing, &[("words", &words)]),
        n => plural(Key::SearchResults, n as u64, &[("words", &words)]),
    };
    let more = answer.hits.len() < answer.total;
    view! {
        <p role="status" class="search-found">
            {found}
        </p>
        <ol class="search-results">
            {answer
                .hits
                .into_iter()
                .enumerate()
                .map(|(n, hit)| view! { <SearchHit hit id=hit_id(n) focus=focus == Some(n) /> })
                .collect_view()}
        </ol>
        {more
            .then(|| {
                view! {
                    <button type="button" class="secondary" on:click=move |_| on_more.run(())>
                        {t(Key::SearchMore)}
                    </button>
                }
            })}
    }
}

/// The id of the `n`th match's link (from 0).
fn hit_id(n: usize) -> String {
    ["search-hit-", &n.to_string()].concat()
}

/// One match: the headline as a link (`id`, focused once shown when
/// `focus`), its date, its language when it is not the page's, and the
/// words around the match with the matched ones marked.
#[component]
fn SearchHit(hit: Hit, id: String, focus: bool) -> impl IntoView {
    if focus {
        // The effect runs when the view is built, before it is in the page.
        let id = id.clone();
        Effect::new(move |_| browser::focus_next_frame(&id));
    }
    let languages = use_context::<SiteLanguages>().unwrap_or_default();
    // An article without a language is in the site's first.
    let tag = hit.language.map_or_else(own_language, |l| l.to_string());
    let other = (tag != i18n::language()).then_some(tag);
    let language_name = other.as_ref().map(|tag| {
        let name = languages
            .name_of(tag)
            .map_or_else(|| tag.clone(), str::to_owned);
        view! {
            " · "
            <span class="visually-hidden">{t(Key::WrittenIn)} " "</span>
            <span lang=tag.clone() dir=dir_of(tag) class="language-mark">
                {name}
            </span>
        }
    });
    let runs = hit.excerpt.into_iter().map(|run| match run.matched {
        true => view! { <mark>{run.text}</mark> }.into_any(),
        false => run.text.into_any(),
    });
    view! {
        <li dir=dir_for(other.as_deref()) lang=other>
            <h2>
                <a id=id href=href(&Route::Article { slug: hit.slug })>
                    {hit.title}
                </a>
            </h2>
            <p class="search-meta">
                <DateTime date=hit.date />
                {language_name}
            </p>
            <p class="search-excerpt">{runs.collect_view()}</p>
        </li>
    }
}

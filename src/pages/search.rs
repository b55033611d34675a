//! The search page, `/search#q=<words>`: the words from the address's
//! fragment, the archive's index searched in the browser (`api::search`),
//! the matches. An address with the words in its query (`?q=`, the form's
//! plain request without JavaScript, or an older link) is searched too, and
//! rewritten to the fragment's form, so the words stay out of later
//! requests.

use crate::api;
use crate::boot::reveal_app;
use crate::components::{SearchResults, SearchSection, page_head};
use crate::i18n::{Key, t};
use crate::listing::PageContent;
use crate::model::BasePath;
use crate::route::{Route, SEARCH_FIELD, fragment_words, search_href};
use crate::search::{self, PAGE};
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};

/// Searches for the words in the address, showing the first page of
/// matches and more on request.
#[component]
pub fn SearchPage() -> impl IntoView {
    page_head(&Route::Search, PageContent::Search);
    let (query, location) = (use_query_map(), use_location());
    let in_query = move || search::words(query.read().get(SEARCH_FIELD));
    let words = Memo::new(move |_| {
        search::words(location.hash.with(|hash| fragment_words(hash))).or_else(in_query)
    });
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(words) = in_query() {
            let replace = NavigateOptions {
                replace: true,
                ..NavigateOptions::default()
            };
            navigate(&search_href(&BasePath::default(), &words), replace);
        }
    });
    let count = RwSignal::new(PAGE);
    // `None` before any words; `Some(None)` when the index could not be had.
    let answer = LocalResource::new(move || {
        let (words, count) = (words.get(), count.get());
        async move {
            match words {
                Some(words) => Some(api::search(&words, count).await),
                None => {
                    // The index's first files come while the reader types.
                    api::ready_search().await;
                    None
                }
            }
        }
    });
    // After "more", the first match it adds takes the focus, so that a
    // keyboard or screen reader goes on where the list grew.
    let focus_next = StoredValue::new(None::<usize>);
    let on_more = Callback::new(move |()| {
        focus_next.set_value(Some(count.get_untracked()));
        count.update(|n| *n += PAGE);
    });
    // New words, from either box: their first page, no focus moved.
    Effect::new(move |seen: Option<()>| {
        words.track();
        if seen.is_some() {
            focus_next.set_value(None);
            count.set(PAGE);
        }
    });
    let results = move || {
        Suspend::new(async move {
            let found = answer.await;
            Effect::new(|_| reveal_app());
            let focus = focus_next.get_value();
            match (found, words.get_untracked()) {
                (Some(Some(answer)), Some(words)) => {
                    view! { <SearchResults answer words on_more focus /> }.into_any()
                }
                (Some(None), _) => view! {
                    <div role="alert" class="search-failed">
                        <p>{t(Key::SearchFailed)}</p>
                        <button type="button" class="secondary" on:click=move |_| answer.refetch()>
                            {t(Key::TryAgain)}
                        </button>
                    </div>
                }
                .into_any(),
                _ => view! { <p>{t(Key::SearchPrompt)}</p> }.into_any(),
            }
        })
    };
    view! {
        <SearchSection words=words.get_untracked()>
            <Transition fallback=move || {
                match words.get_untracked() {
                    Some(_) => view! { <p role="status">{t(Key::Searching)}</p> }.into_any(),
                    None => view! { <p>{t(Key::SearchPrompt)}</p> }.into_any(),
                }
            }>{results}</Transition>
        </SearchSection>
    }
}

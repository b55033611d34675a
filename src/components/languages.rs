//! The page in the site's other languages: the switcher on every page, and
//! the offer of the reader's own language on a first visit. A link to
//! another language loads that page afresh (`rel="external"` keeps the
//! router out of it), since a page keeps its language while it is open.

use super::composer::{dismiss_offer, keep_language, kept_language, offer_dismissed};
use crate::browser::{self, SiteLanguage};
use crate::i18n::{self, Key, fill, t};
use crate::model::{BasePath, LanguageTag};
use crate::route::{Route, language_base, rebase};
use leptos::prelude::*;

/// The site's languages, the default first, provided once by the app (from
/// the page) or the pre-render (from `site.json` and the catalogs).
#[derive(Debug, Clone, Default)]
pub struct SiteLanguages(pub Vec<SiteLanguage>);

impl SiteLanguages {
    /// The name the catalog of `tag` gives its language, when the site has
    /// that language.
    pub fn name_of(&self, tag: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|l| l.tag == tag)
            .map(|l| l.name.as_str())
    }

    /// The own name of language `tag`: its catalog's when the site has the
    /// language, else the model's table (a letter may be in a language the
    /// interface lacks).
    pub fn label(&self, tag: &LanguageTag) -> String {
        self.name_of(tag.as_str())
            .map_or_else(|| crate::model::language_name(tag), str::to_owned)
    }
}

/// The address of the page the reader is on, provided by the app (from the
/// location) or the pre-render, so that the switcher links to the same page.
#[derive(Debug, Clone, Copy)]
pub struct CurrentPath(pub Signal<String>);

/// The language content is written in (the site's first), from context;
/// English when none was provided.
pub fn own_language() -> String {
    use_context::<SiteLanguages>()
        .and_then(|languages| languages.0.into_iter().next())
        .map_or_else(|| i18n::ENGLISH.to_owned(), |language| language.tag)
}

/// The `lang` of a part shown in the content's own language because the
/// page's lacks it (`fell_back`), so a screen reader switches voice.
pub fn fallback_lang(fell_back: bool) -> Option<String> {
    fell_back.then(own_language)
}

/// The `dir` that goes with [`fallback_lang`]: English shown on an Arabic
/// page keeps its full stops on the right.
pub fn fallback_dir(fell_back: bool) -> Option<&'static str> {
    fallback_lang(fell_back).map(|tag| dir_of(&tag))
}

/// The direction of text in language `tag`, for the `dir` beside a `lang`.
pub fn dir_of(tag: &str) -> &'static str {
    i18n::Direction::of_language(tag).as_str()
}

/// The `dir` beside an optional `lang`: none where the text is in the
/// page's own language.
pub fn dir_for(tag: Option<&str>) -> Option<&'static str> {
    tag.map(dir_of)
}

/// The page at `path` (in the page's language) in `language`, the
/// `index`-th of the site's languages (the first has no segment).
fn same_page_in(path: &str, index: usize, language: &SiteLanguage) -> String {
    let base = use_context::<BasePath>().unwrap_or_default();
    let prefix = (index > 0).then_some(language.tag.as_str());
    let from = language_base(&base, i18n::prefix());
    rebase(path, &from, &language_base(&base, prefix))
}

/// The address of `route` in `language`, the `index`-th of the site's
/// languages (the first has no segment).
fn address_in(route: &Route, index: usize, language: &SiteLanguage) -> String {
    let base = use_context::<BasePath>().unwrap_or_default();
    let prefix = (index > 0).then_some(language.tag.as_str());
    route.href(&language_base(&base, prefix))
}

/// Links to `translations` of the page (each a route of its own, by
/// language), in the site's languages only, with each language's name.
#[component]
pub fn TranslationLinks(translations: Vec<(String, Route)>) -> impl IntoView {
    let languages = use_context::<SiteLanguages>().unwrap_or_default().0;
    let links: Vec<_> = translations
        .into_iter()
        .filter_map(|(tag, route)| {
            let index = languages
                .iter()
                .position(|l| l.tag.eq_ignore_ascii_case(&tag))?;
            let language = &languages[index];
            let href = address_in(&route, index, language);
            Some(view! {
                <li>
                    <a
                        href=href
                        hreflang=language.tag.clone()
                        lang=language.tag.clone()
                        dir=dir_of(&language.tag)
                        rel="alternate external"
                    >
                        {language.name.clone()}
                    </a>
                </li>
            })
        })
        .collect();
    (!links.is_empty()).then(|| {
        view! {
            <nav class="translations" aria-labelledby="translations-label">
                <span id="translations-label">{t(Key::Translations)}</span>
                <ul>{links}</ul>
            </nav>
        }
    })
}

/// The same page in each of the site's languages, by their own names.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let languages = use_context::<SiteLanguages>().unwrap_or_default().0;
    let path = use_context::<CurrentPath>().map(|c| c.0);
    let current = i18n::address_language();
    (languages.len() > 1).then(|| {
        let links = languages
            .into_iter()
            .enumerate()
            .map(|(index, language)| {
                let target = language.clone();
                let href = move || {
                    let path = path.map_or_else(|| "/".to_owned(), |p| p.get());
                    same_page_in(&path, index, &target)
                };
                let here = (language.tag == current).then_some("page");
                let tag = language.tag.clone();
                view! {
                    <li>
                        <a
                            href=href.clone()
                            hreflang=language.tag.clone()
                            lang=language.tag.clone()
                            dir=dir_of(&language.tag)
                            rel="alternate external"
                            aria-current=here
                            on:click=move |_| keep_language(&tag)
                        >
                            {language.name.clone()}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <nav class="languages" aria-label=t(Key::LanguageMenu)>
                <ul>{links}</ul>
            </nav>
        }
    })
}

/// On a page in the site's first language, the reader's own language when
/// the site has it and they have not turned it down in this tab; never a
/// switch by force. When the page's catalog could not be loaded, says so.
/// Fixed to the foot of the screen, so nothing on the page moves.
#[component]
pub fn LanguageOffer() -> impl IntoView {
    let languages = use_context::<SiteLanguages>().unwrap_or_default().0;
    let path = use_context::<CurrentPath>().map(|c| c.0);
    if let Some(missed) = i18n::missed() {
        let name = languages
            .iter()
            .find(|l| l.tag == missed)
            .map_or(missed.to_owned(), |l| l.name.clone());
        let note = fill(Key::InterfaceMissed, &[("language", &name)]);
        return Some(
            view! {
                <p class="language-note" role="status">
                    {note}
                </p>
            }
            .into_any(),
        );
    }
    let (open, set_open) = signal(true);
    let offered = (i18n::prefix().is_none() && !offer_dismissed())
        .then(|| wanted(&languages))
        .flatten()
        .filter(|(index, _)| *index > 0)?;
    let (index, language) = offered;
    let href = move || {
        let path = path.map_or_else(|| "/".to_owned(), |p| p.get());
        same_page_in(&path, index, &language)
    };
    let name = languages[index].name.clone();
    let tag = languages[index].tag.clone();
    let chosen = tag.clone();
    Some(
        (move || {
            open.get().then(|| {
                view! {
                    <aside class="language-offer" aria-label=t(Key::LanguageMenu)>
                        <p>
                            {t(Key::LanguageOffer)} " "
                            <a
                                href=href.clone()
                                hreflang=tag.clone()
                                lang=tag.clone()
                                dir=dir_of(&tag)
                                rel="alternate external"
                                on:click={
                                    let chosen = chosen.clone();
                                    move |_| keep_language(&chosen)
                                }
                            >
                                {name.clone()}
                            </a>
                        </p>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| {
                                dismiss_offer();
                                set_open.set(false);
                            }
                        >
                            {t(Key::NoThanks)}
                        </button>
                    </aside>
                }
            })
        })
        .into_any(),
    )
}

/// The site language the reader wants, with its place among the site's
/// languages: the one they chose before, if they asked the site to remember
/// it, else their browser's.
fn wanted(languages: &[SiteLanguage]) -> Option<(usize, SiteLanguage)> {
    let find = |tag: &str| {
        let primary = tag
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        languages
            .iter()
            .position(|l| l.tag == primary || l.tag == tag)
            .map(|index| (index, languages[index].clone()))
    };
    kept_language()
        .and_then(|tag| find(&tag))
        .or_else(|| browser::language().and_then(|tag| find(&tag)))
}

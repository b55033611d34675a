//! The reading view of one article.

use super::blocks::{References, block_view};
use super::{
    AppealBox, CallToAction, DateTime, SharePanel, TagLinks, TranslationLinks, dir_for,
    own_language, page_head,
};
use crate::i18n::{self, Key, plural};
use crate::listing::PageContent;
use crate::model::{Appeal, Article, Campaign};
use crate::route::Route;
use leptos::prelude::*;

/// An article with its metadata, its call to action near the top and again
/// at the end (when its campaign could be loaded), its references and appeal.
#[component]
pub fn ArticleView(
    /// The article to show.
    article: Article,
    /// The campaign it is linked to, if that loaded.
    campaign: Option<Campaign>,
    /// The donation appeal it refers to, if the site file has it.
    appeal: Option<Appeal>,
    /// The article's full address, for the share panel.
    share_url: String,
) -> impl IntoView {
    let share_text = campaign.as_ref().map_or_else(
        || article.standfirst.clone(),
        |c| {
            c.in_language(i18n::language(), &own_language())
                .0
                .share_text
        },
    );
    let share = view! { <SharePanel url=share_url text=share_text title=article.title.clone() /> };
    let minutes = article.reading_minutes();
    let route = Route::Article {
        slug: article.slug.clone(),
    };
    page_head(&route, PageContent::Article(&article));
    let cta_end = campaign
        .clone()
        .map(|campaign| view! { <CallToAction campaign /> });
    let cta_top = campaign.map(|campaign| view! { <CallToAction campaign /> });
    // An article in another language than the page's says so to screen
    // readers; its translations are pages of their own.
    let written_in = article
        .language
        .as_ref()
        .map_or_else(own_language, |l| l.to_string());
    let lang = (!written_in.eq_ignore_ascii_case(i18n::language())).then_some(written_in);
    let translations: Vec<(String, Route)> = article
        .translations
        .iter()
        .map(|(tag, slug)| (tag.to_string(), Route::Article { slug: slug.clone() }))
        .collect();
    view! {
        <article class="article">
            <header class="article-header">
                <div lang=lang.clone() dir=dir_for(lang.as_deref())>
                    <p class="section">{article.section}</p>
                    <h1>{article.title}</h1>
                    <p class="standfirst">{article.standfirst}</p>
                </div>
                <p class="byline">
                    <span>{article.byline}</span>
                    " · "
                    <DateTime date=article.published />
                    " · "
                    <span>{plural(Key::ReadingTime, minutes as u64, &[])}</span>
                </p>
                <TagLinks tags=article.tags />
                <TranslationLinks translations />
            </header>
            {cta_top}
            <div class="article-body" dir=dir_for(lang.as_deref()) lang=lang>
                {article.body.into_iter().map(block_view).collect_view()}
            </div>
            {cta_end}
            <References references=article.references />
        </article>
        {share}
        {appeal.map(|appeal| view! { <AppealBox appeal /> })}
    }
}

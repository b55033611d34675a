//! The campaign page: the case, what it demands and from whom, its news, and
//! a call to act that follows the campaign's status.

use super::{
    DateTime, PresetBuilder, ProtestComposer, SharePanel, StatusBadge, dir_for, dir_of,
    fallback_dir, fallback_lang, href, own_language, page_head,
};
use crate::boot::InItsOwnTask;
use crate::compose::Draft;
use crate::i18n::{self, Key, fill, t};
use crate::listing::PageContent;
use crate::model::{
    Campaign, Date, DeadlineState, Status, Target, Update, deadline_state, sort_short,
};
use crate::route::Route;
use crate::share::{Ignored, Preset};
use leptos::prelude::*;

/// A whole campaign. `today` is the reader's date, for "n days left".
#[component]
pub fn CampaignView(
    /// The campaign to show.
    campaign: Campaign,
    /// Today in the reader's time zone, if known.
    today: Option<Date>,
    /// The share link's validated choices for the letter.
    preset: Preset,
    /// What the share link asked for but could not have.
    ignored: Vec<Ignored>,
    /// The site's address (`https://host` and any base path), for
    /// absolute share links.
    site_root: String,
) -> impl IntoView {
    // The page shows the campaign in the page's language, each part its
    // translation lacks in the campaign's own; the letter form works from
    // the campaign as written, since letters have languages of their own.
    let (shown, fallbacks) = campaign.in_language(i18n::language(), &own_language());
    let share_preset = RwSignal::new(preset.clone());
    let route = Route::Campaign {
        slug: campaign.slug.clone(),
    };
    page_head(&route, PageContent::Campaign(&shown));
    let page_url = super::page_url(&route, &site_root);
    let share_url = Signal::derive(move || page_url.clone() + &share_preset.with(Preset::to_query));
    let flyer_page = href(&Route::Flyer {
        slug: campaign.slug.clone(),
    });
    let flyer = Signal::derive(move || flyer_page.clone() + &share_preset.with(Preset::to_query));
    // Behind a pre-rendered page the app builds the letter form, the share
    // panel and the preset builder each in a task of its own.
    let (share_text, title) = (shown.share_text.clone(), shown.title.clone());
    let for_builder = campaign.clone();
    let share = view! {
        <InItsOwnTask>
            <SharePanel url=share_url text=share_text.clone() title=title.clone() flyer />
        </InItsOwnTask>
        <InItsOwnTask>
            <PresetBuilder campaign=for_builder.clone() preset=share_preset />
        </InItsOwnTask>
    };
    let deadline = shown.deadline.clone().map(|date| {
        let state = today.as_ref().map(|today| {
            format!(
                " ({})",
                deadline_state(&date, today).describe(i18n::catalog())
            )
        });
        view! { <p class="deadline">{t(Key::Deadline)}" " <DateTime date /> {state}</p> }
    });
    let letter = letter_text(&campaign);
    let composer_campaign = campaign.clone();
    let recipients = shown.recipients_sentence(i18n::catalog());
    let outcome_lang = fallback_lang(fallbacks.outcome);
    // Past its deadline (on the reader's day, or the build's for the
    // pre-rendered page), the letter waits behind the notice and the news.
    let passed_on = (shown.deadline.clone()).filter(|d| {
        today
            .as_ref()
            .is_some_and(|t| deadline_state(d, t) == DeadlineState::Passed)
    });
    let latest = shown.updates.iter().max_by_key(|u| u.date.clone()).cloned();
    let updates_lang = fallback_lang(fallbacks.updates);
    let action = match shown.status {
        Status::Active => {
            let composer = view! {
                <InItsOwnTask>
                    <ProtestComposer
                        campaign=composer_campaign.clone()
                        preset=preset.clone()
                        ignored=ignored.clone()
                    />
                </InItsOwnTask>
            };
            let form = match passed_on {
                None => composer.into_any(),
                Some(date) => {
                    let notice = fill(Key::DeadlinePassedNotice, &[("date", &i18n::date(&date))]);
                    let latest = latest.map(|update| {
                        let when = fill(Key::LatestNews, &[("date", &i18n::date(&update.date))]);
                        view! {
                            <p
                                class="latest-news"
                                lang=updates_lang.clone()
                                dir=dir_for(updates_lang.as_deref())
                            >
                                <strong>{when}</strong>
                                " "
                                {update.text}
                            </p>
                        }
                    });
                    view! {
                        <div class="deadline-passed" role="note">
                            <p>{notice}</p>
                            {latest}
                        </div>
                        <details class="write-anyway" id="write-anyway">
                            <summary>{t(Key::WriteAnyway)}</summary>
                            {composer}
                        </details>
                    }
                    .into_any()
                }
            };
            view! {
                <section class="act" id="act" aria-labelledby="act-heading">
                    <h2 id="act-heading">{t(Key::WriteYourProtest)}</h2>
                    <p
                        lang=fallback_lang(fallbacks.recipients)
                        dir=fallback_dir(fallbacks.recipients)
                    >
                        {recipients}
                    </p>
                    {form}
                </section>
            }
            .into_any()
        }
        Status::Won => view! {
            <section class="outcome outcome-won" aria-labelledby="outcome-heading">
                <h2 id="outcome-heading">{t(Key::WeWon)}</h2>
                <p lang=outcome_lang.clone() dir=dir_for(outcome_lang.as_deref())>
                    {shown.outcome.clone()}
                </p>
                {letter
                    .map(|letter| {
                        view! {
                            <details class="letter-toggle">
                                <summary>{t(Key::SeeTheLetter)}</summary>
                                {letter}
                            </details>
                        }
                    })}
            </section>
        }
        .into_any(),
        Status::Closed => view! {
            <section class="outcome outcome-closed" aria-labelledby="outcome-heading">
                <h2 id="outcome-heading">{t(Key::CampaignIsClosed)}</h2>
                <p dir=dir_for(outcome_lang.as_deref()) lang=outcome_lang>
                    {shown.outcome.clone()}
                </p>
            </section>
        }
        .into_any(),
    };
    let note = fallbacks
        .any()
        .then(|| view! { <p class="fallback-note">{t(Key::FallbackNote)}</p> });
    let head_lang = fallback_lang(fallbacks.head);
    view! {
        <article class="campaign">
            <header>
                <StatusBadge status=shown.status />
                {shown
                    .demo
                    .then(|| {
                        view! { <span class="demo-note">" "{t(Key::DemoNote)}</span> }
                    })}
                {note}
                <div lang=head_lang dir=fallback_dir(fallbacks.head)>
                    <h1>{shown.title}</h1>
                    <p class="at-risk">{shown.at_risk}</p>
                    <p class="standfirst">{shown.summary}</p>
                </div>
                {deadline}
            </header>
            <section aria-labelledby="demands-heading">
                <h2 id="demands-heading">{t(Key::OurDemands)}</h2>
                <ul
                    class="demands"
                    lang=fallback_lang(fallbacks.demands)
                    dir=fallback_dir(fallbacks.demands)
                >
                    {shown.demands.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                </ul>
            </section>
            {action}
            <Recipients
                targets=shown.targets
                reader_targets=shown.reader_targets.into_iter().map(|t| t.label).collect()
                copies=shown.copies.into_iter().map(|c| c.to_string()).collect()
                lang=fallback_lang(fallbacks.recipients)
            />
            <Updates updates=shown.updates lang=fallback_lang(fallbacks.updates) />
        </article>
        {share}
    }
}

/// The letter as written, for a campaign that no longer asks for it: its
/// first subject, and its body addressed to every recipient, with prompts
/// in words where the reader's details would go.
fn letter_text(campaign: &Campaign) -> Option<impl IntoView + use<>> {
    let letter = campaign.letter(None)?;
    let lang = letter.language.to_string();
    let dir = dir_of(&lang);
    let subject = letter.subjects.first().cloned();
    let draft = Draft::first(campaign, &Preset::default(), None, 0);
    let body = draft.compose(campaign, i18n::catalog()).shown;
    Some(view! {
        <div class="letter" lang=lang dir=dir>
            <p class="letter-subject">
                <strong>{t(Key::SubjectLabel)}" "</strong>
                {subject}
            </p>
            <p class="letter-body">{body}</p>
        </div>
    })
}

/// Who the letters go to: fixed targets with their role and address, the
/// reader-supplied ones with what the reader must do, and the copies.
#[component]
fn Recipients(
    targets: Vec<Target>,
    reader_targets: Vec<String>,
    copies: Vec<String>,
    /// The content's own language, where the page's lacks the names.
    lang: Option<String>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="targets-heading">
            <h2 id="targets-heading">{t(Key::WhoToWriteTo)}</h2>
            <ul class="targets" dir=dir_for(lang.as_deref()) lang=lang>
                {targets
                    .into_iter()
                    .map(|t| {
                        view! {
                            <li>
                                <strong>{t.name}</strong>
                                ", "
                                {t.role}
                                ": "
                                <span class="address">{t.email.to_string()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
                {reader_targets
                    .into_iter()
                    .map(|label| {
                        view! {
                            <li>
                                <strong>{label}</strong>
                                ": "
                                {t(Key::ReaderTargetHow)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {(!copies.is_empty())
                .then(|| view! { <p>{t(Key::CopiesGoTo)}" " {copies.join(", ")}</p> })}
        </section>
    }
}

/// Dated news about the case, newest first; nothing when there is none.
#[component]
fn Updates(
    mut updates: Vec<Update>,
    /// The content's own language, where the page's lacks the news.
    lang: Option<String>,
) -> impl IntoView {
    sort_short(&mut updates, |a, b| b.date.cmp(&a.date));
    (!updates.is_empty()).then(|| {
        view! {
            <section aria-labelledby="updates-heading">
                <h2 id="updates-heading">{t(Key::Updates)}</h2>
                <ol class="updates" reversed dir=dir_for(lang.as_deref()) lang=lang>
                    {updates
                        .into_iter()
                        .map(|u| {
                            view! {
                                <li>
                                    <DateTime date=u.date />
                                    ": "
                                    {u.text}
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        }
    })
}

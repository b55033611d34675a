//! `ProtestComposer`: the letter, filled in the browser from what the reader
//! types, sent from their own mailbox. Nothing typed here leaves the browser
//! except in the mail the reader chooses to send. The draft and the email it
//! makes are pure (`crate::compose::Draft`); this module binds them to the
//! page and to the device's storage.

mod copy;
mod details;
mod draft;
mod gloss;
mod letter;
mod recipients;
mod send;

pub use copy::CopyButton;
pub use draft::{Drafts, dismiss_offer, keep_language, kept_language, offer_dismissed};
pub use send::PlainSend;

use crate::components::own_language;
use crate::compose::{Composed, Draft};
use crate::i18n::{self, Direction, Key, t};
use crate::model::{Campaign, Email, LanguageTag};
use crate::share::{Ignored, Preset};
use details::DetailsFields;
use gloss::LetterGloss;
use leptos::prelude::*;
use letter::LetterFields;
use recipients::RecipientFields;
use send::SendSection;

/// The composer for `campaign`, starting from the share link's `preset`.
#[component]
pub fn ProtestComposer(
    /// The campaign whose letter this is.
    campaign: Campaign,
    /// Choices carried by the share link, already validated.
    preset: Preset,
    /// What the share link asked for but could not have.
    ignored: Vec<Ignored>,
) -> impl IntoView {
    let drafts = use_context::<Drafts>().unwrap_or_default();
    let slug = campaign.slug.to_string();
    let draft = RwSignal::new(drafts.get(&slug).unwrap_or_else(|| {
        Draft::first(
            &campaign,
            &preset,
            draft::remembered_details(),
            draft::session_seed(),
        )
    }));
    // Keep the draft for this visit, and on the device only if asked to.
    let (kept, set_kept) = signal(true);
    // Storage is written only when the details or the choice to keep them
    // change, not on every keystroke in the letter.
    let details = Memo::new(move |_| draft.with(|d| (d.remember, d.details.clone())));
    Effect::new(move |_| {
        let now_kept =
            details.with(|(remember, details)| !remember || draft::remember_details(details));
        if kept.get_untracked() != now_kept {
            set_kept.set(now_kept);
        }
    });
    // The tally follows the same choice: on the device only when asked.
    let tally = Tally {
        count: RwSignal::new(draft::sent_count(&slug)),
        kept: RwSignal::new(true),
    };
    let remember = Memo::new(move |_| draft.with(|d| d.remember));
    // A field's error shows once the reader has left it, or has tried to
    // send (asked what is missing): never on a fresh form.
    let attempted = RwSignal::new(false);
    let tally_slug = slug.clone();
    Effect::new(move |_| {
        let kept = draft::keep_tally(&tally_slug, tally.count.get(), remember.get());
        tally.kept.set(kept);
    });
    Effect::new(move |_| drafts.keep(&slug, draft.get()));
    // The recipients are listed in the page's language; the letter names
    // them in its own.
    let (shown, fallbacks) = campaign.in_language(i18n::language(), &own_language());
    let campaign = StoredValue::new(campaign);
    let composed =
        Memo::new(move |_| draft.with(|d| campaign.with_value(|c| d.compose(c, i18n::catalog()))));
    // A memo, so the links, the .eml and the copy buttons share one message.
    let message = Memo::new(move |_| composed.with(Composed::message));
    let missing = Signal::derive(move || composed.with(|c| c.body.clone().err()));
    let plan = Signal::derive(move || composed.with(|c| c.plan.clone()));
    let lang = Signal::derive(move || draft.with(|d| d.lang.clone()));
    view! {
        <form class="composer" on:submit=|ev| ev.prevent_default() novalidate>
            {ignored
                .into_iter()
                .map(|i| view! { <p class="preset-note">{i.note(i18n::catalog())}</p> })
                .collect_view()}
            <DetailsFields draft kept missing tally attempted />
            <RecipientFields campaign=shown fallbacks draft attempted />
            <LetterFields campaign=campaign.get_value() draft composed />
            <LetterGloss campaign draft />
            <Preview composed lang />
            <SendSection campaign=campaign.get_value() draft plan message tally attempted />
        </form>
    }
}

/// How many letters the reader has marked as sent for this campaign, and
/// whether the browser let the site keep that count where the reader chose.
#[derive(Clone, Copy)]
struct Tally {
    count: RwSignal<u32>,
    kept: RwSignal<bool>,
}

/// True while the page is rendered ahead of time: what the form can do
/// without the app works from the first paint, what it cannot waits for
/// the app, and what the reader types is carried over when the app takes
/// the page over (`crate::boot`).
fn ahead_of_time() -> bool {
    use_context::<crate::boot::AheadOfTime>().is_some()
}

/// The letter exactly as it will be sent.
#[component]
fn Preview(
    #[prop(into)] composed: Signal<Composed>,
    lang: Signal<Option<LanguageTag>>,
) -> impl IntoView {
    // Each "Name <address>" isolated, so a Latin address keeps its order on
    // a right-to-left page and a name in another script keeps its own.
    let to = move || {
        composed.with(|c| {
            let recipients = c.plan.current().iter().enumerate().map(|(i, r)| {
                let comma = (i > 0).then_some(", ");
                let shown = format!("{} <{}>", r.name, r.email);
                view! {
                    {comma}
                    <bdi>{shown}</bdi>
                }
            });
            recipients.collect_view()
        })
    };
    let letter_lang = move || lang.get().map(|l| l.to_string());
    let letter_dir = move || {
        lang.get()
            .map(|l| Direction::of_language(l.as_str()).as_str())
    };
    let cc = move || {
        composed.with(|c| {
            c.copies
                .iter()
                .map(Email::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let body = move || composed.with(|c| c.shown.clone());
    view! {
        <section class="letter" aria-labelledby="preview-heading">
            <h3 id="preview-heading">{t(Key::PreviewHeading)}</h3>
            <p class="letter-to">
                <strong>{t(Key::To)}" "</strong>
                {to}
            </p>
            {move || {
                (!cc().is_empty())
                    .then(|| {
                        view! {
                            <p>
                                <strong>{t(Key::Copies)}" "</strong>
                                {cc}
                            </p>
                        }
                    })
            }}
            <p class="letter-subject">
                <strong>{t(Key::SubjectLabel)}" "</strong>
                <span lang=letter_lang dir=letter_dir>
                    {move || composed.with(|c| c.subject.clone())}
                </span>
            </p>
            // The letter in its own language and direction, not the page's.
            <p class="letter-body" lang=letter_lang dir=letter_dir>
                {body}
            </p>
        </section>
    }
}

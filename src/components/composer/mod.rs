//! `ProtestComposer`: the letter, filled in the browser from what the reader
//! types, sent from their own mailbox. Nothing typed here leaves the browser
//! except in the mail the reader chooses to send.

mod copy;
mod draft;
mod fields;
mod send;

pub use copy::CopyButton;
pub use draft::{Draft, Drafts};

use crate::compose::{FillError, SendMode, SendPlan, SenderDetails, fill, pick_subject};
use crate::model::{Campaign, Email};
use crate::share::{Ignored, Preset};
use fields::{DetailsFields, LetterFields, RecipientFields};
use leptos::prelude::*;
use send::SendSection;

/// Everything the composer derives from the draft, for the views below it.
#[derive(Clone, PartialEq)]
struct Composed {
    plan: SendPlan,
    subject: String,
    body: Result<String, FillError>,
    copies: Vec<Email>,
}

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
    let draft = RwSignal::new(
        drafts
            .0
            .with_untracked(|all| all.get(&slug).cloned())
            .unwrap_or_else(|| first_draft(&campaign, &preset)),
    );
    // Keep the draft for this visit, and on the device only if asked to.
    let (kept, set_kept) = signal(true);
    // Storage is written only when the details or the choice to keep them
    // change, not on every keystroke in the letter.
    let details = Memo::new(move |_| {
        draft.with(|d| {
            (
                d.remember,
                d.name.clone(),
                d.city.clone(),
                d.country.clone(),
            )
        })
    });
    Effect::new(move |_| {
        let remember = details.with(|d| d.0);
        let now_kept = !remember || draft.with_untracked(draft::remember_details);
        if kept.get_untracked() != now_kept {
            set_kept.set(now_kept);
        }
    });
    Effect::new(move |_| {
        let current = draft.get();
        drafts.0.update(|all| {
            all.insert(slug.clone(), current);
        });
    });
    let campaign = StoredValue::new(campaign);
    let composed = Memo::new(move |_| draft.with(|d| campaign.with_value(|c| compose(c, d))));
    // A memo, so the links, the .eml and the copy buttons share one message.
    let message = Memo::new(move |_| {
        composed.with(|c| {
            c.body
                .as_ref()
                .ok()
                .map(|body| c.plan.message(&c.subject, body, &c.copies))
        })
    });
    view! {
        <form class="composer" on:submit=|ev| ev.prevent_default() novalidate>
            {ignored.into_iter().map(|i| view! { <p class="preset-note">{i.note()}</p> }).collect_view()}
            <DetailsFields draft kept missing=Signal::derive(move || composed.with(|c| c.body.clone().err())) />
            <RecipientFields campaign=campaign.get_value() draft />
            <LetterFields campaign=campaign.get_value() draft composed=Signal::derive(move || composed.with(|c| (c.subject.clone(), c.body.clone()))) />
            <Preview composed=Signal::derive(move || composed.get()) lang=Signal::derive(move || draft.with(|d| d.lang.clone())) />
            <SendSection campaign=campaign.get_value() draft plan=Signal::derive(move || composed.with(|c| c.plan.clone())) message />
        </form>
    }
}

/// True while the page is rendered ahead of time: the composer's fieldsets
/// are then disabled until the app takes over, so nothing typed is lost.
fn ahead_of_time() -> bool {
    use_context::<super::AheadOfTime>().is_some()
}

/// A new draft: preset choices, remembered details, this tab's subject seed.
fn first_draft(campaign: &Campaign, preset: &Preset) -> Draft {
    let lang = preset
        .lang
        .as_ref()
        .map(|l| l.to_string())
        .or_else(|| campaign.letters.first().map(|l| l.language.to_string()))
        .unwrap_or_default();
    let (name, city, country, remember) = match draft::remembered_details() {
        Some((name, city, country)) => (name, city, country, true),
        None => Default::default(),
    };
    Draft {
        name,
        city,
        country,
        remember,
        lang,
        directory_country: preset.country.clone(),
        seed: preset
            .variant
            .map_or_else(draft::session_seed, |n| n.saturating_sub(1) as u64),
        ..Draft::default()
    }
}

/// The recipients, subject and body that the draft makes.
fn compose(campaign: &Campaign, d: &Draft) -> Composed {
    let mut targets: Vec<(String, Email)> = campaign
        .targets
        .iter()
        .map(|t| (t.name.clone(), t.email.clone()))
        .collect();
    for reader_target in &campaign.reader_targets {
        let listed = d
            .directory_country
            .as_ref()
            .and_then(|c| reader_target.directory.get(c))
            .and_then(|e| e.first());
        match (listed, Email::parse(d.typed_address.trim())) {
            (Some(entry), _) => targets.push((entry.name.clone(), entry.email.clone())),
            (None, Ok(email)) if reader_target.free_entry => {
                targets.push((reader_target.label.clone(), email))
            }
            _ => {}
        }
    }
    let mode = if d.in_turn {
        SendMode::InTurn
    } else {
        SendMode::AllAtOnce
    };
    let mut plan = SendPlan {
        targets,
        mode,
        step: 0,
    };
    plan.step = d.step.min(plan.steps().saturating_sub(1));
    let letter = campaign.letter(&d.lang);
    let subjects = letter.map(|l| l.subjects.as_slice()).unwrap_or_default();
    let subject = d.subject.clone().unwrap_or_else(|| {
        pick_subject(subjects, d.seed)
            .unwrap_or_default()
            .to_owned()
    });
    let details = SenderDetails {
        name: d.name.clone(),
        city: d.city.clone(),
        country: d.country.clone(),
        target_name: plan.target_name(),
    };
    let body = match (&d.body, letter) {
        (Some(edited), _) => Ok(edited.clone()),
        (None, Some(letter)) => fill(&letter.body, &details),
        (None, None) => Ok(String::new()),
    };
    Composed {
        plan,
        subject,
        body,
        copies: campaign.copies.clone(),
    }
}

/// The letter exactly as it will be sent.
#[component]
fn Preview(composed: Signal<Composed>, lang: Signal<String>) -> impl IntoView {
    let to = move || {
        composed.with(|c| {
            c.plan
                .current()
                .iter()
                .map(|(name, email)| format!("{name} <{email}>"))
                .collect::<Vec<_>>()
                .join(", ")
        })
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
    view! {
        <section class="letter" lang=lang aria-labelledby="preview-heading">
            <h3 id="preview-heading">"Your letter as it will be sent"</h3>
            <p class="letter-to"><strong>"To: "</strong>{to}</p>
            {move || (!cc().is_empty()).then(|| view! { <p><strong>"Copies: "</strong>{cc}</p> })}
            <p class="letter-subject"><strong>"Subject: "</strong>{move || composed.with(|c| c.subject.clone())}</p>
            <p class="letter-body">
                {move || composed.with(|c| match &c.body {
                    Ok(body) => body.clone(),
                    Err(error) => error.to_string(),
                })}
            </p>
        </section>
    }
}

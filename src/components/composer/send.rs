//! Sending: one link per mail client while it fits the client's limit, the
//! `.eml` download, copy buttons for every part, sending in turn, and the
//! private "I've sent it" tally.

use super::{CopyButton, Tally};
use crate::browser;
use crate::compose::{
    Client, Draft, Message, Offer, Platform, SendPlan, eml, normalize_body, offer, sanitize_header,
};
use crate::i18n::{self, Key, fill, number, plural, t};
use crate::model::Campaign;
use crate::share::encode;
use leptos::prelude::*;

/// The send buttons and everything around them.
#[component]
pub fn SendSection(
    campaign: Campaign,
    draft: RwSignal<Draft>,
    #[prop(into)] plan: Signal<SendPlan>,
    #[prop(into)] message: Signal<Option<Message>>,
    /// The private "I've sent it" tally.
    tally: Tally,
    /// Set when the reader asks what is missing, so every field shows its error.
    attempted: RwSignal<bool>,
) -> impl IntoView {
    let has_copies = !campaign.copies.is_empty();
    // How long a mail link this device hands to its mail app intact.
    let platform = Platform::from_user_agent(&browser::user_agent());
    let sent = tally.count;
    let mark_sent = move |_| sent.update(|n| *n = n.saturating_add(1));
    let kept_where = move || {
        if draft.with(|d| d.remember) {
            t(Key::TallyOnDevice)
        } else {
            t(Key::TallyInTab)
        }
    };
    let tally_note = move || (sent.get() > 0 && !tally.kept.get()).then_some(t(Key::TallyNotKept));
    let addresses = Signal::derive(move || {
        message.with(|m| {
            m.as_ref()
                .map(|m| {
                    m.to.iter()
                        .chain(&m.cc)
                        .map(|a| a.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default()
        })
    });
    let subject = Signal::derive(move || {
        message.with(|m| {
            m.as_ref()
                .map(|m| sanitize_header(&m.subject))
                .unwrap_or_default()
        })
    });
    let body = Signal::derive(move || {
        message.with(|m| {
            m.as_ref()
                .map(|m| normalize_body(&m.body))
                .unwrap_or_default()
        })
    });
    let buttons = move || {
        message.get().map(|m| {
            let links = Client::ALL
                .into_iter()
                .map(|client| client_button(client, &m, has_copies, platform))
                .collect_view();
            let date = browser::mail_date();
            let download = format!(
                "data:message/rfc822;charset=utf-8,{}",
                encode(&eml(&m, &date))
            );
            view! {
                <ul class="send-buttons">
                    {links}<li>
                        <a class="button secondary" href=download download="protest.eml">
                            {t(Key::DownloadEml)}
                        </a>
                    </li>
                </ul>
            }
        })
    };
    // The buttons are rebuilt when the message changes; whether there is one
    // at all changes far less often.
    let ready = Memo::new(move |_| message.with(Option::is_some));
    let in_turn_possible = move || plan.with(|p| p.targets.len() > 1);
    // Ahead of time, before the app arrives, the plain mail link works
    // from the first paint: the reader need not wait for the app to send.
    if let Some(plain) = use_context::<PlainSend>() {
        return view! {
            <fieldset class="send">
                <legend>{t(Key::SendHeading)}</legend>
                {plain.0.run()}
            </fieldset>
        }
        .into_any();
    }
    view! {
        <fieldset class="send">
            <legend>{t(Key::SendHeading)}</legend>
            {move || {
                in_turn_possible()
                    .then(|| {
                        view! {
                            <div class="check">
                                <input
                                    id="in-turn"
                                    type="checkbox"
                                    prop:checked=move || draft.with(|d| d.in_turn)
                                    on:change=move |ev| {
                                        draft
                                            .update(|d| {
                                                d.in_turn = event_target_checked(&ev);
                                                d.step = 0;
                                            })
                                    }
                                />
                                <label for="in-turn">{t(Key::OnePerRecipient)}</label>
                            </div>
                            <p class="hint">{t(Key::OnePerRecipientHint)}</p>
                        }
                    })
            }}
            {move || {
                plan.with(|p| p.steps() > 1)
                    .then(|| {
                        view! {
                            <p class="progress" aria-live="polite">
                                {move || { plan.with(progress) }}
                            </p>
                        }
                    })
            }}
            {move || match ready.get() {
                true => buttons.into_any(),
                false => {
                    view! {
                        <p class="send-blocked">{t(Key::SendBlocked)}</p>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| attempted.set(true)
                        >
                            {t(Key::ShowMissing)}
                        </button>
                    }
                        .into_any()
                }
            }}
            <p class="hint">{t(Key::NoMailAppHint)}</p>
            <div class="copy-buttons">
                <CopyButton label=t(Key::CopyAddresses) text=addresses />
                <CopyButton label=t(Key::CopySubject) text=subject />
                <CopyButton label=t(Key::CopyLetter) text=body />
            </div>
            {move || {
                plan.with(|p| p.step + 1 < p.steps())
                    .then(|| {
                        view! {
                            <button type="button" on:click=move |_| next_recipient(draft, plan)>
                                {t(Key::NextRecipient)}
                            </button>
                        }
                    })
            }}
            <button type="button" class="secondary" on:click=mark_sent>
                {t(Key::SentIt)}
            </button>
            <p class="tally" role="status" aria-live="polite">
                {move || {
                    (sent.get() > 0).then(|| { plural(Key::Tally, sent.get().into(), &[]) })
                }}
                " "
                {kept_where}
                {move || tally_note().map(|note| format!(" {note}"))}
            </p>
        </fieldset>
    }
    .into_any()
}

/// The plain mail link of a page rendered ahead of time, which sends the
/// letter before the app arrives and where it cannot run; provided only by
/// the pre-renderer.
#[derive(Clone)]
pub struct PlainSend(pub ViewFn);

/// "Email 2 of 5: to the Procurator of Almaty", in the page's language.
fn progress(plan: &SendPlan) -> String {
    let (step, steps) = plan.position();
    let names: Vec<String> = plan.current().iter().map(|r| r.name.clone()).collect();
    fill(
        Key::Progress,
        &[
            ("step", &number(step as u64)),
            ("steps", &number(steps as u64)),
            ("name", &i18n::list(&names)),
        ],
    )
}

/// One client's button, or the plain explanation that replaces a link too long to work.
fn client_button(
    client: Client,
    message: &Message,
    has_copies: bool,
    platform: Platform,
) -> AnyView {
    let copies_note = (has_copies && !client.carries_copies())
        .then(|| view! { <span class="hint">" "{t(Key::AddCopies)}</span> });
    let warning = client
        .warning()
        .map(|key| view! { <span class="hint">" "{t(key)}</span> });
    match offer(client, message, platform) {
        Offer::Link(href) => {
            let target = (client != Client::MailApp).then_some("_blank");
            view! {
                <li>
                    <a class="button" href=href target=target rel="noopener noreferrer">
                        {client.label(i18n::catalog())}
                    </a>
                    {copies_note}
                    {warning}
                </li>
            }
            .into_any()
        }
        Offer::TooLong { length, limit } => view! {
            <li class="too-long">
                {plural(
                    Key::TooLong,
                    length as u64,
                    &[("client", client.label(i18n::catalog())), ("limit", &number(limit as u64))],
                )}
            </li>
        }
        .into_any(),
    }
}

/// Moves the draft on to the plan's next recipient, if there is one.
fn next_recipient(draft: RwSignal<Draft>, plan: Signal<SendPlan>) {
    let mut plan = plan.get_untracked();
    if plan.advance() {
        draft.update(|d| d.step = plan.step);
    }
}

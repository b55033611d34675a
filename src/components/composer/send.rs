//! Sending: one link per mail client while it fits the client's limit, the
//! `.eml` download, copy buttons for every part, sending in turn, and the
//! private "I've sent it" tally.

use super::{CopyButton, Tally};
use crate::browser;
use crate::compose::{
    Client, Draft, Message, Offer, SendPlan, eml, normalize_body, offer, sanitize_header,
};
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
    let sent = tally.count;
    let mark_sent = move |_| sent.update(|n| *n = n.saturating_add(1));
    let kept_where = move || {
        if draft.with(|d| d.remember) {
            " This count never leaves this device: it is kept on this device, with your details, until you press “Forget my details”."
        } else {
            " This count never leaves this device: it is kept only until you close this tab, unless you tick “Remember my details”."
        }
    };
    let tally_note = move || {
        (sent.get() > 0 && !tally.kept.get())
            .then_some(" This browser does not let us keep the tally; nothing was lost.")
    };
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
                .map(|client| client_button(client, &m, has_copies))
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
                            "Download .eml"
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
    view! {
        <fieldset class="send" disabled=super::ahead_of_time()>
            <legend>"Send it from your own mailbox"</legend>
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
                                <label for="in-turn">"Send one email per recipient"</label>
                            </div>
                            <p class="hint">
                                "Recommended: identical mass mail is often filtered, and each recipient gets a \
                                    letter addressed to them."
                            </p>
                        }
                    })
            }}
            {move || {
                plan.with(|p| p.steps() > 1)
                    .then(|| {
                        view! {
                            <p class="progress" aria-live="polite">
                                {move || {
                                    format!(
                                        "Email {}: to {}",
                                        plan.with(SendPlan::progress),
                                        plan.with(SendPlan::target_name),
                                    )
                                }}
                            </p>
                        }
                    })
            }}
            {move || match ready.get() {
                true => buttons.into_any(),
                false => {
                    view! {
                        <p class="send-blocked">
                            "Fill in your details and choose who it goes to above; then the send buttons appear."
                        </p>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| attempted.set(true)
                        >
                            "Show what is missing"
                        </button>
                    }
                        .into_any()
                }
            }}
            <p class="hint">
                "A page cannot tell whether a mail app is set up on this device. If nothing opens, copy the parts \
                    below into any mail program."
            </p>
            <div class="copy-buttons">
                <CopyButton label="Copy addresses" text=addresses />
                <CopyButton label="Copy subject" text=subject />
                <CopyButton label="Copy letter" text=body />
            </div>
            {move || {
                plan.with(|p| p.step + 1 < p.steps())
                    .then(|| {
                        view! {
                            <button type="button" on:click=move |_| next_recipient(draft, plan)>
                                "Next recipient"
                            </button>
                        }
                    })
            }}
            <button type="button" class="secondary" on:click=mark_sent>
                "I've sent it"
            </button>
            <p class="tally" role="status" aria-live="polite">
                {move || {
                    (sent.get() > 0)
                        .then(|| {
                            format!(
                                "You have marked {} letter(s) as sent for this campaign.",
                                sent.get(),
                            )
                        })
                }}
                {kept_where}
                {tally_note}
            </p>
        </fieldset>
    }
}

/// One client's button, or the plain explanation that replaces a link too long to work.
fn client_button(client: Client, message: &Message, has_copies: bool) -> AnyView {
    let copies_note = (has_copies && !client.carries_copies())
        .then(|| view! { <span class="hint">" (add the copies yourself)"</span> });
    match offer(client, message) {
        Offer::Link(href) => {
            let target = (client != Client::MailApp).then_some("_blank");
            view! {
                <li>
                    <a class="button" href=href target=target rel="noopener noreferrer">
                        {client.label()}
                    </a>
                    {copies_note}
                </li>
            }.into_any()
        }
        Offer::TooLong { length, limit } => view! {
            <li class="too-long">
                {format!(
                    "{}: your letter makes a link of {length} characters, and links over {limit} often fail \
                        without a word. Use the copy buttons below, or shorten the letter.",
                    client.label(),
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

//! A campaign's status, in words and a symbol, never by colour alone.

use crate::i18n::{Key, t};
use crate::model::Status;
use leptos::prelude::*;

/// "● Active", "✓ Won" or "■ Closed".
#[component]
pub fn StatusBadge(
    /// The status to show.
    status: Status,
) -> impl IntoView {
    let (class, symbol, text) = match status {
        Status::Active => ("status status-active", "●", Key::StatusActive),
        Status::Won => ("status status-won", "✓", Key::StatusWon),
        Status::Closed => ("status status-closed", "■", Key::StatusClosed),
    };
    view! {
        <span class=class>
            <span aria-hidden="true">{symbol}" "</span>
            {t(text)}
        </span>
    }
}

//! A campaign's status, in words and a symbol, never by colour alone.

use crate::model::Status;
use leptos::prelude::*;

/// "● Active", "✓ Won" or "■ Closed".
#[component]
pub fn StatusBadge(
    /// The status to show.
    status: Status,
) -> impl IntoView {
    let (class, symbol, text) = match status {
        Status::Active => ("status status-active", "●", "Active"),
        Status::Won => ("status status-won", "✓", "Won"),
        Status::Closed => ("status status-closed", "■", "Closed"),
    };
    view! {
        <span class=class>
            <span aria-hidden="true">{symbol}" "</span>
            {text}
        </span>
    }
}

//! Composing the protest email, pure: filling the letter, and turning one
//! message into a mailto link (RFC 6068), webmail compose links, and a
//! downloadable `.eml` (RFC 5322), each within the length its client accepts.
//! No DOM, no network: everything here is tested natively.

mod draft;
mod edit;
mod eml;
mod letter;
mod mailto;
mod plan;
mod platform;
// Native only: property tests and the Python cross-check cannot run in wasm.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

mod webmail;

pub use crate::mail_text::{cap, limits, normalize_body, sanitize_header};
pub use draft::{Composed, Details, Draft};
pub use eml::eml;
pub use letter::{FillError, SenderDetails, blank, fill, pick_subject, show};
pub use mailto::mailto;
pub use plan::{Recipient, SendMode, SendPlan};
pub use platform::Platform;
pub use webmail::{Client, Offer, offer};

use crate::model::Email;

/// One email as the reader will send it: who it goes to, and what it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Recipients; the first goes in a mailto link's path.
    pub to: Vec<Email>,
    /// Copies; omitted from links when empty.
    pub cc: Vec<Email>,
    /// The subject, one line.
    pub subject: String,
    /// The body, any line ends.
    pub body: String,
}

//! Sharing, pure: presets in share links, share URLs for messengers, and the
//! QR code of a link. No DOM, no network; tested natively.

mod links;
mod preset;
mod qr;
#[cfg(test)]
mod tests;

pub use links::{COMPONENT, Channel, encode};
pub use preset::{Ignored, LinkChoices, Preset};
pub use qr::qr_path;

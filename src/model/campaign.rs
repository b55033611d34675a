//! One campaign: the case, and what readers are asked to do.

use serde::Deserialize;

/// A campaign as stored in `data/campaigns/<slug>.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Campaign {
    /// The file name and URL segment.
    pub slug: String,
    /// The campaign's title.
    pub title: String,
    /// Who is at risk and why, in a few sentences.
    pub summary: String,
}

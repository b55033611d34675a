//! The content model: serde types for the JSON files editors write, and the
//! rules they must follow. Pure: no DOM, no network.

mod article;
mod campaign;
mod index;
mod slug;

pub use article::{Article, Block};
pub use campaign::Campaign;
pub use index::{ArticleSummary, CampaignSummary, Index};
pub use slug::is_valid_slug;

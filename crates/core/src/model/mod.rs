//! The content model: serde types for the JSON files editors write, and the
//! rules their types hold (the rules beyond them are `crate::validate`).
//! Pure (no DOM, no network) and the one source of truth: the app decodes
//! these types, `cargo xtask content check` validates with them, and the
//! JSON Schema is generated from them.

mod article;
mod base_path;
mod campaign;
mod deadline;
mod directory;
mod keyed;
mod link;
mod list_file;
mod lowercase;
mod order;
mod reading;
mod rich;
mod scalar;
mod site;
mod template;
mod translation;

pub use article::{Article, Block, Reference};
pub use base_path::BasePath;
pub use campaign::{Campaign, DirectoryEntry, Letter, ReaderTarget, Status, Target, Update};
pub use deadline::{DeadlineState, deadline_state, local_date};
pub use directory::{Directory, Listed};
pub use keyed::Keyed;
pub use link::{Email, SafeLink, is_email};
pub use list_file::{ArticleSummary, CampaignSummary, ListFile, Neighbours};
pub use lowercase::{lowercase, lowercase_first};
pub use order::sort_short;
pub use reading::{PAGE_SIZE, language_name};
pub use rich::{Inline, Mark, Rich};
pub use scalar::{
    AssetPath, CountryCode, Date, IMAGE_EXTENSIONS, Invalid, LanguageTag, Month, Slug,
    is_raster_image, is_slug,
};
pub use site::{Appeal, LabelledLink, Site};
pub use template::{Part, Placeholder, Template};
pub use translation::{ByLanguage, CampaignText, Fallbacks, PersonText};

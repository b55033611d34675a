//! Components render what pages hand them; none of them fetches.

mod article;
mod campaign;
mod layout;
mod lists;
mod load_error;
mod loading;
mod rich;

pub use article::{ArticleView, DateTime};
pub use campaign::CampaignView;
pub use layout::{SiteFooter, SiteHeader};
pub use lists::{ArticleList, CampaignList};
pub use load_error::LoadErrorView;
pub use loading::LoadingBlock;
pub use rich::SafeAnchor;

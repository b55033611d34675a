//! Components render what pages hand them; none of them fetches.

mod article;
mod campaign;
mod layout;
mod lists;
mod load_error;
mod loading;

pub use article::ArticleView;
pub use campaign::CampaignView;
pub use layout::{SiteFooter, SiteHeader};
pub use lists::{ArticleList, CampaignList};
pub use load_error::LoadErrorView;
pub use loading::LoadingBlock;

//! Components render what pages hand them; none of them fetches.

mod appeal;
mod article;
mod blocks;
mod call_to_action;
mod campaign;
mod composer;
mod date;
mod head;
mod languages;
mod layout;
mod list_pages;
mod load_error;
mod loading;
mod preset_builder;
mod qr;
mod rich;
mod search;
mod share;
mod status;
mod summaries;

pub use appeal::AppealBox;
pub use article::ArticleView;
pub use call_to_action::CallToAction;
pub use campaign::CampaignView;
pub use composer::{CopyButton, Drafts, PlainSend, ProtestComposer};
pub use date::DateTime;
pub use head::{SiteName, page_head, use_site_name};
pub use languages::{
    CurrentPath, LanguageOffer, LanguageSwitcher, SiteLanguages, TranslationLinks, dir_for, dir_of,
    fallback_dir, fallback_lang, own_language,
};
pub use layout::{PageFrame, href, page_url};
pub use list_pages::{CampaignIndex, FrontPage, ListView, MonthArchive, TaggedArticles};
pub use load_error::LoadErrorView;
pub use loading::LoadingBlock;
pub use preset_builder::PresetBuilder;
pub use qr::QrCode;
pub use rich::SafeAnchor;
pub use search::{SearchForm, SearchInPlace, SearchResults, SearchSection};
pub use share::SharePanel;
pub use status::StatusBadge;
pub use summaries::{ArticleList, CampaignStrip, Pager, TagLinks};

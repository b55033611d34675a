//! The demo content as the app reads it, for the tests: the Kurmanov
//! campaign with the shared directory it names written in, as the build
//! publishes it.

use crate::model::{Campaign, Directory};

/// The published demo campaign.
pub fn campaign() -> Campaign {
    let campaign: Campaign = serde_json::from_str(include_str!(
        "../../../public/data/campaigns/free-ainur-kurmanov.json"
    ))
    .expect("the demo campaign decodes");
    let directory: Directory = serde_json::from_str(include_str!(
        "../../../public/data/directories/kazakhstan-embassies.json"
    ))
    .expect("the demo directory decodes");
    (campaign.with_directories(|_| Some(&directory))).expect("the directory is found")
}

//! A shared directory of addresses, `directories/<id>.json`: one list of,
//! say, Kazakhstan's embassies by country, which every campaign that asks
//! readers to write to their local embassy names by its id. Correcting an
//! address is one edit; the build writes the directory into each campaign
//! that names it, so the app reads the campaign alone.

use super::{Campaign, CountryCode, DirectoryEntry, Keyed, Slug};
use serde::{Deserialize, Serialize};

/// A directory of addresses by the reader's country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Directory {
    /// What it lists, for editors: "Embassies of Kazakhstan".
    pub name: String,
    /// The addresses by the reader's country (ISO 3166-1 alpha-2 code).
    pub countries: Keyed<CountryCode, Vec<DirectoryEntry>>,
}

/// A shared directory as the site lists them for the campaign desk
/// ([`Listed::FILE`]), which offers them to campaigns by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    /// Its id, the name of its file.
    pub id: Slug,
    /// What it lists.
    pub name: String,
}

impl Listed {
    /// Where the list of every shared directory is, in the data folder.
    pub const FILE: &str = "lists/directories.json";
}

impl Campaign {
    /// The campaign as the app reads it: every reader target that names a
    /// shared directory holds that directory's addresses, keeping its id.
    /// `Err` with the first id `find` does not know.
    pub fn with_directories<'a>(
        mut self,
        find: impl Fn(&Slug) -> Option<&'a Directory>,
    ) -> Result<Campaign, Slug> {
        for target in &mut self.reader_targets {
            if let Some(id) = &target.shared_directory {
                let directory = find(id).ok_or_else(|| id.clone())?;
                target.directory = directory.countries.clone();
            }
        }
        Ok(self)
    }

    /// The campaign as its editor wrote it, from the published one: what
    /// the build wrote in (a shared directory's addresses, the countries'
    /// names) taken out again, so that the desk saves the campaign file.
    pub fn as_written(mut self) -> Campaign {
        for target in &mut self.reader_targets {
            if target.shared_directory.is_some() {
                target.directory = Keyed::default();
            }
            target.country_names = Keyed::default();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_campaign_takes_the_addresses_of_the_directory_it_names() {
        let directory: Directory = serde_json::from_str(
            r#"{"name": "Embassies", "countries": {"DE": [{"name": "Berlin", "email": "de@example.org"}]}}"#,
        )
        .unwrap();
        let campaign: Campaign = serde_json::from_str(
            r#"{"slug": "c", "title": "C", "at_risk": "R", "summary": "S", "status": "active", "demands": ["D"],
                "reader_targets": [{"label": "Your embassy", "shared_directory": "embassies"},
                                   {"label": "Your MP", "free_entry": true}],
                "letters": [], "share_text": "x"}"#,
        )
        .unwrap();
        let id = Slug::parse("embassies").unwrap();
        let find = |wanted: &Slug| (wanted == &id).then_some(&directory);
        let published = campaign.clone().with_directories(find).unwrap();
        assert_eq!(published.reader_targets[0].directory, directory.countries);
        assert_eq!(published.reader_targets[0].shared_directory, Some(id));
        assert!(published.reader_targets[1].directory.is_empty());
        assert_eq!(published.as_written(), campaign);
        let missing = campaign.with_directories(|_| None).unwrap_err();
        assert_eq!(missing.as_str(), "embassies");
    }
}

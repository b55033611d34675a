//! Turns an HTTP answer into typed content or a [`LoadError`], without touching
//! the network, so every failure path is tested natively.

use crate::i18n::{Key, fill, t};
use crate::json::Content;
use crate::route::DataFile;
use std::fmt;

/// What the reader was waiting for when loading failed, so every message
/// can name it in its own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// The index of months and campaigns, or a month's list of articles.
    ArticleList,
    /// The site file.
    SiteSettings,
    /// An article.
    Article,
    /// A campaign.
    Campaign,
    /// A page of a list that has no such page.
    Page,
}

impl Subject {
    /// What content file `file` is, for messages.
    pub fn of(file: &DataFile) -> Subject {
        match file {
            DataFile::Site => Subject::SiteSettings,
            DataFile::List(_) => Subject::ArticleList,
            DataFile::Article(_) => Subject::Article,
            // The app reads a directory inside its campaign; the desk alone
            // fetches it on its own.
            DataFile::Campaign(_) | DataFile::Directory(_) => Subject::Campaign,
            DataFile::SearchIndex | DataFile::SearchWords(_) | DataFile::SearchArticles(_) => {
                Subject::Page
            }
        }
    }

    /// The sentence that says this subject failed to load.
    fn failed(self) -> Key {
        match self {
            Subject::ArticleList => Key::FailedArticleList,
            Subject::SiteSettings => Key::FailedSiteSettings,
            Subject::Article => Key::FailedArticle,
            Subject::Campaign => Key::FailedCampaign,
            Subject::Page => Key::FailedPage,
        }
    }
}

/// Why a piece of content could not be shown; each variant has its own message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request never got an answer: offline, DNS, blocked, CORS.
    Offline {
        /// What the reader was waiting for.
        what: Subject,
    },
    /// The request took too long and was given up.
    TimedOut {
        /// What the reader was waiting for.
        what: Subject,
    },
    /// The server answered that the file does not exist.
    NotFound {
        /// What the reader was waiting for.
        what: Subject,
    },
    /// A file every page of its kind needs (an index) is not on the server.
    Missing {
        /// What the reader was waiting for.
        what: Subject,
        /// The file that was not there.
        file: String,
    },
    /// The server answered with an error status.
    Server {
        /// What the reader was waiting for.
        what: Subject,
        /// The HTTP status code.
        status: u16,
    },
    /// The file arrived but is not the content we expect.
    BadContent {
        /// What the reader was waiting for.
        what: Subject,
        /// The file at fault, for the editor the reader may tell.
        file: String,
        /// The decoder's explanation, with line and column.
        detail: String,
    },
}

/// What failed, then why, in the page's language: two sentences of their
/// own, so no language has to bend one into the other's grammar.
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (what, why) = match self {
            LoadError::Offline { what } => (what, t(Key::WhyUnreachable).to_owned()),
            LoadError::TimedOut { what } => (what, t(Key::WhyTimedOut).to_owned()),
            LoadError::NotFound { what } => (what, t(Key::WhyNotFound).to_owned()),
            LoadError::Missing { what, file } => (what, fill(Key::WhyMissing, &[("file", file)])),
            LoadError::Server { what, status } => (
                what,
                fill(Key::WhyServer, &[("status", &status.to_string())]),
            ),
            LoadError::BadContent { what, file, detail } => (
                what,
                fill(Key::WhyDamaged, &[("file", file), ("detail", detail)]),
            ),
        };
        write!(f, "{} {why}", t(what.failed()))
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// True when the content does not exist, so the page shows "not found" rather than an error.
    pub fn is_not_found(&self) -> bool {
        matches!(self, LoadError::NotFound { .. })
    }

    /// For a file the site cannot work without: "not found" means the site
    /// is broken or half-published, not that the reader's address is wrong.
    pub fn required(self, file: &str) -> LoadError {
        match self {
            LoadError::NotFound { what } => LoadError::Missing {
                what,
                file: file.to_owned(),
            },
            other => other,
        }
    }

    /// What the reader was waiting for.
    pub fn subject(&self) -> Subject {
        match self {
            LoadError::Offline { what }
            | LoadError::TimedOut { what }
            | LoadError::NotFound { what }
            | LoadError::Missing { what, .. }
            | LoadError::Server { what, .. }
            | LoadError::BadContent { what, .. } => *what,
        }
    }

    /// True for failures on the way, which asking again may cure.
    pub fn is_transient(&self) -> bool {
        match self {
            LoadError::Offline { .. } => true,
            LoadError::Server { status, .. } => *status >= 500,
            _ => false,
        }
    }
}

/// Checks that an answer is the file asked for: a success, and not the
/// HTML page that static hosts with a catch-all rewrite answer a missing
/// file with (status 200).
pub fn check(what: Subject, status: u16, content_type: Option<&str>) -> Result<(), LoadError> {
    match status {
        200..=299 => {}
        404 | 410 => return Err(LoadError::NotFound { what }),
        _ => return Err(LoadError::Server { what, status }),
    }
    if content_type.is_some_and(|t| t.trim_start().starts_with("text/html")) {
        return Err(LoadError::NotFound { what });
    }
    Ok(())
}

/// Decodes one answer to a request for a JSON file, once [`check`]ed.
pub fn decode<T: Content>(
    what: Subject,
    file: &str,
    status: u16,
    content_type: Option<&str>,
    body: &str,
) -> Result<T, LoadError> {
    check(what, status, content_type)?;
    if body.trim().is_empty() {
        return Err(LoadError::BadContent {
            what,
            file: file.to_owned(),
            detail: "the file is empty".to_owned(),
        });
    }
    T::from_json(body).map_err(|e| LoadError::BadContent {
        what,
        file: file.to_owned(),
        detail: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Thing {
        name: String,
    }

    impl Content for Thing {
        fn from_json(text: &str) -> Result<Self, crate::json::Error> {
            crate::json::from_str(text)
        }
    }

    fn thing(status: u16, ty: Option<&str>, body: &str) -> Result<Thing, LoadError> {
        decode(Subject::Article, "data/thing.json", status, ty, body)
    }

    #[test]
    fn decodes_a_good_answer() {
        let got = thing(200, Some("application/json"), r#"{"name":"x"}"#);
        assert_eq!(got, Ok(Thing { name: "x".into() }));
    }

    #[test]
    fn classifies_status_codes() {
        assert!(thing(404, None, "").unwrap_err().is_not_found());
        assert_eq!(
            thing(500, None, "oops"),
            Err(LoadError::Server {
                what: Subject::Article,
                status: 500
            })
        );
    }

    #[test]
    fn a_missing_index_is_an_error_not_a_missing_page() {
        let missing = thing(404, None, "")
            .unwrap_err()
            .required("data/index.json");
        assert!(!missing.is_not_found());
        assert_eq!(
            missing.to_string(),
            "The article could not be loaded. data/index.json is not on the server. Try again in a moment."
        );
        let server = thing(500, None, "").unwrap_err();
        assert_eq!(server.clone().required("f"), server);
    }

    #[test]
    fn every_message_names_its_subject_as_a_sentence_needs() {
        let server = LoadError::Server {
            what: Subject::Article,
            status: 503,
        };
        assert_eq!(
            server.to_string(),
            "The article could not be loaded. The server failed (HTTP 503). Try again in a moment."
        );
        let offline = LoadError::Offline {
            what: Subject::ArticleList,
        };
        assert!(
            offline
                .to_string()
                .starts_with("The list of articles could not be loaded")
        );
        for what in [
            Subject::ArticleList,
            Subject::SiteSettings,
            Subject::Article,
            Subject::Campaign,
            Subject::Page,
        ] {
            let start = t(what.failed());
            assert!(start.ends_with("could not be loaded."), "{start}");
            let message = LoadError::NotFound { what }.to_string();
            assert!(message.starts_with(start), "{message}");
        }
    }

    #[test]
    fn only_failures_on_the_way_are_retried() {
        let what = || Subject::Campaign;
        assert!(LoadError::Offline { what: what() }.is_transient());
        assert!(
            LoadError::Server {
                what: what(),
                status: 503
            }
            .is_transient()
        );
        assert!(
            !LoadError::Server {
                what: what(),
                status: 429
            }
            .is_transient()
        );
        assert!(!LoadError::TimedOut { what: what() }.is_transient());
        assert!(!LoadError::NotFound { what: what() }.is_transient());
    }

    #[test]
    fn html_fallback_page_means_not_found() {
        let got = thing(200, Some("text/html; charset=utf-8"), "<!DOCTYPE html>");
        assert!(got.unwrap_err().is_not_found());
    }

    #[test]
    fn empty_and_malformed_bodies_are_bad_content_with_a_position() {
        assert!(matches!(
            thing(200, None, "  "),
            Err(LoadError::BadContent { .. })
        ));
        let err = thing(200, None, r#"{"name": "#).unwrap_err();
        assert!(
            err.to_string().contains("data/thing.json has an error"),
            "{err}"
        );
        assert!(err.to_string().contains("line 1 column"), "{err}");
        let wrong_type = thing(200, None, r#"{"name": 3}"#).unwrap_err();
        assert!(
            wrong_type.to_string().contains("invalid type"),
            "{wrong_type}"
        );
    }
}

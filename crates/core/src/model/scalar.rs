//! Validated strings: each type can only hold a value that passed its check,
//! so a bad slug, date, address or link is an error when the JSON is decoded,
//! never something a page has to remember to check.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a value read from outside (an address, a file) was refused: what
/// was expected, and an excerpt of what was found.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

/// Declares a string newtype that is checked by `$check` whenever it is decoded.
macro_rules! checked_string {
    ($(#[$doc:meta])* $name:ident, $check:expr, $expected:literal, $schema:tt) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// What a valid value looks like, for error messages and docs.
            pub const EXPECTED: &'static str = $expected;

            /// Checks `value` and wraps it.
            pub fn parse(value: &str) -> Result<Self, String> {
                let check: fn(&str) -> bool = $check;
                if check(value) {
                    Ok(Self(value.to_owned()))
                } else {
                    Err(format!("expected {}, found {}", $expected, quoted_excerpt(value)))
                }
            }

            /// The checked text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::model::Invalid;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::parse(value).map_err(crate::model::Invalid)
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(value: String) -> Result<Self, String> {
                Self::parse(&value)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let mut schema = schemars::json_schema!($schema);
                schema.insert("type".into(), "string".into());
                schema.insert("description".into(), $expected.into());
                schema
            }
        }
    };
}

pub(crate) use checked_string;

/// Shows at most 60 characters of a bad value, so a huge or hostile string
/// cannot flood an error message.
pub(crate) fn quoted_excerpt(value: &str) -> String {
    let mut chars = value.chars();
    let head: String = chars.by_ref().take(60).collect();
    let more = if chars.next().is_some() { "…" } else { "" };
    format!("{head:?}{more}")
}

checked_string!(
    /// A content identifier, also its file name and URL segment: `[a-z0-9-]{1,80}`.
    Slug,
    is_slug,
    "a slug: 1 to 80 lowercase letters, digits or hyphens",
    { "pattern": "^[a-z0-9-]{1,80}$" }
);

checked_string!(
    /// A calendar date, ISO 8601 `YYYY-MM-DD`.
    Date,
    is_date,
    "an ISO 8601 date (YYYY-MM-DD)",
    { "format": "date" }
);

checked_string!(
    /// A calendar month, `YYYY-MM`, by which the archive is divided.
    Month,
    is_month,
    "a month as YYYY-MM",
    { "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$" }
);

checked_string!(
    /// A BCP 47 language tag such as `en` or `pt-BR`.
    LanguageTag,
    is_language_tag,
    "a BCP 47 language tag such as en or pt-BR",
    { "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" }
);

checked_string!(
    /// An ISO 3166-1 alpha-2 country code in capitals, such as `GB`.
    CountryCode,
    is_country_code,
    "an ISO 3166-1 alpha-2 country code in capitals, such as GB",
    { "pattern": "^[A-Z]{2}$" }
);

checked_string!(
    /// An image of the site's own, relative to the data folder, such as
    /// `images/court.jpg`. Never a URL: images from other hosts would be
    /// third-party requests. Raster images only: an SVG or HTML file would
    /// run as a page on the site's origin.
    AssetPath,
    is_asset_path,
    "a relative path of letters, digits, '.', '_', '-' and '/', without '..', \
        to a .jpg, .jpeg, .png, .webp, .avif or .gif image",
    { "pattern": "^[A-Za-z0-9_-][A-Za-z0-9._/-]*\\.(jpg|jpeg|png|webp|avif|gif)$" }
);

/// The image types content may hold, by their (lowercase) file extension.
pub const IMAGE_EXTENSIONS: [&str; 6] = ["jpg", "jpeg", "png", "webp", "avif", "gif"];

/// True for a file name ending in one of [`IMAGE_EXTENSIONS`].
pub fn is_raster_image(path: &str) -> bool {
    path.rsplit_once('.')
        .is_some_and(|(_, extension)| IMAGE_EXTENSIONS.contains(&extension))
}

/// True for `[a-z0-9-]{1,80}`.
pub fn is_slug(s: &str) -> bool {
    (1..=80).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn digits(s: &str) -> Option<u32> {
    s.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| s.parse().ok())
        .flatten()
}

fn is_month(s: &str) -> bool {
    month_parts(s).is_some()
}

fn month_parts(s: &str) -> Option<(u32, u32)> {
    let (y, m) = s.split_once('-')?;
    let (year, month) = (digits(y)?, digits(m)?);
    (y.len() == 4 && m.len() == 2 && (1..=12).contains(&month)).then_some((year, month))
}

fn is_date(s: &str) -> bool {
    let (Some(month), Some(d)) = (s.get(..7), s.get(7..)) else {
        return false;
    };
    let (Some((year, month)), Some(day)) = (month_parts(month), d.strip_prefix('-')) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day.len() == 2 && digits(day).is_some_and(|d| (1..=days).contains(&d))
}

fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn is_asset_path(s: &str) -> bool {
    is_raster_image(s)
        && !s.is_empty()
        && !s.starts_with(['/', '.'])
        && !s.split('/').any(|part| part.is_empty() || part == "..")
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._/-".contains(&b))
}

impl Date {
    /// The month this date falls in, whose archive lists it.
    pub fn month(&self) -> Month {
        Month(self.0[..7].to_owned())
    }

    /// Year, month and day as numbers.
    pub fn parts(&self) -> (u32, u32, u32) {
        let n = |range: std::ops::Range<usize>| self.0[range].parse().unwrap_or_default();
        (n(0..4), n(5..7), n(8..10))
    }
}

impl Month {
    /// Year and month as numbers.
    pub fn parts(&self) -> (u32, u32) {
        month_parts(&self.0).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("free-ainur-kurmanov") && is_slug(&"a".repeat(80)));
        for bad in ["", "../site", "a/b", "Ainur", "a b", "é", "a.json"] {
            assert!(!is_slug(bad), "{bad:?}");
        }
        assert!(!is_slug(&"a".repeat(81)));
    }

    #[test]
    fn dates_are_real_calendar_days() {
        for good in ["2010-04-15", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(Date::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "2010-4-15",
            "2010-04-31",
            "1900-02-29",
            "2010-13-01",
            "2010-04-15T10:00",
            "15/04/2010",
            "",
            "２０１０-04-15",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        let date = Date::parse("2010-04-15").unwrap();
        assert_eq!(
            (date.month().as_str(), date.parts()),
            ("2010-04", (2010, 4, 15))
        );
    }

    #[test]
    fn months_languages_countries_and_paths() {
        assert!(Month::parse("2010-04").is_ok() && Month::parse("2010-00").is_err());
        assert!(LanguageTag::parse("en").is_ok() && LanguageTag::parse("pt-BR").is_ok());
        assert!(LanguageTag::parse("english").is_err() && LanguageTag::parse("en_GB").is_err());
        assert!(CountryCode::parse("GB").is_ok() && CountryCode::parse("gb").is_err());
        assert!(AssetPath::parse("images/court.jpg").is_ok());
        for bad in [
            "/etc/passwd",
            "../x",
            "a//b",
            "https://x.org/a.jpg",
            "a b.jpg",
            "",
        ] {
            assert!(AssetPath::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn errors_quote_at_most_sixty_characters() {
        let err = Slug::parse(&"X".repeat(1_000_000)).unwrap_err();
        assert!(err.len() < 200 && err.ends_with('…'), "{err}");
    }
}

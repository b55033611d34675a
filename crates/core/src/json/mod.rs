//! Reads content JSON into `model` types through serde, in a fraction of
//! the wasm serde_json takes for the same types (docs/performance.md).
//!
//! The size is in how the reading is split: every step of the grammar
//! (skip spaces, read a string, a number, a key) is one plain function in
//! [`Reader`], and the serde side in `de` is a thin layer of calls that
//! each content type instantiates. Only what content uses is read: numbers
//! are integers (a fraction or an exponent is an error where a number is
//! asked for, and skipped where it is not), and every error names the line
//! and column where reading stopped, as the content checker's do.

#[cfg(feature = "write")]
mod canonical;
mod de;
mod reader;
mod scalars;
// Native only: the tests read files and draw cases from proptest.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

#[cfg(feature = "write")]
pub use canonical::{canonical, has_notes};
use reader::{Reader, Start};
use serde::de::{DeserializeOwned, Expected, Unexpected};
use std::fmt;

/// Nesting deeper than this is refused rather than overflowing the stack.
const MAX_DEPTH: u16 = 128;

/// Decodes `text` as one JSON value of type `T`, with nothing after it but
/// spaces.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, Error> {
    let mut reader = Reader::new(text);
    let value = T::deserialize(&mut reader).map_err(|e| reader.locate(e))?;
    reader.finish()?;
    Ok(value)
}

/// A content file's type: its decoding is compiled here, beside the
/// reader, for every type the app fetches. A generic call from the app
/// would compile it in the app's crate instead, where the reader's small
/// steps are not inlined as they are here (0.7 KB more wasm, measured).
pub trait Content: Sized {
    /// Decodes `text` as one file of this type, as [`from_str`] does.
    fn from_json(text: &str) -> Result<Self, Error>;
}

macro_rules! content {
    ($($ty:ty),*) => {$(
        impl Content for $ty {
            fn from_json(text: &str) -> Result<Self, Error> {
                from_str(text)
            }
        }
    )*};
}

content!(
    crate::model::Article,
    crate::model::Campaign,
    crate::model::ListFile,
    crate::model::Site
);

/// Why a text could not be decoded, and where. Boxed, as serde_json's is:
/// every content type's reading returns it, and a pointer-sized error keeps
/// each of their results small.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(Box<Detail>);

/// What an [`Error`] holds.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Detail {
    /// What went wrong, in serde's or the grammar's words.
    message: String,
    /// The line and column (both from 1) where reading stopped, once known.
    at: Option<(usize, usize)>,
}

impl Error {
    fn new(message: String, at: Option<(usize, usize)>) -> Self {
        Error(Box::new(Detail { message, at }))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.at {
            Some((line, column)) => write!(f, "{} at line {line} column {column}", self.0.message),
            None => f.write_str(&self.0.message),
        }
    }
}

impl std::error::Error for Error {}

impl serde::de::Error for Error {
    fn custom<M: fmt::Display>(message: M) -> Self {
        Error::new(message.to_string(), None)
    }

    // serde's own wording of these shows a float with the float formatting
    // machinery, which no content needs: its own words cost 10 KB of wasm.
    fn invalid_type(found: Unexpected<'_>, expected: &dyn Expected) -> Self {
        Error::custom(format_args!(
            "invalid type: {}, expected {expected}",
            Found(found)
        ))
    }

    fn invalid_value(found: Unexpected<'_>, expected: &dyn Expected) -> Self {
        Error::custom(format_args!(
            "invalid value: {}, expected {expected}",
            Found(found)
        ))
    }
}

/// What a value turned out to be, in an error message.
struct Found<'a>(Unexpected<'a>);

impl fmt::Display for Found<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Unexpected::Bool(b) => write!(f, "boolean `{b}`"),
            Unexpected::Unsigned(n) => write!(f, "integer `{n}`"),
            Unexpected::Signed(n) => write!(f, "integer `{n}`"),
            Unexpected::Str(s) => write!(f, "string {s:?}"),
            Unexpected::Float(_) => f.write_str("a number with a fraction"),
            other => fmt::Display::fmt(&other, f),
        }
    }
}

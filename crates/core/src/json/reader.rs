//! The grammar's steps that shape a text: where a value starts, the
//! punctuation of objects and arrays, and skipping what is not asked for.

use super::{Error, MAX_DEPTH};

/// The kind of value that starts at the reader's position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Start {
    /// `{`
    Object,
    /// `[`
    Array,
    /// `"`
    String,
    /// A digit or `-`.
    Number,
    /// `true` or `false`.
    Bool,
    /// `null`
    Null,
}

impl Start {
    /// The kind's name in an error message.
    fn name(self) -> &'static str {
        match self {
            Start::Object => "an object",
            Start::Array => "an array",
            Start::String => "a string",
            Start::Number => "a number",
            Start::Bool => "a boolean",
            Start::Null => "null",
        }
    }
}

/// A position in the text and the grammar's steps from it. None of its
/// functions is generic, so the wasm holds each once.
pub(super) struct Reader<'t> {
    /// The whole text.
    pub(super) text: &'t [u8],
    /// The byte where reading continues.
    pub(super) at: usize,
    /// How many objects and arrays are open.
    depth: u16,
    /// The last string read, unescaped.
    pub(super) scratch: String,
}

impl<'t> Reader<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        Reader {
            text: text.as_bytes(),
            at: 0,
            depth: 0,
            scratch: String::new(),
        }
    }

    /// An error at the current position.
    pub(super) fn error(&self, message: &str) -> Error {
        Error::new(message.to_owned(), Some(self.line_column()))
    }

    /// The error for a value that is not of the `expected` kind: what it is
    /// instead, or that no value starts here.
    pub(super) fn wrong(&mut self, expected: &str) -> Error {
        match self.start() {
            Ok(found) => {
                self.error(&["invalid type: ", found.name(), ", expected ", expected].concat())
            }
            Err(error) => error,
        }
    }

    /// `error` with the current position, unless it has one.
    pub(super) fn locate(&self, mut error: Error) -> Error {
        if error.0.at.is_none() {
            error.0.at = Some(self.line_column());
        }
        error
    }

    pub(super) fn line_column(&self) -> (usize, usize) {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = 1 + String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count();
        (line, column)
    }

    /// Checks that only spaces follow the value.
    pub(super) fn finish(&mut self) -> Result<(), Error> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("trailing characters")),
        }
    }

    /// The next byte that is not a space, left unread.
    pub(super) fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.text.get(self.at) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.at += 1;
        }
        None
    }

    /// What kind of value comes next.
    pub(super) fn start(&mut self) -> Result<Start, Error> {
        match self.peek() {
            Some(b'{') => Ok(Start::Object),
            Some(b'[') => Ok(Start::Array),
            Some(b'"') => Ok(Start::String),
            Some(b'-' | b'0'..=b'9') => Ok(Start::Number),
            Some(b't' | b'f') => Ok(Start::Bool),
            Some(b'n') => Ok(Start::Null),
            Some(_) => Err(self.error("expected value")),
            None => Err(self.error("EOF while parsing a value")),
        }
    }

    /// Reads `word` (`true`, `false`, `null`) exactly.
    pub(super) fn word(&mut self, word: &str) -> Result<(), Error> {
        if self.text[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.error("expected value"))
        }
    }

    /// Reads `open` (`{` or `[`) and goes one level deeper.
    pub(super) fn open(&mut self, open: u8, expected: &str) -> Result<(), Error> {
        if self.peek() != Some(open) {
            return Err(self.wrong(expected));
        }
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("recursion limit exceeded"));
        }
        self.at += 1;
        Ok(())
    }

    /// Whether another item follows in an object or array closed by
    /// `close`; reads the `,` before it or the `close` after the last.
    pub(super) fn more(&mut self, close: u8, first: bool) -> Result<bool, Error> {
        match self.peek() {
            Some(b) if b == close => {
                self.at += 1;
                self.depth -= 1;
                Ok(false)
            }
            Some(b',') if !first => {
                self.at += 1;
                if self.peek() == Some(close) {
                    return Err(self.error("trailing comma"));
                }
                Ok(true)
            }
            Some(_) if first => Ok(true),
            Some(_) if close == b'}' => Err(self.error("expected `,` or `}`")),
            Some(_) => Err(self.error("expected `,` or `]`")),
            None => Err(self.error("EOF while parsing")),
        }
    }

    /// Reads the `:` after an object's key.
    pub(super) fn colon(&mut self) -> Result<(), Error> {
        if self.peek() == Some(b':') {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error("expected `:`"))
        }
    }

    /// Skips one value of any kind.
    pub(super) fn skip(&mut self) -> Result<(), Error> {
        match self.start()? {
            Start::Object => {
                self.open(b'{', "an object")?;
                let mut first = true;
                while self.more(b'}', first)? {
                    first = false;
                    self.string()?;
                    self.colon()?;
                    self.skip()?;
                }
                Ok(())
            }
            Start::Array => {
                self.open(b'[', "an array")?;
                let mut first = true;
                while self.more(b']', first)? {
                    first = false;
                    self.skip()?;
                }
                Ok(())
            }
            Start::String => self.string().map(|_| ()),
            Start::Number => self.skip_number(),
            Start::Bool => self.bool().map(|_| ()),
            Start::Null => self.word("null"),
        }
    }
}

//! serde_json's errors in an editor's words, placed at the line to change:
//! a missing comma at the end of the line that lacks it, a missing field at
//! the object that lacks it, curly quotes and raw line breaks named as such.

use super::check::Problem;
use super::locate::{line_column, locate};
use serde_json::error::Category;

/// The problem `error` describes in `text`, with `at` the pointer of the
/// value being read (empty for the file or when unknown).
pub fn json_problem(text: &str, at: String, error: &serde_json::Error) -> Problem {
    let full = error.to_string();
    let said = full
        .rsplit_once(" at line ")
        .map_or(full.as_str(), |(m, _)| m);
    let offset = byte_offset(text, error.line(), error.column());
    let found = offset.and_then(|o| text[o..].chars().next());
    let (message, place) = match error.classify() {
        Category::Data => data(said, &at),
        Category::Syntax | Category::Eof => syntax(said, found),
        Category::Io => (said.to_owned(), Place::Reported),
    };
    let (line, column) = match (place, offset) {
        (Place::Value, _) => locate(text, &at).map(|o| line_column(text, o)),
        (Place::Here, Some(o)) => Some(line_column(text, o)),
        (Place::BeforeHere, Some(o)) => text[..o]
            .rfind(|c: char| !c.is_whitespace())
            .map(|before| line_column(text, before + 1)),
        _ => None,
    }
    .unwrap_or((error.line(), error.column()));
    Problem {
        file: String::new(),
        pointer: at,
        line,
        column,
        message,
    }
}

/// Where a problem is shown.
enum Place {
    /// Where serde_json stopped reading.
    Reported,
    /// At the character serde_json stopped at (a line break: the end of
    /// the line it breaks, not the start of the next).
    Here,
    /// At the start of the value being read (a missing field: its object).
    Value,
    /// Right after the last thing written before where reading stopped
    /// (a missing comma: the end of the line that lacks it).
    BeforeHere,
}

/// serde's message `said` of a decoding error in the value at `at`, in an
/// editor's words.
pub fn data_words(said: &str, at: &str) -> String {
    data(said, at).0
}

/// A decoding error in a value that is well-formed JSON.
fn data(said: &str, at: &str) -> (String, Place) {
    let field = field_name(at);
    if let Some(name) = between(said, "missing field `", "`") {
        let message = format!("`{name}` is missing: add \"{name}\": … to this object");
        return (message, Place::Value);
    }
    if let Some(rest) = said.strip_prefix("unknown variant `") {
        let (found, expected) = rest.split_once("`, expected ").unwrap_or((rest, ""));
        let choices = expected
            .trim_start_matches("one of ")
            .replace(['`'], "")
            .replace(" or ", ", ");
        let nearest = (choices.split(", "))
            .filter(|c| strsim::damerau_levenshtein(&found.to_lowercase(), c) <= 2)
            .map(|c| format!(": did you mean {c}?"))
            .next()
            .unwrap_or_default();
        let message = format!("{field} must be one of {choices}; found {found}{nearest}");
        return (message, Place::Reported);
    }
    if let Some(rest) =
        (said.strip_prefix("invalid type: ")).or_else(|| said.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let message = format!(
            "{field} must be {}; found {}",
            kind(expected),
            found_kind(found)
        );
        return (message, Place::Reported);
    }
    (said.to_owned(), Place::Reported)
}

/// A syntax error; `found` is the character where reading stopped.
fn syntax(said: &str, found: Option<char>) -> (String, Place) {
    const CURLY: &str = "curly quotes (“ ” ‘ ’), as a word processor types them: JSON needs straight \
        double quotes \" around every name and text";
    let curly = found.is_some_and(|c| "“”‘’„«»".contains(c));
    let message = match said {
        _ if curly => CURLY,
        "key must be a string" => {
            "expected a field name in straight double quotes, such as \"title\""
        }
        "expected value" if found == Some('\'') => {
            "text in single quotes: JSON needs straight double quotes \" around text"
        }
        "expected value" => {
            "expected a value: text in \"quotes\", a number, true, false, a list [ ] or an object { }"
        }
        s if s.starts_with("control character") => {
            let message = match found {
                Some('\t') => "a tab inside text in quotes: a letter in JSON writes a tab as \\t",
                _ => {
                    "a line break inside text in quotes: a letter in JSON writes a line break as \\n"
                }
            };
            return (message.into(), Place::Here);
        }
        "expected `,` or `}`" | "expected `,` or `]`" => {
            return (
                "a comma is missing at the end of this line".into(),
                Place::BeforeHere,
            );
        }
        "trailing comma" => "a comma after the last item: remove it",
        "expected `:`" => "expected a colon : between the field name and its value",
        "invalid escape" => {
            "a backslash starts an escape such as \\n or \\\": write \\\\ for a backslash itself"
        }
        "trailing characters" => "something follows the end of the file's object: remove it",
        "EOF while parsing a string" => "the file ends inside text: a closing \" is missing",
        "EOF while parsing a value" => "the file is empty or ends too early",
        s if s.starts_with("EOF while parsing") => {
            "the file ends too early: a closing } or ] is missing"
        }
        other => other,
    };
    (message.to_owned(), Place::Reported)
}

/// The name of the field at `at` for a message: its last name, or "each
/// item of" the list it is in.
fn field_name(at: &str) -> String {
    let tokens: Vec<&str> = at.split('/').filter(|t| !t.is_empty()).collect();
    match tokens.as_slice() {
        [] => "the file".into(),
        [.., list, last] if last.parse::<usize>().is_ok() => format!("each item of {list}"),
        [.., last] => (*last).to_owned(),
    }
}

/// serde's name of an expected type, in words.
fn kind(expected: &str) -> &str {
    match expected {
        "a string" | "a borrowed string" => "text in quotes",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i64" | "an integer" => "a whole number",
        "a boolean" => "true or false",
        "a sequence" => "a list in [ ]",
        e if e.starts_with("struct") || e == "a map" || e.starts_with("a map") => {
            "an object in { }"
        }
        other => other,
    }
}

/// serde's description of a value found, in words.
fn found_kind(found: &str) -> String {
    let shown = found
        .split_once(' ')
        .map_or("", |(_, v)| v.trim_matches('`'));
    match found.split(' ').next().unwrap_or_default() {
        "integer" | "floating" => format!("the number {shown}"),
        "string" => format!("the text {shown}"),
        "boolean" => shown.to_owned(),
        "map" => "an object { }".into(),
        "sequence" => "a list [ ]".into(),
        _ => found.to_owned(),
    }
}

/// The text between `start` and the next `end` in `s`.
fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    s.strip_prefix(start)?.split(end).next()
}

/// The byte offset of serde_json's `line` and `column` (bytes on the line,
/// 1-based, pointing at the last byte read; 0 when that byte is the line
/// break before the line).
fn byte_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let offset = (start + column).checked_sub(1)?.min(text.len());
    (0..=offset).rev().find(|&i| text.is_char_boundary(i))
}

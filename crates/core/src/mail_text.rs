//! Text hygiene for mail: headers are one clean line, bodies use CRLF.

/// A header value with every line break and control character removed, so
/// nothing the reader types can add a header (`\r\nBcc: …`) or break a link.
/// Runs of removed characters become one space; the result is trimmed.
pub fn sanitize_header(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut gap = false;
    for c in value.chars() {
        if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || c.is_whitespace() {
            gap = true;
        } else if is_invisible_format(c) {
            // Bidi overrides and zero-width characters can disguise a subject.
        } else {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        }
    }
    out
}

/// Bidirectional overrides and isolates, which can make text display in a
/// different order from what is sent.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{FEFF}')
}

/// The body with every line end (`\r\n`, `\r`, `\n`, U+0085, U+2028, U+2029)
/// as CRLF, and other control characters except tab removed.
pub fn normalize_body(body: &str) -> String {
    let mut out = String::with_capacity(body.len() + body.len() / 20);
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\r\n");
            }
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push_str("\r\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// How long each thing the reader types may be, in characters. Far beyond
/// any real name or letter (a link stops working long before), and short
/// enough that a pasted megabyte cannot freeze a phone laying it out.
pub mod limits {
    /// Name, town or city, country.
    pub const DETAIL: usize = 100;
    /// A typed e-mail address (RFC 5321's limit).
    pub const ADDRESS: usize = 254;
    /// The subject line.
    pub const SUBJECT: usize = 200;
    /// The letter.
    pub const LETTER: usize = 20_000;
}

/// `value` cut to at most `max` characters, never inside a character.
pub fn cap(mut value: String, max: usize) -> String {
    if let Some((at, _)) = value.char_indices().nth(max) {
        value.truncate(at);
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_cuts_at_a_character_boundary() {
        assert_eq!(cap("Айнур".to_owned(), 3), "Айн");
        assert_eq!(cap("abc".to_owned(), 3), "abc");
        assert_eq!(cap("😀😀".to_owned(), 1), "😀");
        assert_eq!(cap(String::new(), 0), "");
    }
}

//! A downloadable draft, `.eml` (RFC 5322): UTF-8 quoted-printable body,
//! RFC 2047 encoded-word subject when it is not ASCII, CRLF line ends.
//! `X-Unsent: 1` makes Outlook open it as a draft ready to send; the mail app
//! fills in the reader's own From address.

use super::{Message, normalize_body, sanitize_header};

/// The `.eml` text of `message`; `date` is an RFC 5322 date-time.
pub fn eml(message: &Message, date: &str) -> String {
    let list = |addresses: &[crate::model::Email]| {
        addresses
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut out = String::new();
    out.push_str(&format!("Date: {}\r\n", sanitize_header(date)));
    out.push_str(&format!("To: {}\r\n", list(&message.to)));
    if !message.cc.is_empty() {
        out.push_str(&format!("Cc: {}\r\n", list(&message.cc)));
    }
    out.push_str(&format!(
        "Subject: {}\r\n",
        encode_subject(&sanitize_header(&message.subject))
    ));
    out.push_str("X-Unsent: 1\r\n");
    out.push_str("MIME-Version: 1.0\r\n");
    out.push_str("Content-Type: text/plain; charset=UTF-8\r\n");
    out.push_str("Content-Transfer-Encoding: quoted-printable\r\n\r\n");
    out.push_str(&quoted_printable::encode_to_str(normalize_body(
        &message.body,
    )));
    out.push_str("\r\n");
    out
}

/// A short ASCII subject as it is; any other as RFC 2047 Q encoded-words
/// folded so that no line passes 76 characters ("Subject: " included on the
/// first), never splitting a character. A long ASCII subject is encoded too,
/// since a word longer than a line cannot be folded, and so is one holding
/// "=?", which a mail app would otherwise read as an encoded word.
fn encode_subject(subject: &str) -> String {
    let plain = subject.len() <= 76 - "Subject: ".len()
        && subject.bytes().all(|b| (0x20..0x7f).contains(&b))
        && !subject.contains("=?");
    if plain {
        return subject.to_owned();
    }
    const OPEN: &str = "=?UTF-8?Q?";
    const CLOSE: &str = "?=";
    let mut words = Vec::new();
    let mut word = String::new();
    for c in subject.chars() {
        let mut encoded = String::new();
        let mut buf = [0u8; 4];
        for &b in c.encode_utf8(&mut buf).as_bytes() {
            match b {
                b' ' => encoded.push('_'),
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'!' | b'*' | b'+' | b'-' | b'/' => {
                    encoded.push(b as char)
                }
                _ => encoded.push_str(&format!("={b:02X}")),
            }
        }
        // The first line also holds "Subject: "; continuation lines a space.
        let room = if words.is_empty() {
            76 - "Subject: ".len()
        } else {
            75
        };
        if OPEN.len() + word.len() + encoded.len() + CLOSE.len() > room {
            words.push(format!("{OPEN}{word}{CLOSE}"));
            word.clear();
        }
        word.push_str(&encoded);
    }
    words.push(format!("{OPEN}{word}{CLOSE}"));
    words.join("\r\n ")
}

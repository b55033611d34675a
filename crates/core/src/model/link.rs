//! Addresses and links: the only ways content can point outside the page.

use super::scalar::{checked_string, quoted_excerpt};
use serde::{Deserialize, Serialize};
use std::fmt;

checked_string!(
    /// An e-mail address as an RFC 5322 addr-spec (`name@example.org`), with
    /// no display name, no domain literal and a dotted domain.
    Email,
    is_email,
    "an e-mail address such as name@example.org",
    { "format": "email", "maxLength": 254 }
);

checked_string!(
    /// A link content may carry: `https://` to a named host, or `mailto:` an address.
    /// Every other scheme (`javascript:`, `data:`, `http:`) is refused.
    SafeLink,
    is_safe_link,
    "an https:// or mailto: link",
    { "pattern": "^(https://[^\\s/?#@]+([/?#]\\S*)?|mailto:\\S+@\\S+)$" }
);

/// True for an address we can put in a mail header and a link, read the
/// same way by every mail client: a plain dot-atom local part of letters,
/// digits and `.` `_` `+` `-` `'` (no quoted local part, and nothing a
/// client may take as a separator or a route: `,` `;` `!` `%` `/` `|` …), an
/// `@`, and a domain name of letter-digit-hyphen labels with a top-level
/// domain of letters or in its `xn--` form. ASCII only: a Cyrillic "а" in
/// "аdmin@…" or a hidden bidi override would let an address pass for another.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_char = |c: char| c.is_ascii_alphanumeric() || "._+-'".contains(c);
    let plain_local = (1..=64).contains(&local.len())
        && local.chars().all(local_char)
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    s.len() <= 254 && plain_local && is_domain(domain)
}

/// A domain name of two labels or more (`example.org`): letters, digits and
/// inner hyphens, and a top-level domain of letters or `xn--…`.
fn is_domain(domain: &str) -> bool {
    let label = |l: &str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    let labels: Vec<&str> = domain.split('.').collect();
    let top = labels.last().copied().unwrap_or_default();
    let named_top =
        top.len() >= 2 && (top.bytes().all(|b| b.is_ascii_alphabetic()) || top.starts_with("xn--"));
    domain.len() <= 253 && labels.len() >= 2 && labels.iter().all(|l| label(l)) && named_top
}

/// Characters that change how text looks without being seen: bidi controls,
/// zero-width characters, the soft hyphen, the byte-order mark and tag
/// characters. A link holding one can pass for another.
fn is_disguising(c: char) -> bool {
    matches!(c,
        '\u{AD}' | '\u{61C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E007F}')
}

fn is_safe_link(s: &str) -> bool {
    // Nothing that a browser would strip or that could break out of an attribute.
    let clean = s.chars().all(|c| {
        !c.is_whitespace() && !c.is_control() && !is_disguising(c) && !"\"<>`\\".contains(c)
    });
    if !clean || s.len() > 2048 {
        return false;
    }
    if let Some(rest) = s.strip_prefix("https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        return !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.:".contains(&b))
            && !host.starts_with(['.', '-', ':']);
    }
    let Some(rest) = s.strip_prefix("mailto:") else {
        return false;
    };
    let (address, query) = rest.split_once('?').unwrap_or((rest, ""));
    is_email(address) && (!rest.contains('?') || is_mail_query(query))
}

/// The query of a mail link in content: `subject` and `body`, each once at
/// most, and nothing else (no `to`, `cc` or `bcc` to add recipients). Once
/// decoded, the subject is one line and the body has line breaks only.
fn is_mail_query(query: &str) -> bool {
    let mut seen = Vec::new();
    query.split('&').all(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Ok(value) = percent_encoding::percent_decode_str(value).decode_utf8() else {
            return false;
        };
        let allowed = |c: char| match key {
            "body" => !c.is_control() || c == '\r' || c == '\n',
            _ => !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}'),
        };
        let first = !seen.contains(&key);
        seen.push(key);
        matches!(key, "subject" | "body")
            && first
            && escapes_well(pair)
            && value.chars().all(allowed)
    })
}

/// True when every `%` in `pair` starts a two-digit hex escape.
fn escapes_well(pair: &str) -> bool {
    pair.split('%')
        .skip(1)
        .all(|after| after.len() >= 2 && after.as_bytes()[..2].iter().all(u8::is_ascii_hexdigit))
}

impl SafeLink {
    /// True for a link that leaves the site (every https link), which opens
    /// with `rel="noopener noreferrer"`.
    pub fn is_outbound(&self) -> bool {
        self.0.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_addr_specs() {
        for good in [
            "gp-rk@mail.online.kz",
            "embassy.gb@example.org",
            "a+b@x.example.org",
        ] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "no-at-sign",
            "a@b",
            "Name <a@example.org>",
            "a@[127.0.0.1]",
            "a@example.org\r\nBcc: x@example.org",
            "a@example.org,b@example.org",
            "a b@example.org",
        ] {
            assert!(!is_email(bad), "{bad:?}");
        }
    }

    #[test]
    fn no_address_part_a_mail_client_could_read_another_way() {
        for bad in [
            "\"a\"@example.org",
            "\"a b\"@example.org",
            "\"a,b\"@example.org",
            "a!b@example.org",
            "a%b@example.org",
            "a|b@example.org",
            "a/b@example.org",
            "a{b}@example.org",
            "a`b@example.org",
            "a=b?c@example.org",
            "a..b@example.org",
            ".a@example.org",
            "a.@example.org",
            "a@-example.org",
            "a@example-.org",
            "a@example..org",
            "a@example.o",
            "a@example.123",
            "a@b@example.org",
        ] {
            assert!(!is_email(bad), "{bad:?}");
        }
        for good in [
            "o'brien@example.org",
            "first.last+tag@mail.example.co.uk",
            "a_b-c@xn--80ak6aa92e.xn--p1ai",
        ] {
            assert!(is_email(good), "{good:?}");
        }
    }

    #[test]
    fn a_mail_link_in_content_carries_a_subject_and_a_body_at_most() {
        for good in [
            "mailto:a@example.org",
            "mailto:a@example.org?subject=Free%20him",
            "mailto:a@example.org?subject=Free&body=Line%201%0D%0ALine%202",
        ] {
            assert!(SafeLink::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "mailto:a@example.org?bcc=spy@example.org",
            "mailto:a@example.org?cc=spy@example.org",
            "mailto:a@example.org?to=spy@example.org",
            "mailto:a@example.org?subject=a&subject=b",
            "mailto:a@example.org?subject=Hi%0D%0ABcc:%20spy@example.org",
            "mailto:a@example.org?body=%00",
            "mailto:a@example.org?subject=%E2%80%A8",
            "mailto:a@example.org?subject=%ZZ",
            "mailto:a@example.org?&",
            "mailto:a@example.org#x",
        ] {
            assert!(SafeLink::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn addresses_are_ascii_so_none_can_pass_for_another() {
        // A Cyrillic "а", and a bidi override.
        assert!(!is_email("\u{430}dmin@example.org"));
        assert!(!is_email("\u{202E}evil@example.org"));
        assert!(is_email("admin@xn--80ak6aa92e.com"));
        assert!(SafeLink::parse("https://ru.wikipedia.org/wiki/Казахстан").is_ok());
    }

    #[test]
    fn links_allow_https_and_mailto_only() {
        for good in [
            "https://socialistworld.net/",
            "https://example.org/a?b=c#d",
            "mailto:gp-rk@mail.online.kz",
        ] {
            assert!(SafeLink::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>",
            "http://example.org/",
            "https://",
            "https://user@evil.example/",
            "https://example.org/\"onmouseover=\"x",
            "mailto:not-an-address",
            "//example.org",
            "vbscript:x",
            "https://example.org/\u{202E}fdp.exe",
            "https://exa\u{200B}mple.org/",
            "mailto:\u{430}dmin@example.org",
        ] {
            assert!(SafeLink::parse(bad).is_err(), "{bad:?}");
        }
        assert!(SafeLink::parse("https://x.org").unwrap().is_outbound());
        assert!(!SafeLink::parse("mailto:a@x.org").unwrap().is_outbound());
    }
}

//! Slugs name content files and appear in share links, so they are checked
//! before they are ever put into a URL.

/// True when `s` matches `[a-z0-9-]{1,80}`.
pub fn is_valid_slug(s: &str) -> bool {
    (1..=80).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::is_valid_slug;

    #[test]
    fn accepts_plain_slugs() {
        assert!(is_valid_slug("free-ainur-kurmanov"));
        assert!(is_valid_slug("2010-04"));
        assert!(is_valid_slug(&"a".repeat(80)));
    }

    #[test]
    fn rejects_paths_case_and_length() {
        for bad in ["", "../site", "a/b", "Ainur", "a b", "é", "a.json"] {
            assert!(!is_valid_slug(bad), "{bad:?}");
        }
        assert!(!is_valid_slug(&"a".repeat(81)));
    }
}

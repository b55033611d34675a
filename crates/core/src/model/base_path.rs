//! Where the site lives on its host: at the root, or under a sub-path such
//! as `/tocsin` (a GitHub Pages project site, a folder on a shared server).
//! Every address the app writes or fetches goes through [`BasePath::href`].

/// The path prefix of the site: empty at a host's root, else `/` and plain
/// path segments with no trailing slash, such as `/news/tocsin`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BasePath(String);

impl BasePath {
    /// Reads a prefix as configured (`/tocsin`, `/tocsin/`, `tocsin`, or
    /// empty for the root). Segments may hold letters, digits, `-`, `_`,
    /// `.` and `~`, and none may be `.` or `..`; anything else is refused,
    /// so a crafted value cannot point the app's links or fetches elsewhere.
    pub fn parse(text: &str) -> Option<Self> {
        if text.is_empty() || text == "/" {
            return Some(Self::default());
        }
        let trimmed = text.strip_prefix('/').unwrap_or(text);
        let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
        let plain = |segment: &str| {
            !segment.is_empty()
                && segment != "."
                && segment != ".."
                && segment
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~'))
        };
        trimmed
            .split('/')
            .all(plain)
            .then(|| Self(["/", trimmed].concat()))
    }

    /// The prefix itself: empty at the root, else such as `/tocsin`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The prefix with one more segment: `/tocsin` and `ru` make `/tocsin/ru`;
    /// `None` when `segment` is not a plain path segment.
    pub fn join(&self, segment: &str) -> Option<BasePath> {
        BasePath::parse(&[self.0.as_str(), "/", segment].concat())
    }

    /// `route`, an absolute path of the app such as `/articles/x` or `/`,
    /// as an address on the site: `/tocsin/articles/x`, `/tocsin/`.
    pub fn href(&self, route: &str) -> String {
        format!("{}{route}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_and_sub_paths_in_every_spelling() {
        for root in ["", "/"] {
            assert_eq!(BasePath::parse(root), Some(BasePath::default()));
        }
        for spelling in ["/tocsin", "/tocsin/", "tocsin", "tocsin/"] {
            let base = BasePath::parse(spelling).unwrap();
            assert_eq!(base.as_str(), "/tocsin");
            assert_eq!(base.href("/"), "/tocsin/");
            assert_eq!(base.href("/articles/x"), "/tocsin/articles/x");
        }
        let deep = BasePath::parse("/news/tocsin-2.0~a_b").unwrap();
        assert_eq!(
            deep.href("/data/index.json"),
            "/news/tocsin-2.0~a_b/data/index.json"
        );
        assert_eq!(BasePath::default().href("/"), "/");
    }

    #[test]
    fn crafted_prefixes_are_refused() {
        for bad in [
            "//evil.example/x",
            "//",
            "a//",
            "/a//b",
            "/../x",
            "/./x",
            "/a b",
            "/a?b",
            "/a#b",
            "/a\"b",
            "/a<b",
            "https://evil.example",
            "/a\\b",
            "/\u{202e}x",
            "/é",
        ] {
            assert_eq!(BasePath::parse(bad), None, "{bad}");
        }
    }
}

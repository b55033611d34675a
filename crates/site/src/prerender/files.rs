//! Where each pre-rendered page lives in `dist/`. A page with no other page
//! under its address (an article, a campaign, a month) is `<path>.html`; one
//! that has pages under it (the front page, `campaigns`, a tag with later
//! pages) is its folder's `index.html`, so no page's file sits beside a
//! folder of the same name. GitHub Pages, Netlify and Cloudflare Pages
//! answer `/articles/a` with `articles/a.html` as they would with
//! `articles/a/index.html`; the file alone spares each page a folder, a
//! block of its own on disk (4 KiB on ext4, more than many pages weigh).

use std::collections::HashSet;

/// The files of a build's pages, from the addresses of all of them.
pub struct PageFiles {
    /// Every address, without its slashes, that another page lies under.
    folders: HashSet<String>,
}

impl PageFiles {
    /// From every page's path in the site's own language (`/`,
    /// `/articles/a`): the same pages exist in every language.
    pub fn new<'a>(paths: impl IntoIterator<Item = &'a str>) -> PageFiles {
        let mut folders = HashSet::new();
        for path in paths {
            let path = path.trim_matches('/');
            for (at, _) in path.match_indices('/') {
                folders.insert(path[..at].to_owned());
            }
        }
        PageFiles { folders }
    }

    /// The file, inside `dist/`, of the page at `path` (as given to
    /// [`PageFiles::new`]) in the language under `prefix` (none for the
    /// site's own).
    pub fn file(&self, path: &str, prefix: Option<&str>) -> String {
        let path = path.trim_matches('/');
        let language = prefix.map(|tag| format!("{tag}/")).unwrap_or_default();
        if path.is_empty() {
            format!("{language}index.html")
        } else if self.folders.contains(path) {
            format!("{language}{path}/index.html")
        } else {
            format!("{language}{path}.html")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PageFiles;

    #[test]
    fn a_page_is_a_file_unless_pages_lie_under_it() {
        let paths = [
            "/",
            "/articles/a",
            "/campaigns",
            "/campaigns/free-them",
            "/tags/unions",
            "/tags/unions/page/2",
            "/archive/2010/04",
            "/search",
        ];
        let files = PageFiles::new(paths);
        let found: Vec<String> = paths.iter().map(|p| files.file(p, None)).collect();
        assert_eq!(
            found,
            [
                "index.html",
                "articles/a.html",
                "campaigns/index.html",
                "campaigns/free-them.html",
                "tags/unions/index.html",
                "tags/unions/page/2.html",
                "archive/2010/04.html",
                "search.html",
            ]
        );
        assert_eq!(files.file("/", Some("ru")), "ru/index.html");
        assert_eq!(
            files.file("/campaigns", Some("ru")),
            "ru/campaigns/index.html"
        );
        assert_eq!(files.file("/articles/a", Some("kk")), "kk/articles/a.html");
    }
}

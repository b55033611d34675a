//! Links to the site's own pages: each must name a page of the route table,
//! written as that page's own address, so the app can write it under any
//! sub-path and in any language.

use super::{Issue, issue, pointer};
use crate::model::{Article, BasePath, Block, Inline, Mark, Rich};
use crate::route::Route;

/// The issues of the links to the site's own pages in `a`'s body.
pub(super) fn page_links(a: &Article, out: &mut Vec<Issue>) {
    for (i, block) in a.body.iter().enumerate() {
        let i = i.to_string();
        let texts: Vec<(Vec<String>, &Rich)> = match block {
            Block::Paragraph(rich) => vec![(vec!["paragraph".into()], rich)],
            Block::Quote { text, .. } => vec![(vec!["quote".into(), "text".into()], text)],
            Block::List { items, .. } => (items.iter().enumerate())
                .map(|(j, item)| (vec!["list".into(), "items".into(), j.to_string()], item))
                .collect(),
            Block::Heading(_) | Block::Image { .. } => Vec::new(),
        };
        for (at, rich) in texts {
            for (k, span) in rich.0.iter().enumerate() {
                let Inline::Marked(Mark::Page { path, .. }) = span else {
                    continue;
                };
                if let Some(message) = wrong_path(path) {
                    let mut tokens = vec!["body".to_owned(), i.clone()];
                    tokens.extend(at.iter().cloned());
                    tokens.extend([k.to_string(), "page".into(), "path".into()]);
                    out.push(issue(pointer(&tokens), message));
                }
            }
        }
    }
}

/// What is wrong with `path` as the address of one of the site's pages.
fn wrong_path(path: &str) -> Option<String> {
    let route = Route::parse(path, &BasePath::default());
    match route {
        Route::NotFound => Some(format!(
            "{path} is no page of this site: a link to the site starts with / and is the address of an \
                article, a campaign, a list or the search page"
        )),
        _ if route.path() != path => Some(format!("write the page's address as {}", route.path())),
        _ => None,
    }
}

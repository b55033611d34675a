//! The checker's reading of a Markdown article: refusals at their lines,
//! then the article's JSON decoded and checked as a JSON file's is, each
//! problem placed at the line of the front matter field or body block it
//! is about.

use super::{MarkdownArticle, Places, read};
use crate::content::check::Problem;
use crate::content::strict::decode_tree;
use serde_json::Value;
use tocsin::model::Article;
use tocsin::validate::{self, Issue};

/// A Markdown article as the checker reads it.
pub struct Checked {
    /// The article, when it decodes.
    pub article: Option<Article>,
    /// Where its parts are, to place what the checks across files find.
    pub places: Option<Places>,
    /// Everything wrong with it, at its lines.
    pub problems: Vec<Problem>,
}

/// Checks the article `slug` in the Markdown `text` of the file `path`,
/// with `schema` the article's JSON Schema.
pub fn check(
    path: &str,
    slug: &str,
    text: &str,
    schema: &Value,
    image_size: &dyn Fn(&str) -> Option<(u32, u32)>,
) -> Checked {
    let at_line = |line: usize, message: String| Problem {
        file: path.to_owned(),
        pointer: String::new(),
        line,
        column: 1,
        message,
    };
    let MarkdownArticle { json, places, .. } = match read(slug, text, image_size) {
        Ok(read) => read,
        Err(refusals) => {
            let problems = refusals
                .into_iter()
                .map(|r| at_line(r.line, r.message))
                .collect();
            return Checked {
                article: None,
                places: None,
                problems,
            };
        }
    };
    let (article, unknown) = decode_tree::<Article>(json, schema);
    let mut issues = unknown;
    let article = match article {
        Ok(article) => {
            issues.extend(validate::article(&article));
            Some(article)
        }
        Err(issue) => {
            issues.push(issue);
            None
        }
    };
    let problems = issues
        .into_iter()
        .map(|issue| place(path, &places, issue))
        .collect();
    Checked {
        article,
        places: Some(places),
        problems,
    }
}

/// `issue` placed at its line of the Markdown file `path`.
pub fn place(path: &str, places: &Places, issue: Issue) -> Problem {
    Problem {
        file: path.to_owned(),
        line: places.line(&issue.pointer),
        column: 1,
        pointer: issue.pointer,
        message: issue.message,
    }
}

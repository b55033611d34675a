//! Articles written in Markdown, `articles/<slug>.md`: TOML front matter
//! between `+++` lines (as Zola and Hugo write it) with the article's
//! fields under their JSON names, then a CommonMark body. The build turns
//! each into the JSON the app reads; `draft = true` keeps one out of it.

mod body;
pub mod check;
mod refusals;
mod spans;
mod write;

pub use write::{normalized, write};

use serde_json::{Map, Value};

/// A problem in a Markdown article: its line and what to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// 1-based line in the file.
    pub line: usize,
    /// What is wrong and what to write instead.
    pub message: String,
}

/// An article read from its Markdown file.
#[derive(Debug)]
pub struct MarkdownArticle {
    /// The article as the JSON the app reads, not yet decoded.
    pub json: Value,
    /// Whether it stays out of the build (`draft = true`).
    pub draft: bool,
    /// Where each part is in the file.
    pub places: Places,
}

/// Where the parts of a Markdown article are, to place a problem found in
/// its JSON at the line to change.
#[derive(Debug)]
pub struct Places {
    /// The front matter's lines, the first of them being the file's line 2.
    front: Vec<String>,
    /// The line each block of the body starts on.
    blocks: Vec<usize>,
}

/// The line that opens and closes the front matter.
const FENCE: &str = "+++";

/// Reads the article `slug` (its file name) from `text`; `image_size`
/// gives the size of an image by its path in the data folder.
pub fn read(
    slug: &str,
    text: &str,
    image_size: &dyn Fn(&str) -> Option<(u32, u32)>,
) -> Result<MarkdownArticle, Vec<Refusal>> {
    let refuse = |line, message: &str| {
        vec![Refusal {
            line,
            message: message.into(),
        }]
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some(FENCE) {
        return Err(refuse(
            1,
            "an article starts with its front matter: a line +++, then lines such as \
            title = \"…\", then a line +++",
        ));
    }
    let front_start = text.find('\n').map_or(text.len(), |i| i + 1);
    let mut offset = front_start;
    let mut close = None;
    for (i, line) in lines.enumerate() {
        if line.trim_end() == FENCE {
            close = Some((offset, offset + line.len(), i + 2));
            break;
        }
        offset += line.len();
    }
    let Some((front_end, body_start, fence_line)) = close else {
        return Err(refuse(1, "the front matter has no closing +++ line"));
    };
    let front = &text[front_start..front_end];
    let mut places = Places {
        front: front.lines().map(str::to_owned).collect(),
        blocks: Vec::new(),
    };
    let table: toml::Table = toml::from_str(front).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        let line = 2 + front[..at.min(front.len())].matches('\n').count();
        refuse(
            line,
            &toml_words(&e, places.front.get(line - 2).map_or("", String::as_str)),
        )
    })?;
    let mut fields = Map::new();
    let mut refused = Vec::new();
    for (key, value) in table {
        match key.as_str() {
            "slug" => refused.push(Refusal {
                line: places.line(&format!("/{key}")),
                message:
                    "the slug is the file's name: remove this line (rename the file to change it)"
                        .into(),
            }),
            "body" => refused.push(Refusal {
                line: places.line(&format!("/{key}")),
                message: "the body is the Markdown after the closing +++: remove this line".into(),
            }),
            _ => match json(value) {
                Ok(value) => {
                    fields.insert(key, value);
                }
                Err(message) => refused.push(Refusal {
                    line: places.line(&format!("/{key}")),
                    message,
                }),
            },
        }
    }
    let draft = match fields.remove("draft") {
        None => false,
        Some(Value::Bool(draft)) => draft,
        Some(_) => {
            let line = places.line("/draft");
            refused.push(Refusal {
                line,
                message: "draft is true or false".into(),
            });
            false
        }
    };
    match body::blocks(&text[body_start..], fence_line, image_size) {
        Ok(blocks) => {
            places.blocks = blocks.iter().map(|(_, line)| *line).collect();
            let blocks = blocks.into_iter().map(|(block, _)| block).collect();
            fields.insert("slug".into(), Value::String(slug.to_owned()));
            fields.insert("body".into(), Value::Array(blocks));
        }
        Err(more) => refused.extend(more),
    }
    match refused.is_empty() {
        true => Ok(MarkdownArticle {
            json: Value::Object(fields),
            draft,
            places,
        }),
        false => Err(refused),
    }
}

/// A TOML value as JSON; a date is written `YYYY-MM-DD`, as in JSON files.
fn json(value: toml::Value) -> Result<Value, String> {
    Ok(match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(n) => Value::from(n),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(when) => match (when.date, when.time) {
            (Some(date), None) => Value::String(format!(
                "{:04}-{:02}-{:02}",
                date.year, date.month, date.day
            )),
            _ => {
                return Err(format!(
                    "{when} is not a date: write a day such as 2010-04-15, with no time"
                ));
            }
        },
        toml::Value::Array(items) => {
            Value::Array(items.into_iter().map(json).collect::<Result<_, _>>()?)
        }
        toml::Value::Table(table) => Value::Object(
            (table.into_iter())
                .map(|(k, v)| Ok((k, json(v)?)))
                .collect::<Result<_, String>>()?,
        ),
    })
}

/// A TOML error in an editor's words; `line` is the line it is on.
fn toml_words(error: &toml::de::Error, line: &str) -> String {
    if line.contains(['“', '”', '‘', '’', '«', '»']) && !line.contains('"') {
        return "curly quotes (“ ”), as a word processor types them: the front matter needs straight \
            double quotes around text, such as title = \"…\""
            .into();
    }
    let said = error.message().trim().replace('\n', " ");
    format!(
        "the front matter reads name = value, one to a line, such as title = \"…\", published = \
            2010-04-15 or tags = [\"kazakhstan\"]: {said}"
    )
}

impl Places {
    /// The file's line of the value at `pointer` in the article's JSON.
    pub fn line(&self, pointer: &str) -> usize {
        let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
        match tokens.as_slice() {
            ["body", index, ..] => (index.parse::<usize>().ok())
                .and_then(|i| self.blocks.get(i).copied())
                .unwrap_or(self.front.len() + 2),
            _ => self.front_line(&tokens),
        }
    }

    /// The line of a front matter field: `title`, `references/1/url`.
    fn front_line(&self, tokens: &[&str]) -> usize {
        let mut at = None;
        for (i, token) in tokens.iter().enumerate() {
            let from = at.unwrap_or(0);
            let found = match token.parse::<usize>() {
                // The nth `[[references]]` table.
                Ok(n) => {
                    let header = format!("[[{}]]", tokens.get(i.wrapping_sub(1)).unwrap_or(&""));
                    let mut tables = (self.front.iter().enumerate())
                        .filter(|(_, line)| line.trim() == header)
                        .map(|(j, _)| j);
                    tables.nth(n)
                }
                Err(_) => (self.front.iter().enumerate().skip(from))
                    .find(|(_, line)| names(line, token))
                    .map(|(j, _)| j),
            };
            match found {
                Some(j) => at = Some(j),
                None => break,
            }
        }
        at.map_or(1, |j| j + 2)
    }
}

/// Whether the front matter `line` names `key`: `key = …` or a table header.
fn names(line: &str, key: &str) -> bool {
    let line = line.trim_start();
    let after = line.strip_prefix(key).map(str::trim_start);
    after.is_some_and(|rest| rest.starts_with('='))
        || line.trim_matches(['[', ']', ' ']).rsplit('.').next() == Some(key)
            && line.starts_with('[')
}

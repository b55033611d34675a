//! The index's files, written by the build (`cargo xtask build`) and read
//! by the search page, all plain text so that a few lines read them:
//!
//! - `index.txt`: the format's name and the number of articles, then the
//!   key of each word file, one a line, in byte order. A word is in the
//!   file whose key is the longest that starts it.
//! - `words/<name>.txt`, named by its key ([`word_file_name`], so that a
//!   file keeps its name when others are cut anew): a line a word, `word`, a tab, the
//!   articles with it in the headline, a tab, the other articles with it;
//!   each list ascending, written as the first number and then the steps.
//! - `articles/<n>.txt`: the slugs of articles `n × 1000` on, one a line.
//!
//! Articles are numbered newest first, so that a list read in order is the
//! newest first. Word files are cut at about [`WORD_FILE_BYTES`], so a
//! search fetches a few small files, however large the archive.

use crate::model::Slug;
use crate::route::DataFile;
use std::collections::BTreeMap;

/// The first line's start: the format, so that anything else (such as a
/// host's page for a missing file) is not read as an index.
const FORMAT: &str = "tocsin-search 1 ";
/// Articles per `articles/<n>.txt` file.
pub const ARTICLES_PER_FILE: usize = 1_000;
/// The size a word file is cut at, unless one word's line alone is larger,
/// or its key is at [`KEY_CHARS`].
pub const WORD_FILE_BYTES: usize = 16_000;
/// The longest word the index holds, in characters: a longer one is no
/// word a reader searches for (a pasted address, a run of letters), and
/// would only make a file of its own.
pub const WORD_CHARS: usize = 64;
/// The longest key of a word file, in characters: the file's name is its
/// bytes in hex, at most 128 characters, which every file system takes,
/// however many words share a long beginning.
pub const KEY_CHARS: usize = 16;

/// The articles a word is in: with it in the headline, and with it only
/// elsewhere. Both ascending.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Postings {
    /// Articles with the word in the headline.
    pub title: Vec<u32>,
    /// Articles with the word elsewhere only.
    pub text: Vec<u32>,
}

/// `index.txt`: how many articles, and the word files' keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// Articles in the index.
    pub articles: u32,
    /// The word files' keys, in byte order; file `n` has key `n`.
    pub keys: Vec<String>,
}

impl Manifest {
    /// Reads `index.txt`; `None` when it is not one.
    pub fn parse(text: &str) -> Option<Manifest> {
        let mut lines = text.lines();
        let articles = lines.next()?.strip_prefix(FORMAT)?.parse().ok()?;
        let keys: Vec<String> = lines.map(str::to_owned).collect();
        keys.is_sorted().then_some(Manifest { articles, keys })
    }

    /// The word files that may hold words answering `word` (folded): the
    /// one with the longest key starting it, and those whose keys start
    /// with it (words it begins), unless there are more than `most` of
    /// those: a word that short matches its own file's words only.
    pub fn files_for(&self, word: &str, most: usize) -> Vec<usize> {
        let own = word
            .char_indices()
            .map(|(at, _)| at)
            .chain([word.len()])
            .rev()
            .find_map(|end| {
                self.keys
                    .binary_search_by(|k| k.as_str().cmp(&word[..end]))
                    .ok()
            });
        let from = self.keys.partition_point(|k| k.as_str() <= word);
        let longer = self.keys[from..]
            .iter()
            .take_while(|k| k.starts_with(word))
            .count();
        let mut files: Vec<usize> = own.into_iter().collect();
        if longer <= most {
            files.extend(from..from + longer);
        }
        files
    }

    /// The text of `index.txt`.
    pub fn write(&self) -> String {
        let mut text = [FORMAT, &self.articles.to_string(), "\n"].concat();
        for key in &self.keys {
            text.push_str(key);
            text.push('\n');
        }
        text
    }
}

/// The name of the word file with `key`: the key's UTF-8 bytes in hex
/// (`ка` is `d0bad0b0`), `root` for the empty key; plain ASCII, so that
/// any host serves it.
pub fn word_file_name(key: &str) -> String {
    if key.is_empty() {
        return "root".to_owned();
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    key.bytes()
        .flat_map(|b| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]])
        .map(char::from)
        .collect()
}

/// The numbers of the slug files (`articles/<n>.txt`) that name articles
/// `shown`, each once, in the order first needed.
fn slug_file_numbers(shown: &[u32]) -> Vec<usize> {
    let mut numbers: Vec<usize> = Vec::new();
    for &article in shown {
        let number = article as usize / ARTICLES_PER_FILE;
        if !numbers.contains(&number) {
            numbers.push(number);
        }
    }
    numbers
}

/// The slug files that name articles `shown` (by number), each once.
pub fn slug_files(shown: &[u32]) -> Vec<DataFile> {
    let numbers = slug_file_numbers(shown).into_iter();
    numbers.map(DataFile::SearchArticles).collect()
}

/// The slugs of articles `shown`, read from `texts`, the texts of the
/// files [`slug_files`] names, in its order; `None` when a text is missing
/// or a line is not a slug.
pub fn slugs(shown: &[u32], texts: &[impl AsRef<str>]) -> Option<Vec<Slug>> {
    let numbers = slug_file_numbers(shown);
    let slug = |article: usize| {
        let file = numbers
            .iter()
            .position(|&n| n == article / ARTICLES_PER_FILE)?;
        let line = texts
            .get(file)?
            .as_ref()
            .lines()
            .nth(article % ARTICLES_PER_FILE)?;
        Slug::parse(line).ok()
    };
    shown
        .iter()
        .map(|&article| slug(article as usize))
        .collect()
}

/// Reads a word file into its words and their articles; `None` when it is
/// not one.
pub fn parse_words(text: &str) -> Option<Vec<(&str, Postings)>> {
    let mut words = Vec::new();
    for line in text.lines() {
        let mut fields = line.split('\t');
        let word = fields.next()?;
        let title = parse_steps(fields.next()?)?;
        let text = parse_steps(fields.next()?)?;
        words.push((word, Postings { title, text }));
    }
    Some(words)
}

fn parse_steps(field: &str) -> Option<Vec<u32>> {
    let mut numbers: Vec<u32> = Vec::new();
    for step in field.split(',').filter(|step| !step.is_empty()) {
        let step: u32 = step.parse().ok()?;
        numbers.push(match numbers.last() {
            Some(last) => last.checked_add(step)?,
            None => step,
        });
    }
    Some(numbers)
}

fn write_steps(text: &mut String, numbers: &[u32]) {
    let mut last = None;
    for &n in numbers {
        if last.is_some() {
            text.push(',');
        }
        text.push_str(&(n - last.unwrap_or(0)).to_string());
        last = Some(n);
    }
}

/// Collects the words of articles, numbered in the order they are added,
/// and writes the index's files.
#[derive(Debug, Default)]
pub struct IndexWriter {
    words: BTreeMap<String, Postings>,
    slugs: Vec<String>,
}

/// The index's files as text: `index.txt`, the word files, the article
/// files, each list in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexFiles {
    /// `index.txt`.
    pub manifest: String,
    /// `words/<name>.txt`: each file's name and text, in key order.
    pub words: Vec<(String, String)>,
    /// `articles/<n>.txt`.
    pub articles: Vec<String>,
}

impl IndexWriter {
    /// Adds the next article (the next newest): its slug, the folded words
    /// of its headline and of its other text, but those over
    /// [`WORD_CHARS`].
    pub fn add(&mut self, slug: &str, title: &[String], text: &[String]) {
        let number = self.slugs.len() as u32;
        self.slugs.push(slug.to_owned());
        for (words, in_title) in [(title, true), (text, false)] {
            for word in words.iter().filter(|w| w.chars().count() <= WORD_CHARS) {
                let postings = self.words.entry(word.clone()).or_default();
                let seen =
                    postings.title.last() == Some(&number) || postings.text.last() == Some(&number);
                match (seen, in_title) {
                    (false, true) => postings.title.push(number),
                    (false, false) => postings.text.push(number),
                    _ => {}
                }
            }
        }
    }

    /// The files, word files cut at `word_file_bytes`.
    pub fn files(&self, word_file_bytes: usize) -> IndexFiles {
        let lines: Vec<(&str, String)> = self
            .words
            .iter()
            .map(|(word, postings)| {
                let mut line = [word.as_str(), "\t"].concat();
                write_steps(&mut line, &postings.title);
                line.push('\t');
                write_steps(&mut line, &postings.text);
                line.push('\n');
                (word.as_str(), line)
            })
            .collect();
        let mut files = Vec::new();
        cut(String::new(), &lines, word_file_bytes, &mut files);
        files.sort_by(|a, b| a.0.cmp(&b.0));
        let manifest = Manifest {
            articles: self.slugs.len() as u32,
            keys: files.iter().map(|(key, _)| key.clone()).collect(),
        };
        IndexFiles {
            manifest: manifest.write(),
            words: files
                .into_iter()
                .map(|(key, text)| (word_file_name(&key), text))
                .collect(),
            articles: self
                .slugs
                .chunks(ARTICLES_PER_FILE)
                .map(|slugs| slugs.iter().map(|s| [s.as_str(), "\n"].concat()).collect())
                .collect(),
        }
    }
}

/// Cuts `lines` (in word order, every word starting with `key`) into word
/// files: one under `key` with the words equal to it and as many of the
/// smaller groups (by the next letter) as fit, the larger groups cut the
/// same way under their longer keys, up to [`KEY_CHARS`], where a file
/// takes all its words, however large.
fn cut(key: String, lines: &[(&str, String)], limit: usize, files: &mut Vec<(String, String)>) {
    let size = |lines: &[(&str, String)]| lines.iter().map(|(_, l)| l.len()).sum::<usize>();
    if size(lines) <= limit || key.chars().count() >= KEY_CHARS {
        files.push((key, lines.iter().map(|(_, l)| l.as_str()).collect()));
        return;
    }
    let mut own: Vec<&(&str, String)> = Vec::new();
    let mut groups: Vec<(String, &[(&str, String)])> = Vec::new();
    let mut at = 0;
    while at < lines.len() {
        match lines[at].0[key.len()..].chars().next() {
            None => {
                own.push(&lines[at]);
                at += 1;
            }
            Some(next) => {
                let longer = [key.as_str(), next.encode_utf8(&mut [0; 4])].concat();
                let end = at
                    + lines[at..]
                        .iter()
                        .take_while(|(w, _)| w.starts_with(&longer))
                        .count();
                groups.push((longer, &lines[at..end]));
                at = end;
            }
        }
    }
    groups.sort_by_key(|(_, group)| size(group));
    let mut room = limit.saturating_sub(own.iter().map(|(_, l)| l.len()).sum());
    for (longer, group) in groups {
        if size(group) <= room {
            room -= size(group);
            own.extend(group);
        } else {
            cut(longer, group, limit, files);
        }
    }
    if !own.is_empty() {
        own.sort_by_key(|(word, _)| *word);
        files.push((key, own.iter().map(|(_, l)| l.as_str()).collect()));
    }
}

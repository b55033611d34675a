//! Rules that types alone cannot express: non-blank text, at least one
//! subject per letter, and agreement between files. Each problem carries the
//! JSON pointer of the value at fault, so tools can point at a line.

mod cross;
mod directory;
mod gaps;
mod links;
mod rule;

pub use cross::{ContentSet, cross_check};
pub use directory::directory;
pub use gaps::{passed_deadlines, translation_gaps};
pub use rule::Rule;

use crate::model::{Article, Block, Campaign, Site, Status};
use std::collections::BTreeSet;

/// One problem: where it is (a JSON pointer) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// RFC 6901 pointer to the value at fault; empty for the whole file.
    pub pointer: String,
    /// What is wrong, and what was expected.
    pub message: String,
    /// The rule broken, for a tool to say it in another language.
    pub rule: Rule,
}

/// A problem in one file of a content folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileIssue {
    /// The file's path inside the content folder, such as `articles/x.json`.
    pub file: String,
    /// The problem.
    pub issue: Issue,
}

/// A problem said only in English.
fn issue(pointer: impl Into<String>, message: impl Into<String>) -> Issue {
    Issue {
        pointer: pointer.into(),
        message: message.into(),
        rule: Rule::Other,
    }
}

/// A problem with a rule of its own, said in English.
fn broken(pointer: impl Into<String>, rule: Rule) -> Issue {
    Issue {
        pointer: pointer.into(),
        message: rule.fill(rule.english().unwrap_or_default()),
        rule,
    }
}

/// A JSON Pointer (RFC 6901) to `parts`, such as `/letters/0/body`.
pub fn pointer<S: AsRef<str>>(parts: &[S]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push('/');
        out.push_str(&part.as_ref().replace('~', "~0").replace('/', "~1"));
    }
    out
}

fn require_text(issues: &mut Vec<Issue>, pointer: &str, value: &str) {
    if value.trim().is_empty() {
        issues.push(broken(pointer, Rule::EmptyText));
    }
}

/// A title, name, label or subject: shown on one line and put into mail
/// headers, so no line break, separator or other control character.
fn one_line(issues: &mut Vec<Issue>, pointer: &str, value: &str) {
    let breaks = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    if value.chars().any(breaks) {
        issues.push(broken(pointer, Rule::OneLine));
    }
}

/// Checks one article on its own.
pub fn article(a: &Article) -> Vec<Issue> {
    let mut out = Vec::new();
    for (pointer, text) in [
        ("/title", &a.title),
        ("/standfirst", &a.standfirst),
        ("/byline", &a.byline),
        ("/section", &a.section),
    ] {
        require_text(&mut out, pointer, text);
    }
    for (pointer, text) in [
        ("/title", &a.title),
        ("/byline", &a.byline),
        ("/section", &a.section),
    ] {
        one_line(&mut out, pointer, text);
    }
    if a.body.is_empty() {
        out.push(broken("/body", Rule::NoBlock));
    }
    links::page_links(a, &mut out);
    for (i, block) in a.body.iter().enumerate() {
        match block {
            Block::Image { alt, .. } => require_text(
                &mut out,
                &pointer(&["body", &i.to_string(), "image", "alt"]),
                alt,
            ),
            Block::List { items, .. } if items.is_empty() => out.push(broken(
                pointer(&["body", &i.to_string(), "list", "items"]),
                Rule::NoItem,
            )),
            _ => {}
        }
    }
    out
}

/// Checks one campaign on its own.
pub fn campaign(c: &Campaign) -> Vec<Issue> {
    let mut out = Vec::new();
    for (pointer, text) in [
        ("/title", &c.title),
        ("/at_risk", &c.at_risk),
        ("/summary", &c.summary),
        ("/share_text", &c.share_text),
    ] {
        require_text(&mut out, pointer, text);
    }
    one_line(&mut out, "/title", &c.title);
    for (i, target) in c.targets.iter().enumerate() {
        for (field, text) in [("name", &target.name), ("role", &target.role)] {
            one_line(
                &mut out,
                &pointer(&["targets", &i.to_string(), field]),
                text,
            );
        }
    }
    if c.demands.is_empty() {
        out.push(broken("/demands", Rule::NoDemand));
    }
    for (i, demand) in c.demands.iter().enumerate() {
        require_text(&mut out, &pointer(&["demands", &i.to_string()]), demand);
    }
    if c.status != Status::Active && c.outcome.as_deref().is_none_or(|o| o.trim().is_empty()) {
        out.push(broken("/status", Rule::NeedsOutcome));
    }
    if c.status == Status::Active && c.targets.is_empty() && c.reader_targets.is_empty() {
        out.push(broken("/targets", Rule::NoTarget));
    }
    for (i, target) in c.reader_targets.iter().enumerate() {
        directory::reader_target(&mut out, &["reader_targets", &i.to_string()], target);
    }
    if c.letters.is_empty() {
        out.push(broken("/letters", Rule::NoLetter));
    }
    let mut languages = BTreeSet::new();
    for (i, letter) in c.letters.iter().enumerate() {
        if !languages.insert(letter.language.as_str().to_ascii_lowercase()) {
            let language = letter.language.to_string();
            let at = pointer(&["letters", &i.to_string(), "language"]);
            out.push(broken(at, Rule::SecondLetter { language }));
        }
        if letter.subjects.is_empty() {
            let at = pointer(&["letters", &i.to_string(), "subjects"]);
            out.push(broken(at, Rule::NoSubject));
        }
        for (j, subject) in letter.subjects.iter().enumerate() {
            let pointer = pointer(&["letters", &i.to_string(), "subjects", &j.to_string()]);
            require_text(&mut out, &pointer, subject);
            one_line(&mut out, &pointer, subject);
        }
        require_text(
            &mut out,
            &pointer(&["letters", &i.to_string(), "body"]),
            letter.body.source(),
        );
        let greets = letter.body.uses(crate::model::Placeholder::Salutation);
        match &letter.greeting {
            None if greets => out.push(broken(
                pointer(&["letters", &i.to_string(), "greeting"]),
                Rule::NeedsGreeting,
            )),
            Some(greeting) => one_line(
                &mut out,
                &pointer(&["letters", &i.to_string(), "greeting"]),
                greeting,
            ),
            None => {}
        }
    }
    translated_news(&mut out, c);
    if let Some(tag) = &c.letter_language
        && !c.letters.iter().any(|l| &l.language == tag)
    {
        let language = tag.to_string();
        out.push(broken("/letter_language", Rule::NoSuchLetter { language }));
    }
    out
}

/// A language's news, when it has any, is what its readers see instead of
/// the campaign's own: none of it blank.
fn translated_news(out: &mut Vec<Issue>, c: &Campaign) {
    for (tag, text) in c.translations.iter() {
        for (i, update) in text.updates.iter().flatten().enumerate() {
            let at = pointer(&[
                "translations",
                tag.as_str(),
                "updates",
                &i.to_string(),
                "text",
            ]);
            require_text(out, &at, &update.text);
        }
    }
}

/// Checks the site file on its own.
pub fn site(s: &Site) -> Vec<Issue> {
    let mut out = Vec::new();
    require_text(&mut out, "/name", &s.name);
    one_line(&mut out, "/name", &s.name);
    one_line(&mut out, "/tagline", &s.tagline);
    if s.languages.is_empty() {
        out.push(broken("/languages", Rule::NoLanguage));
    }
    let mut ids = BTreeSet::new();
    for (i, appeal) in s.appeals.iter().enumerate() {
        if !ids.insert(&appeal.id) {
            let id = appeal.id.to_string();
            out.push(broken(
                pointer(&["appeals", &i.to_string(), "id"]),
                Rule::SecondAppeal { id },
            ));
        }
        one_line(
            &mut out,
            &pointer(&["appeals", &i.to_string(), "title"]),
            &appeal.title,
        );
        for (j, link) in appeal.links.iter().enumerate() {
            let at = ["appeals", &i.to_string(), "links", &j.to_string(), "label"];
            one_line(&mut out, &pointer(&at), &link.label);
        }
    }
    out
}

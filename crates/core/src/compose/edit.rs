//! A letter the reader edits keeps its placeholders: whatever they left
//! untouched is still a placeholder, so a name typed afterwards still fills
//! "[your name]", and sending one by one still greets each recipient by
//! their own salutation. Only what the reader changed becomes their text.

use crate::model::Part;

/// The parts of an edited letter: `before` shown as `shown` (each part's
/// text, in order), read against `typed`, the box's new text. The edit is
/// the span between the longest common start and the longest common end; a
/// placeholder that span touches becomes the text it showed, so a reader who
/// overwrites "[your name]" keeps what they wrote.
pub fn edit(before: &[Part], shown: &[String], typed: &str) -> Vec<Part> {
    let old: String = shown.concat();
    let start = common_start(&old, typed);
    let end = common_end(&old[start..], &typed[start..]);
    let (old_end, new_text) = (old.len() - end, &typed[start..typed.len() - end]);
    let mut out = Letter(Vec::new());
    let mut inserted = false;
    let mut from = 0;
    for (part, text) in before.iter().zip(shown) {
        let to = from + text.len();
        if to <= start {
            out.keep(part, text);
        } else if from >= old_end {
            if !inserted {
                out.text(new_text);
                inserted = true;
            }
            out.keep(part, text);
        } else {
            // Touched by the edit: what lies outside it stays, as text.
            out.text(&old[from..start.max(from)]);
            if !inserted {
                out.text(new_text);
                inserted = true;
            }
            out.text(&old[old_end.min(to)..to]);
        }
        from = to;
    }
    if !inserted {
        out.text(new_text);
    }
    out.0
}

/// Parts being put together, neighbouring texts joined.
struct Letter(Vec<Part>);

impl Letter {
    fn text(&mut self, text: &str) {
        match self.0.last_mut() {
            _ if text.is_empty() => {}
            Some(Part::Text(last)) => last.push_str(text),
            _ => self.0.push(Part::Text(text.to_owned())),
        }
    }

    fn keep(&mut self, part: &Part, text: &str) {
        match part {
            Part::Field(_) => self.0.push(part.clone()),
            Part::Text(_) => self.text(text),
        }
    }
}

/// The length in bytes of the longest common start of `a` and `b`, at a
/// character boundary.
fn common_start(a: &str, b: &str) -> usize {
    (a.char_indices().zip(b.chars()))
        .find(|((_, x), y)| x != y)
        .map_or_else(|| a.len().min(b.len()), |((i, _), _)| i)
}

/// The length in bytes of the longest common end of `a` and `b`, at a
/// character boundary.
fn common_end(a: &str, b: &str) -> usize {
    let mut length = 0;
    for (x, y) in a.chars().rev().zip(b.chars().rev()) {
        if x != y {
            break;
        }
        length += x.len_utf8();
    }
    length
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Placeholder::{SenderCity, SenderName};

    fn text(s: &str) -> Part {
        Part::Text(s.to_owned())
    }

    fn letter() -> (Vec<Part>, Vec<String>) {
        let parts = vec![
            text("Dear Sir,\nfree him.\n"),
            Part::Field(SenderName),
            text(", "),
            Part::Field(SenderCity),
        ];
        let shown = ["Dear Sir,\nfree him.\n", "[your name]", ", ", "[your town]"];
        (parts, shown.map(str::to_owned).to_vec())
    }

    #[test]
    fn an_edit_in_the_text_keeps_every_placeholder() {
        let (parts, shown) = letter();
        let typed = "Dear Sir,\nfree him now.\n[your name], [your town]";
        assert_eq!(
            edit(&parts, &shown, typed),
            [
                text("Dear Sir,\nfree him now.\n"),
                Part::Field(SenderName),
                text(", "),
                Part::Field(SenderCity),
            ]
        );
    }

    #[test]
    fn writing_over_a_prompt_makes_it_the_readers_text() {
        let (parts, shown) = letter();
        let typed = "Dear Sir,\nfree him.\nAnna, [your town]";
        assert_eq!(
            edit(&parts, &shown, typed),
            [
                text("Dear Sir,\nfree him.\nAnna, "),
                Part::Field(SenderCity)
            ]
        );
    }

    #[test]
    fn typing_beside_a_placeholder_keeps_it() {
        let (parts, shown) = letter();
        let after = edit(
            &parts,
            &shown,
            "Dear Sir,\nfree him.\n[your name] (a nurse), [your town]",
        );
        assert_eq!(after[1], Part::Field(SenderName));
        assert_eq!(after[2], text(" (a nurse), "));
        let before = edit(
            &parts,
            &shown,
            "Dear Sir,\nfree him.\nDr [your name], [your town]",
        );
        assert_eq!(before[0], text("Dear Sir,\nfree him.\nDr "));
        assert_eq!(before[1], Part::Field(SenderName));
        let end = edit(
            &parts,
            &shown,
            "Dear Sir,\nfree him.\n[your name], [your town]\nPS",
        );
        assert_eq!(end.last(), Some(&text("\nPS")));
        assert_eq!(end[end.len() - 2], Part::Field(SenderCity));
    }

    #[test]
    fn deleting_everything_leaves_the_readers_text_alone() {
        let (parts, shown) = letter();
        assert_eq!(edit(&parts, &shown, ""), Vec::<Part>::new());
        assert_eq!(edit(&parts, &shown, "Mine."), [text("Mine.")]);
    }

    #[test]
    fn no_change_changes_nothing() {
        let (parts, shown) = letter();
        assert_eq!(edit(&parts, &shown, &shown.concat()), parts);
    }
}

//! Names in selectors and in pages: which elements, classes and ids a
//! selector needs (`used` keeps a rule only where the page has them all),
//! and which a page's HTML holds.

/// The names an element must have somewhere in the page for `selector` to
/// match it: its elements (lower case), classes (`.x`) and ids (`#x`),
/// outside attribute selectors and pseudo-classes' arguments.
pub fn needed_names(selector: &str) -> Vec<String> {
    let bytes = selector.as_bytes();
    let mut names = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'[' | b'(' => at = skip_group(bytes, at),
            b':' => {
                // A pseudo-class or element: its name, then any argument.
                at += 1;
                while at < bytes.len() && (bytes[at] == b':' || is_name_byte(bytes[at])) {
                    at += 1;
                }
            }
            b'.' | b'#' => {
                let end = name_end(bytes, at + 1);
                names.push(selector[at..end].to_owned());
                at = end;
            }
            b if is_name_byte(b) && !b.is_ascii_digit() => {
                let end = name_end(bytes, at);
                names.push(selector[at..end].to_ascii_lowercase());
                at = end;
            }
            _ => at += 1,
        }
    }
    names
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b >= 0x80
}

fn name_end(bytes: &[u8], from: usize) -> usize {
    (from..bytes.len())
        .find(|&i| !is_name_byte(bytes[i]))
        .unwrap_or(bytes.len())
}

/// Past the bracket or parenthesis opened at `at`, with what it nests.
fn skip_group(bytes: &[u8], at: usize) -> usize {
    let mut depth = 0;
    for (i, &b) in bytes.iter().enumerate().skip(at) {
        match b {
            b'[' | b'(' => depth += 1,
            b']' | b')' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    bytes.len()
}

/// Calls `found` with every element, class and id name in `html`, as
/// [`needed_names`] spells them. Text that merely looks like markup adds
/// names, never hides one, so at worst a rule is kept that need not be.
pub fn each_page_name(html: &str, mut found: impl FnMut(&str)) {
    let bytes = html.as_bytes();
    let mut name = String::new();
    let mut at = 0;
    while let Some(next) = bytes[at..].iter().position(|&b| b == b'<' || b == b'=') {
        let here = at + next;
        at = here + 1;
        if bytes[here] == b'<' {
            let end = name_end(bytes, at);
            if end > at && bytes[at].is_ascii_alphabetic() {
                name.clear();
                name.push_str(&html[at..end]);
                name.make_ascii_lowercase();
                found(&name);
            }
            continue;
        }
        let attribute = html[..here].trim_end_matches(|c: char| c.is_ascii_alphanumeric());
        let prefix = match &html[attribute.len()..here] {
            "class" => '.',
            "id" => '#',
            _ => continue,
        };
        if !attribute.ends_with(|c: char| c.is_ascii_whitespace()) {
            continue;
        }
        let (start, end) = match bytes.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                let close = bytes[at + 1..].iter().position(|&b| b == quote);
                (at + 1, close.map_or(bytes.len(), |c| at + 1 + c))
            }
            _ => (at, unquoted_end(bytes, at)),
        };
        for value in html[start..end].split_ascii_whitespace() {
            name.clear();
            name.push(prefix);
            name.push_str(value);
            found(&name);
        }
        at = end;
    }
}

fn unquoted_end(bytes: &[u8], from: usize) -> usize {
    (from..bytes.len())
        .find(|&i| bytes[i].is_ascii_whitespace() || bytes[i] == b'>')
        .unwrap_or(bytes.len())
}

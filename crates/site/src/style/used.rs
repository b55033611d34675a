//! The part of the site's stylesheet one pre-rendered page uses: each page
//! holds only the rules that can apply to its own HTML, inline, and the app
//! loads the whole stylesheet, a file of its own, before it draws anything
//! (`src/boot/loader.js`). An article uses about 4.4 KB of the 9.7 KB, a
//! list page 3.5 KB, a campaign 5.7 KB: on 650,000 pages, gigabytes on disk,
//! and fewer bytes before every first paint.
//!
//! A rule is kept unless one of its selectors' required names (element,
//! class or id) is missing from the page: what attributes, pseudo-classes
//! and `:not()`/`:is()` ask is not checked, so a rule that could apply in
//! any state the page can reach (hover, an open `<details>`, scripts off,
//! the app failed) stays. The page's elements are the same whatever the
//! reader does without the app, so nothing it can show goes unstyled.

use super::names::{each_page_name, needed_names};
use std::collections::HashMap;

/// The stylesheet, cut into rules with the names each selector needs.
pub struct Sheet {
    rules: Vec<Rule>,
    /// Every element, class (`.x`) and id (`#x`) name a selector needs,
    /// numbered.
    names: HashMap<String, usize>,
}

enum Rule {
    /// A style rule: its selectors, each with the names it needs, and its
    /// declarations.
    Style {
        selectors: Vec<(String, Vec<usize>)>,
        body: String,
    },
    /// `@media` or `@supports` around rules of their own.
    Group { prelude: String, rules: Vec<Rule> },
    /// Any other at-rule, kept whole (`@font-face`, `@keyframes`).
    Other(String),
}

impl Sheet {
    /// Cuts `css` into its rules; an error when its braces do not match.
    pub fn parse(css: &str) -> Result<Sheet, String> {
        let mut names = HashMap::new();
        let rules = rules(css, &mut names)?;
        Ok(Sheet { rules, names })
    }

    /// The rules that can apply to the page made of `parts`, in the
    /// stylesheet's order.
    pub fn used_by(&self, parts: &[&str]) -> String {
        let mut present = vec![false; self.names.len()];
        for html in parts {
            each_page_name(html, |name| {
                if let Some(&index) = self.names.get(name) {
                    present[index] = true;
                }
            });
        }
        let mut out = String::new();
        write_used(&self.rules, &present, &mut out);
        out
    }
}

fn write_used(rules: &[Rule], present: &[bool], out: &mut String) {
    for rule in rules {
        match rule {
            Rule::Style { selectors, body } => {
                let kept: Vec<&str> = (selectors.iter())
                    .filter(|(_, needs)| needs.iter().all(|&n| present[n]))
                    .map(|(selector, _)| selector.as_str())
                    .collect();
                if !kept.is_empty() {
                    out.push_str(&kept.join(","));
                    out.push('{');
                    out.push_str(body);
                    out.push('}');
                }
            }
            Rule::Group { prelude, rules } => {
                let mut inner = String::new();
                write_used(rules, present, &mut inner);
                if !inner.is_empty() {
                    out.push_str(prelude);
                    out.push('{');
                    out.push_str(&inner);
                    out.push('}');
                }
            }
            Rule::Other(text) => out.push_str(text),
        }
    }
}

/// The rules of `css`, with each selector's names numbered in `names`.
fn rules(css: &str, names: &mut HashMap<String, usize>) -> Result<Vec<Rule>, String> {
    let mut out = Vec::new();
    let mut rest = css.trim();
    while !rest.is_empty() {
        let open = find_outside_strings(rest, b'{');
        let semicolon = find_outside_strings(rest, b';');
        if let Some(end) =
            semicolon.filter(|&s| rest.starts_with('@') && open.is_none_or(|o| s < o))
        {
            // A statement at-rule (`@charset`, `@import`).
            out.push(Rule::Other(rest[..=end].to_owned()));
            rest = rest[end + 1..].trim_start();
            continue;
        }
        let open = open.ok_or_else(|| format!("the stylesheet ends inside a rule: {rest:.40}"))?;
        let close = closing_brace(rest, open)
            .ok_or_else(|| format!("a rule never closes: {:.40}", &rest[..open]))?;
        let prelude = rest[..open].trim();
        let body = &rest[open + 1..close];
        let lower = prelude.to_ascii_lowercase();
        out.push(
            if lower.starts_with("@media") || lower.starts_with("@supports") {
                Rule::Group {
                    prelude: prelude.to_owned(),
                    rules: rules(body, names)?,
                }
            } else if prelude.starts_with('@') {
                Rule::Other(rest[..=close].to_owned())
            } else {
                let selectors = split_outside_parens(prelude)
                    .into_iter()
                    .map(|selector| {
                        let needs = needed_names(selector)
                            .into_iter()
                            .map(|name| {
                                let next = names.len();
                                *names.entry(name).or_insert(next)
                            })
                            .collect();
                        (selector.trim().to_owned(), needs)
                    })
                    .collect();
                Rule::Style {
                    selectors,
                    body: body.to_owned(),
                }
            },
        );
        rest = rest[close + 1..].trim_start();
    }
    Ok(out)
}

/// Each byte of `text` outside quoted strings, with its index.
fn outside_strings(text: &str) -> impl Iterator<Item = (usize, u8)> + '_ {
    let mut quote = None;
    text.bytes().enumerate().filter(move |&(_, b)| match quote {
        Some(q) => {
            if b == q {
                quote = None;
            }
            false
        }
        None if b == b'"' || b == b'\'' => {
            quote = Some(b);
            false
        }
        None => true,
    })
}

/// The first `byte` of `text` outside quoted strings.
fn find_outside_strings(text: &str, byte: u8) -> Option<usize> {
    outside_strings(text)
        .find(|&(_, b)| b == byte)
        .map(|(at, _)| at)
}

/// The brace closing the one at `open`, outside quoted strings.
fn closing_brace(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    outside_strings(&text[open..]).find_map(|(at, b)| {
        match b {
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                return (depth == 0).then_some(open + at);
            }
            _ => {}
        }
        None
    })
}

/// A selector list's selectors (commas inside `:is(…)` do not count).
fn split_outside_parens(list: &str) -> Vec<&str> {
    let (mut out, mut depth, mut start) = (Vec::new(), 0i32, 0);
    for (at, b) in list.bytes().enumerate() {
        match b {
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth -= 1,
            b',' if depth == 0 => {
                out.push(&list[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    out.push(&list[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::Sheet;

    const CSS: &str = ":root{--fg:#111}@media(prefers-color-scheme:dark){:root{--fg:#eee}.composer{color:red}}\
        *,*:before{box-sizing:border-box}.a .b{margin:0}.c,.d>p{padding:0}a:hover,a:focus-visible{color:blue}\
        .x:not(.y){gap:1px}[data-app=failed] .z{display:none}html[dir=rtl] .q{text-align:right}\
        #main:focus{outline:0}@font-face{font-family:F;src:url(f.woff2)}@media print{a:after{content:\" {\"}\
        .share{display:none}}li:nth-child(2n+1)::marker,:is(.k,.l) em{color:#000}h1{font-size:2em}";

    #[test]
    fn a_page_keeps_the_rules_whose_names_it_has_in_their_order() {
        let sheet = Sheet::parse(CSS).unwrap();
        let page = "<html dir=rtl><body><main id=\"main\" tabindex=\"-1\"><p class=\"a  q\"><span \
            class=b>text about class=\"composer\" in &lt;h1 class=\"share\"&gt;</span><a href=\"/\">x</a>\
            <div class='x y z'><ul><li><em>k</em></li></ul></div></main></body></html>";
        assert_eq!(
            sheet.used_by(&[page]),
            ":root{--fg:#111}@media(prefers-color-scheme:dark){:root{--fg:#eee}.composer{color:red}}\
                *,*:before{box-sizing:border-box}.a .b{margin:0}a:hover,a:focus-visible{color:blue}\
                .x:not(.y){gap:1px}[data-app=failed] .z{display:none}html[dir=rtl] .q{text-align:right}\
                #main:focus{outline:0}@font-face{font-family:F;src:url(f.woff2)}@media print{a:after{content:\" {\"}\
                .share{display:none}}li:nth-child(2n+1)::marker,:is(.k,.l) em{color:#000}"
        );
        // Without the names, only what needs none is left.
        assert_eq!(
            sheet.used_by(&["<p>plain</p>"]),
            ":root{--fg:#111}@media(prefers-color-scheme:dark){:root{--fg:#eee}}*,*:before{box-sizing:border-box}\
                @font-face{font-family:F;src:url(f.woff2)}"
        );
        // A page with every name gets the whole sheet, each rule as it was.
        let whole = "<html><h1 class=\"a b c d x z q composer share\" id=main><a><li><em><p>";
        assert_eq!(sheet.used_by(&[whole]), CSS);
    }

    #[test]
    fn braces_that_do_not_match_are_an_error() {
        assert!(Sheet::parse("a{color:red").is_err());
        assert!(Sheet::parse("a{color:red}}").is_err());
        assert!(Sheet::parse("@import url(a.css);a{b:c}").is_ok());
    }
}

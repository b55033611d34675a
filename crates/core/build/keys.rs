//! Reads the English catalog for `build.rs`: its keys with their English
//! texts, and the catalog without comments and blank lines. Its own file,
//! so that the crate's tests run it too (a build script has none).

/// The catalog's keys, each with its English text (a plural key's is its
/// `other` form), and the catalog without its comments and blank lines; or
/// the first line whose key could not be a name in Rust code, which the
/// keys become.
pub fn read(text: &str) -> Result<(Vec<(String, String)>, String), String> {
    let mut keys: Vec<(String, String)> = Vec::new();
    let mut compact = String::new();
    for (number, line) in text.lines().map(str::trim).enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        compact.push_str(line);
        compact.push('\n');
        if line.starts_with('@') {
            continue;
        }
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let key = key.trim();
        let (name, category) = match key.split_once('.') {
            Some((name, category)) => (name, Some(category)),
            None => (key, None),
        };
        let plain = |part: &str| {
            part.chars()
                .all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
        };
        let starts_with_letter = name.starts_with(|c: char| c.is_ascii_lowercase());
        if !starts_with_letter || !plain(name) || !category.is_none_or(plain) {
            return Err(format!(
                "public/i18n/en.txt:{}: the key {key:?} may hold only a to z, 0 to 9, '-' and one '.' before \
                a plural form, and starts with a letter",
                number + 1
            ));
        }
        let value = value.trim().to_owned();
        match keys.iter_mut().find(|(n, _)| n == name) {
            Some((_, text)) if category == Some("other") => *text = value,
            Some(_) => {}
            None => keys.push((name.to_owned(), value)),
        }
    }
    Ok((keys, compact))
}

/// `letter-heading` becomes `LetterHeading`.
pub fn camel(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_their_english_texts() {
        let catalog = "# A comment\n@name = English\n\nsend = Send\n\
            found.one = {n} found\nfound.other = {n} found in all\n";
        let (keys, compact) = read(catalog).unwrap();
        assert_eq!(
            keys,
            [
                ("send".to_owned(), "Send".to_owned()),
                ("found".to_owned(), "{n} found in all".to_owned())
            ]
        );
        assert_eq!(compact.lines().count(), 4);
        assert_eq!(camel("letter-heading"), "LetterHeading");
    }

    #[test]
    fn a_key_that_is_not_a_plain_name_is_refused_with_its_line() {
        for bad in [
            "x, } fn evil() { Key::X",
            "Send",
            "send_now",
            "2fa",
            "send.one.two",
            "отправить",
            "send}",
        ] {
            let text = format!("@name = English\nsend = Send\n{bad} = text\n");
            let why = read(&text).unwrap_err();
            assert!(
                why.starts_with("public/i18n/en.txt:3: the key"),
                "{bad}: {why}"
            );
        }
    }
}

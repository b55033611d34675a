//! The forms a searched word is looked for in, in the reader's browser.
//! The build indexes every article's words with their Snowball stems in
//! the article's own language (rust-stemmers, `tocsin-site`), which holds
//! every stemmer of every language: far too much for a phone. Here a word
//! only loses its commonest ending, so that `прокуроры`, which the archive
//! may never write, still finds `прокурору` and the stem `прокурор`; and a
//! Cyrillic word is spelt in Latin letters too, as the build spells the
//! archive's Cyrillic words, so that `Курманов` finds `Kurmanov`. Measured
//! in docs/performance.md: the endings and the alphabet cost the wasm
//! under 2 KB.

/// The shortest stem a word is cut to: shorter ones would find too many
/// unrelated words by their start.
const STEM_FROM: usize = 4;

/// Russian endings of nouns, adjectives and verbs, in the order tried: the
/// first that leaves a stem of [`STEM_FROM`] letters or more is taken off.
const CYRILLIC: &[&str] = &[
    "иями", "ями", "ами", "ией", "иям", "ием", "иях", "ого", "его", "ому", "ему", "ыми", "ими",
    "ешь", "ете", "ишь", "ите", "ила", "или", "ило", "ала", "али", "ало", "яла", "яли", "ать",
    "ять", "ить", "ется", "ются", "ая", "яя", "ое", "ее", "ые", "ие", "ой", "ей", "ий", "ый", "ом",
    "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ую", "юю", "ия", "ья", "ью", "ть", "ет", "ют", "ут",
    "ит", "ат", "ят", "ил", "ал", "ы", "и", "а", "я", "у", "ю", "е", "о", "ь", "й",
];

/// English and German endings.
const LATIN: &[&str] = &[
    "ations", "ation", "ments", "ment", "ings", "ness", "ing", "ies", "ers", "ern", "est", "ed",
    "es", "er", "en", "em", "ly", "s", "e", "n",
];

/// Arabic endings: the feminine, plurals, duals and attached pronouns.
const ARABIC: &[&str] = &[
    "هما", "كما", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا", "ية", "ة", "ه", "ي",
];

/// Arabic's joined article and the conjunctions and prepositions before it.
const ARABIC_START: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];

/// The forms `word` (folded) is looked for in: itself, its stem, and, for
/// a Cyrillic word, both again in Latin letters. Each once.
pub fn forms(word: &str) -> Vec<String> {
    let mut forms = vec![word.to_owned()];
    let mut add = |form: String| {
        if !form.is_empty() && !forms.contains(&form) {
            forms.push(form);
        }
    };
    let stem = stem(word);
    if word.chars().any(is_cyrillic) {
        add(latin(&stem));
        add(latin(word));
    }
    add(stem);
    forms
}

/// `word` without its commonest ending (and Arabic's article), when enough
/// is left to search by its start; else `word` itself.
pub fn stem(word: &str) -> String {
    let mut rest = word;
    let (endings, starts): (&[&str], &[&str]) = match word.chars().next() {
        Some(c) if is_cyrillic(c) => (CYRILLIC, &[]),
        Some('\u{600}'..='\u{6FF}') => (ARABIC, ARABIC_START),
        Some('a'..='z' | 'ß' | 'ä' | 'ö' | 'ü') => (LATIN, &[]),
        _ => return word.to_owned(),
    };
    let long_enough = |s: &str| s.chars().nth(STEM_FROM - 1).is_some();
    if let Some(after) =
        (starts.iter()).find_map(|s| rest.strip_prefix(s).filter(|r| long_enough(r)))
    {
        rest = after;
    }
    if let Some(before) =
        (endings.iter()).find_map(|e| rest.strip_suffix(e).filter(|r| long_enough(r)))
    {
        rest = before;
    }
    rest.to_owned()
}

/// A Cyrillic letter of Russian or Kazakh (or a neighbour's).
fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4FF}').contains(&c)
}

/// `word` (folded) in Latin letters, as English news spells Russian and
/// Kazakh names: `курманов` as `kurmanov`, `жанаозен` as `zhanaozen`,
/// `қазақстан` as `kazakstan`. Other characters stay as they are.
pub fn latin(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match in_latin(c) {
            Some(letters) => out.push_str(letters),
            None => out.push(c),
        }
    }
    out
}

/// The Latin letters of Cyrillic letter `c`; `None` for any other.
fn in_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' | 'ґ' => "g",
        'д' => "d",
        'е' | 'э' | 'є' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'і' | 'ї' => "i",
        'к' | 'қ' => "k",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' | 'ў' => "u",
        'ф' => "f",
        'х' => "kh",
        'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        c if is_cyrillic(c) => "",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_loses_its_commonest_ending() {
        assert_eq!(stem("прокуроры"), "прокурор");
        assert_eq!(stem("курманову"), "курманов");
        assert_eq!(stem("арестован"), "арестован");
        assert_eq!(stem("workers"), "work");
        assert_eq!(stem("protesting"), "protest");
        assert_eq!(stem("gewerkschaften"), "gewerkschaft");
        assert_eq!(stem("والمعتقلين"), "معتقل");
        // Too short to lose anything.
        assert_eq!(stem("суда"), "суда");
        assert_eq!(stem("free"), "free");
        assert_eq!(stem("2010"), "2010");
    }

    #[test]
    fn cyrillic_is_also_looked_for_in_latin_letters() {
        assert_eq!(latin("курманов"), "kurmanov");
        assert_eq!(latin("жанаозен"), "zhanaozen");
        assert_eq!(latin("қазақстан"), "kazakstan");
        assert_eq!(latin("айнур"), "ainur");
        assert_eq!(latin("алматы"), "almaty");
        assert_eq!(latin("подъезд"), "podezd");
        assert_eq!(
            forms("курманову"),
            ["курманову", "kurmanov", "kurmanovu", "курманов"]
        );
        assert_eq!(forms("free"), ["free"]);
    }
}

//! The interface's catalogs (`public/i18n/<tag>.txt`), checked as strictly
//! as the content: a translator's slip stops the build with the file and
//! line, not a page with a missing word. A language is one catalog and its
//! tag in `site.json`; nothing in the code lists the languages.

use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRuleType, PluralRules, PluralRulesOptions};
use std::path::Path;
use tocsin::i18n::{Catalog, Category, Key, english, placeholders};
use tocsin::model::LanguageTag;

/// Numbers whose plural forms are compared with CLDR's: every ending the
/// rules of any language tell apart.
const PLURAL_SAMPLES: std::ops::RangeInclusive<u64> = 0..=1_000;

/// Every problem of the catalogs in `dir`, one line each (`file:line:
/// message` where a line is known). The folder is published whole, so a
/// file in it that is not a catalog is a problem too.
pub fn check_catalogs(dir: &Path) -> Vec<String> {
    let mut files: Vec<_> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(e) => return vec![format!("cannot read {}: {e}", dir.display())],
    };
    files.sort();
    let mut problems = Vec::new();
    let (catalogs, others): (Vec<_>, Vec<_>) = files.into_iter().partition(|path| {
        // Not a link: what it points to would be published.
        let plain_file = path.symlink_metadata().is_ok_and(|m| m.is_file());
        plain_file && path.extension().is_some_and(|e| e == "txt")
    });
    for path in others {
        problems.push(format!(
            "{}: this cannot be published: the catalog folder holds the interface's catalogs only, one \
            <language code>.txt file each (such as uk.txt), since any other file there could run as a page \
            on the site; move or delete it",
            path.display()
        ));
    }
    for path in catalogs {
        let shown = path.display();
        let tag = path.file_stem().unwrap_or_default().to_string_lossy();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                problems.push(format!("{shown}: {e}"));
                continue;
            }
        };
        problems.extend(
            check_catalog(&tag, &text)
                .into_iter()
                .map(|p| format!("{shown}{p}")),
        );
    }
    problems
}

/// The problems of the catalog `text` for the language `tag`, each starting
/// `:line: ` or `: `, to follow the file's name.
pub fn check_catalog(tag: &str, text: &str) -> Vec<String> {
    if LanguageTag::parse(tag).is_err() {
        return vec![format!(
            ": the file's name is not a language code such as uk or pt-BR: {tag}"
        )];
    }
    let (catalog, parse_problems) = Catalog::parse(text);
    let mut problems: Vec<String> = parse_problems
        .iter()
        .map(|p| format!(":{}: {}", p.line, p.message))
        .collect();
    if catalog.name.trim().is_empty() {
        problems.push(
            ": @name is missing: the language's name in itself, as the switcher shows it".into(),
        );
    }
    let english = english();
    for key in Key::ALL {
        let name = key.name();
        let Some(own) = catalog.text(key) else {
            problems.push(format!(": {name} is missing"));
            continue;
        };
        if english.is_plural(key) != catalog.is_plural(key) {
            problems.push(format!(
                ": {name} is a plural key in one of this catalog and English only"
            ));
        }
        if english.is_plural(key) {
            let mut forms = catalog.forms(key);
            let mut wanted = catalog.plurals.categories();
            forms.sort_by_key(|c| c.name());
            wanted.sort_by_key(|c| c.name());
            if forms != wanted {
                let names =
                    |all: &[Category]| all.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ");
                problems.push(format!(
                    ": {name} has the forms {}; the language's plural rules need {}",
                    names(&forms),
                    names(&wanted)
                ));
            }
        }
        let theirs = english.text(key).unwrap_or_default();
        if placeholders(own) != placeholders(theirs) {
            problems.push(format!(
                ": {name} has the placeholders {:?}, English {:?}",
                placeholders(own),
                placeholders(theirs)
            ));
        }
        if matches!(key, Key::Months | Key::MonthsInDate) && own.split('|').count() != 12 {
            problems.push(format!(": {name} needs twelve months, separated by |"));
        }
    }
    problems.extend(plurals_against_cldr(tag, &catalog));
    problems
}

/// Where the catalog's `@plural` rules and CLDR's for `tag` disagree.
fn plurals_against_cldr(tag: &str, catalog: &Catalog) -> Option<String> {
    let options = PluralRulesOptions::default().with_type(PluralRuleType::Cardinal);
    let cldr = tag
        .parse::<Locale>()
        .ok()
        .and_then(|locale| PluralRules::try_new(locale.into(), options).ok());
    // A language CLDR does not know gets its root rules: everything `other`.
    let Some(cldr) = cldr else {
        return Some(format!(": CLDR has no plural rules for {tag}"));
    };
    PLURAL_SAMPLES.into_iter().find_map(|n| {
        let theirs = cldr_category(cldr.category_for(n));
        let ours = catalog.plurals.category(n);
        (ours != theirs).then(|| {
            format!(
                ": the @plural rules put {n} in `{}`, CLDR's rules for {tag} in `{}`: copy \
                 them from CLDR's chart",
                ours.name(),
                theirs.name()
            )
        })
    })
}

fn cldr_category(category: PluralCategory) -> Category {
    match category {
        PluralCategory::Zero => Category::Zero,
        PluralCategory::One => Category::One,
        PluralCategory::Two => Category::Two,
        PluralCategory::Few => Category::Few,
        PluralCategory::Many => Category::Many,
        PluralCategory::Other => Category::Other,
    }
}

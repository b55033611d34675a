//! The names of a directory's countries in each of the site's languages,
//! from CLDR (Unicode's ICU4X data, compiled into this tool), sorted by
//! that language's collation: a Kazakh reader finds "Қазақстан" after
//! "Ирландия", a German one "Ägypten" before "Deutschland". Written into
//! each published campaign, so the app carries no country names of its own.

use icu_collator::{Collator, options::CollatorOptions};
use icu_experimental::displaynames::{DisplayNamesOptions, multi::RegionDisplayNames};
use icu_locale_core::Locale;
use icu_locale_core::subtags::Region;
use tocsin::model::{Campaign, CountryCode, Keyed, LanguageTag};

/// `campaign` with its reader targets' countries named in every one of
/// `languages`; a country CLDR does not name keeps its code.
pub fn name_countries(mut campaign: Campaign, languages: &[LanguageTag]) -> Campaign {
    for target in &mut campaign.reader_targets {
        let codes: Vec<CountryCode> = target.directory.keys().cloned().collect();
        target.country_names = (languages.iter())
            .filter(|_| !codes.is_empty())
            .map(|language| (language.clone(), in_language(&codes, language.as_str())))
            .collect();
    }
    campaign
}

/// `codes` by name in `language`, in its alphabetical order.
fn in_language(codes: &[CountryCode], language: &str) -> Keyed<CountryCode, String> {
    let locale = language.parse::<Locale>().ok();
    let names = (locale.clone())
        .and_then(|l| RegionDisplayNames::try_new(l.into(), DisplayNamesOptions::default()).ok());
    let collator =
        locale.and_then(|l| Collator::try_new(l.into(), CollatorOptions::default()).ok());
    let mut named: Vec<(CountryCode, String)> = (codes.iter())
        .map(|code| {
            let name = (names.as_ref())
                .zip(code.as_str().parse::<Region>().ok())
                .and_then(|(names, region)| names.of(region))
                .map_or_else(|| code.to_string(), str::to_owned);
            (code.clone(), name)
        })
        .collect();
    match collator {
        Some(collator) => named.sort_by(|a, b| collator.compare(&a.1, &b.1)),
        None => named.sort_by(|a, b| a.1.cmp(&b.1)),
    }
    named.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(list: &[&str]) -> Vec<CountryCode> {
        list.iter()
            .map(|c| CountryCode::parse(c).unwrap())
            .collect()
    }

    fn names(keyed: &Keyed<CountryCode, String>) -> Vec<&str> {
        keyed.iter().map(|(_, name)| name.as_str()).collect()
    }

    #[test]
    fn countries_are_named_and_sorted_in_each_language() {
        let some = codes(&["GB", "DE", "KZ", "EG", "US"]);
        assert_eq!(
            names(&in_language(&some, "kk")),
            [
                "Америка Құрама Штаттары",
                "Германия",
                "Қазақстан",
                "Мысыр",
                "Ұлыбритания"
            ]
        );
        assert_eq!(
            names(&in_language(&some, "de")),
            [
                "Ägypten",
                "Deutschland",
                "Kasachstan",
                "Vereinigte Staaten",
                "Vereinigtes Königreich"
            ]
        );
        assert_eq!(
            names(&in_language(&some, "ru")),
            [
                "Великобритания",
                "Германия",
                "Египет",
                "Казахстан",
                "Соединенные Штаты"
            ]
        );
        let arabic = in_language(&some, "ar");
        assert_eq!(arabic.get("DE").map(String::as_str), Some("ألمانيا"));
    }

    #[test]
    fn a_code_cldr_does_not_name_keeps_its_code() {
        let odd = codes(&["XK", "AA"]);
        let named = in_language(&odd, "en");
        assert_eq!(named.get("AA").map(String::as_str), Some("AA"));
    }
}

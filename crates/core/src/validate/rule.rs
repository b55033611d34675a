//! Which rule a problem breaks, with what it names: the checker says it in
//! English (`Rule::english`), and a tool with a catalog of its own, such as
//! the campaign desk, says it in its reader's language by the rule's key.

/// A rule of the checker that content can break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// Text that is required is blank.
    EmptyText,
    /// A one-line text holds a line break or control character.
    OneLine,
    /// A campaign without demands.
    NoDemand,
    /// A won or closed campaign without its outcome.
    NeedsOutcome,
    /// An active campaign with nobody to write to.
    NoTarget,
    /// A campaign without a letter.
    NoLetter,
    /// Two letters in one language.
    SecondLetter {
        /// The language.
        language: String,
    },
    /// A letter without a subject line.
    NoSubject,
    /// A letter that opens with `{salutation}` but has no collective greeting.
    NeedsGreeting,
    /// `letter_language` names no letter.
    NoSuchLetter {
        /// The language named.
        language: String,
    },
    /// A shared directory without addresses.
    NoCountry,
    /// A reader target with no way to an address.
    NoAddressWay,
    /// A country listed twice.
    CountryTwice {
        /// The country.
        country: String,
    },
    /// An article without blocks.
    NoBlock,
    /// A list without items.
    NoItem,
    /// A site without languages.
    NoLanguage,
    /// Two appeals with one id.
    SecondAppeal {
        /// The id.
        id: String,
    },
    /// A rule said only in English: checks across files and of links.
    Other,
}

impl Rule {
    /// The rule's catalog key; `None` for [`Rule::Other`].
    pub fn key(&self) -> Option<&'static str> {
        Some(match self {
            Rule::EmptyText => "rule-empty-text",
            Rule::OneLine => "rule-one-line",
            Rule::NoDemand => "rule-no-demand",
            Rule::NeedsOutcome => "rule-needs-outcome",
            Rule::NoTarget => "rule-no-target",
            Rule::NoLetter => "rule-no-letter",
            Rule::SecondLetter { .. } => "rule-second-letter",
            Rule::NoSubject => "rule-no-subject",
            Rule::NeedsGreeting => "rule-needs-greeting",
            Rule::NoSuchLetter { .. } => "rule-no-such-letter",
            Rule::NoCountry => "rule-no-country",
            Rule::NoAddressWay => "rule-no-address-way",
            Rule::CountryTwice { .. } => "rule-country-twice",
            Rule::NoBlock => "rule-no-block",
            Rule::NoItem => "rule-no-item",
            Rule::NoLanguage => "rule-no-language",
            Rule::SecondAppeal { .. } => "rule-second-appeal",
            Rule::Other => return None,
        })
    }

    /// What the rule names, by the placeholder its text fills.
    pub fn values(&self) -> Vec<(&'static str, &str)> {
        match self {
            Rule::SecondLetter { language } | Rule::NoSuchLetter { language } => {
                vec![("language", language)]
            }
            Rule::CountryTwice { country } => vec![("country", country)],
            Rule::SecondAppeal { id } => vec![("id", id)],
            _ => Vec::new(),
        }
    }

    /// The rule's text in English, its `{placeholders}` to fill with
    /// [`Rule::values`]; `None` for [`Rule::Other`], whose issue says it.
    pub fn english(&self) -> Option<&'static str> {
        Some(match self {
            Rule::EmptyText => "expected non-empty text",
            Rule::OneLine => "this is one line: no line breaks or control characters",
            Rule::NoDemand => "expected at least one demand",
            Rule::NeedsOutcome => {
                "a won or closed campaign needs an \"outcome\" saying what happened"
            }
            Rule::NoTarget => "an active campaign needs at least one target or reader target",
            Rule::NoLetter => "expected at least one letter",
            Rule::SecondLetter { .. } => "a second letter in {language}",
            Rule::NoSubject => "expected at least one subject",
            Rule::NeedsGreeting => {
                "the letter opens with {salutation}, so it needs a greeting for a letter to several \
                    recipients at once, such as \"Dear Sir or Madam\""
            }
            Rule::NoSuchLetter { .. } => {
                "there is no letter in {language}: letter_language names one of the letters"
            }
            Rule::NoCountry => "expected at least one country's addresses",
            Rule::NoAddressWay => {
                "gives the reader no way to supply an address: name a shared_directory, add a \
                    directory or set free_entry"
            }
            Rule::CountryTwice { .. } => {
                "lists {country} twice: give each country one list of addresses"
            }
            Rule::NoBlock => "expected at least one block",
            Rule::NoItem => "expected at least one item",
            Rule::NoLanguage => "expected at least one language",
            Rule::SecondAppeal { .. } => "a second appeal with id {id}",
            Rule::Other => return None,
        })
    }

    /// `text` with each `{name}` of [`Rule::values`] filled in; any other
    /// brace (`{salutation}`, a placeholder of letters) is kept.
    pub fn fill(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for (name, value) in self.values() {
            out = out.replace(&["{", name, "}"].concat(), value);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_says_what_it_names_and_keeps_a_letter_placeholder() {
        let second = Rule::SecondLetter {
            language: "ru".into(),
        };
        assert_eq!(
            second.fill(second.english().unwrap()),
            "a second letter in ru"
        );
        let greeting = Rule::NeedsGreeting;
        assert!(
            greeting
                .fill(greeting.english().unwrap())
                .contains("{salutation}")
        );
        assert_eq!(Rule::Other.key(), None);
    }
}

//! What the reader has typed into the composer, and the email it makes.
//! Pure: the composer component keeps a [`Draft`] in a signal and shows
//! [`Draft::compose`]'s result; the pre-renderer builds its plain mail link
//! from a draft of bracketed prompts through the same function.

use super::letter::{show, shown_parts};
use super::{FillError, Message, Recipient, SendMode, SendPlan, SenderDetails, fill, pick_subject};
use crate::i18n::Catalog;
use crate::model::{ByLanguage, Campaign, CountryCode, Email, LanguageTag, Part, PersonText};
use crate::share::Preset;

/// One campaign's draft.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// The reader's name, town and country.
    pub details: Details,
    /// The country picked for the reader-supplied target's directory.
    pub directory_country: Option<CountryCode>,
    /// An address the reader typed for the reader-supplied target.
    pub typed_address: String,
    /// The letter's language; the campaign's first letter when `None`.
    pub lang: Option<LanguageTag>,
    /// The subject, once the reader edits it.
    pub subject: Option<String>,
    /// The body, once the reader edits it: their text, with the
    /// placeholders they left untouched.
    pub body: Option<Vec<Part>>,
    /// Picks this reader's subject line among the variants.
    pub seed: u64,
    /// One email per recipient instead of one to all.
    pub in_turn: bool,
    /// Which recipient the reader is on when sending in turn.
    pub step: usize,
    /// Whether the details are kept on this device.
    pub remember: bool,
}

/// What the reader says about themselves in the letter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Details {
    /// The reader's name.
    pub name: String,
    /// The reader's town or city.
    pub city: String,
    /// The reader's country, as they write it in the letter.
    pub country: String,
}

/// Everything the composer derives from a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    /// Who the emails go to, and which one the reader is on.
    pub plan: SendPlan,
    /// The subject.
    pub subject: String,
    /// The filled letter, or the detail it still lacks.
    pub body: Result<String, FillError>,
    /// The letter as the reader sees it: filled where they have filled it
    /// in, a prompt in words where not.
    pub shown: String,
    /// The campaign's copies.
    pub copies: Vec<Email>,
}

impl Composed {
    /// The current email, once the letter is complete.
    pub fn message(&self) -> Option<Message> {
        let body = self.body.as_ref().ok()?;
        Some(self.plan.message(&self.subject, body, &self.copies))
    }
}

impl Draft {
    /// A new draft: the share link's `preset`, the `remembered` details (if
    /// the reader chose to keep them), and `seed` for the subject line when
    /// the preset names none.
    pub fn first(
        campaign: &Campaign,
        preset: &Preset,
        remembered: Option<Details>,
        seed: u64,
    ) -> Draft {
        // The share link's language, else the one the campaign recommends.
        let lang =
            (preset.lang.clone()).or_else(|| campaign.letter(None).map(|l| l.language.clone()));
        Draft {
            remember: remembered.is_some(),
            details: remembered.unwrap_or_default(),
            lang,
            directory_country: preset.country.clone(),
            seed: preset.variant.map_or(seed, |n| n.saturating_sub(1) as u64),
            ..Draft::default()
        }
    }

    /// "Forget my details": the draft keeps nothing of the reader on the
    /// device any more, and loses their name, town and country.
    pub fn forget(&mut self) {
        self.remember = false;
        self.details = Details::default();
    }

    /// The reader's edit of the letter: `typed` is the box's new text, read
    /// against what the box showed, with the prompts of `words`.
    pub fn edit_body(&mut self, campaign: &Campaign, words: &Catalog, typed: &str) {
        let parts = self.parts(campaign);
        let shown = shown_parts(&parts, &self.plan(campaign).1, words);
        self.body = Some(super::edit::edit(&parts, &shown, typed));
    }

    /// The letter's parts: the reader's edit, or the campaign's letter.
    fn parts(&self, campaign: &Campaign) -> Vec<Part> {
        match (&self.body, campaign.letter(self.lang.as_ref())) {
            (Some(edited), _) => edited.clone(),
            (None, Some(letter)) => letter.body.parts().to_vec(),
            (None, None) => Vec::new(),
        }
    }

    /// The recipients, subject and body that the draft makes, with the
    /// prompts for what is still blank in `words`.
    pub fn compose(&self, campaign: &Campaign, words: &Catalog) -> Composed {
        let (plan, details) = self.plan(campaign);
        let parts = self.parts(campaign);
        let letter = campaign.letter(self.lang.as_ref());
        let subjects = letter.map(|l| l.subjects.as_slice()).unwrap_or_default();
        let subject = (self.subject.clone()).unwrap_or_else(|| {
            pick_subject(subjects, self.seed)
                .unwrap_or_default()
                .to_owned()
        });
        Composed {
            plan,
            subject,
            body: fill(&parts, &details),
            shown: show(&parts, &details, words),
            copies: campaign.copies.clone(),
        }
    }

    /// Who the letter goes to, and the values that fill its placeholders.
    fn plan(&self, campaign: &Campaign) -> (SendPlan, SenderDetails) {
        let letter = campaign.letter(self.lang.as_ref());
        let language = letter.map_or("", |l| l.language.as_str());
        // Each recipient by their name and salutation in the letter's language.
        let recipient = |name: &String,
                         email: &Email,
                         translations: &ByLanguage<PersonText>,
                         greetings: &ByLanguage<String>| Recipient {
            name: translations
                .get(language)
                .and_then(|t| t.name.clone())
                .unwrap_or_else(|| name.clone()),
            email: email.clone(),
            salutation: greetings.get(language).cloned(),
        };
        let mut targets: Vec<Recipient> = (campaign.targets.iter())
            .map(|t| recipient(&t.name, &t.email, &t.translations, &t.greetings))
            .collect();
        for reader_target in &campaign.reader_targets {
            let listed = (self.directory_country.as_ref())
                .and_then(|c| reader_target.directory.get(c.as_str()))
                .and_then(|e| e.first());
            match (listed, Email::parse(self.typed_address.trim())) {
                (Some(entry), _) => targets.push(recipient(
                    &entry.name,
                    &entry.email,
                    &entry.translations,
                    &entry.greetings,
                )),
                (None, Ok(email)) if reader_target.free_entry => {
                    let label = reader_target
                        .labels
                        .get(language)
                        .unwrap_or(&reader_target.label);
                    targets.push(recipient(
                        label,
                        &email,
                        &ByLanguage::default(),
                        &ByLanguage::default(),
                    ))
                }
                _ => {}
            }
        }
        let mode = if self.in_turn {
            SendMode::InTurn
        } else {
            SendMode::AllAtOnce
        };
        let mut plan = SendPlan {
            targets,
            mode,
            step: 0,
        };
        plan.step = self.step.min(plan.steps().saturating_sub(1));
        let details = SenderDetails {
            name: self.details.name.clone(),
            city: self.details.city.clone(),
            country: self.details.country.clone(),
            target_name: plan.target_name(),
            salutation: plan.salutation(letter.and_then(|l| l.greeting.as_deref())),
        };
        (plan, details)
    }
}

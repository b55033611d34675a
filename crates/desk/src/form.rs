//! The campaign being written, as the desk's form holds it: the campaign
//! itself, and the text of each field whose value the model cannot take
//! yet (an address being typed, a date half written), so that nothing the
//! campaigner types is lost and every problem is named beside its field.
//! Pure: the form binds it to the page; it is tested natively.

mod field;
#[cfg(test)]
pub(crate) mod tests;

pub use field::{Field, Part, Tag, status_name};

use tocsin::json::canonical;
use tocsin::model::{
    Campaign, Date, Email, LanguageTag, Letter, ReaderTarget, Status, Target, Template, Update,
};
use tocsin::validate::{self, Rule};

/// One problem, at its field when the form has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field at fault, if the form shows it.
    pub field: Option<Field>,
    /// Where in the campaign file.
    pub pointer: String,
    /// What is wrong, in the checker's words, in English.
    pub message: String,
    /// The checker's rule, for the desk to say it in its language.
    pub rule: Rule,
    /// Whether the field holds text the model cannot take (`message` says
    /// why), rather than a value the checker refuses.
    pub typed: bool,
}

/// The campaign being written.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// The campaign, with every value the model could take.
    pub campaign: Campaign,
    /// The text of fields the model cannot take yet, and why.
    typed: Vec<(Field, String, String)>,
    /// The address of the site's campaign this one was opened from, which
    /// saving under the same address replaces, as meant.
    pub opened_as: Option<String>,
}

impl Form {
    /// The form for `campaign`.
    pub fn new(campaign: Campaign) -> Form {
        Form {
            campaign,
            typed: Vec::new(),
            opened_as: None,
        }
    }

    /// Whether the slug is that of another campaign among `taken`, the
    /// site's: saving would replace it.
    pub fn replaces(&self, taken: &[String]) -> bool {
        let slug = self.campaign.slug.as_str();
        taken.iter().any(|t| t == slug) && self.opened_as.as_deref() != Some(slug)
    }

    /// Every field the campaign has, in the form's order.
    pub fn fields(&self) -> Vec<Field> {
        Field::of(&self.campaign)
    }

    /// What field `field` shows: what was typed, or the campaign's value.
    pub fn text(&self, field: Field) -> String {
        match self.typed.iter().find(|(f, _, _)| *f == field) {
            Some((_, text, _)) => text.clone(),
            None => field.read(&self.campaign),
        }
    }

    /// Takes what the campaigner typed into `field`: into the campaign when
    /// the model can hold it, else kept as typed with the reason.
    pub fn set(&mut self, field: Field, text: &str) {
        self.typed.retain(|(f, _, _)| *f != field);
        if let Err(why) = field.write(&mut self.campaign, text) {
            self.typed.push((field, text.to_owned(), why));
        }
    }

    /// Adds a dated update on `day`, first: the news is newest first.
    pub fn add_update(&mut self, day: Date) {
        for (field, _, _) in &mut self.typed {
            *field = match *field {
                Field::Update(i, part) => Field::Update(i + 1, part),
                Field::UpdateTranslation(i, tag) => Field::UpdateTranslation(i + 1, tag),
                other => other,
            };
        }
        let update = Update {
            date: day,
            text: String::new(),
        };
        self.campaign.updates.insert(0, update);
    }

    /// Marks the case won: the page then says so, and asks for the outcome.
    pub fn mark_won(&mut self) {
        self.set(Field::Status, "won");
    }

    /// Adds a person or office to write to, their address still to write.
    pub fn add_target(&mut self) {
        let Ok(email) = Email::parse(EXAMPLE_ADDRESS) else {
            return;
        };
        self.campaign.targets.push(Target {
            name: String::new(),
            role: String::new(),
            email,
            greetings: Default::default(),
            translations: Default::default(),
        });
        let field = Field::Target(self.campaign.targets.len() - 1, Part::Email);
        self.set(field, "");
    }

    /// Adds an address the reader chooses from a shared directory or
    /// writes, its label and directory still to give.
    pub fn add_reader_target(&mut self) {
        self.campaign.reader_targets.push(ReaderTarget {
            label: String::new(),
            labels: Default::default(),
            shared_directory: None,
            directory: Default::default(),
            free_entry: false,
            country_names: Default::default(),
        });
    }

    /// Adds a letter in `language`, its text to write.
    pub fn add_letter(&mut self, language: LanguageTag) {
        let Ok(body) = Template::parse("") else {
            return;
        };
        self.campaign.letters.push(Letter {
            language,
            subjects: vec![String::new()],
            body,
            greeting: None,
        });
    }

    /// Removes the `i`-th of the list `field` belongs to.
    pub fn remove(&mut self, field: Field) {
        let c = &mut self.campaign;
        match field {
            Field::Update(i, _) if i < c.updates.len() => {
                let gone = c.updates.remove(i);
                // Its translations go with it.
                for text in c.translations.values_mut() {
                    if let Some(news) = &mut text.updates {
                        news.retain(|u| u.date != gone.date);
                    }
                }
            }
            Field::Target(i, _) if i < c.targets.len() => drop(c.targets.remove(i)),
            Field::ReaderTarget(i, _) if i < c.reader_targets.len() => {
                drop(c.reader_targets.remove(i))
            }
            Field::Letter(i, _) if i < c.letters.len() => drop(c.letters.remove(i)),
            _ => return,
        }
        self.typed.retain(|(f, _, _)| !f.same_item(field));
        // What was typed into the items after it moves up with them.
        for (typed, _, _) in &mut self.typed {
            *typed = match (*typed, field) {
                (Field::Update(j, p), Field::Update(i, _)) if j > i => Field::Update(j - 1, p),
                (Field::UpdateTranslation(j, t), Field::Update(i, _)) if j > i => {
                    Field::UpdateTranslation(j - 1, t)
                }
                (Field::Target(j, p), Field::Target(i, _)) if j > i => Field::Target(j - 1, p),
                (Field::TargetGreeting(j, t), Field::Target(i, _)) if j > i => {
                    Field::TargetGreeting(j - 1, t)
                }
                (Field::TargetTranslation(j, t, p), Field::Target(i, _)) if j > i => {
                    Field::TargetTranslation(j - 1, t, p)
                }
                (Field::Letter(j, p), Field::Letter(i, _)) if j > i => Field::Letter(j - 1, p),
                (Field::ReaderTarget(j, p), Field::ReaderTarget(i, _)) if j > i => {
                    Field::ReaderTarget(j - 1, p)
                }
                (Field::ReaderTargetLabel(j, t), Field::ReaderTarget(i, _)) if j > i => {
                    Field::ReaderTargetLabel(j - 1, t)
                }
                (other, _) => other,
            };
        }
    }

    /// Every problem: the fields the model cannot take yet, then what the
    /// build's checker finds in the campaign (`tocsin::validate`).
    pub fn problems(&self) -> Vec<Problem> {
        let typed = self.typed.iter().map(|(field, _, why)| Problem {
            field: Some(*field),
            pointer: field.pointer(),
            message: why.clone(),
            rule: Rule::Other,
            typed: true,
        });
        let fields = self.fields();
        let checked = validate::campaign(&self.campaign)
            .into_iter()
            .map(|issue| Problem {
                field: Field::at(&fields, &issue.pointer),
                pointer: issue.pointer,
                message: issue.message,
                rule: issue.rule,
                typed: false,
            });
        typed.chain(checked).collect()
    }

    /// Whether the campaign can be published: no problem at all.
    pub fn ready(&self) -> bool {
        self.problems().is_empty()
    }

    /// The campaign file, in its canonical form; a field not yet taken
    /// keeps its last good value.
    pub fn file(&self) -> String {
        canonical(&self.campaign)
    }

    /// The campaign file as readers get it: with the addresses of each
    /// shared directory it names that the desk has opened, as corrected.
    pub fn shown(&self, directories: &[crate::directory::DirectoryForm]) -> String {
        let find = |id: &tocsin::model::Slug| {
            (directories.iter())
                .find(|d| &d.id == id)
                .map(|d| &d.directory)
        };
        let mut campaign = self.campaign.clone();
        for target in &mut campaign.reader_targets {
            if let Some(directory) = target.shared_directory.as_ref().and_then(find) {
                target.directory = directory.countries.clone();
            }
        }
        canonical(&campaign)
    }

    /// Whether the case is still open.
    pub fn active(&self) -> bool {
        self.campaign.status == Status::Active
    }
}

/// The address a new target holds until the campaigner writes theirs: the
/// field shows blank and says an address is needed.
const EXAMPLE_ADDRESS: &str = "name@example.org";

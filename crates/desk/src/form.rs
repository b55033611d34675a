//! The campaign being written, as the desk's form holds it: the campaign
//! itself, and the text of each field whose value the model cannot take
//! yet (an address being typed, a date half written), so that nothing the
//! campaigner types is lost and every problem is named beside its field.
//! Pure: the form binds it to the page; it is tested natively.

use tocsin::json::canonical;
use tocsin::model::{Campaign, Date, Email, Slug, Status};
use tocsin::validate;

/// A field of the form, by the JSON pointer the checker names it with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The file name and address.
    Slug,
    /// The title.
    Title,
    /// The person or group at risk.
    AtRisk,
    /// Who is at risk and why.
    Summary,
    /// Active, won or closed.
    Status,
    /// What happened, for a won or closed campaign.
    Outcome,
    /// The last day to act.
    Deadline,
    /// The address of the first person written to.
    TargetEmail,
    /// The text that goes with a shared link.
    ShareText,
}

impl Field {
    /// Every field, in the form's order.
    pub const ALL: [Field; 9] = [
        Field::Slug,
        Field::Title,
        Field::AtRisk,
        Field::Summary,
        Field::Status,
        Field::Outcome,
        Field::Deadline,
        Field::TargetEmail,
        Field::ShareText,
    ];

    /// The JSON pointer of the field's value in the campaign file.
    pub fn pointer(self) -> &'static str {
        match self {
            Field::Slug => "/slug",
            Field::Title => "/title",
            Field::AtRisk => "/at_risk",
            Field::Summary => "/summary",
            Field::Status => "/status",
            Field::Outcome => "/outcome",
            Field::Deadline => "/deadline",
            Field::TargetEmail => "/targets/0/email",
            Field::ShareText => "/share_text",
        }
    }

    /// The id of the field's control in the page.
    pub fn id(self) -> String {
        ["field", &self.pointer().replace('/', "-")].concat()
    }

    /// The field whose value `pointer` names, or that holds it.
    pub fn at(pointer: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| {
            pointer == field.pointer() || pointer.starts_with(&[field.pointer(), "/"].concat())
        })
    }
}

/// One problem, at its field when the form has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field at fault, if the form shows it.
    pub field: Option<Field>,
    /// Where in the campaign file, for the problems of parts the form
    /// does not show yet.
    pub pointer: String,
    /// What is wrong, in the checker's words.
    pub message: String,
}

/// The campaign being written.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// The campaign, with every value the model could take.
    pub campaign: Campaign,
    /// The text of fields the model cannot take yet, and why.
    typed: Vec<(Field, String, String)>,
}

impl Form {
    /// The form for `campaign`.
    pub fn new(campaign: Campaign) -> Form {
        Form {
            campaign,
            typed: Vec::new(),
        }
    }

    /// What field `field` shows: what was typed, or the campaign's value.
    pub fn text(&self, field: Field) -> String {
        if let Some((_, text, _)) = self.typed.iter().find(|(f, _, _)| *f == field) {
            return text.clone();
        }
        let c = &self.campaign;
        match field {
            Field::Slug => c.slug.to_string(),
            Field::Title => c.title.clone(),
            Field::AtRisk => c.at_risk.clone(),
            Field::Summary => c.summary.clone(),
            Field::Status => status_name(c.status).to_owned(),
            Field::Outcome => c.outcome.clone().unwrap_or_default(),
            Field::Deadline => c
                .deadline
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            Field::TargetEmail => (c.targets.first())
                .map(|t| t.email.to_string())
                .unwrap_or_default(),
            Field::ShareText => c.share_text.clone(),
        }
    }

    /// Takes what the campaigner typed into `field`: into the campaign when
    /// the model can hold it, else kept as typed with the reason.
    pub fn set(&mut self, field: Field, text: &str) {
        self.typed.retain(|(f, _, _)| *f != field);
        if let Err(why) = self.apply(field, text) {
            self.typed.push((field, text.to_owned(), why));
        }
    }

    fn apply(&mut self, field: Field, text: &str) -> Result<(), String> {
        let c = &mut self.campaign;
        match field {
            Field::Slug => c.slug = Slug::parse(text.trim()).map_err(|e| e.to_string())?,
            Field::Title => c.title = text.to_owned(),
            Field::AtRisk => c.at_risk = text.to_owned(),
            Field::Summary => c.summary = text.to_owned(),
            Field::Status => {
                c.status = match text {
                    "active" => Status::Active,
                    "won" => Status::Won,
                    "closed" => Status::Closed,
                    other => return Err(format!("{other} is no status")),
                }
            }
            Field::Outcome => c.outcome = Some(text.to_owned()).filter(|t| !t.trim().is_empty()),
            Field::Deadline => {
                c.deadline = match text.trim() {
                    "" => None,
                    day => Some(Date::parse(day).map_err(|e| e.to_string())?),
                }
            }
            Field::TargetEmail => {
                let email = Email::parse(text.trim()).map_err(|e| e.to_string())?;
                match c.targets.first_mut() {
                    Some(target) => target.email = email,
                    None => return Err("add a person to write to first".to_owned()),
                }
            }
            Field::ShareText => c.share_text = text.to_owned(),
        }
        Ok(())
    }

    /// Every problem: the fields the model cannot take yet, then what the
    /// build's checker finds in the campaign (`tocsin::validate`).
    pub fn problems(&self) -> Vec<Problem> {
        let typed = self.typed.iter().map(|(field, _, why)| Problem {
            field: Some(*field),
            pointer: field.pointer().to_owned(),
            message: why.clone(),
        });
        let checked = validate::campaign(&self.campaign)
            .into_iter()
            .map(|issue| Problem {
                field: Field::at(&issue.pointer),
                pointer: issue.pointer,
                message: issue.message,
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
}

/// A status as the campaign file writes it.
pub fn status_name(status: Status) -> &'static str {
    match status {
        Status::Active => "active",
        Status::Won => "won",
        Status::Closed => "closed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> (String, Campaign) {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/campaigns/free-ainur-kurmanov.json"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let campaign = serde_json::from_str(&text).unwrap();
        (text, campaign)
    }

    #[test]
    fn a_campaign_opened_and_saved_unchanged_is_the_same_file() {
        let (text, campaign) = demo();
        let form = Form::new(campaign);
        assert_eq!(form.file(), text);
        assert!(form.ready(), "{:?}", form.problems());
    }

    #[test]
    fn a_bad_address_is_flagged_at_its_field_and_kept_until_fixed() {
        let (text, campaign) = demo();
        let mut form = Form::new(campaign);
        form.set(Field::TargetEmail, "gp-rk at mail.online.kz");
        assert_eq!(form.text(Field::TargetEmail), "gp-rk at mail.online.kz");
        let problems = form.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, Some(Field::TargetEmail));
        assert!(!form.ready());
        // The file keeps the last good address meanwhile.
        assert_eq!(form.file(), text);
        form.set(Field::TargetEmail, "procurator@example.org");
        assert!(form.ready());
        assert!(
            form.file()
                .contains("\"email\": \"procurator@example.org\"")
        );
    }

    #[test]
    fn the_checkers_rules_are_named_at_their_fields() {
        let (_, campaign) = demo();
        let mut form = Form::new(campaign);
        form.set(Field::Title, "");
        form.set(Field::Status, "won");
        let fields: Vec<Option<Field>> = form.problems().iter().map(|p| p.field).collect();
        assert!(fields.contains(&Some(Field::Title)), "{fields:?}");
        assert!(fields.contains(&Some(Field::Status)), "{fields:?}");
        form.set(Field::Title, "Free Erlan Baljanov");
        form.set(Field::Outcome, "Released on 3 May.");
        assert!(form.ready(), "{:?}", form.problems());
        assert_eq!(Field::at("/targets/0/email"), Some(Field::TargetEmail));
        assert_eq!(Field::at("/letters/0/body"), None);
        assert_eq!(Field::Title.id(), "field-title");
    }
}

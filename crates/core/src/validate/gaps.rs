//! What each of the site's languages lacks: warnings, not errors, since a
//! campaign goes out before its translations are done and readers then see
//! the missing parts in the campaign's own language, marked as such.

use super::{FileIssue, issue, pointer};
use crate::model::{
    Campaign, Date, DeadlineState, Directory, Placeholder, Site, Slug, Status, deadline_state,
};
use crate::route::DataFile;
use std::collections::BTreeMap;

/// The gaps of every campaign in `campaigns` (by path) in each of the
/// site's languages after its first, and the greetings its letters lack in
/// the shared `directories` it names (by id).
pub fn translation_gaps(
    site: &Site,
    campaigns: &BTreeMap<String, &Campaign>,
    directories: &BTreeMap<Slug, &Directory>,
) -> Vec<FileIssue> {
    let own = site.languages.first().map_or("", |l| l.as_str());
    let mut out = Vec::new();
    for (path, campaign) in campaigns {
        let mut warn = |at: &[&str], message: String| {
            out.push(FileIssue {
                file: path.clone(),
                issue: issue(pointer(at), message),
            });
        };
        for language in site.languages.iter().skip(1).map(|l| l.as_str()) {
            campaign_gaps(campaign, language, own, &mut warn);
        }
        greeting_gaps(campaign, &mut warn);
    }
    for (id, directory) in directories {
        let file = DataFile::Directory(id.clone()).path();
        let mut warn = |at: &[&str], message: String| {
            out.push(FileIssue {
                file: file.clone(),
                issue: issue(pointer(at), message),
            });
        };
        let users = campaigns
            .values()
            .filter(|c| (c.reader_targets.iter()).any(|t| t.shared_directory.as_ref() == Some(id)));
        let mut languages: Vec<&str> = (users.flat_map(|c| &c.letters))
            .filter(|l| l.body.uses(Placeholder::Salutation))
            .map(|l| l.language.as_str())
            .collect();
        languages.sort_unstable();
        languages.dedup();
        for (country, entries) in directory.countries.iter() {
            for (j, entry) in entries.iter().enumerate() {
                for language in languages
                    .iter()
                    .filter(|l| entry.greetings.get(l).is_none())
                {
                    warn(
                        &["countries", country.as_str(), &j.to_string(), "greetings"],
                        format!(
                            "no {language} greeting: a campaign's {language} letter to this address \
                                opens with the collective greeting"
                        ),
                    );
                }
            }
        }
    }
    out
}

/// The active campaigns of `campaigns` (by path) whose deadline has passed
/// on `today`: their readers meet a notice before the letter.
pub fn passed_deadlines(campaigns: &BTreeMap<String, &Campaign>, today: &Date) -> Vec<FileIssue> {
    (campaigns.iter())
        .filter(|(_, c)| c.status == Status::Active)
        .filter_map(|(path, c)| {
            let deadline = c.deadline.as_ref()?;
            (deadline_state(deadline, today) == DeadlineState::Passed).then(|| FileIssue {
                file: path.clone(),
                issue: issue(
                    "/deadline",
                    format!(
                        "the deadline {deadline} has passed and the campaign is still active: readers see a \
                            notice before the letter; set status to won or closed with an outcome, or move \
                            the deadline"
                    ),
                ),
            })
        })
        .collect()
}

/// What `campaign` lacks in `language`.
fn campaign_gaps(
    campaign: &Campaign,
    language: &str,
    own: &str,
    warn: &mut impl FnMut(&[&str], String),
) {
    let Some(text) = campaign.translation(language) else {
        warn(
            &["translations"],
            format!("no {language} translation: readers of {language} see the campaign in {own}"),
        );
        return;
    };
    let fields = [
        ("title", text.title.is_some()),
        ("at_risk", text.at_risk.is_some()),
        ("summary", text.summary.is_some()),
        ("demands", text.demands.is_some()),
        ("share_text", text.share_text.is_some()),
        (
            "updates",
            text.updates.is_some() || campaign.updates.is_empty(),
        ),
        (
            "outcome",
            text.outcome.is_some() || campaign.outcome.is_none(),
        ),
    ];
    for (field, given) in fields {
        if !given {
            warn(
                &["translations", language, field],
                format!("no {language} {field}: shown in {own}"),
            );
        }
    }
    // A language's news is shown instead of the campaign's own: each
    // update it lacks is news its readers miss.
    let news = text.updates.as_deref().unwrap_or_default();
    for update in &campaign.updates {
        if text.updates.is_some() && !news.iter().any(|u| u.date == update.date) {
            warn(
                &["translations", language, "updates"],
                format!(
                    "no {language} text for the update of {}: readers of {language} do not see it",
                    update.date
                ),
            );
        }
    }
    for update in news {
        if !campaign.updates.iter().any(|u| u.date == update.date) {
            warn(
                &["translations", language, "updates"],
                format!(
                    "the {language} news has an update of {} that the campaign's own news lacks",
                    update.date
                ),
            );
        }
    }
    for (i, target) in campaign.targets.iter().enumerate() {
        let person = target.translations.get(language);
        if person.is_none_or(|p| p.name.is_none() || p.role.is_none()) {
            warn(
                &["targets", &i.to_string(), "translations", language],
                format!("no {language} name and role: shown in {own}"),
            );
        }
    }
    for (i, target) in campaign.reader_targets.iter().enumerate() {
        if target.labels.get(language).is_none() {
            warn(
                &["reader_targets", &i.to_string(), "labels", language],
                format!("no {language} label: shown in {own}"),
            );
        }
    }
}

/// The fixed targets a letter greets with `{salutation}` but which have no
/// salutation in the letter's language: their letters open with the
/// collective greeting.
fn greeting_gaps(campaign: &Campaign, warn: &mut impl FnMut(&[&str], String)) {
    for letter in &campaign.letters {
        let greets = letter.body.uses(Placeholder::Salutation);
        let language = letter.language.as_str();
        for (i, target) in campaign.targets.iter().enumerate() {
            if greets && target.greetings.get(language).is_none() {
                warn(
                    &["targets", &i.to_string(), "greetings", language],
                    format!(
                        "no {language} salutation: a letter in {language} to them alone opens with the \
                            collective greeting"
                    ),
                );
            }
        }
    }
}

//! The letter as each recipient gets it: for every letter language, one
//! email per person or office written to, greeted as the campaign greets
//! them and signed by a sample reader. The readers' composer makes the
//! same emails from the same draft (`tocsin::compose::Draft`).

use crate::form::Form;
use crate::words::{t, words};
use leptos::prelude::*;
use tocsin::compose::{Details, Draft};
use tocsin::i18n::Catalog;
use tocsin::model::{Campaign, LanguageTag};

/// One email as its recipient gets it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// The letter's language.
    pub language: LanguageTag,
    /// Who it goes to: name and address.
    pub to: String,
    /// Its subject, the first of the letter's.
    pub subject: String,
    /// Greeting, body and signature, as sent.
    pub body: String,
}

/// Every email a reader signing as `sample` sends, one recipient at a
/// time, in each of the campaign's letter languages; what the letter
/// still lacks is shown by its prompt in `words`.
pub fn received(campaign: &Campaign, sample: &Details, words: &Catalog) -> Vec<Received> {
    let mut all = Vec::new();
    for letter in &campaign.letters {
        let draft = Draft {
            details: sample.clone(),
            lang: Some(letter.language.clone()),
            in_turn: true,
            ..Draft::default()
        };
        let steps = draft.compose(campaign, words).plan.steps();
        for step in 0..steps {
            let composed = Draft {
                step,
                ..draft.clone()
            }
            .compose(campaign, words);
            let to = (composed.plan.current().iter())
                .map(|r| format!("{} <{}>", r.name, r.email))
                .collect::<Vec<_>>()
                .join(", ");
            all.push(Received {
                language: letter.language.clone(),
                to,
                subject: composed.subject.clone(),
                body: composed.body.clone().unwrap_or(composed.shown),
            });
        }
    }
    all
}

/// The emails of [`received`], each under its recipient. Laid out again
/// only when an email comes or goes, so what is open stays open as the
/// campaigner types.
#[component]
pub fn RecipientLetters(form: RwSignal<Option<Form>>) -> impl IntoView {
    let emails = Memo::new(move |_| {
        // Signed by a sample reader who speaks the desk's language.
        let say = words();
        let sample = Details {
            name: say.get("sample-name").to_owned(),
            city: say.get("sample-city").to_owned(),
            country: say.get("sample-country").to_owned(),
        };
        let prompts = tocsin::i18n::english();
        form.with(|f| f.as_ref().map(|f| received(&f.campaign, &sample, prompts)))
            .unwrap_or_default()
    });
    let count = Memo::new(move |_| emails.with(Vec::len));
    let part = move |i: usize, of: fn(&Received) -> String| {
        move || emails.with(|all| all.get(i).map(of).unwrap_or_default())
    };
    let email = move |i: usize| {
        let lang = part(i, |e| e.language.to_string());
        view! {
            <details class="desk-email" open=i == 0>
                <summary>
                    <bdi>{part(i, |e| e.to.clone())}</bdi>
                    ", "
                    {lang}
                </summary>
                <p lang=lang>
                    <strong>{t("received-subject")}</strong>
                    " "
                    {part(i, |e| e.subject.clone())}
                </p>
                <p class="desk-email-body" lang=lang>
                    {part(i, |e| e.body.clone())}
                </p>
            </details>
        }
    };
    view! {
        <section class="desk-received" aria-labelledby="received-heading">
            <h2 id="received-heading">{t("received-heading")}</h2>
            {move || (0..count.get()).map(email).collect_view()}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_recipient_is_greeted_as_the_campaign_greets_them_and_the_sample_signs() {
        let (_, campaign) = crate::form::tests::demo();
        let sample = Details {
            name: "Alex Sample".into(),
            city: "Leeds".into(),
            country: "United Kingdom".into(),
        };
        let emails = received(&campaign, &sample, tocsin::i18n::english());
        let per_letter = campaign.targets.len();
        assert_eq!(emails.len(), campaign.letters.len() * per_letter);
        for (email, target) in emails.iter().zip(&campaign.targets) {
            assert!(email.to.contains(target.email.as_str()), "{email:?}");
            let greeting = target.greetings.get(email.language.as_str()).unwrap();
            assert!(email.body.starts_with(greeting.as_str()), "{email:?}");
            assert!(email.body.contains("Alex Sample"), "{email:?}");
            assert!(!email.body.contains('{'), "{email:?}");
        }
    }
}

//! The plain mail link of a campaign page rendered ahead of time: it sends
//! the letter from the first paint, before the app arrives, and wherever
//! the app cannot run. Phones hand long links to their mail app, so on a
//! touch screen (`pointer: coarse`) the link carries the whole letter; a
//! computer's shell may drop a link of over about 2,000 characters
//! (docs/sending.md), so there the link carries the recipients and the
//! subject, and the page asks the reader to copy the letter in. The page
//! says only what each link carries.

use super::SiteFrame;
use crate::compose::{Client, Details, Draft, Message, Offer, Platform, mailto, offer};
use crate::i18n::{self, Key, fill, t};
use crate::model::Campaign;
use crate::share::Preset;
use leptos::prelude::*;

/// A campaign's letter as plain mail links, for a reader who has typed
/// nothing: to every fixed recipient at once, with the collective greeting
/// and bracketed prompts where the reader's name and town go.
#[derive(Debug, Clone)]
pub struct PlainLetter {
    /// The link with the whole letter where every device takes it.
    everywhere: Option<String>,
    /// The link with the whole letter, for touch screens.
    whole: Option<String>,
    /// The link with the recipients and the subject only.
    subject_only: String,
    /// The letter's text, to copy.
    pub body: String,
    /// The letter's language.
    pub language: String,
    /// Each reader-supplied recipient the link cannot name: its label and
    /// the directory's offices by country, in the page's language.
    directories: Vec<(String, Vec<Office>)>,
}

/// One office of a directory: the reader's country, its name, its address.
type Office = (String, String, String);

impl PlainLetter {
    /// The plain letter of `campaign` in the language `preset` names, or
    /// else the one the campaign recommends, as the letter form starts;
    /// greeting its recipients `collectively` if asked, where its language
    /// has a greeting for that.
    pub fn of(
        campaign: &Campaign,
        site: &SiteFrame,
        preset: &Preset,
        collectively: bool,
    ) -> Option<PlainLetter> {
        let page = i18n::language();
        let prompts = Details {
            name: t(Key::PromptName).into(),
            city: t(Key::PromptCity).into(),
            country: t(Key::PromptCountry).into(),
        };
        let draft = Draft::first(campaign, preset, Some(prompts), 0);
        let language = draft.lang.as_ref().map(ToString::to_string);
        let mut addressed = campaign.clone();
        let greeting = campaign
            .letter(draft.lang.as_ref())
            .and_then(|l| l.greeting.as_ref());
        if collectively && greeting.is_some() {
            for target in &mut addressed.targets {
                target.greetings = Default::default();
            }
        }
        let message = draft.compose(&addressed, i18n::catalog()).message()?;
        let link = |platform| match offer(Client::MailApp, &message, platform) {
            Offer::Link(href) => Some(href),
            Offer::TooLong { .. } => None,
        };
        let own = (site.languages.first()).map_or(i18n::ENGLISH, |l| l.tag.as_str());
        let (shown, _) = campaign.in_language(page, own);
        let directories = (shown.reader_targets.iter())
            .filter(|target| !target.directory.is_empty())
            .map(|target| {
                let offices = (target.countries(page).into_iter())
                    .filter_map(|(code, country)| {
                        let entry = target.directory.get(code.as_str())?.first()?;
                        Some((country, entry.name.clone(), entry.email.to_string()))
                    })
                    .collect();
                (target.label.clone(), offices)
            })
            .collect();
        Some(PlainLetter {
            everywhere: link(Platform::Unknown),
            whole: link(Platform::Android),
            subject_only: mailto(&Message {
                body: String::new(),
                ..message.clone()
            }),
            body: message.body,
            language: language.unwrap_or_else(|| page.to_owned()),
            directories,
        })
    }

    /// The letter in the page's language, where the campaign has one: a
    /// reader without the app fills the brackets in by hand, so they must
    /// be able to read it.
    pub fn readable(campaign: &Campaign, site: &SiteFrame) -> Option<PlainLetter> {
        let page = i18n::language();
        let readable = Preset {
            lang: (campaign.letters.iter())
                .find(|l| l.language.as_str().eq_ignore_ascii_case(page))
                .map(|l| l.language.clone()),
            ..Preset::default()
        };
        // The reader may add recipients by hand (their embassy): the letter
        // greets them all.
        PlainLetter::of(campaign, site, &readable, true)
    }

    /// The links, each with what it carries, and the directories' addresses.
    pub fn view(&self) -> impl IntoView + use<> {
        let button = |href: String, key: Key, hint: Key, class: &'static str| {
            view! {
                <div class=class>
                    <p>
                        <a class="button" href=href>
                            {t(key)}
                        </a>
                    </p>
                    <p class="hint">{t(hint)}</p>
                </div>
            }
        };
        let whole = (Key::PlainLetterButton, Key::PlainLetterHint);
        let links = match (self.everywhere.clone(), self.whole.clone()) {
            (Some(href), _) => button(href, whole.0, whole.1, "plain-link").into_any(),
            (None, touch) => {
                let desk = match touch {
                    Some(_) => "plain-link on-desk",
                    None => "plain-link",
                };
                view! {
                    {touch.map(|href| button(href, whole.0, whole.1, "plain-link on-touch"))}
                    {button(
                        self.subject_only.clone(),
                        Key::PlainSubjectButton,
                        Key::PlainSubjectHint,
                        desk,
                    )}
                }
                .into_any()
            }
        };
        let directories = (self.directories.clone().into_iter())
            .map(|(label, offices)| {
                let offices = (offices.into_iter())
                    .map(|(country, name, email)| {
                        view! { <li>{country} ": " <bdi>{name}</bdi> " " <bdi class="address">{email}</bdi></li> }
                    })
                    .collect_view();
                view! {
                    <p>{fill(Key::PlainDirectory, &[("label", &label)])}</p>
                    <ul class="plain-directory">{offices}</ul>
                }
            })
            .collect_view();
        view! {
            {links}
            {directories}
        }
    }
}

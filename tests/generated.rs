//! Any valid content builds and renders: content made up from a fixed seed
//! (`support/generate.rs`), every case valid by the checker's rules, goes
//! through the pre-renderer (article, campaign and list pages), the page
//! titles and the composer's core without a panic. The same cases go
//! through the app's components in Chromium (`tests/web.rs`). Needs the
//! pre-renderer, which `cargo test --workspace` turns on through xtask.
#![cfg(all(not(target_arch = "wasm32"), feature = "prerender"))]

#[path = "support/generate.rs"]
mod generate;

use serde::de::DeserializeOwned;
use std::collections::BTreeSet;
use std::fmt::Debug;
use tocsin::compose::{Client, Details, Draft, Platform, eml, offer};
use tocsin::listing::{PageContent, derive, list_page, page_title};
use tocsin::model::{
    Article, BasePath, Campaign, Date, Letter, Part, Placeholder, ReaderTarget, Reference, Site,
    Slug, Target,
};
use tocsin::prerender::{PageMeta, SiteFrame, article_body, campaign_body, list_body};
use tocsin::route::Route;
use tocsin::share::Preset;
use tocsin::validate;

/// The run's content, decoded into the app's types.
struct Generated {
    site: Site,
    articles: Vec<Article>,
    campaigns: Vec<Campaign>,
}

/// `value` through JSON text, as the app reads files; the checker, which
/// reads them with serde_json, must read the same.
fn read<T: DeserializeOwned + PartialEq + Debug>(value: serde_json::Value) -> T {
    let text = serde_json::to_string(&value).unwrap();
    let read: T = tocsin::json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(read, serde_json::from_str::<T>(&text).unwrap());
    read
}

fn generated() -> Generated {
    let (articles, campaigns) = generate::cases()
        .into_iter()
        .map(|(article, campaign)| (read(article), read(campaign)))
        .unzip();
    Generated {
        site: read(generate::site()),
        articles,
        campaigns,
    }
}

#[test]
fn every_generated_file_passes_the_checker() {
    let content = generated();
    assert!(validate::site(&content.site).is_empty());
    for article in &content.articles {
        assert_eq!(validate::article(article), Vec::new(), "{}", article.slug);
    }
    for campaign in &content.campaigns {
        assert_eq!(
            validate::campaign(campaign),
            Vec::new(),
            "{}",
            campaign.slug
        );
    }
}

/// Each optional part of `a` and whether it is there, with its references'.
/// The patterns name every field, so a field added to a content type does
/// not compile here until it is sorted into the optional parts or the
/// required ones.
fn article_parts(a: &Article) -> Vec<(&'static str, bool)> {
    let Article {
        slug: _,
        title: _,
        standfirst: _,
        published: _,
        byline: _,
        section: _,
        body: _,
        tags,
        references,
        campaign,
        appeal,
        language,
        translations,
    } = a;
    let mut parts = vec![
        ("article tags", !tags.is_empty()),
        ("article references", !references.is_empty()),
        ("article campaign", campaign.is_some()),
        ("article appeal", appeal.is_some()),
        ("article language", language.is_some()),
        ("article translations", !translations.is_empty()),
    ];
    for Reference {
        title: _,
        source: _,
        date: _,
        url,
    } in references
    {
        parts.push(("reference url", url.is_some()));
    }
    parts
}

/// Each optional part of `c` and whether it is there, with its targets',
/// reader targets' and letters', as [`article_parts`] does.
fn campaign_parts(c: &Campaign) -> Vec<(&'static str, bool)> {
    let Campaign {
        slug: _,
        title: _,
        at_risk: _,
        summary: _,
        status: _,
        demands: _,
        share_text: _,
        outcome,
        updates,
        deadline,
        targets,
        reader_targets,
        copies,
        letters,
        translations,
        letter_language,
        demo,
    } = c;
    let mut parts = vec![
        ("campaign outcome", outcome.is_some()),
        ("campaign updates", !updates.is_empty()),
        ("campaign deadline", deadline.is_some()),
        ("campaign targets", !targets.is_empty()),
        ("campaign reader targets", !reader_targets.is_empty()),
        ("campaign copies", !copies.is_empty()),
        ("campaign letters beyond one", letters.len() > 1),
        ("campaign translations", !translations.is_empty()),
        ("campaign letter language", letter_language.is_some()),
        ("campaign demo", *demo),
    ];
    for Target {
        name: _,
        role: _,
        email: _,
        greetings,
        translations,
    } in targets
    {
        parts.push(("target greetings", !greetings.is_empty()));
        parts.push(("target translations", !translations.is_empty()));
    }
    for ReaderTarget {
        label: _,
        labels,
        shared_directory,
        directory,
        free_entry,
        country_names: _,
    } in reader_targets
    {
        parts.push(("reader target labels", !labels.is_empty()));
        parts.push(("reader target shared directory", shared_directory.is_some()));
        parts.push(("reader target directory", !directory.is_empty()));
        parts.push(("reader target free entry", *free_entry));
    }
    for Letter {
        language: _,
        subjects,
        body: _,
        greeting,
    } in letters
    {
        parts.push(("letter subjects beyond one", subjects.len() > 1));
        parts.push(("letter greeting", greeting.is_some()));
    }
    parts
}

#[test]
fn the_cases_cover_every_optional_field_and_every_placeholder_combination() {
    let content = generated();
    let campaigns = &content.campaigns;
    let parts = (content.articles.iter().flat_map(article_parts))
        .chain(campaigns.iter().flat_map(campaign_parts));
    let mut seen: std::collections::BTreeMap<&str, BTreeSet<bool>> = Default::default();
    for (part, there) in parts {
        seen.entry(part).or_default().insert(there);
    }
    let one_way: Vec<_> = seen.iter().filter(|(_, both)| both.len() < 2).collect();
    assert!(
        one_way.is_empty(),
        "parts always or never there: {one_way:?}"
    );
    assert_eq!(seen.len(), 25, "{:?}", seen.keys());
    let statuses: BTreeSet<String> = campaigns
        .iter()
        .map(|c| format!("{:?}", c.status))
        .collect();
    assert_eq!(statuses.len(), 3);
    let subsets: BTreeSet<Vec<String>> = campaigns
        .iter()
        .flat_map(|c| &c.letters)
        .map(|letter| {
            let fields = letter.body.parts().iter().filter_map(|part| match part {
                Part::Field(field) => Some(format!("{field:?}")),
                Part::Text(_) => None,
            });
            let set: BTreeSet<String> = fields.collect();
            set.into_iter().collect()
        })
        .collect();
    assert_eq!(subsets.len(), 32, "{subsets:?}");
}

#[test]
fn every_generated_page_renders_ahead_of_time_and_every_letter_composes() {
    let content = generated();
    let site = SiteFrame {
        base: BasePath::parse("/tocsin").unwrap(),
        name: content.site.name.clone(),
        root: "https://x.example/tocsin".into(),
        languages: Vec::new(),
        today: Date::parse("2010-04-20").unwrap(),
    };
    for article in &content.articles {
        let campaign = content
            .campaigns
            .iter()
            .find(|c| Some(&c.slug) == article.campaign.as_ref())
            .cloned();
        let appeal = article
            .appeal
            .as_ref()
            .and_then(|id| content.site.appeal(id))
            .cloned();
        let html = article_body(article.clone(), campaign, appeal, &site);
        assert!(html.contains("<article"), "{}", article.slug);
        assert!(!html.contains("<script>"), "{}", article.slug);
        let route = Route::Article {
            slug: article.slug.clone(),
        };
        assert!(
            PageMeta::new(&site, &route, PageContent::Article(article))
                .head_tags()
                .contains("<title>")
        );
    }
    let details = Details {
        name: "Анна O'Brien".into(),
        city: "Алматы".into(),
        country: "Қазақстан".into(),
    };
    for campaign in &content.campaigns {
        let html = campaign_body(campaign.clone(), &site);
        assert!(html.contains("class=\"campaign\""), "{}", campaign.slug);
        assert_no_placeholder(&html, &campaign.slug);
        for route in [
            Route::Campaign {
                slug: campaign.slug.clone(),
            },
            Route::Flyer {
                slug: campaign.slug.clone(),
            },
        ] {
            assert!(
                !page_title(
                    &site.name,
                    &route,
                    PageContent::Campaign(campaign),
                    tocsin::i18n::english()
                )
                .is_empty()
            );
        }
        // Every letter, with every recipient, all at once and in turn.
        for letter in &campaign.letters {
            let preset = Preset {
                lang: Some(letter.language.clone()),
                ..Preset::default()
            };
            let mut draft = Draft::first(campaign, &preset, Some(details.clone()), 1);
            draft.directory_country = campaign
                .reader_targets
                .first()
                .and_then(|t| t.directory.keys().next().cloned());
            draft.typed_address = "typed@example.org".into();
            for in_turn in [false, true] {
                draft.in_turn = in_turn;
                let composed = draft.compose(campaign, tocsin::i18n::english());
                assert_no_placeholder(&composed.shown, &campaign.slug);
                let blank = Draft {
                    details: Details::default(),
                    ..draft.clone()
                };
                let prompted = blank.compose(campaign, tocsin::i18n::english()).shown;
                assert_no_placeholder(&prompted, &campaign.slug);
                let Some(message) = composed.message() else {
                    assert!(
                        composed.plan.targets.is_empty(),
                        "{}: no letter",
                        campaign.slug
                    );
                    continue;
                };
                for client in Client::ALL {
                    let _ = offer(client, &message, Platform::Unknown);
                }
                assert!(eml(&message, "Thu, 15 Apr 2010 10:00:00 GMT").contains("Subject: "));
            }
        }
    }
    // The list pages of the whole generated archive, from its derived lists.
    let today = Date::parse("2010-04-20").unwrap();
    let lists = derive(&content.articles, &content.campaigns, &today);
    assert!(
        lists.len() > generate::CASES / 10,
        "{} list pages",
        lists.len()
    );
    for (list, file) in lists {
        let route = list.route();
        let page = list_page(&route, file).expect("a derived list is a list page");
        let html = list_body(route.clone(), page, &site);
        assert!(html.contains("<main"), "{route:?}");
    }
}

/// The reader never sees a `{placeholder}`: filled in, or a prompt in words.
fn assert_no_placeholder(text: &str, slug: &Slug) {
    for field in Placeholder::ALL {
        let written = format!("{{{}}}", field.name());
        assert!(!text.contains(&written), "{slug}: {written} shown");
    }
}

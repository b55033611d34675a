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
use tocsin::model::{Article, BasePath, Campaign, Part, Site};
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

#[test]
fn the_cases_cover_every_optional_field_and_every_placeholder_combination() {
    let content = generated();
    let articles = &content.articles;
    let both = |seen: Vec<bool>| seen.contains(&true) && seen.contains(&false);
    assert!(both(
        articles.iter().map(|a| a.campaign.is_some()).collect()
    ));
    assert!(both(articles.iter().map(|a| a.appeal.is_some()).collect()));
    assert!(both(
        articles.iter().map(|a| a.language.is_some()).collect()
    ));
    assert!(both(articles.iter().map(|a| a.tags.is_empty()).collect()));
    assert!(both(
        articles.iter().map(|a| a.references.is_empty()).collect()
    ));
    assert!(both(
        articles
            .iter()
            .flat_map(|a| &a.references)
            .map(|r| r.url.is_some())
            .collect()
    ));
    let campaigns = &content.campaigns;
    for field in [
        |c: &Campaign| c.deadline.is_some(),
        |c: &Campaign| c.updates.is_empty(),
        |c: &Campaign| c.outcome.is_some(),
        |c: &Campaign| c.targets.is_empty(),
        |c: &Campaign| c.reader_targets.is_empty(),
        |c: &Campaign| c.copies.is_empty(),
        |c: &Campaign| c.demo,
        |c: &Campaign| c.letters.len() > 1,
        |c: &Campaign| c.translations.is_empty(),
        |c: &Campaign| c.letter_language.is_some(),
        |c: &Campaign| c.targets.iter().any(|t| t.greetings.is_empty()),
        |c: &Campaign| c.reader_targets.iter().any(|t| t.labels.is_empty()),
        |c: &Campaign| c.letters.iter().any(|l| l.greeting.is_some()),
    ] {
        assert!(both(campaigns.iter().map(field).collect()));
    }
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
                let composed = draft.compose(campaign);
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
    let lists = derive(&content.articles, &content.campaigns);
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

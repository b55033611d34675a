//! The urgent call to action that an article linked to a campaign carries.

use super::{DateTime, href};
use crate::model::{Campaign, Status};
use crate::route::Route;
use leptos::prelude::*;

/// The campaign's demand, who to write to and the deadline, with one button
/// to the campaign page; a won or closed campaign shows its outcome instead.
#[component]
pub fn CallToAction(
    /// The campaign the article is linked to.
    campaign: Campaign,
) -> impl IntoView {
    let link = href(&Route::Campaign {
        slug: campaign.slug.clone(),
    });
    let demand = campaign.demands.first().cloned().unwrap_or_default();
    let outcome = campaign.outcome.clone().unwrap_or_default();
    let recipients = campaign.recipients_sentence();
    match campaign.status {
        Status::Active => view! {
            <div class="cta">
                <p class="cta-kicker">"Urgent action"</p>
                <p class="cta-demand">{demand}</p>
                <p class="cta-who">{recipients}</p>
                {campaign
                    .deadline
                    .map(|date| {
                        view! { <p class="cta-deadline">"Deadline: " <DateTime date /></p> }
                    })}
                <a class="button" href=link>
                    "Write a protest"
                </a>
            </div>
        }
        .into_any(),
        status => view! {
            <div class="cta cta-ended">
                <p class="cta-kicker">
                    {if status == Status::Won { "Campaign won" } else { "Campaign closed" }}
                </p>
                <p>{outcome}</p>
                <a href=link>{format!("Read about the campaign: {}", campaign.title)}</a>
            </div>
        }
        .into_any(),
    }
}

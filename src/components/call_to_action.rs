//! The urgent call to action that an article linked to a campaign carries.

use super::{DateTime, href};
use super::{dir_for, fallback_lang, own_language};
use crate::i18n::{self, Key, fill, t};
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
    let (campaign, fallbacks) = campaign.in_language(i18n::language(), &own_language());
    let demand_lang = fallback_lang(fallbacks.demands);
    let demand = campaign.demands.first().cloned().unwrap_or_default();
    let outcome = campaign.outcome.clone().unwrap_or_default();
    let recipients = campaign.recipients_sentence(i18n::catalog());
    match campaign.status {
        Status::Active => view! {
            <div class="cta">
                <p class="cta-kicker">{t(Key::UrgentAction)}</p>
                <p class="cta-demand" dir=dir_for(demand_lang.as_deref()) lang=demand_lang>
                    {demand}
                </p>
                <p class="cta-who">{recipients}</p>
                {campaign
                    .deadline
                    .map(|date| {
                        view! {
                            <p class="cta-deadline">{t(Key::Deadline)}" " <DateTime date /></p>
                        }
                    })}
                <a class="button" href=link>
                    {t(Key::WriteAProtest)}
                </a>
            </div>
        }
        .into_any(),
        status => view! {
            <div class="cta cta-ended">
                <p class="cta-kicker">
                    {t(if status == Status::Won { Key::CampaignWon } else { Key::CampaignClosed })}
                </p>
                <p>{outcome}</p>
                <a href=link>{fill(Key::ReadAboutCampaign, &[("title", &campaign.title)])}</a>
            </div>
        }
        .into_any(),
    }
}

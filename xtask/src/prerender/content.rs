//! The content files read once for pre-rendering, and the list pages they
//! make, chosen as the app's pages choose them (`tocsin::model`).

use super::read;
use std::collections::BTreeSet;
use std::path::Path;
use tocsin::model::{
    Appeal, Article, Campaign, IndexManifest, IndexShard, PAGE_SIZE, Site, Status, articles_tagged,
    campaigns_in_order, plan_page,
};
use tocsin::prerender::ListPage;

/// Everything in the data folder.
pub struct Content {
    /// `site.json`.
    pub site: Site,
    manifest: IndexManifest,
    /// The month shards of the manifest's months with articles.
    shards: Vec<IndexShard>,
    /// Every article file, by slug.
    pub articles: Vec<Article>,
    /// Every campaign file, by slug.
    pub campaigns: Vec<Campaign>,
}

/// A list page, where it lives, and the files the app fetches for it.
pub struct ListRoute {
    /// Its path, such as `/tags/union`.
    pub route: String,
    /// What it lists.
    pub page: ListPage,
    /// The data files the app fetches first there, to preload, relative to
    /// the data folder.
    pub preload: Vec<String>,
}

impl Content {
    /// Reads and decodes the content in `data`.
    pub fn read(data: &Path) -> Result<Self, String> {
        let manifest: IndexManifest = decode(data, MANIFEST)?;
        let shards = manifest
            .months
            .iter()
            .filter(|m| m.articles > 0)
            .map(|m| decode(data, &format!("index/{}.json", m.month)))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            site: decode(data, "site.json")?,
            shards,
            articles: folder(data, "articles")?,
            campaigns: folder(data, "campaigns")?,
            manifest,
        })
    }

    /// The campaign an article calls to, when its file exists.
    pub fn campaign_of(&self, article: &Article) -> Option<&Campaign> {
        let slug = article.campaign.as_ref()?;
        self.campaigns.iter().find(|c| &c.slug == slug)
    }

    /// The site appeal an article carries.
    pub fn appeal_of(&self, article: &Article) -> Option<&Appeal> {
        self.site.appeal(article.appeal.as_ref()?)
    }

    /// Every page of the front page, the campaigns, every month with
    /// articles and every tag in use.
    pub fn list_pages(&self) -> Vec<ListRoute> {
        let manifest = MANIFEST.to_owned();
        let mut pages = self.front_pages();
        pages.push(ListRoute {
            route: "/campaigns".into(),
            page: ListPage::Campaigns(campaigns_in_order(self.manifest.campaigns.clone())),
            preload: vec![manifest.clone()],
        });
        for shard in &self.shards {
            let (year, number) = shard.month.parts();
            let (older, newer) = self.manifest.neighbours(&shard.month);
            pages.push(ListRoute {
                route: format!("/archive/{year}/{number:02}"),
                page: ListPage::Month {
                    month: shard.month.clone(),
                    articles: shard.latest_articles().into_iter().cloned().collect(),
                    older,
                    newer,
                },
                preload: vec![manifest.clone(), shard_file(&shard.month)],
            });
        }
        let tags: BTreeSet<_> = self
            .shards
            .iter()
            .flat_map(|s| &s.articles)
            .flat_map(|a| &a.tags)
            .collect();
        let mut all_shards = vec![manifest];
        all_shards.extend(self.shards.iter().map(|s| shard_file(&s.month)));
        for tag in tags {
            pages.push(ListRoute {
                route: format!("/tags/{tag}"),
                page: ListPage::Tag {
                    tag: tag.clone(),
                    articles: articles_tagged(&self.shards, tag),
                },
                preload: all_shards.clone(),
            });
        }
        pages
    }

    /// `/` and `/page/<n>` for every later page of the latest articles.
    fn front_pages(&self) -> Vec<ListRoute> {
        let months = self.manifest.months_newest_first();
        let active: Vec<Campaign> = campaigns_in_order(self.manifest.campaigns.clone())
            .iter()
            .filter(|c| c.status == Status::Active)
            .filter_map(|c| self.campaigns.iter().find(|full| full.slug == c.slug))
            .cloned()
            .collect();
        let pages = plan_page(&months, 1, PAGE_SIZE).pages;
        (1..=pages)
            .map(|page| {
                let plan = plan_page(&months, page, PAGE_SIZE);
                let shards: Vec<IndexShard> = plan
                    .months
                    .iter()
                    .filter_map(|m| self.shards.iter().find(|s| &s.month == m).cloned())
                    .collect();
                let mut preload = vec![MANIFEST.to_owned()];
                preload.extend(plan.months.iter().map(shard_file));
                preload.extend(active.iter().map(|c| format!("campaigns/{}.json", c.slug)));
                ListRoute {
                    route: if page == 1 {
                        "/".into()
                    } else {
                        format!("/page/{page}")
                    },
                    page: ListPage::Front {
                        campaigns: active.clone(),
                        articles: plan.select(&shards),
                        page,
                        pages,
                    },
                    preload,
                }
            })
            .collect()
    }
}

/// The index manifest, relative to the data folder.
const MANIFEST: &str = "index.json";

/// The index shard of `month`, relative to the data folder.
fn shard_file(month: &tocsin::model::Month) -> String {
    format!("index/{month}.json")
}

/// Every `*.json` file of `data/<name>`, decoded, in file-name order.
fn folder<T: serde::de::DeserializeOwned>(data: &Path, name: &str) -> Result<Vec<T>, String> {
    let dir = data.join(name);
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|n| n.ends_with(".json"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|file| decode(data, &format!("{name}/{file}")))
        .collect()
}

fn decode<T: serde::de::DeserializeOwned>(data: &Path, file: &str) -> Result<T, String> {
    serde_json::from_str(&read(&data.join(file))?).map_err(|e| format!("data/{file}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The demo content with its index replaced by `per_month` articles in
    /// each of three months.
    fn with_index(per_month: usize) -> Content {
        let root = crate::project::Project::locate().root;
        let mut content = Content::read(&root.join("public/data")).unwrap();
        let months = ["2010-03", "2010-04", "2010-05"];
        let shard = |month: &str| -> IndexShard {
            let articles: Vec<String> = (0..per_month)
                .map(|i| format!(r#"{{"slug": "a-{month}-{i}", "title": "{month} {i}", "standfirst": "", "published": "{month}-{:02}"}}"#, i % 28 + 1))
                .collect();
            serde_json::from_str(&format!(
                r#"{{"month": "{month}", "articles": [{}]}}"#,
                articles.join(",")
            ))
            .unwrap()
        };
        content.shards = months.iter().map(|m| shard(m)).collect();
        content.manifest.months = serde_json::from_str(&format!(
            "[{}]",
            months
                .iter()
                .map(|m| format!(r#"{{"month": "{m}", "articles": {per_month}}}"#))
                .collect::<Vec<_>>()
                .join(",")
        ))
        .unwrap();
        content
    }

    #[test]
    fn every_page_of_the_latest_articles_gets_a_page_of_its_own() {
        let content = with_index(9);
        let fronts: Vec<_> = content
            .front_pages()
            .into_iter()
            .map(|l| match l.page {
                ListPage::Front {
                    articles,
                    page,
                    pages,
                    ..
                } => (l.route, page, pages, articles.len(), l.preload),
                other => panic!("{other:?}"),
            })
            .collect();
        let routes: Vec<_> = fronts.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(routes, ["/", "/page/2", "/page/3"]);
        let counts: Vec<_> = fronts.iter().map(|f| (f.1, f.2, f.3)).collect();
        assert_eq!(counts, [(1, 3, 10), (2, 3, 10), (3, 3, 7)]);
        // Page 2 (articles 11 to 20, newest first) starts in April's shard
        // and runs on into March's, so it preloads those two and not May's.
        let shards: Vec<_> = fronts[1]
            .4
            .iter()
            .filter(|f| f.starts_with("index/"))
            .collect();
        assert_eq!(shards, ["index/2010-04.json", "index/2010-03.json"]);
        assert_eq!(with_index(3).front_pages().len(), 1);
    }
}

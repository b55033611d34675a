//! The content files read once for pre-rendering, and the pages they make,
//! each assembled as the app's page assembles it (`tocsin::listing`).

use super::read;
use std::path::Path;
use tocsin::listing::{ListContent, ListPage, list_files, list_page, list_routes};
use tocsin::model::{Appeal, Article, Campaign, IndexManifest, Site};
use tocsin::route::{DataFile, Route};

/// Everything in the data folder.
pub struct Content {
    /// `site.json`.
    pub site: Site,
    /// The manifest, every month shard with articles and every campaign.
    list: ListContent,
    /// Every article file, by slug.
    pub articles: Vec<Article>,
}

/// A list page, where it lives, and the files the app fetches for it.
pub struct ListRoute {
    /// Its address.
    pub route: Route,
    /// What it lists.
    pub page: ListPage,
    /// The data files the app fetches first there, to preload.
    pub preload: Vec<DataFile>,
}

impl Content {
    /// Reads and decodes the content in `data`.
    pub fn read(data: &Path) -> Result<Self, String> {
        let manifest: IndexManifest = decode(data, &DataFile::Manifest)?;
        let shards = (manifest.months.iter())
            .filter(|m| m.articles > 0)
            .map(|m| decode(data, &DataFile::Shard(m.month.clone())))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            site: decode(data, &DataFile::Site)?,
            articles: folder(data, "articles")?,
            list: ListContent {
                campaigns: folder(data, "campaigns")?,
                shards,
                manifest,
            },
        })
    }

    /// Every campaign file, by slug.
    pub fn campaigns(&self) -> &[Campaign] {
        &self.list.campaigns
    }

    /// The campaign an article calls to, when its file exists.
    pub fn campaign_of(&self, article: &Article) -> Option<&Campaign> {
        let slug = article.campaign.as_ref()?;
        self.campaigns().iter().find(|c| &c.slug == slug)
    }

    /// The site appeal an article carries.
    pub fn appeal_of(&self, article: &Article) -> Option<&Appeal> {
        self.site.appeal(article.appeal.as_ref()?)
    }

    /// Every list page there is, each made from exactly the files the app
    /// fetches for it.
    pub fn list_pages(&self) -> Vec<ListRoute> {
        let manifest = &self.list.manifest;
        list_routes(&self.list)
            .into_iter()
            .filter_map(|route| {
                let files = list_files(&route, manifest)?;
                let has = |file: DataFile| files.contains(&file);
                let seen = ListContent {
                    manifest: manifest.clone(),
                    shards: (self.list.shards.iter())
                        .filter(|s| has(DataFile::Shard(s.month.clone())))
                        .cloned()
                        .collect(),
                    campaigns: (self.list.campaigns.iter())
                        .filter(|c| has(DataFile::Campaign(c.slug.clone())))
                        .cloned()
                        .collect(),
                };
                let page = list_page(&route, &seen)?;
                let mut preload = route.data_files();
                preload.extend(files);
                Some(ListRoute {
                    route,
                    page,
                    preload,
                })
            })
            .collect()
    }
}

/// Every `*.json` file of `data/<name>`, decoded, in file-name order.
fn folder<T: serde::de::DeserializeOwned>(data: &Path, name: &str) -> Result<Vec<T>, String> {
    let dir = data.join(name);
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files.iter().map(|path| decode_file(data, path)).collect()
}

fn decode<T: serde::de::DeserializeOwned>(data: &Path, file: &DataFile) -> Result<T, String> {
    decode_file(data, &data.join(file.path()))
}

fn decode_file<T: serde::de::DeserializeOwned>(data: &Path, path: &Path) -> Result<T, String> {
    let shown = Path::new("data").join(path.strip_prefix(data).unwrap_or(path));
    serde_json::from_str(&read(path)?).map_err(|e| format!("{}: {e}", shown.display()))
}

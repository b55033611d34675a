//! The content files read once for pre-rendering, the lists derived from
//! them, and the pages they make, each read as the app's page reads it
//! (`tocsin::listing`).

use super::markdown;
use std::path::Path;
use tocsin::listing::{ListPage, derive, list_page};
use tocsin::model::{Appeal, Article, Campaign, Date, Directory, ListFile, Site, Slug, local_date};
use tocsin::route::{DataFile, ListOf, Route};

/// Everything in the data folder, and the lists derived from it.
#[derive(Debug)]
pub struct Content {
    /// `site.json`.
    pub site: Site,
    /// Every article file, by slug.
    pub articles: Vec<Article>,
    /// Every campaign file, by slug, with its shared directories written in.
    pub campaigns: Vec<Campaign>,
    /// Every shared directory, by id.
    pub directories: Vec<(Slug, Directory)>,
    /// Every list file, as the build writes them.
    pub lists: Vec<(ListOf, ListFile)>,
}

/// A list page, where it lives, and the files the app fetches for it.
pub struct ListRoute {
    /// Its address.
    pub route: Route,
    /// What it lists.
    pub page: ListPage,
    /// The data files the app fetches first there.
    pub fetches: Vec<DataFile>,
}

impl Content {
    /// Reads and decodes the content in `data`, and derives its lists.
    pub fn read(data: &Path) -> Result<Self, String> {
        let mut articles: Vec<Article> = folder(data, "articles")?
            .into_iter()
            .map(|(_, a)| a)
            .collect();
        articles.extend(markdown_articles(data)?);
        articles.sort_by(|a, b| a.slug.cmp(&b.slug));
        let directories: Vec<(Slug, Directory)> = (folder(data, "directories")?.into_iter())
            .map(|(id, d)| {
                Ok((
                    Slug::parse(&id).map_err(|e| format!("directories/{id}: {e}"))?,
                    d,
                ))
            })
            .collect::<Result<_, String>>()?;
        let find = |id: &Slug| directories.iter().find(|(d, _)| d == id).map(|(_, d)| d);
        let site: Site = decode(data, &DataFile::Site)?;
        let campaigns = (folder::<Campaign>(data, "campaigns")?.into_iter())
            .map(|(_, c)| {
                let slug = c.slug.clone();
                let published = c.with_directories(find).map_err(|id| {
                    format!("campaign {slug}: no directory file directories/{id}.json")
                })?;
                Ok(super::countries::name_countries(published, &site.languages))
            })
            .collect::<Result<Vec<_>, String>>()?;
        Ok(Self {
            site,
            lists: derive(&articles, &campaigns, &build_day()?),
            articles,
            campaigns,
            directories,
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

    /// Every list page there is, each read from the list file the app
    /// fetches for it.
    pub fn list_pages(&self) -> Vec<ListRoute> {
        (self.lists.iter())
            .filter_map(|(list, file)| {
                let route = list.route();
                let page = list_page(&route, file.clone())?;
                Some(ListRoute {
                    fetches: route.data_files(),
                    route,
                    page,
                })
            })
            .collect()
    }
}

/// The day of the build (in UTC), on which a deadline has passed or not
/// for the pre-rendered pages and the lists.
pub fn build_day() -> Result<Date, String> {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    let ms = now
        .map_err(|e| format!("the system clock is before 1970: {e}"))?
        .as_secs_f64()
        * 1000.0;
    local_date(ms, 0).ok_or_else(|| "the system clock gives no date".to_owned())
}

/// Every `*.json` file of `data/<name>`, decoded, by its name without the
/// extension, in file-name order; none when the folder does not exist (a
/// site without campaigns yet).
fn folder<T: serde::de::DeserializeOwned>(
    data: &Path,
    name: &str,
) -> Result<Vec<(String, T)>, String> {
    let dir = data.join(name);
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    (files.iter())
        .map(|path| {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy();
            Ok((stem.into_owned(), decode_file(data, path)?))
        })
        .collect()
}

/// Every article of `data/articles/*.md` but the drafts, as the app reads
/// it.
fn markdown_articles(data: &Path) -> Result<Vec<Article>, String> {
    let dir = data.join("articles");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(Vec::new());
    };
    let image_size = |src: &str| super::migrate::image_size(data, src);
    let mut articles = Vec::new();
    for path in entries.filter_map(Result::ok).map(|e| e.path()) {
        let (Some(stem), Some("md")) =
            (path.file_stem(), path.extension().and_then(|e| e.to_str()))
        else {
            continue;
        };
        let slug = stem.to_string_lossy();
        let shown = format!("data/articles/{slug}.md");
        let read = markdown::read(&slug, &crate::read(&path)?, &image_size).map_err(|refused| {
            let lines: Vec<String> = refused
                .iter()
                .map(|r| format!("{shown}:{}: {}", r.line, r.message))
                .collect();
            lines.join("\n")
        })?;
        if !read.draft {
            articles.push(serde_json::from_value(read.json).map_err(|e| format!("{shown}: {e}"))?);
        }
    }
    Ok(articles)
}

fn decode<T: serde::de::DeserializeOwned>(data: &Path, file: &DataFile) -> Result<T, String> {
    decode_file(data, &data.join(file.path()))
}

fn decode_file<T: serde::de::DeserializeOwned>(data: &Path, path: &Path) -> Result<T, String> {
    let shown = Path::new("data").join(path.strip_prefix(data).unwrap_or(path));
    serde_json::from_str(&crate::read(path)?).map_err(|e| format!("{}: {e}", shown.display()))
}

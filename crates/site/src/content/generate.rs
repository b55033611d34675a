//! `cargo xtask content generate N DIR`: a valid archive of N articles for
//! tests and the bench, made from the tests' seeded content generator
//! (`tests/support/generate.rs`): every optional field on or off, text in
//! every script the site serves, spread over 322 months like two decades of
//! a newsroom's archive, with a few dozen campaigns the articles call to,
//! and paragraphs of made-up prose whose words spread as a language's do.

// The tests' generator, whole; its fixed test cases are the tests' own.
#[allow(dead_code)]
#[path = "../../../../tests/support/generate.rs"]
mod cases;

use serde_json::{Value, json};
use std::path::Path;
use tocsin::model::{Article, Slug};
use tocsin::route::DataFile;

/// The months the archive spans: January 2000 to October 2026.
const MONTHS: usize = 322;
/// Campaigns in the archive; articles call to them in turn.
const CAMPAIGNS: usize = 24;
/// The image every generated article shows: a one-pixel GIF.
const IMAGE: &[u8] = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\
    \x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";
/// Where it is, in the data folder.
const IMAGE_PATH: &str = "images/photo.gif";
/// Extra paragraphs an article gets, at most: a few hundred words in all,
/// as a news article has.
const PARAGRAPHS: usize = 8;

/// Writes `site.json` (the site's, with its languages and appeals),
/// `articles/`, `campaigns/` and `directories/` of an archive of `count` articles into
/// `dir`, which must not hold content already.
pub fn write(site: &Value, count: usize, dir: &Path) -> Result<(), String> {
    for folder in ["articles", "campaigns", "directories", "images"] {
        let path = dir.join(folder);
        if path.exists() {
            return Err(format!(
                "{} exists: generate into an empty folder",
                path.display()
            ));
        }
        std::fs::create_dir_all(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let save = |name: String, value: &Value| {
        let path = dir.join(name);
        std::fs::write(&path, value.to_string()).map_err(|e| format!("{}: {e}", path.display()))
    };
    save(DataFile::Site.path(), site)?;
    let image = dir.join(IMAGE_PATH);
    std::fs::write(&image, IMAGE).map_err(|e| format!("{}: {e}", image.display()))?;
    let mut rng = cases::Rng::new(cases::SEED);
    let prose = Prose::new();
    // Articles that carry an appeal carry the site's first.
    let appeal = &site["appeals"][0]["id"];
    for i in 0..CAMPAIGNS {
        let file = DataFile::Campaign(generated(i)?);
        let mut campaign = cases::campaign(&mut rng, i);
        // The test generator writes campaigns as published; an editor's
        // file names its shared directory and the directory is its own file.
        let first_target = campaign
            .get_mut("reader_targets")
            .and_then(|t| t.get_mut(0));
        if let Some(target) = first_target.and_then(Value::as_object_mut)
            && let Some(Value::String(id)) = target.get("shared_directory")
        {
            let id = Slug::parse(id)?;
            let countries = target.remove("directory").unwrap_or_default();
            let directory = json!({ "name": "Embassies", "countries": countries });
            save(DataFile::Directory(id).path(), &directory)?;
        }
        save(file.path(), &campaign)?;
    }
    for i in 0..count {
        let mut article = article(&mut rng, &prose, i, count);
        if let Some(fields) = article.as_object_mut()
            && fields.contains_key("appeal")
        {
            match appeal {
                Value::Null => fields.remove("appeal"),
                id => fields.insert("appeal".into(), id.clone()),
            };
        }
        let article: Article =
            serde_json::from_value(article).map_err(|e| format!("generated-{i}: {e}"))?;
        let text = super::as_markdown(&article, &|src| (src == IMAGE_PATH).then_some((1, 1)))?;
        let path = dir.join(format!("articles/{}.md", article.slug));
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// The slug of generated article or campaign `i`, as the test generator
/// names them.
fn generated(i: usize) -> Result<Slug, String> {
    Slug::parse(&format!("generated-{i}"))
}

/// Article `i` of `count`: the test generator's case, dated so the archive
/// fills its months evenly, tagged from a few dozen tags, calling to one of
/// the archive's campaigns, with a body of a news article's length.
fn article(rng: &mut cases::Rng, prose: &Prose, i: usize, count: usize) -> Value {
    let mut article = cases::article(rng, i);
    let month = i * MONTHS / count.max(1);
    article["published"] = json!(format!(
        "{}-{:02}-{:02}",
        2000 + month / 12,
        month % 12 + 1,
        i % 28 + 1
    ));
    if article.get("tags").is_some() {
        article["tags"] = json!([format!("topic-{}", i % 7), format!("tag-{}", i % 61)]);
    }
    if article.get("campaign").is_some() {
        article["campaign"] = json!(format!("generated-{}", i % CAMPAIGNS));
    }
    // A translation past the archive's last article is left out.
    if let Some(translations) = article
        .get_mut("translations")
        .and_then(Value::as_object_mut)
    {
        let in_archive = |slug: &Value| {
            let n = slug.as_str().and_then(|s| s.strip_prefix("generated-"));
            n.and_then(|n| n.parse::<usize>().ok())
                .is_some_and(|n| n < count)
        };
        translations.retain(|_, slug| in_archive(slug));
    }
    if let Some(body) = article["body"].as_array_mut() {
        // The one image, whose size Markdown reads from the file.
        for block in body.iter_mut().filter(|b| b.get("image").is_some()) {
            block["image"]["src"] = json!(IMAGE_PATH);
            block["image"]["width"] = json!(1);
            block["image"]["height"] = json!(1);
        }
        for _ in 0..i % PARAGRAPHS {
            body.push(json!({ "paragraph": prose.paragraph(rng, 60) }));
        }
    }
    article
}

/// The archive's prose: made-up words used as a language uses its words
/// (Zipf's law: the word of rank k about 1/k as often as the first), so a
/// search index meets what a newsroom's archive gives it, a few words in
/// every article and most words in a few.
pub struct Prose {
    /// The chance of each rank or a lower one, from 0 to 1.
    cumulative: Vec<f64>,
}

impl Prose {
    /// How many words the vocabulary has.
    const WORDS: usize = 30_000;

    fn new() -> Prose {
        let weights: Vec<f64> = (1..=Self::WORDS)
            .map(|k| 1.0 / (k as f64).powf(1.07))
            .collect();
        let total: f64 = weights.iter().sum();
        let mut sum = 0.0;
        let cumulative = weights
            .iter()
            .map(|w| {
                sum += w / total;
                sum
            })
            .collect();
        Prose { cumulative }
    }

    /// The word of rank `k` (from 0): syllables spelling `k`, two at least.
    pub fn word(k: usize) -> String {
        const SYLLABLES: [&str; 40] = [
            "ka", "ri", "mo", "te", "lu", "sa", "no", "vi", "de", "po", "ma", "ze", "ro", "ti",
            "gu", "le", "ba", "ni", "fo", "ke", "da", "su", "mi", "to", "re", "pa", "go", "li",
            "ne", "vu", "sho", "tra", "pel", "kor", "min", "das", "ver", "lan", "tor", "bes",
        ];
        let n = SYLLABLES.len();
        let mut word = String::from(SYLLABLES[k % n]);
        let mut rest = k / n;
        loop {
            word.push_str(SYLLABLES[rest % n]);
            rest /= n;
            if rest == 0 {
                break word;
            }
        }
    }

    /// A paragraph of one to `most` words in sentences of about a dozen.
    fn paragraph(&self, rng: &mut cases::Rng, most: usize) -> String {
        let count = 1 + rng.below(most);
        let mut text = String::new();
        for i in 0..count {
            let chance = rng.below(1 << 30) as f64 / f64::from(1u32 << 30);
            let rank = self
                .cumulative
                .partition_point(|&c| c < chance)
                .min(Self::WORDS - 1);
            let word = Self::word(rank);
            if i % 12 == 0 {
                let mut letters = word.chars();
                text.extend(letters.next().map(|c| c.to_ascii_uppercase()));
                text.extend(letters);
            } else {
                text.push_str(&word);
            }
            text.push_str(if i % 12 == 11 || i + 1 == count {
                ". "
            } else {
                " "
            });
        }
        text.trim_end().to_owned()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_generated_archive_passes_the_checker_and_lists_every_article() {
        let dir = std::env::temp_dir().join(format!("tocsin-generate-{}", std::process::id()));
        let project = crate::project::Project::locate();
        crate::content::generate_archive(&project, 400, &dir).unwrap();
        let summary = crate::content::check_dir(&dir).unwrap();
        assert!(summary.contains("427 files"), "{summary}");
        let content = crate::content::Content::read(&dir).unwrap();
        let (_, front) = &content.lists[0];
        assert_eq!((front.page, front.pages), (1, 40));
        // The newest article is the last one, in the archive's last month.
        assert_eq!(front.articles[0].published.month().as_str(), "2026-10");
        let months = content
            .lists
            .iter()
            .filter(|(l, _)| l.route().path().starts_with("/archive/"));
        assert!(months.count() > 300);
        // Generating into a folder that holds content is refused.
        let refused = crate::content::generate_archive(&project, 1, &dir).unwrap_err();
        assert!(refused.contains("exists"), "{refused}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_prose_spreads_its_words_as_a_language_does() {
        use super::{Prose, cases};
        let prose = Prose::new();
        let mut rng = cases::Rng::new(7);
        let text: Vec<String> = (0..2_000).map(|_| prose.paragraph(&mut rng, 60)).collect();
        let count = |word: &str| {
            text.iter()
                .filter(|p| p.to_lowercase().split([' ', '.']).any(|w| w == word))
                .count()
        };
        let (common, middling, rare) = (
            count(&Prose::word(0)),
            count(&Prose::word(300)),
            count(&Prose::word(20_000)),
        );
        assert!(common > 1_000, "{common}");
        assert!((5..300).contains(&middling), "{middling}");
        assert!(rare < 5, "{rare}");
        // Distinct ranks spell distinct words.
        let words: std::collections::HashSet<String> = (0..Prose::WORDS).map(Prose::word).collect();
        assert_eq!(words.len(), Prose::WORDS);
    }
}

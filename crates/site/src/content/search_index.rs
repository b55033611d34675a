//! The archive's search index (`tocsin::search::index`): the words of every
//! article, newest first, cut into small files under `data/search/` so that
//! the search page fetches only what a search needs. Every language is in
//! the one index, so a search from any page finds articles in all of them.
//! Each article's words are indexed with their Snowball stems in its own
//! language (English, Russian, German and Arabic; Kazakh, which Snowball
//! lacks, is found by the starts of words), and Cyrillic words in Latin
//! letters too (`tocsin::search::latin`, as the search page spells a
//! query), so that a reader who types `Kurmanov` finds `Курманов`.

use super::Content;
use crate::output::Output;
use rust_stemmers::{Algorithm, Stemmer};
use tocsin::model::{Article, BasePath};
use tocsin::route::DataFile;
use tocsin::search::index::{IndexWriter, WORD_FILE_BYTES};
use tocsin::search::{article_text, fold, latin, terms};

/// The Snowball stemmer of language `tag`, if Snowball has one.
fn stemmer(tag: &str) -> Option<Stemmer> {
    let algorithm = match tag.split('-').next()?.to_ascii_lowercase().as_str() {
        "en" => Algorithm::English,
        "ru" => Algorithm::Russian,
        "de" => Algorithm::German,
        "ar" => Algorithm::Arabic,
        _ => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// `words`, then the stem of each that has one of its own, then the Latin
/// spelling of each Cyrillic one.
fn with_forms(mut words: Vec<String>, stemmer: Option<&Stemmer>) -> Vec<String> {
    let stems: Vec<String> = (stemmer.into_iter())
        .flat_map(|stemmer| words.iter().map(|w| fold(&stemmer.stem(w))))
        .filter(|stem| !stem.is_empty() && !words.contains(stem))
        .collect();
    let latin: Vec<String> = (words.iter().chain(&stems))
        .filter(|w| w.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)))
        .map(|w| latin(w))
        .collect();
    words.extend(stems);
    words.extend(latin);
    words
}

/// Writes the search index of `content`'s articles into `output`.
pub fn write(content: &Content, output: &Output) -> Result<(), String> {
    let mut articles: Vec<&Article> = content.articles.iter().collect();
    articles.sort_by(|a, b| b.published.cmp(&a.published).then(a.slug.cmp(&b.slug)));
    let mut writer = IndexWriter::default();
    let first = content.site.languages.first().map(|l| l.as_str());
    for article in articles {
        let language = article.language.as_ref().map(|l| l.as_str()).or(first);
        let stemmer = language.and_then(stemmer);
        let text: Vec<String> = article_text(article)
            .iter()
            .flat_map(|t| terms(t))
            .collect();
        writer.add(
            article.slug.as_str(),
            &with_forms(terms(&article.title), stemmer.as_ref()),
            &with_forms(text, stemmer.as_ref()),
        );
    }
    let files = writer.files(WORD_FILE_BYTES);
    let put = |file: DataFile, text: &str| {
        let path = file.href(&BasePath::default());
        output.write(path.trim_start_matches('/'), text)
    };
    put(DataFile::SearchIndex, &files.manifest)?;
    for (name, text) in &files.words {
        put(DataFile::SearchWords(name.clone()), text)?;
    }
    for (n, text) in files.articles.iter().enumerate() {
        put(DataFile::SearchArticles(n), text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_indexed_with_their_stems_and_cyrillic_in_latin_letters() {
        let russian = stemmer("ru");
        let words = with_forms(terms("Прокурору Курманова арестован"), russian.as_ref());
        for form in [
            "прокурору",
            "прокурор",
            "курманов",
            "kurmanova",
            "kurmanov",
            "prokuroru",
        ] {
            assert!(words.contains(&form.to_owned()), "{form}: {words:?}");
        }
        let english = stemmer("en");
        let words = with_forms(terms("Workers protesting"), english.as_ref());
        assert!(words.contains(&"protest".to_owned()), "{words:?}");
        // Kazakh has no Snowball stemmer: its words stay whole, in Latin too.
        assert!(stemmer("kk").is_none());
        let words = with_forms(terms("Қазақстан"), None);
        assert_eq!(words, ["қазақстан", "kazakstan"]);
    }
}

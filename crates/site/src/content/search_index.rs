//! The archive's search index (`tocsin::search::index`): the words of every
//! article, newest first, cut into small files under `data/search/` so that
//! the search page fetches only what a search needs. Every language is in
//! the one index, so a search from any page finds articles in all of them;
//! Cyrillic words are indexed in Latin letters too, so that a reader who
//! types `Kurmanov` finds the articles that write `Курманов`.

use super::Content;
use crate::output::Output;
use tocsin::model::{Article, BasePath};
use tocsin::route::DataFile;
use tocsin::search::index::{IndexWriter, WORD_FILE_BYTES};
use tocsin::search::{article_text, fold, terms};

/// `words` and, after them, the Latin spelling of each Cyrillic one.
fn with_latin(mut words: Vec<String>) -> Vec<String> {
    let latin: Vec<String> = words
        .iter()
        .filter(|w| w.chars().any(|c| ('\u{400}'..='\u{4FF}').contains(&c)))
        .map(|w| {
            let latin = fold(&deunicode::deunicode(w));
            latin
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    words.extend(latin);
    words
}

/// Writes the search index of `content`'s articles into `output`.
pub fn write(content: &Content, output: &Output) -> Result<(), String> {
    let mut articles: Vec<&Article> = content.articles.iter().collect();
    articles.sort_by(|a, b| b.published.cmp(&a.published).then(a.slug.cmp(&b.slug)));
    let mut writer = IndexWriter::default();
    for article in articles {
        let text: Vec<String> = article_text(article)
            .iter()
            .flat_map(|t| terms(t))
            .collect();
        writer.add(
            article.slug.as_str(),
            &with_latin(terms(&article.title)),
            &with_latin(text),
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
    fn cyrillic_words_are_also_indexed_in_latin_letters() {
        let words = with_latin(terms("Курманов арестован в Алматы, Қазақстан; Ainur حرية"));
        assert_eq!(
            words[7..],
            ["kurmanov", "arestovan", "v", "almaty", "kazakstan"]
        );
    }
}

//! What the reading view derives from content: reading time and language
//! names.

use super::{Article, Block, LanguageTag, Rich};

/// Words a reader reads in a minute, a common figure for news on screens.
const WORDS_PER_MINUTE: usize = 200;

/// Articles on one page of a list.
pub const PAGE_SIZE: usize = 10;

impl Article {
    /// Average reading time in whole minutes, at least one.
    pub fn reading_minutes(&self) -> usize {
        let words = |text: &str| text.split_whitespace().count();
        let rich = |r: &Rich| words(&r.plain_text());
        let body: usize = self
            .body
            .iter()
            .map(|block| match block {
                Block::Paragraph(text) | Block::Quote { text, .. } => rich(text),
                Block::Heading(text) => words(text),
                Block::List { items, .. } => items.iter().map(rich).sum(),
                Block::Image { caption, .. } => caption.as_deref().map_or(0, words),
            })
            .sum();
        let total = body + words(&self.title) + words(&self.standfirst);
        total.div_ceil(WORDS_PER_MINUTE).max(1)
    }
}

/// A language's own name for the tags the demo letters use; others show the tag.
pub fn language_name(tag: &LanguageTag) -> String {
    match tag
        .as_str()
        .split('-')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
        .as_str()
    {
        "en" => "English".to_owned(),
        "ru" => "Русский".to_owned(),
        "de" => "Deutsch".to_owned(),
        "fr" => "Français".to_owned(),
        "es" => "Español".to_owned(),
        "kk" => "Қазақша".to_owned(),
        "ar" => "العربية".to_owned(),
        _ => tag.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_time_counts_body_words() {
        let mut article: Article = serde_json::from_str(
            r#"{"slug": "a", "title": "One two", "standfirst": "three", "published": "2010-04-15",
                "byline": "b", "section": "s", "body": [{"paragraph": "four"}]}"#,
        )
        .unwrap();
        assert_eq!(article.reading_minutes(), 1);
        let long = "word ".repeat(450);
        article
            .body
            .push(Block::Paragraph(Rich(vec![super::super::Inline::Text(
                long,
            )])));
        assert_eq!(article.reading_minutes(), 3);
    }
}

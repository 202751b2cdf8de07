//! Reading level of the reader-facing text, so plain language is tested, not hoped for.
//!
//! Flesch-Kincaid grade level:
//!
//! ```text
//! grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
//! ```
//!
//! - Words are runs of letters, digits, apostrophes and inner hyphens or points ("IL-2", "7.4").
//! - Sentences end at `.`, `!`, `?` or `:` followed by a space or the end of the text; a text
//!   without one is one sentence.
//! - Syllables: each run of vowels (a, e, i, o, u, y) counts one; a final silent "e" is not
//!   counted (but "-le" is, as in "able"); every word has at least one. A word written in
//!   digits counts two syllables, the typical length of a spoken number.
//! - Words the glossary explains (see [`Counts::with_terms`]) count two syllables. A decision
//!   aid cannot avoid naming its treatments ("cytoreductive nephrectomy", "pembrolizumab"), and
//!   the reader gets each such word explained in place, so the score measures the prose
//!   around them. The tests report the raw grade too.

/// Word, sentence and syllable counts of a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Counts {
    pub fn of(text: &str) -> Counts {
        Counts::with_terms(text, &[])
    }

    /// Like [`Counts::of`], counting each word listed in `terms` (lowercase) as two syllables.
    pub fn with_terms(text: &str, terms: &[String]) -> Counts {
        let mut counts = Counts::default();
        for word in words(text) {
            counts.words += 1;
            let explained = terms.iter().any(|term| term.eq_ignore_ascii_case(word));
            counts.syllables += if explained { 2 } else { syllables(word) };
        }
        counts.sentences = sentences(text).max(1);
        counts
    }

    /// The Flesch-Kincaid grade level; 0 for a text without words.
    pub fn grade(self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        let words = self.words as f64;
        0.39 * (words / self.sentences as f64) + 11.8 * (self.syllables as f64 / words) - 15.59
    }
}

/// The Flesch-Kincaid grade level of `text`.
pub fn grade(text: &str) -> f64 {
    Counts::of(text).grade()
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.')))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.chars().collect();
    chars
        .iter()
        .enumerate()
        .filter(|(i, c)| matches!(c, '.' | '!' | '?' | ':') && chars.get(i + 1).is_none_or(|n| n.is_whitespace()))
        .count()
}

/// Syllables of one word, by the rule in the module docs.
pub fn syllables(word: &str) -> usize {
    if word.chars().any(|c| c.is_ascii_digit()) && !word.chars().any(|c| c.is_alphabetic()) {
        return 2;
    }
    // Hyphenated words ("non-clear", "IL-2") count part by part.
    word.split('-').filter(|part| !part.is_empty()).map(part_syllables).sum::<usize>().max(1)
}

fn part_syllables(part: &str) -> usize {
    if !part.chars().any(|c| c.is_alphabetic()) {
        return if part.chars().any(|c| c.is_ascii_digit()) { 1 } else { 0 };
    }
    let letters: Vec<char> = part.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'á' | 'é' | 'í' | 'ó' | 'ú');
    let mut count = 0;
    let mut previous_vowel = false;
    for &c in &letters {
        let is_vowel = vowel(c);
        if is_vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = is_vowel;
    }
    let n = letters.len();
    let silent_e = n > 2 && letters[n - 1] == 'e' && !vowel(letters[n - 2]) && !(letters[n - 2] == 'l' && !vowel(letters[n - 3]));
    if silent_e && count > 1 {
        count -= 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_rule() {
        for (word, expected) in [
            ("cat", 1), ("table", 2), ("make", 1), ("cancer", 2), ("kidney", 2), ("the", 1),
            ("immunotherapy", 6), ("surgery", 3), ("IL-2", 2), ("2.6", 2), ("non-clear", 2),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn grade_of_known_texts() {
        // 2 sentences, 8 words, 8 syllables: 0.39*4 + 11.8*1 - 15.59 = -2.23
        let easy = Counts::of("The cat sat down. The dog ran off.");
        assert_eq!(easy, Counts { words: 8, sentences: 2, syllables: 8 });
        assert!((easy.grade() - (-2.23)).abs() < 1e-9);
        // Long words and long sentences score high.
        assert!(grade("Cytoreductive nephrectomy necessitates comprehensive multidisciplinary evaluation of comorbidities.") > 20.0);
        // Decimal points do not end sentences.
        assert_eq!(Counts::of("It lasted 7.4 months for half of them.").sentences, 1);
    }
}

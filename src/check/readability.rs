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
//!
//! For Spanish, the Fernández-Huerta reading ease (higher is easier; 60 and above is plain
//! language for a general adult reader):
//!
//! ```text
//! ease = 206.84 − 0.60 × P − 1.02 × F
//! ```
//!
//! where P is syllables per 100 words and F is sentences per 100 words. Spanish syllables are
//! counted by vowel nuclei: in each run of vowels, every strong vowel (a, e, o) and every
//! accented vowel (á, é, í, ó, ú) is a nucleus, and unaccented weak vowels (i, u, ü, y) join a
//! neighbour as a diphthong, so a run of only weak vowels counts one ("cui-da-dos",
//! "tra-ta-mien-to", "dí-a").
//!
//! - Words the glossary explains (see [`Counts::with_terms`]) count two syllables. A decision
//!   aid cannot avoid naming its treatments ("cytoreductive nephrectomy", "pembrolizumab"), and
//!   the reader gets each such word explained in place, so the score measures the prose
//!   around them. The tests report the raw grade too.

use mrcc_model::{Dataset, Problem};

/// The highest Flesch-Kincaid grade of an option's summary in English.
pub const SUMMARY_GRADE: f64 = 8.0;
/// The highest Flesch-Kincaid grade of any other prose field in English.
pub const FIELD_GRADE: f64 = 10.0;
/// The lowest Fernández-Huerta ease of an option's summary in Spanish.
pub const SUMMARY_EASE: f64 = 60.0;

/// The words the glossary explains, one lowercase word each ([`Counts::with_terms`]).
pub fn glossary_words(dataset: &Dataset) -> Vec<String> {
    dataset
        .glossary
        .iter()
        .flat_map(|g| std::iter::once(&g.term).chain(&g.also))
        .flat_map(|t| t.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>())
        .collect()
}

/// The reading levels the built-in content is held to (the limits above), as warnings for any
/// dataset, so that a hospital's own text gets the same check (`mrcc-content validate`). Other
/// languages than English and Spanish are not measured. The fields are the model's one list of
/// prose (`Dataset::prose_fields`).
pub fn warnings(dataset: &Dataset) -> Vec<Problem> {
    let terms = glossary_words(dataset);
    let primary = dataset.meta.language.split('-').next().unwrap_or_default().to_ascii_lowercase();
    let mut problems = Vec::new();
    dataset.prose_fields(&mut |path, text| {
        let summary = path.render().ends_with(".summary");
        let message = match primary.as_str() {
            "en" => {
                let grade = Counts::with_terms(text, &terms).grade();
                let limit = if summary { SUMMARY_GRADE } else { FIELD_GRADE };
                (grade > limit).then(|| format!("reading level: grade {grade:.1}, above {limit}"))
            }
            "es" if summary => {
                let ease = fernandez_huerta(counts_es(text, &terms));
                (ease < SUMMARY_EASE).then(|| format!("reading level: ease {ease:.1}, below {SUMMARY_EASE}"))
            }
            _ => None,
        };
        if let Some(message) = message {
            problems.push(Problem::warning(path.render(), format!("{message}: shorter sentences and words")));
        }
    });
    problems
}

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

/// Spanish word, sentence and syllable counts; words the glossary explains (lowercase in
/// `terms`) count two syllables, as in [`Counts::with_terms`].
pub fn counts_es(text: &str, terms: &[String]) -> Counts {
    let mut counts = Counts::default();
    for word in words(text) {
        counts.words += 1;
        let explained = terms.iter().any(|term| term.to_lowercase() == word.to_lowercase());
        counts.syllables += if explained { 2 } else { syllables_es(word) };
    }
    counts.sentences = sentences(text).max(1);
    counts
}

/// The Fernández-Huerta reading ease of Spanish text; 0 for a text without words.
pub fn fernandez_huerta(counts: Counts) -> f64 {
    if counts.words == 0 {
        return 0.0;
    }
    let per_100_words = |n: usize| n as f64 * 100.0 / counts.words as f64;
    206.84 - 0.60 * per_100_words(counts.syllables) - 1.02 * per_100_words(counts.sentences)
}

/// Syllables of one Spanish word, by vowel nuclei (see the module docs).
pub fn syllables_es(word: &str) -> usize {
    if !word.chars().any(char::is_alphabetic) {
        return 2;
    }
    let strong = |c: char| matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'í' | 'ó' | 'ú');
    let weak = |c: char| matches!(c, 'i' | 'u' | 'ü' | 'y');
    let mut count = 0;
    let mut run_strong = 0;
    let mut run_any = false;
    let mut close_run = |run_strong: &mut usize, run_any: &mut bool| {
        if *run_any {
            count += (*run_strong).max(1);
        }
        *run_strong = 0;
        *run_any = false;
    };
    let letters: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    for (i, &c) in letters.iter().enumerate() {
        // "y" is a consonant before a vowel ("ya", "mayo").
        let is_vowel =
            strong(c) || (weak(c) && !(c == 'y' && letters.get(i + 1).is_some_and(|&n| strong(n) || weak(n))));
        if is_vowel {
            run_any = true;
            if strong(c) {
                run_strong += 1;
            }
        } else {
            close_run(&mut run_strong, &mut run_any);
        }
    }
    close_run(&mut run_strong, &mut run_any);
    count.max(1)
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
    // A final "e" after a consonant is silent ("make"), except in "-le" after a consonant ("table").
    let consonant_le = |i: usize| letters[i] == 'l' && !vowel(letters[i - 1]);
    let silent_e = n > 2 && letters[n - 1] == 'e' && !vowel(letters[n - 2]) && !consonant_le(n - 2);
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
            ("cat", 1),
            ("table", 2),
            ("make", 1),
            ("cancer", 2),
            ("kidney", 2),
            ("the", 1),
            ("immunotherapy", 6),
            ("surgery", 3),
            ("IL-2", 2),
            ("2.6", 2),
            ("non-clear", 2),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn spanish_syllable_rule() {
        for (word, expected) in [
            ("cuidados", 3),
            ("tratamiento", 4),
            ("día", 2),
            ("riñón", 2),
            ("cáncer", 2),
            ("muy", 1),
            ("paliativos", 4),
            ("inmunoterapia", 6),
            ("ayuda", 3),
            ("oír", 2),
            ("que", 1),
            ("células", 3),
        ] {
            assert_eq!(syllables_es(word), expected, "{word}");
        }
    }

    #[test]
    fn fernandez_huerta_of_known_texts() {
        // 7 words, 2 sentences, 11 syllables.
        let counts = counts_es("El gato come. La casa es roja.", &[]);
        assert_eq!(counts, Counts { words: 7, sentences: 2, syllables: 11 });
        let ease = fernandez_huerta(counts);
        let expected = 206.84 - 0.60 * (11.0 * 100.0 / 7.0) - 1.02 * (2.0 * 100.0 / 7.0);
        assert!((ease - expected).abs() < 1e-9);
        assert!(
            fernandez_huerta(counts_es(
                "La nefrectomía citorreductora necesita una evaluación multidisciplinaria exhaustiva.",
                &[]
            )) < 30.0
        );
    }

    #[test]
    fn grade_of_known_texts() {
        // 2 sentences, 8 words, 8 syllables: 0.39*4 + 11.8*1 - 15.59 = -2.23
        let easy = Counts::of("The cat sat down. The dog ran off.");
        assert_eq!(easy, Counts { words: 8, sentences: 2, syllables: 8 });
        assert!((easy.grade() - (-2.23)).abs() < 1e-9);
        // Long words and long sentences score high.
        assert!(
            grade(
                "Cytoreductive nephrectomy necessitates comprehensive multidisciplinary evaluation of comorbidities."
            ) > 20.0
        );
        // Decimal points do not end sentences.
        assert_eq!(Counts::of("It lasted 7.4 months for half of them.").sentences, 1);
    }
}

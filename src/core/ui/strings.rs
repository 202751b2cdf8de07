//! Every fixed UI string, in one table per language, so that no text is written inline in the
//! components. English and Spanish are built in; a dataset can carry a table of its own (its
//! `ui` field), so a hospital can add a language without a rebuild. Keys missing from a table
//! fall back to English, and the validator lists them.

use super::intl;
use mrcc_model::interface::{built_in_table, EN, KEYS};
use mrcc_model::small_map::SmallMap;
use mrcc_model::{Category, Evidence, FigureKind, Fit, Meta};

use super::state::{Importance, Said, SURE_ITEMS};
use mrcc_model::text::join;

macro_rules! ui_strings {
    ($($key:ident,)*) => {
        /// The UI strings of one language: one text per interface key, read through the method
        /// of the key's name (`strings.why()`).
        ///
        /// An array indexed by the key, not a struct with a field per key: built in one loop
        /// and dropped in one, where a hundred fields compiled into a hundred calls each way
        /// (about 1 KB brotli of the core). A constant index needs no bounds check, so reading a
        /// text costs what reading a field did.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Strings {
            /// The language the strings are for (plurals and numbers follow it).
            pub language: String,
            texts: [String; KEYS.len()],
        }

        /// The position of each key in [`KEYS`] and in [`Strings`]' texts.
        #[allow(non_camel_case_types)]
        enum Key {
            $($key,)*
        }

        impl Strings {
            $(
                #[inline(always)]
                pub fn $key(&self) -> &str {
                    &self.texts[Key::$key as usize]
                }
            )*
        }
    };
}

mrcc_model::with_interface_keys!(ui_strings);

impl Strings {
    /// The strings for `language`: the dataset's own `ui` entry for each key, else the built-in
    /// table's, else English.
    fn from_tables(language: &str, own: &SmallMap<String, String>, built_in: &[(&str, &str)]) -> Strings {
        Strings { language: language.to_owned(), texts: std::array::from_fn(|index| pick(KEYS[index], own, built_in)) }
    }
}

impl Strings {
    /// The strings for a dataset: the built-in table for its language (English when there is
    /// none), with the dataset's own `ui` entries on top.
    pub fn for_dataset(language: &str, own: &SmallMap<String, String>) -> Strings {
        Strings::from_tables(language, own, built_in_table(language))
    }

    /// The strings the widget shows: the dataset's own `ui` entries. No built-in table is in
    /// the widget's wasm: every packed dataset carries its strings, added by
    /// [`add_built_in_strings`](mrcc_model::interface::add_built_in_strings) when it is packed
    /// (a key is empty only in the first screen's part, until its details arrive).
    pub fn for_widget(language: &str, own: &SmallMap<String, String>) -> Strings {
        Strings { language: language.to_owned(), texts: std::array::from_fn(|index| own_text(KEYS[index], own)) }
    }

    pub fn en() -> Strings {
        Strings::for_dataset("en", &SmallMap::new())
    }

    pub fn category(&self, category: Category) -> &str {
        match category {
            Category::Medicine => self.category_medicine(),
            Category::Surgery => self.category_surgery(),
            Category::Radiation => self.category_radiation(),
            Category::Research => self.category_research(),
            Category::Care => self.category_care(),
            Category::Monitoring => self.category_monitoring(),
        }
    }

    pub fn figure_kind(&self, kind: FigureKind) -> &str {
        match kind {
            FigureKind::Benefit => self.figure_benefit(),
            FigureKind::Harm => self.figure_harm(),
            FigureKind::Comparison => self.figure_comparison(),
            FigureKind::Context => self.figure_context(),
        }
    }

    pub fn evidence(&self, evidence: Evidence) -> &str {
        match evidence {
            Evidence::RandomizedTrial => self.evidence_randomized_trial(),
            Evidence::SingleArmStudy => self.evidence_single_arm_study(),
            Evidence::CaseSeries => self.evidence_case_series(),
            Evidence::SystematicReview => self.evidence_systematic_review(),
            Evidence::Survey => self.evidence_survey(),
        }
    }

    /// "1,096 people".
    pub fn people(&self, count: u32) -> String {
        fill(self.figure_people(), &[("n", &intl::number(&self.language, count as usize))])
    }

    /// An ISO date in full, in this table's language.
    pub fn date(&self, iso: &str) -> String {
        intl::date(&self.language, iso)
    }

    /// The hospital review line: who reviewed and when, or that nobody has yet.
    pub fn hospital_review_status(&self, meta: &Meta) -> String {
        let hospital = if meta.hospital.trim().is_empty() { self.this_hospital() } else { &meta.hospital };
        let reviewers: Vec<&str> =
            meta.hospital_reviewers.iter().map(|name| name.trim()).filter(|name| !name.is_empty()).collect();
        if reviewers.is_empty() || meta.hospital_reviewed.is_empty() {
            fill(self.not_yet_reviewed(), &[("hospital", hospital)])
        } else {
            format!("{} ({hospital}), {}.", join(&reviewers, ", "), self.date(&meta.hospital_reviewed))
        }
    }

    /// "Often used in situations like yours" once the reader has answered something; before,
    /// just "Often used": with nothing answered there is no situation like theirs yet.
    pub fn fit(&self, fit: Fit, answered: bool) -> String {
        let label = match fit {
            Fit::Likely => self.fit_likely(),
            Fit::Possible => self.fit_possible(),
            Fit::Unlikely => self.fit_unlikely(),
        };
        self.for_situation(label, answered)
    }

    fn for_situation(&self, text: &str, answered: bool) -> String {
        if answered {
            fill(self.like_yours(), &[("text", text)])
        } else {
            text.to_owned()
        }
    }

    /// What the explorer's status region says after an action that moved focus.
    pub fn said(&self, said: Said) -> String {
        let text = match said {
            Said::RiskSet => self.risk_used(),
            Said::QuestionAdded => self.added_to_questions(),
            Said::QuestionRemoved | Said::ComparisonRemoved => self.removed(),
            Said::StartedOver => self.started_over(),
            Said::Restored => self.restored(),
            Said::Comparing => self.compare_heading(),
            Said::Compared(0) => self.removed(),
            Said::Compared(1) => self.compare_one_more(),
            Said::Compared(n) => return fill(self.compare_now(), &[("n", &intl::number(&self.language, n))]),
            Said::Jumped => "",
        };
        text.to_owned()
    }

    pub fn importance(&self, importance: Importance) -> &str {
        match importance {
            Importance::Not => self.importance_not(),
            Importance::Somewhat => self.importance_somewhat(),
            Importance::Very => self.importance_very(),
        }
    }

    /// The live-region sentence after every change, e.g. "3 options are often used in
    /// situations like yours, 5 sometimes, and 1 usually not." The plural form and the
    /// numbers come from `Intl` for the language.
    pub fn result_count(&self, likely: usize, possible: usize, unlikely: usize, answered: bool) -> String {
        let n = |count| intl::number(&self.language, count);
        let first =
            if intl::is_one(&self.language, likely) { self.count_likely_one() } else { self.count_likely_other() };
        let first = self.for_situation(&fill(first, &[("n", &n(likely))]), answered);
        fill(self.count_rest(), &[("likely", &first), ("possible", &n(possible)), ("unlikely", &n(unlikely))])
    }

    /// "Made on December 1, 2026."
    pub fn summary_made(&self, iso: &str) -> String {
        fill(self.summary_date(), &[("date", &self.date(iso))])
    }

    /// "Sunitinib: 49 of 100", the caption of an icon array.
    pub fn out_of_100(&self, who: &str, count: u8) -> String {
        fill(self.figure_out_of_100(), &[("who", who), ("n", &intl::number(&self.language, count.into()))])
    }

    /// The SURE test's questions, in the instrument's order.
    pub fn sure_questions(&self) -> [&str; SURE_ITEMS] {
        [self.sure_sure(), self.sure_understand(), self.sure_risk_benefit(), self.sure_encouragement()]
    }

    pub fn yes_no(&self, yes: bool) -> &str {
        if yes {
            self.yes()
        } else {
            self.no()
        }
    }

    /// "Show all 27".
    pub fn show_all(&self, count: usize) -> String {
        fill(self.show_all_n(), &[("n", &intl::number(&self.language, count))])
    }

    /// "Answer 7 questions".
    pub fn jump_questions(&self, count: usize) -> String {
        fill(self.jump_to_questions(), &[("n", &intl::number(&self.language, count))])
    }

    /// "See all 10 options".
    pub fn jump_options(&self, count: usize) -> String {
        fill(self.jump_to_options(), &[("n", &intl::number(&self.language, count))])
    }

    /// "2 chosen: compare now".
    pub fn compare_now_count(&self, count: usize) -> String {
        fill(self.compare_now(), &[("n", &intl::number(&self.language, count))])
    }

    /// "2 of 6".
    pub fn n_of_total(&self, count: usize, total: usize) -> String {
        let (count, total) = (intl::number(&self.language, count), intl::number(&self.language, total));
        fill(self.count_of(), &[("n", &count), ("total", &total)])
    }
}

/// One string of the dataset's own table. Not inlined: one copy serves every key.
#[inline(never)]
fn own_text(key: &str, own: &SmallMap<String, String>) -> String {
    own.get(key).cloned().unwrap_or_default()
}

/// One string of a table. Not inlined: a single copy serves every key, where a copy per key
/// cost kilobytes of wasm.
#[inline(never)]
fn pick(key: &str, own: &SmallMap<String, String>, built_in: &[(&str, &str)]) -> String {
    let table = |table: &[(&str, &str)]| table.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned());
    own.get(key).cloned().or_else(|| table(built_in)).or_else(|| table(EN)).unwrap_or_default()
}

/// Replaces each `{name}` in `template` with its value, in one pass (a value is never read as a
/// template). Splits at single characters: `str::replace` with a string pattern brings the
/// substring searcher into the wasm (1.5 KB).
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let named = after
            .split_once('}')
            .and_then(|(name, tail)| values.iter().find(|(known, _)| *known == name).map(|(_, value)| (*value, tail)));
        rest = match named {
            Some((value, tail)) => {
                out.push_str(value);
                tail
            }
            None => {
                out.push('{');
                after
            }
        };
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fills_each_named_place_once() {
        assert_eq!(fill("{n} of {total}", &[("n", "2"), ("total", "6")]), "2 of 6");
        assert_eq!(fill("{n}, {n}", &[("n", "1")]), "1, 1");
        // A value is text, never a template; unknown and unclosed places stay as written.
        assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "x")]), "{b} x");
        assert_eq!(fill("{other} {n", &[("n", "1")]), "{other} {n");
        assert_eq!(fill("día {n}: ñ", &[("n", "3")]), "día 3: ñ");
    }
}

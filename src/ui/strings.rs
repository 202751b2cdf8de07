//! Every fixed UI string, in one table per language, so that no text is written inline in the
//! components and a translation is one more table.

use crate::content::{Category, FigureKind, Fit};
use crate::ui::state::Importance;

/// The UI strings of one language.
#[derive(Debug, PartialEq)]
pub struct Strings {
    pub reviewed: &'static str,
    // My situation
    pub situation_heading: &'static str,
    pub situation_intro: &'static str,
    pub start_over: &'static str,
    // Options and fit
    pub options_heading: &'static str,
    pub options_intro: &'static str,
    pub fit_likely: &'static str,
    pub fit_possible: &'static str,
    pub fit_unlikely: &'static str,
    pub why: &'static str,
    pub compare_this: &'static str,
    pub add_question: &'static str,
    pub question_added: &'static str,
    pub learn_more: &'static str,
    pub what_it_is: &'static str,
    pub goal: &'static str,
    pub what_it_involves: &'static str,
    pub time_and_recovery: &'static str,
    pub usually_for: &'static str,
    pub benefits: &'static str,
    pub harms: &'static str,
    pub living_with: &'static str,
    pub figures: &'static str,
    pub figure_group: &'static str,
    pub figure_time_frame: &'static str,
    pub figure_source: &'static str,
    pub questions: &'static str,
    pub sources: &'static str,
    // Compare
    pub compare_heading: &'static str,
    pub compare_hint: &'static str,
    pub compare_full: &'static str,
    pub compare_caption: &'static str,
    pub compare_summary: &'static str,
    pub compare_how: &'static str,
    pub compare_benefits: &'static str,
    pub compare_harms: &'static str,
    // Risk checklist
    pub risk_open: &'static str,
    pub risk_legend: &'static str,
    pub risk_ticked: &'static str,
    pub risk_matches: &'static str,
    pub use_risk: &'static str,
    pub risk_used: &'static str,
    // What matters to me
    pub values_heading: &'static str,
    pub values_intro: &'static str,
    // My questions
    pub my_questions_heading: &'static str,
    pub my_questions_intro: &'static str,
    pub own_question_label: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    pub copy_questions: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub no_questions: &'static str,
    // Summary
    pub make_summary: &'static str,
    pub summary_heading: &'static str,
    pub summary_intro: &'static str,
    pub print: &'static str,
    pub download: &'static str,
    pub download_file_name: &'static str,
    pub back: &'static str,
    pub not_answered: &'static str,
    pub not_rated: &'static str,
    // Glossary, about, links
    pub glossary: &'static str,
    pub about: &'static str,
    pub next_review: &'static str,
    pub publisher: &'static str,
    pub update_policy: &'static str,
    pub funding: &'static str,
    pub conflicts: &'static str,
    pub next_steps: &'static str,
}

pub const EN: Strings = Strings {
    reviewed: "Content reviewed",
    situation_heading: "Your situation",
    situation_intro: "Answer what you know. You can skip any question, or choose \u{201c}I'm not sure\u{201d}. Your answers stay on this page. They are not saved or sent anywhere.",
    start_over: "Start over",
    options_heading: "Treatment options",
    options_intro: "Every option is shown, in order of how often it is used in situations like yours. This is not advice. Talk about all of them with your care team.",
    fit_likely: "Often used in situations like yours",
    fit_possible: "Sometimes used in situations like yours",
    fit_unlikely: "Usually not used in situations like yours",
    why: "Why",
    compare_this: "Compare",
    add_question: "Add to my questions",
    question_added: "In my questions",
    learn_more: "Learn more",
    what_it_is: "What it is",
    goal: "The goal",
    what_it_involves: "What it involves",
    time_and_recovery: "Time and recovery",
    usually_for: "Who it is usually for",
    benefits: "Possible benefits",
    harms: "Possible harms and side effects",
    living_with: "What living with it is like",
    figures: "Numbers from studies",
    figure_group: "Who was studied",
    figure_time_frame: "Time frame",
    figure_source: "Source",
    questions: "Questions to ask your care team",
    sources: "Sources",
    compare_heading: "Compare options side by side",
    compare_hint: "Tick \u{201c}Compare\u{201d} on 2 or 3 options to see them side by side.",
    compare_full: "You can compare up to 3 options. Untick one to choose another.",
    compare_caption: "The options you chose, side by side",
    compare_summary: "What it is",
    compare_how: "How it is done",
    compare_benefits: "Main benefits",
    compare_harms: "Main harms",
    risk_open: "Not sure of your risk level? Learn what it means",
    risk_legend: "Tick the signs your doctor found",
    risk_ticked: "Signs ticked",
    risk_matches: "This matches",
    use_risk: "Use this risk level in my answers",
    risk_used: "Your risk level answer is set.",
    values_heading: "What matters to me",
    values_intro: "Rate what matters to you. This does not change the options. It goes into your summary, to help you talk with your care team.",
    my_questions_heading: "My questions",
    my_questions_intro: "Collect questions to ask your care team. They stay on this page only.",
    own_question_label: "Write your own question",
    add: "Add",
    remove: "Remove",
    copy_questions: "Copy my questions",
    copied: "Your questions were copied.",
    copy_failed: "Could not copy. Select the list and copy it yourself.",
    no_questions: "No questions yet. Add some from the options above, or write your own.",
    make_summary: "Make my summary",
    summary_heading: "My summary for my appointment",
    summary_intro: "Print this page or save it as a file, and bring it to your appointment.",
    print: "Print",
    download: "Download as a file",
    download_file_name: "my-kidney-cancer-summary.txt",
    back: "Back to the explorer",
    not_answered: "Not answered",
    not_rated: "Not rated",
    glossary: "Words used here",
    about: "About this information",
    next_review: "Next review planned",
    publisher: "Written by",
    update_policy: "How we keep it up to date",
    funding: "Funding",
    conflicts: "Conflicts of interest",
    next_steps: "Next steps",
};

impl Strings {
    pub fn category(&self, category: Category) -> &'static str {
        match category {
            Category::Medicine => "Medicine",
            Category::Surgery => "Surgery",
            Category::Radiation => "Radiation",
            Category::Research => "Research study",
            Category::Care => "Care and support",
            Category::Monitoring => "Watching closely",
        }
    }

    pub fn figure_kind(&self, kind: FigureKind) -> &'static str {
        match kind {
            FigureKind::Benefit => "Benefit",
            FigureKind::Harm => "Harm",
            FigureKind::Comparison => "Comparison",
            FigureKind::Context => "Background",
        }
    }

    pub fn fit(&self, fit: Fit) -> &'static str {
        match fit {
            Fit::Likely => self.fit_likely,
            Fit::Possible => self.fit_possible,
            Fit::Unlikely => self.fit_unlikely,
        }
    }

    pub fn importance(&self, importance: Importance) -> &'static str {
        match importance {
            Importance::Not => "Not important",
            Importance::Somewhat => "Somewhat important",
            Importance::Very => "Very important",
        }
    }

    /// The live-region sentence after every change, e.g. "3 options are often used in
    /// situations like yours, 5 sometimes, and 1 usually not."
    pub fn result_count(&self, likely: usize, possible: usize, unlikely: usize) -> String {
        let verb = if likely == 1 { "option is" } else { "options are" };
        format!("{likely} {verb} often used in situations like yours, {possible} sometimes, and {unlikely} usually not.")
    }

    /// "2 of 6".
    pub fn count_of(&self, count: usize, total: usize) -> String {
        format!("{count} of {total}")
    }
}

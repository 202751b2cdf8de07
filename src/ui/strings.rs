//! Every fixed UI string, in one table per language, so that no text is written inline in the
//! components and a translation is one more table.

use crate::content::{Category, FigureKind};

/// The UI strings of one language.
#[derive(Debug, PartialEq)]
pub struct Strings {
    pub options_heading: &'static str,
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
    pub glossary: &'static str,
    pub about: &'static str,
    pub reviewed: &'static str,
    pub next_review: &'static str,
    pub publisher: &'static str,
    pub update_policy: &'static str,
    pub funding: &'static str,
    pub conflicts: &'static str,
    pub next_steps: &'static str,
}

pub const EN: Strings = Strings {
    options_heading: "Treatment options",
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
    glossary: "Words used here",
    about: "About this information",
    reviewed: "Content reviewed",
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
}

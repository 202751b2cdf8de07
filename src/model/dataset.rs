//! The serde model of a dataset: the single source of truth for the JSON format. The JSON Schema
//! that editors' tools use is generated from these types (`mrcc-content schema`), so the doc
//! comments here are the field documentation editors see.
//!
//! Datasets are read by the hand-written reader (`mrcc-check`) and unpacked by [`crate::unpack`]; the serde derives
//! feed the schema generator and a test that the reader accepts the same JSON.
//! Unknown fields are rejected so that a misspelt field name is reported instead of silently
//! dropping an editor's text. `Default` (and each enum's `#[default]` variant) is only the
//! placeholder the reader fills; it is never shown.

use crate::small_map::SmallMap;

use serde::{Deserialize, Serialize};

/// Interface strings, by key (the keys are listed in `src/model/interface.rs`).
// A type of its own so that packing writes one text per known key in the keys' order, without
// the key names (0.4 KB of brotli at start).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct UiTable(pub SmallMap<String, String>);

impl std::ops::Deref for UiTable {
    type Target = SmallMap<String, String>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for UiTable {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

/// The complete content of the widget in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Version of this format. This build reads version 1.
    pub schema_version: u32,
    pub meta: Meta,
    pub condition: Condition,
    /// The questions about the reader's situation. The built-in ids are fixed because hosts use
    /// them in the `situation` attribute.
    pub criteria: Vec<Criterion>,
    /// Every treatment option. All of them are always shown to the reader.
    pub options: Vec<TreatmentOption>,
    /// When each option is often, sometimes or rarely used, and why.
    pub rules: Vec<FitRule>,
    /// The IMDC risk factors explained for patients.
    pub imdc: Imdc,
    /// "What matters to me": statements the reader rates. They go into the summary for the
    /// conversation with the care team and never change the options' order.
    #[serde(default)]
    pub values: Vec<ValueStatement>,
    /// Medical words used in the text, explained.
    pub glossary: Vec<GlossaryEntry>,
    /// Call-to-action links. A link without `url` is shown only when the host supplies one.
    #[serde(default)]
    pub links: Vec<Link>,
    /// Every source cited anywhere in the dataset, referenced by `id`.
    pub sources: Vec<Source>,
    /// The interface's own strings (buttons, headings) for a language the widget does not
    /// have built in, by key. Missing keys fall back to the built-in table of `meta.language`,
    /// or English; the validator lists them.
    #[serde(default)]
    pub ui: UiTable,
    /// "Check what you know": three to five questions on what the content says, each with its
    /// answer and why. Optional; the widget offers it only when the dataset has it.
    #[cfg(feature = "sections")]
    #[serde(default)]
    pub knowledge: Option<Knowledge>,
    /// The summary's page for the care team: the reader's answers in clinical terms, and the
    /// words of that page. Optional; the summary has the page only when the dataset has it.
    #[cfg(feature = "sections")]
    #[serde(default)]
    pub care_team: Option<CareTeam>,
}

/// "Check what you know" (`knowledge`). Its questions are about what the content says, never
/// about the reader; a reader may skip it, and nothing else waits for it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Knowledge {
    /// The heading, such as "Check what you know".
    pub title: String,
    /// One or two sentences: that it is optional, and that the answers stay on the page.
    pub intro: String,
    /// The words of the check, by key: `check` (the button), `right` and `wrong` (said after an
    /// answer is checked), `score` (with `{right}` and `{total}`), `summary` (the summary's
    /// heading for the score), `again` (start again).
    pub labels: SmallMap<String, String>,
    /// Three to five questions.
    pub questions: Vec<KnowledgeQuestion>,
}

/// One question of the knowledge check.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeQuestion {
    /// Lowercase letters, digits and hyphens; the same in every language.
    pub id: String,
    pub question: String,
    /// Two to four answers to choose from.
    pub choices: Vec<KnowledgeChoice>,
    /// The id of the right choice.
    pub answer: String,
    /// Why that answer is right, in the content's words: shown after the reader checks theirs.
    pub explanation: String,
    /// Ids of entries in `sources` that say what the explanation says.
    pub sources: Vec<String>,
}

/// One answer to choose from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeChoice {
    pub id: String,
    pub text: String,
}

/// The page for the care team (`care_team`): what a clinician reads, in clinical terms. It may
/// be printed in another language than the reader's (the `care-team-lang` attribute), so it
/// names every criterion, choice, risk sign, option and value by its id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CareTeam {
    /// The page's heading, such as "For the care team".
    pub title: String,
    /// Who prepared it and how far to trust it: reported by the patient, not verified.
    pub intro: String,
    /// The page's words, by key (`extras::CARE_TEAM_LABELS` lists them).
    pub labels: SmallMap<String, String>,
    /// Each criterion by id: its clinical label and each choice's clinical term.
    pub criteria: SmallMap<String, CareCriterion>,
    /// Each IMDC risk sign by id (`imdc.factors`), in clinical terms.
    pub imdc: SmallMap<String, String>,
    /// Each option by id, as a clinician names it.
    pub options: SmallMap<String, String>,
    /// Each "what matters" statement by id, as a clinician would note it.
    pub values: SmallMap<String, String>,
}

/// A criterion in clinical terms.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CareCriterion {
    pub label: String,
    /// Each choice by id.
    pub choices: SmallMap<String, String>,
}

/// About the content itself: who wrote it, when it was reviewed, and how it is kept current.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    /// BCP 47 language tag of the text, such as `en` or `es`.
    pub language: String,
    pub publisher: String,
    /// Who wrote the content and how: named people or a team, and whether clinicians took part.
    pub authors: String,
    /// Date of the last content review, written YYYY-MM-DD. Shown to readers.
    pub reviewed: String,
    /// Date of the next planned review, YYYY-MM-DD. A date in the past is a warning.
    pub next_review: String,
    pub update_policy: String,
    /// Who paid for the content.
    pub funding: String,
    /// Conflict-of-interest statement.
    pub conflicts: String,
    pub disclaimer: String,
    /// The decision the reader faces, stated plainly.
    pub decision: String,
    /// Where urgent symptoms go (the care team, emergency services), never to this page.
    pub urgent_help: String,
    /// The hospital that adopted this content. Adopting it means having its own clinicians
    /// review it: until `hospital_reviewers` and `hospital_reviewed` are filled, readers see
    /// "not yet reviewed by" this hospital, and the validator lists the missing fields.
    #[serde(default)]
    pub hospital: String,
    /// Names (and roles) of the hospital's clinicians who reviewed the content.
    #[serde(default)]
    pub hospital_reviewers: Vec<String>,
    /// Date of the hospital's review, YYYY-MM-DD.
    #[serde(default)]
    pub hospital_reviewed: String,
}

/// The condition in plain words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub title: String,
    pub paragraphs: Vec<String>,
    /// Ids of entries in `sources`.
    pub sources: Vec<String>,
    /// Figures about how long people live (the condition's medians), shown only when the reader
    /// asks for them: some readers want them and some do not, and a number seen unasked on the
    /// first screen cannot be unseen. The first paragraph should say what the numbers cannot
    /// tell; the last, where to find support.
    #[serde(default)]
    pub numbers: Vec<String>,
}

/// One question about the reader's situation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub label: String,
    pub help: String,
    /// `true` when the reader may pick several choices (checkboxes); then picking none means
    /// "not sure". Single-choice criteria must offer a choice with id `unknown`.
    pub multiple: bool,
    pub choices: Vec<Choice>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// The kind of treatment, for grouping and icons.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    #[default]
    Medicine,
    Surgery,
    Radiation,
    Research,
    Care,
    Monitoring,
}

/// How often an option is used in situations like the reader's.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Fit {
    /// Often used in situations like this.
    #[default]
    Likely,
    /// Sometimes used.
    Possible,
    /// Usually not used.
    Unlikely,
}

impl Fit {
    pub fn as_str(self) -> &'static str {
        match self {
            Fit::Likely => "likely",
            Fit::Possible => "possible",
            Fit::Unlikely => "unlikely",
        }
    }
}

/// One treatment option. Benefits and harms are written in equal detail.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TreatmentOption {
    /// Stable identifier; hosts and analytics use it.
    pub id: String,
    pub name: String,
    pub category: Category,
    /// One line: what this option is.
    pub summary: String,
    pub what_it_is: String,
    /// What the option aims to do.
    pub goal: String,
    pub what_it_involves: String,
    pub time_and_recovery: String,
    pub benefits: Vec<String>,
    pub harms: Vec<String>,
    /// What living with this option is like, day to day.
    pub living_with: String,
    /// Signs that need a call to the care team the same day. Required for medicines.
    #[serde(default)]
    pub warning_signs: Vec<String>,
    /// Who it is usually for.
    pub usually_for: String,
    /// Outcome figures from the evidence, each with its reference group and time frame.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// Questions the reader may want to ask their care team.
    pub questions: Vec<String>,
    /// Ids of entries in `sources`. Every option cites at least one.
    pub sources: Vec<String>,
    /// The fit when no rule matches the reader's answers.
    pub default_fit: Fit,
    /// The reason shown with `default_fit`.
    pub default_reason: String,
    /// The adopting hospital's own note on this option, shown on its card under the hospital's
    /// name: "We refer to ... for this", or that it is not offered there and how to get a
    /// referral. Usually set by an overlay (`content/README.md`, "Local additions").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub local_note: String,
}

impl TreatmentOption {
    /// The figures an opened option shows first, beside its main benefit and main harm: the
    /// first benefit and the first harm that count people out of 100 (else the first of each),
    /// so that the short version tells both the same way where the content allows.
    pub fn main_figures(&self) -> [Option<&Figure>; 2] {
        let mut main: [Option<&Figure>; 2] = [None, None];
        for figure in &self.figures {
            let slot = match figure.kind {
                FigureKind::Benefit => 0,
                FigureKind::Harm => 1,
                _ => continue,
            };
            let better = main[slot].is_none_or(|f| f.out_of_100.is_empty() && !figure.out_of_100.is_empty());
            if better {
                main[slot] = Some(figure);
            }
        }
        main
    }
}

/// Whether a figure speaks for or against an option, or gives context.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    #[default]
    Benefit,
    Harm,
    Comparison,
    Context,
}

impl FigureKind {
    /// The JSON name, also used in CSS class names.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Benefit => "benefit",
            FigureKind::Harm => "harm",
            FigureKind::Comparison => "comparison",
            FigureKind::Context => "context",
        }
    }
}

/// A number from a study, stated with who it is about and over what time.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub kind: FigureKind,
    pub text: String,
    /// The people the figure is about (the reference group).
    pub group: String,
    pub time_frame: String,
    /// Id of an entry in `sources`.
    pub source: String,
    /// What kind of study the number comes from.
    pub evidence: Evidence,
    /// How many people the study included.
    #[serde(default)]
    pub people: Option<u32>,
    /// What the number measures. Figures shown together for one option must measure alike:
    /// severe side effects "from any cause" and "from the treatment" are different numbers, and
    /// the validator refuses the two side by side.
    #[serde(default)]
    pub measure: Option<Measure>,
    /// Which analysis of the study the number comes from. Say an interim one in the words of
    /// `time_frame` too ("in an early (interim) analysis"): the widget shows the words.
    #[serde(default)]
    pub analysis: Option<Analysis>,
    /// How sure the number is, as the source gives it (a range or confidence interval), in
    /// plain words. Leave it out when the source gives none; never estimate one.
    #[serde(default)]
    pub uncertainty: Option<String>,
    /// The figure as pictures of 100 people, so many of them marked (icon arrays): one per
    /// group it compares. Only for figures that count people out of 100, and each count must
    /// be written in `text`; a median ("half were alive after 21 months") has none.
    #[serde(default)]
    pub out_of_100: Vec<PeopleCount>,
}

/// What a figure measures, so that readers compare like with like.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Measure {
    /// How long people lived (overall survival).
    #[default]
    OverallSurvival,
    /// How long until the cancer grew, or the person died (progression-free survival).
    ProgressionFreeSurvival,
    /// How long without the cancer coming back after it was removed (disease-free survival).
    DiseaseFreeSurvival,
    /// How many had the cancer shrink (response).
    Response,
    /// How many treated spots stopped growing (local control).
    LocalControl,
    /// How long until medicine was needed.
    TimeUntilMedicine,
    /// How many had a severe (grade 3 or worse) health problem during treatment, from any cause.
    SevereSideEffectsAnyCause,
    /// How many had a severe (grade 3 or worse) side effect judged to be from the treatment.
    SevereSideEffectsFromTreatment,
    /// How many died of side effects or complications.
    DeathsFromSideEffects,
    /// How many stopped treatment because of side effects.
    StoppedForSideEffects,
    /// How many had a complication of a procedure.
    Complications,
    /// Anything else: how many were asked about trials, how many were chosen for surgery.
    Other,
}

impl Measure {
    /// The name of the measures that count the same thing in different ways, which are never
    /// shown side by side; `None` for a measure of one definition.
    pub fn family(self) -> Option<&'static str> {
        match self {
            Measure::SevereSideEffectsAnyCause | Measure::SevereSideEffectsFromTreatment => Some("severe side effects"),
            _ => None,
        }
    }
}

/// An analysis of a study: interim (the study goes on; later results may differ) or final.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    pub stage: AnalysisStage,
    /// The year the analysis was published or presented.
    pub year: u16,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AnalysisStage {
    /// Planned while the study goes on: later results may differ.
    #[default]
    Interim,
    /// The study's final (or only) analysis of this measure.
    Final,
}

impl AnalysisStage {
    /// The JSON name, also used in the page's `data-stage` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            AnalysisStage::Interim => "interim",
            AnalysisStage::Final => "final",
        }
    }
}

/// One group of a figure as 100 people, `count` of them marked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PeopleCount {
    /// How many of 100, as the figure's text gives it.
    pub count: u8,
    /// Who they are, such as "Pembrolizumab plus axitinib" or "With sunitinib".
    pub who: String,
}

/// The kind of study behind a figure: how much weight it can bear.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    /// People were put in groups by chance and compared: the strongest kind.
    #[default]
    RandomizedTrial,
    /// Everyone got the same treatment; no comparison group.
    SingleArmStudy,
    /// Records of people treated at one or a few centers, looked at afterward.
    CaseSeries,
    /// A review that pools several studies.
    SystematicReview,
    /// People answered questions; nobody was treated.
    Survey,
}

impl Evidence {
    /// The JSON name, also used in CSS class names.
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::RandomizedTrial => "randomized-trial",
            Evidence::SingleArmStudy => "single-arm-study",
            Evidence::CaseSeries => "case-series",
            Evidence::SystematicReview => "systematic-review",
            Evidence::Survey => "survey",
        }
    }
}

/// "For readers whose answers match `when`, `option` is `fit`, because `reason`."
///
/// `when` maps criterion ids to choice ids: every listed criterion must match, and a criterion
/// matches when the reader picked any of its listed choices. When several rules match one
/// option, the most cautious fit wins (`unlikely` over `possible` over `likely`) and the
/// reasons of the winning rules are shown. An `unlikely` rule may never list `unknown`: not
/// knowing an answer never rules an option out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FitRule {
    pub id: String,
    /// Id of the option this rule is about.
    pub option: String,
    pub when: SmallMap<String, Vec<String>>,
    pub fit: Fit,
    /// Plain-language reason shown to the reader.
    pub reason: String,
    /// Ids of entries in `sources` that the rule rests on.
    pub sources: Vec<String>,
}

/// The IMDC (Heng) risk model, explained for patients.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Imdc {
    pub title: String,
    pub intro: String,
    pub factors: Vec<ImdcFactor>,
    /// Risk groups by number of factors present, in increasing `min_signs`.
    pub groups: Vec<ImdcGroup>,
    /// Reminds the reader that this is an explanation, not a diagnosis.
    pub note: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImdcFactor {
    pub id: String,
    pub label: String,
    pub detail: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImdcGroup {
    /// A choice id of the `risk` criterion.
    pub risk: String,
    /// The group applies from this many factors up to the next group's `min_signs`.
    pub min_signs: u8,
    pub label: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ValueStatement {
    pub id: String,
    /// Something a reader may care about, such as "Avoiding surgery".
    pub statement: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: String,
    /// Other forms of the term found in the text (plurals, abbreviations).
    #[serde(default)]
    pub also: Vec<String>,
    pub definition: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// `appointment` or `support`: the host can set their URLs with attributes.
    pub id: String,
    pub label: String,
    /// https, mailto or tel only.
    #[serde(default)]
    pub url: Option<String>,
}

/// A cited source.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// The language of `title` (BCP 47), when it is not the dataset's: `en` for an English title
    /// in a Spanish dataset. Screen readers then read the title in its own language.
    #[serde(default)]
    pub title_language: Option<String>,
    pub publisher: String,
    #[serde(default)]
    pub year: Option<u16>,
    /// What kind of source it is. Required: a figure never rests on news alone, and guidelines
    /// are checked for age.
    #[serde(default)]
    pub kind: Option<SourceKind>,
    /// What the source is, in the dataset's language: useful when the title is in another
    /// language, or when it is a news item or a summary rather than the study itself.
    #[serde(default)]
    pub about: Option<String>,
    /// https only, at the publisher, a DOI, PubMed or a drug label: never an IP address.
    #[serde(default)]
    pub url: Option<String>,
}

/// The kind of a cited source: how much a statement can rest on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// A clinical practice guideline for clinicians (ASCO, ESMO, EAU, NCCN).
    #[default]
    Guideline,
    /// A guideline or information written for patients by a guideline body or cancer agency.
    PatientGuideline,
    /// A trial's publication in a journal.
    TrialPublication,
    /// A study's abstract at a medical meeting (not yet a full paper).
    ConferenceAbstract,
    /// A medicine's official prescribing information (label).
    DrugLabel,
    /// A review that pools studies by a stated method.
    SystematicReview,
    /// A narrative review by experts.
    Review,
    /// Another published study: records of treated people, a survey, a model.
    Study,
    /// A reference work for clinicians, such as a medical manual.
    Reference,
    /// A news item: never the only source of a number.
    News,
}

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    pub fn option(&self, id: &str) -> Option<&TreatmentOption> {
        self.options.iter().find(|option| option.id == id)
    }

    /// The option's position in `options`: what components pass around instead of a copy.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|option| option.id == id)
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|criterion| criterion.id == id)
    }
}

/// Every struct of the model, with the fields a dataset must give, then the ones that keep their
/// `Default` when missing: the one list that both the reader (`mrcc-check`) and the
/// [packed form](crate::pack) are generated from. The reader destructures each struct without
/// `..`, so a field added to the model and not here fails to compile.
#[macro_export]
/// Fields under `unpacked` are read and validated but not packed for the widget, which never
/// shows them.
macro_rules! for_each_struct {
    ($apply:ident) => {
        $apply!(Dataset { schema_version, meta, condition, criteria, options, rules, imdc, glossary, sources }
            defaults { values, links, ui } unpacked { knowledge, care_team });
        $apply!(Knowledge { title, intro, labels, questions });
        $apply!(KnowledgeQuestion { id, question, choices, answer, explanation, sources });
        $apply!(KnowledgeChoice { id, text });
        $apply!(CareTeam { title, intro, labels, criteria, imdc, options, values });
        $apply!(CareCriterion { label, choices });
        $apply!(Meta {
            title,
            language,
            publisher,
            authors,
            reviewed,
            next_review,
            update_policy,
            funding,
            conflicts,
            disclaimer,
            decision,
            urgent_help
        } defaults { hospital, hospital_reviewers, hospital_reviewed });
        $apply!(Condition { title, paragraphs, sources } defaults { numbers });
        $apply!(Criterion { id, label, help, multiple, choices });
        $apply!(Choice { id, label });
        $apply!(TreatmentOption {
            id, name, category, summary, what_it_is, goal, what_it_involves, time_and_recovery, benefits, harms,
            living_with, usually_for, questions, sources, default_fit, default_reason
        } defaults { warning_signs, figures, local_note });
        $apply!(Figure { kind, text, group, time_frame, source, evidence }
            defaults { people, uncertainty, out_of_100 } unpacked { measure, analysis });
        $apply!(Analysis { stage, year });
        $apply!(PeopleCount { count, who });
        $apply!(FitRule { id, option, when, fit, reason, sources });
        $apply!(Imdc { title, intro, factors, groups, note, sources });
        $apply!(ImdcFactor { id, label, detail });
        $apply!(ImdcGroup { risk, min_signs, label });
        $apply!(ValueStatement { id, statement });
        $apply!(GlossaryEntry { term, definition } defaults { also });
        $apply!(Link { id, label } defaults { url });
        $apply!(Source { id, title, publisher } defaults { title_language, year, about, url } unpacked { kind });
    };
}

/// Every enum of the model with each variant's name in JSON, in declaration order.
#[macro_export]
macro_rules! for_each_enum {
    ($apply:ident) => {
        $apply!(Category {
            "medicine" => Medicine, "surgery" => Surgery, "radiation" => Radiation,
            "research" => Research, "care" => Care, "monitoring" => Monitoring,
        });
        $apply!(Fit { "likely" => Likely, "possible" => Possible, "unlikely" => Unlikely });
        $apply!(FigureKind { "benefit" => Benefit, "harm" => Harm, "comparison" => Comparison, "context" => Context });
        $apply!(Evidence {
            "randomized-trial" => RandomizedTrial, "single-arm-study" => SingleArmStudy, "case-series" => CaseSeries,
            "systematic-review" => SystematicReview, "survey" => Survey,
        });
        $apply!(Measure {
            "overall-survival" => OverallSurvival, "progression-free-survival" => ProgressionFreeSurvival,
            "disease-free-survival" => DiseaseFreeSurvival, "response" => Response, "local-control" => LocalControl,
            "time-until-medicine" => TimeUntilMedicine, "severe-side-effects-any-cause" => SevereSideEffectsAnyCause,
            "severe-side-effects-from-treatment" => SevereSideEffectsFromTreatment,
            "deaths-from-side-effects" => DeathsFromSideEffects, "stopped-for-side-effects" => StoppedForSideEffects,
            "complications" => Complications, "other" => Other,
        });
        $apply!(AnalysisStage { "interim" => Interim, "final" => Final });
        $apply!(SourceKind {
            "guideline" => Guideline, "patient-guideline" => PatientGuideline, "trial-publication" => TrialPublication,
            "conference-abstract" => ConferenceAbstract, "drug-label" => DrugLabel,
            "systematic-review" => SystematicReview, "review" => Review, "study" => Study, "reference" => Reference,
            "news" => News,
        });
    };
}

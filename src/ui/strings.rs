//! Every fixed UI string, in one table per language, so that no text is written inline in the
//! components. English and Spanish are built in; a dataset can carry a table of its own (its
//! `ui` field), so a hospital can add a language without a rebuild. Keys missing from a table
//! fall back to English, and the validator lists them.

use super::intl;
use crate::content::{Category, Dataset, Evidence, FigureKind, Fit, Meta};
use crate::small_map::SmallMap;
use crate::ui::state::{Importance, Said};

macro_rules! ui_strings {
    ($($key:ident,)*) => {
        /// The UI strings of one language.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Strings {
            /// The language the strings are for (plurals and numbers follow it).
            pub language: String,
            $(pub $key: String,)*
        }

        /// Every key a table can have.
        pub const KEYS: &[&str] = &[$(stringify!($key),)*];

        impl Strings {
            /// The strings for `language`: the dataset's own `ui` entry for each key, else the
            /// built-in table's, else English.
            fn from_tables(language: &str, own: &SmallMap<String, String>, built_in: &[(&str, &str)]) -> Strings {
                Strings {
                    language: language.to_owned(),
                    $($key: pick(stringify!($key), own, built_in),)*
                }
            }
        }
    };
}

ui_strings! {
    reviewed,
    situation_heading,
    situation_intro,
    start_over,
    started_over,
    undo,
    restored,
    added_to_questions,
    removed,
    options_heading,
    options_intro,
    fit_likely,
    fit_possible,
    fit_unlikely,
    like_yours,
    why,
    compare_this,
    add_question,
    question_added,
    learn_more,
    details_loading,
    what_it_is,
    goal,
    what_it_involves,
    time_and_recovery,
    usually_for,
    benefits,
    harms,
    living_with,
    figures,
    figure_group,
    figure_time_frame,
    figure_source,
    figure_evidence,
    figure_uncertainty,
    figure_people,
    evidence_randomized_trial,
    evidence_single_arm_study,
    evidence_case_series,
    evidence_systematic_review,
    evidence_survey,
    warning_signs,
    questions,
    sources,
    compare_heading,
    compare_hint,
    compare_full,
    compare_caption,
    compare_summary,
    compare_how,
    compare_benefits,
    compare_harms,
    risk_open,
    risk_legend,
    risk_none,
    risk_ticked,
    risk_matches,
    use_risk,
    risk_used,
    values_heading,
    values_intro,
    my_questions_heading,
    my_questions_intro,
    own_question_label,
    add,
    remove,
    copy_questions,
    copied,
    copy_failed,
    no_questions,
    make_summary,
    summary_heading,
    summary_intro,
    print,
    download,
    download_file_name,
    back,
    not_answered,
    not_rated,
    glossary,
    about,
    next_review,
    publisher,
    authors,
    hospital_review,
    not_yet_reviewed,
    this_hospital,
    update_policy,
    funding,
    conflicts,
    next_steps,
    category_medicine,
    category_surgery,
    category_radiation,
    category_research,
    category_care,
    category_monitoring,
    figure_benefit,
    figure_harm,
    figure_comparison,
    figure_context,
    importance_not,
    importance_somewhat,
    importance_very,
    count_likely_one,
    count_likely_other,
    count_rest,
    count_of,
}

/// English, the fallback for every other language.
pub const EN: &[(&str, &str)] = &[
    ("reviewed", "Content reviewed"),
    ("situation_heading", "Your situation"),
    ("situation_intro", "Answer what you know. You can skip any question, or choose \u{201c}I'm not sure\u{201d}. Your answers stay on this page. They are not saved or sent anywhere."),
    ("start_over", "Start over"),
    ("started_over", "Your answers were cleared. Your questions were kept."),
    ("undo", "Undo"),
    ("restored", "Your answers are back."),
    ("added_to_questions", "Added to my questions."),
    ("removed", "Removed."),
    ("options_heading", "Treatment options"),
    ("options_intro", "Every option is shown, in order of how often it is used in situations like yours. This is not advice. Talk about all of them with your care team."),
    ("fit_likely", "Often used"),
    ("fit_possible", "Sometimes used"),
    ("fit_unlikely", "Usually not used"),
    ("like_yours", "{text} in situations like yours"),
    ("why", "Why"),
    ("compare_this", "Compare"),
    ("add_question", "Add to my questions"),
    ("question_added", "In my questions"),
    ("learn_more", "Learn more"),
    ("details_loading", "The details are loading. If this message stays, reload the page."),
    ("what_it_is", "What it is"),
    ("goal", "The goal"),
    ("what_it_involves", "What it involves"),
    ("time_and_recovery", "Time and recovery"),
    ("usually_for", "Who it is usually for"),
    ("benefits", "Possible benefits"),
    ("harms", "Possible harms and side effects"),
    ("living_with", "What living with it is like"),
    ("figures", "Numbers from studies"),
    ("figure_group", "Who was studied"),
    ("figure_time_frame", "Time frame"),
    ("figure_source", "Source"),
    ("figure_evidence", "Kind of study"),
    ("figure_uncertainty", "How sure"),
    ("figure_people", "{n} people"),
    ("evidence_randomized_trial", "Randomized trial (people put in groups by chance)"),
    ("evidence_single_arm_study", "Study with no comparison group"),
    ("evidence_case_series", "Records of people treated at one center"),
    ("evidence_systematic_review", "Review of several small studies"),
    ("evidence_survey", "Survey"),
    ("warning_signs", "Call your care team the same day if you have"),
    ("questions", "Questions to ask your care team"),
    ("sources", "Sources"),
    ("compare_heading", "Compare options side by side"),
    ("compare_hint", "Tick \u{201c}Compare\u{201d} on 2 or 3 options to see them side by side."),
    ("compare_full", "You can compare up to 3 options. Untick one to choose another."),
    ("compare_caption", "The options you chose, side by side"),
    ("compare_summary", "What it is"),
    ("compare_how", "How it is done"),
    ("compare_benefits", "Main benefits"),
    ("compare_harms", "Main harms"),
    ("risk_open", "Not sure of your risk level? Learn what it means"),
    ("risk_legend", "Tick the signs your doctor found"),
    ("risk_none", "None of these signs"),
    ("risk_ticked", "Signs ticked"),
    ("risk_matches", "This matches"),
    ("use_risk", "Use this risk level in my answers"),
    ("risk_used", "Your risk level answer is set."),
    ("values_heading", "What matters to me"),
    ("values_intro", "Rate what matters to you. This does not change the options. It goes into your summary, to help you talk with your care team."),
    ("my_questions_heading", "My questions"),
    ("my_questions_intro", "Collect questions to ask your care team. They stay on this page only."),
    ("own_question_label", "Write your own question"),
    ("add", "Add"),
    ("remove", "Remove"),
    ("copy_questions", "Copy my questions"),
    ("copied", "Your questions were copied."),
    ("copy_failed", "Could not copy. Select the list and copy it yourself."),
    ("no_questions", "No questions yet. Add some from the options above, or write your own."),
    ("make_summary", "Make my summary"),
    ("summary_heading", "My summary for my appointment"),
    ("summary_intro", "Print this page or save it as a file, and bring it to your appointment."),
    ("print", "Print"),
    ("download", "Download as a file"),
    ("download_file_name", "my-kidney-cancer-summary.txt"),
    ("back", "Back to the explorer"),
    ("not_answered", "Not answered"),
    ("not_rated", "Not rated"),
    ("glossary", "Words used here"),
    ("about", "About this information"),
    ("next_review", "Next review planned"),
    ("publisher", "Published by"),
    ("authors", "Written by"),
    ("hospital_review", "Checked by your hospital"),
    ("not_yet_reviewed", "Not yet reviewed by the doctors of {hospital}."),
    ("this_hospital", "the hospital that offers this page"),
    ("update_policy", "How we keep it up to date"),
    ("funding", "Funding"),
    ("conflicts", "Conflicts of interest"),
    ("next_steps", "Next steps"),
    ("category_medicine", "Medicine"),
    ("category_surgery", "Surgery"),
    ("category_radiation", "Radiation"),
    ("category_research", "Research study"),
    ("category_care", "Care and support"),
    ("category_monitoring", "Watching closely"),
    ("figure_benefit", "Benefit"),
    ("figure_harm", "Harm"),
    ("figure_comparison", "Comparison"),
    ("figure_context", "Background"),
    ("importance_not", "Not important"),
    ("importance_somewhat", "Somewhat important"),
    ("importance_very", "Very important"),
    ("count_likely_one", "{n} option is often used"),
    ("count_likely_other", "{n} options are often used"),
    ("count_rest", "{likely}, {possible} sometimes, and {unlikely} usually not."),
    ("count_of", "{n} of {total}"),
];

/// Spanish, for readers in the United States and Latin America (usted).
pub const ES: &[(&str, &str)] = &[
    ("reviewed", "Contenido revisado el"),
    ("situation_heading", "Su situación"),
    ("situation_intro", "Conteste lo que sepa. Puede saltar cualquier pregunta o elegir \u{201c}No lo sé\u{201d}. Sus respuestas se quedan en esta página. No se guardan ni se envían a ningún lado."),
    ("start_over", "Empezar de nuevo"),
    ("started_over", "Se borraron sus respuestas. Sus preguntas se mantienen."),
    ("undo", "Deshacer"),
    ("restored", "Sus respuestas volvieron."),
    ("added_to_questions", "Se agregó a mis preguntas."),
    ("removed", "Se quitó."),
    ("options_heading", "Opciones de tratamiento"),
    ("options_intro", "Se muestran todas las opciones, en orden según qué tan a menudo se usan en situaciones como la suya. Esto no es un consejo médico. Hable de todas ellas con su equipo de atención."),
    ("fit_likely", "Se usa a menudo"),
    ("fit_possible", "Se usa a veces"),
    ("fit_unlikely", "Por lo general no se usa"),
    ("like_yours", "{text} en situaciones como la suya"),
    ("why", "Por qué"),
    ("compare_this", "Comparar"),
    ("add_question", "Agregar a mis preguntas"),
    ("question_added", "En mis preguntas"),
    ("learn_more", "Saber más"),
    ("details_loading", "Los detalles se están cargando. Si este mensaje no desaparece, vuelva a cargar la página."),
    ("what_it_is", "Qué es"),
    ("goal", "El objetivo"),
    ("what_it_involves", "En qué consiste"),
    ("time_and_recovery", "Tiempo y recuperación"),
    ("usually_for", "Para quién suele ser"),
    ("benefits", "Posibles beneficios"),
    ("harms", "Posibles daños y efectos secundarios"),
    ("living_with", "Cómo es vivir con esto"),
    ("figures", "Cifras de los estudios"),
    ("figure_group", "A quién se estudió"),
    ("figure_time_frame", "Plazo"),
    ("figure_source", "Fuente"),
    ("figure_evidence", "Tipo de estudio"),
    ("figure_uncertainty", "Qué tan seguro es"),
    ("figure_people", "{n} personas"),
    ("evidence_randomized_trial", "Ensayo aleatorizado (grupos formados al azar)"),
    ("evidence_single_arm_study", "Estudio sin grupo de comparación"),
    ("evidence_case_series", "Registros de personas tratadas en un centro"),
    ("evidence_systematic_review", "Revisión de varios estudios pequeños"),
    ("evidence_survey", "Encuesta"),
    ("warning_signs", "Llame a su equipo de atención el mismo día si tiene"),
    ("questions", "Preguntas para su equipo de atención"),
    ("sources", "Fuentes"),
    ("compare_heading", "Comparar opciones lado a lado"),
    ("compare_hint", "Marque \u{201c}Comparar\u{201d} en 2 o 3 opciones para verlas lado a lado."),
    ("compare_full", "Puede comparar hasta 3 opciones. Desmarque una para elegir otra."),
    ("compare_caption", "Las opciones que eligió, lado a lado"),
    ("compare_summary", "Qué es"),
    ("compare_how", "Cómo se hace"),
    ("compare_benefits", "Beneficios principales"),
    ("compare_harms", "Daños principales"),
    ("risk_open", "¿No sabe su nivel de riesgo? Vea lo que significa"),
    ("risk_legend", "Marque las señales que encontró su médico"),
    ("risk_none", "Ninguna de estas señales"),
    ("risk_ticked", "Señales marcadas"),
    ("risk_matches", "Esto corresponde a"),
    ("use_risk", "Usar este nivel de riesgo en mis respuestas"),
    ("risk_used", "Su respuesta sobre el nivel de riesgo ya está puesta."),
    ("values_heading", "Lo que me importa"),
    ("values_intro", "Diga qué tan importante es cada cosa para usted. Esto no cambia las opciones. Va en su resumen, para ayudarle a hablar con su equipo de atención."),
    ("my_questions_heading", "Mis preguntas"),
    ("my_questions_intro", "Junte preguntas para su equipo de atención. Solo se quedan en esta página."),
    ("own_question_label", "Escriba su propia pregunta"),
    ("add", "Agregar"),
    ("remove", "Quitar"),
    ("copy_questions", "Copiar mis preguntas"),
    ("copied", "Sus preguntas se copiaron."),
    ("copy_failed", "No se pudo copiar. Seleccione la lista y cópiela usted."),
    ("no_questions", "Todavía no hay preguntas. Agregue algunas de las opciones de arriba, o escriba las suyas."),
    ("make_summary", "Hacer mi resumen"),
    ("summary_heading", "Mi resumen para la cita"),
    ("summary_intro", "Imprima esta página o guárdela como archivo, y llévela a su cita."),
    ("print", "Imprimir"),
    ("download", "Descargar como archivo"),
    ("download_file_name", "mi-resumen-cancer-de-rinon.txt"),
    ("back", "Volver al explorador"),
    ("not_answered", "Sin contestar"),
    ("not_rated", "Sin calificar"),
    ("glossary", "Palabras que se usan aquí"),
    ("about", "Sobre esta información"),
    ("next_review", "Próxima revisión prevista"),
    ("publisher", "Publicado por"),
    ("authors", "Escrito por"),
    ("hospital_review", "Revisado por su hospital"),
    ("not_yet_reviewed", "Todavía no lo han revisado los médicos de {hospital}."),
    ("this_hospital", "el hospital que ofrece esta página"),
    ("update_policy", "Cómo lo mantenemos al día"),
    ("funding", "Financiación"),
    ("conflicts", "Conflictos de interés"),
    ("next_steps", "Próximos pasos"),
    ("category_medicine", "Medicamento"),
    ("category_surgery", "Cirugía"),
    ("category_radiation", "Radiación"),
    ("category_research", "Estudio de investigación"),
    ("category_care", "Cuidado y apoyo"),
    ("category_monitoring", "Vigilancia de cerca"),
    ("figure_benefit", "Beneficio"),
    ("figure_harm", "Daño"),
    ("figure_comparison", "Comparación"),
    ("figure_context", "Contexto"),
    ("importance_not", "No es importante"),
    ("importance_somewhat", "Algo importante"),
    ("importance_very", "Muy importante"),
    ("count_likely_one", "{n} opción se usa a menudo"),
    ("count_likely_other", "{n} opciones se usan a menudo"),
    ("count_rest", "{likely}, {possible} a veces y {unlikely} por lo general no."),
    ("count_of", "{n} de {total}"),
];

impl Strings {
    /// The strings for a dataset: the built-in table for its language (English when there is
    /// none), with the dataset's own `ui` entries on top.
    pub fn for_dataset(language: &str, own: &SmallMap<String, String>) -> Strings {
        Strings::from_tables(language, own, built_in_table(language))
    }

    /// The strings the widget shows: the dataset's own `ui` entries, else English. Only the
    /// English table is in the widget's wasm: the other built-in tables reach it inside the
    /// dataset, added by [`add_built_in_strings`] when the dataset is packed.
    pub fn for_widget(language: &str, own: &SmallMap<String, String>) -> Strings {
        Strings::from_tables(language, own, EN)
    }

    pub fn en() -> Strings {
        Strings::for_dataset("en", &SmallMap::new())
    }

    pub fn category(&self, category: Category) -> &str {
        match category {
            Category::Medicine => &self.category_medicine,
            Category::Surgery => &self.category_surgery,
            Category::Radiation => &self.category_radiation,
            Category::Research => &self.category_research,
            Category::Care => &self.category_care,
            Category::Monitoring => &self.category_monitoring,
        }
    }

    pub fn figure_kind(&self, kind: FigureKind) -> &str {
        match kind {
            FigureKind::Benefit => &self.figure_benefit,
            FigureKind::Harm => &self.figure_harm,
            FigureKind::Comparison => &self.figure_comparison,
            FigureKind::Context => &self.figure_context,
        }
    }

    pub fn evidence(&self, evidence: Evidence) -> &str {
        match evidence {
            Evidence::RandomizedTrial => &self.evidence_randomized_trial,
            Evidence::SingleArmStudy => &self.evidence_single_arm_study,
            Evidence::CaseSeries => &self.evidence_case_series,
            Evidence::SystematicReview => &self.evidence_systematic_review,
            Evidence::Survey => &self.evidence_survey,
        }
    }

    /// "1,096 people".
    pub fn people(&self, count: u32) -> String {
        fill(&self.figure_people, &[("n", &intl::number(&self.language, count as usize))])
    }

    /// The hospital review line: who reviewed and when, or that nobody has yet.
    pub fn hospital_review_status(&self, meta: &Meta) -> String {
        let hospital = if meta.hospital.trim().is_empty() { &self.this_hospital } else { &meta.hospital };
        let reviewers: Vec<&str> =
            meta.hospital_reviewers.iter().map(|name| name.trim()).filter(|name| !name.is_empty()).collect();
        if reviewers.is_empty() || meta.hospital_reviewed.is_empty() {
            fill(&self.not_yet_reviewed, &[("hospital", hospital)])
        } else {
            format!("{} ({hospital}), {}.", reviewers.join(", "), meta.hospital_reviewed)
        }
    }

    /// "Often used in situations like yours" once the reader has answered something; before,
    /// just "Often used": with nothing answered there is no situation like theirs yet.
    pub fn fit(&self, fit: Fit, answered: bool) -> String {
        let label = match fit {
            Fit::Likely => &self.fit_likely,
            Fit::Possible => &self.fit_possible,
            Fit::Unlikely => &self.fit_unlikely,
        };
        self.for_situation(label, answered)
    }

    fn for_situation(&self, text: &str, answered: bool) -> String {
        if answered {
            fill(&self.like_yours, &[("text", text)])
        } else {
            text.to_owned()
        }
    }

    /// What the explorer's status region says after an action that moved focus.
    pub fn said(&self, said: Said) -> &str {
        match said {
            Said::RiskSet => &self.risk_used,
            Said::QuestionAdded => &self.added_to_questions,
            Said::QuestionRemoved | Said::ComparisonRemoved => &self.removed,
            Said::StartedOver => &self.started_over,
            Said::Restored => &self.restored,
        }
    }

    pub fn importance(&self, importance: Importance) -> &str {
        match importance {
            Importance::Not => &self.importance_not,
            Importance::Somewhat => &self.importance_somewhat,
            Importance::Very => &self.importance_very,
        }
    }

    /// The live-region sentence after every change, e.g. "3 options are often used in
    /// situations like yours, 5 sometimes, and 1 usually not." The plural form and the
    /// numbers come from `Intl` for the language.
    pub fn result_count(&self, likely: usize, possible: usize, unlikely: usize, answered: bool) -> String {
        let n = |count| intl::number(&self.language, count);
        let first =
            if intl::is_one(&self.language, likely) { &self.count_likely_one } else { &self.count_likely_other };
        let first = self.for_situation(&fill(first, &[("n", &n(likely))]), answered);
        fill(&self.count_rest, &[("likely", &first), ("possible", &n(possible)), ("unlikely", &n(unlikely))])
    }

    /// "2 of 6".
    pub fn count_of(&self, count: usize, total: usize) -> String {
        let (count, total) = (intl::number(&self.language, count), intl::number(&self.language, total));
        fill(&self.count_of, &[("n", &count), ("total", &total)])
    }
}

/// The built-in table for a language tag (`es-MX` uses `es`); English when there is none.
pub fn built_in_table(language: &str) -> &'static [(&'static str, &'static str)] {
    other_than_english(language).unwrap_or(EN)
}

fn other_than_english(language: &str) -> Option<&'static [(&'static str, &'static str)]> {
    match primary_subtag(language).as_str() {
        "es" => Some(ES),
        _ => None,
    }
}

/// Copies the built-in strings of the dataset's language (not English, which the widget has)
/// into its `ui` table, under its own entries, so that [`Strings::for_widget`] shows the same
/// text as [`Strings::for_dataset`].
pub fn add_built_in_strings(dataset: &mut Dataset) {
    let Some(table) = other_than_english(&dataset.meta.language) else { return };
    for (key, text) in table {
        if !dataset.ui.contains_key(*key) {
            dataset.ui.insert((*key).to_owned(), (*text).to_owned());
        }
    }
}

/// Whether the language has a complete built-in table.
pub fn has_built_in_table(language: &str) -> bool {
    crate::contract::BUILT_IN_LANGUAGES.contains(&primary_subtag(language).as_str())
}

fn primary_subtag(language: &str) -> String {
    language.split('-').next().unwrap_or_default().to_ascii_lowercase()
}

/// One string of a table. Not inlined: a single copy serves every key, where a copy per key
/// cost kilobytes of wasm.
#[inline(never)]
fn pick(key: &str, own: &SmallMap<String, String>, built_in: &[(&str, &str)]) -> String {
    let table = |table: &[(&str, &str)]| table.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_owned());
    own.get(key).cloned().or_else(|| table(built_in)).or_else(|| table(EN)).unwrap_or_default()
}

/// Replaces each `{name}` in `template` with its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

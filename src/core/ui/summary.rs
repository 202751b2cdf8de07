use yew::prelude::*;

use super::boxes::summary_more_box;
use super::browser;
use super::citation::citation;
use super::compare::comparison;
use super::html::text;
use super::option_details::icon_array;
use super::results::Placed;
use super::shared::Shared;
use super::state::{send, Action, ExplorerState};
use super::summary_text::{answers, cited_sources, leaning, sure_result};
use mrcc_model::{Link, TreatmentOption};

/// The summary to bring to the appointment: answers, options with fit and reasons, the
/// comparison, what matters, questions, links, sources, review date and disclaimer. The host
/// element is marked while it is shown, so printing the page prints only this. The explorer
/// moves focus to `heading` when it opens.
pub fn summary(
    shared: &Shared,
    state: &ExplorerState,
    dispatch: &Callback<Action>,
    fits: &[Placed],
    links: &[(&Link, String)],
    heading: &NodeRef,
) -> Html {
    let s = &*shared.strings;
    let dataset = &shared.dataset;
    let compared: Vec<_> = state.compared.iter().filter_map(|id| dataset.option_index(id)).collect();
    // The figures of the options the reader compared or leans toward, each option once, the
    // counts out of 100 pictured: all of them, so that none is left out for having no picture.
    let mut pictured: Vec<&TreatmentOption> = Vec::new();
    for id in state.compared.iter().chain(&state.ratings.leaning) {
        let option = dataset.options.iter().find(|o| &o.id == id);
        if let Some(option) = option.filter(|o| !o.figures.is_empty()) {
            if !pictured.iter().any(|p| p.id == option.id) {
                pictured.push(option);
            }
        }
    }
    html! {
        <section class="summary-page" aria-labelledby="mrcc-summary">
            <h3 id="mrcc-summary" tabindex="-1" ref={heading.clone()}>{ text(s.summary_heading()) }</h3>
            if !state.summary_date.is_empty() {
                <p class="summary-date">{ s.summary_made(&state.summary_date) }</p>
            }
            <p class="hint no-print">{ text(s.summary_intro()) }</p>
            <div class="summary-actions no-print">
                <button type="button" onclick={Callback::from(|_: MouseEvent| browser::print())}>{ text(s.print()) }</button>
                // The element writes the file from the summary as shown (mrcc-explorer-element.js).
                <button type="button" class="secondary" data-mrcc-download={s.download_file_name().to_owned()}>{ text(s.download()) }</button>
                // The element presses it when the browser's Back leaves the summary's history entry.
                <button type="button" class="secondary" data-mrcc-back="" onclick={send(dispatch, Action::CloseSummary)}>{ text(s.back()) }</button>
            </div>

            // What the reader takes to the visit comes first: their questions and next steps;
            // then their situation and the options; the numbers after.
            <h4>{ text(s.my_questions_heading()) }</h4>
            if state.questions.is_empty() {
                <p>{ text(s.no_questions()) }</p>
            } else {
                <ol class="question-list">{ for state.questions.iter().map(|q| html! { <li>{ q }</li> }) }</ol>
            }

            if !links.is_empty() {
                <h4>{ text(s.next_steps()) }</h4>
                <ul>
                    { for links.iter().map(|(link, href)| html! {
                        <li><a href={href.clone()}>{ text(&link.label) }</a>{ format!(" ({href})") }</li>
                    }) }
                </ul>
            }

            <h4>{ text(s.situation_heading()) }</h4>
            <dl class="meta answers">
                { for answers(dataset, state, s).into_iter().map(|(label, answer)| html! {
                    <><dt>{ label }</dt><dd>{ answer }</dd></>
                }) }
            </dl>

            <h4>{ text(s.options_heading()) }</h4>
            <ul class="summary-options">
                { for fits.iter().filter_map(|fit| Some((fit, dataset.options.get(fit.index)?))).map(|(fit, option)| html! {
                    <li data-option={option.id.clone()}>
                        <strong>{ text(&option.name) }</strong>{ ": " }{ s.fit(fit.fit, !state.situation.is_empty()) }{ "." }
                        { for fit.reasons.iter().map(|reason| html! { <span class="reason">{ reason.clone() }</span> }) }
                    </li>
                }) }
            </ul>

            if compared.len() >= 2 {
                <h4>{ text(s.compare_heading()) }</h4>
                { comparison(shared, &compared, fits, !state.situation.is_empty()) }
            }

            if !dataset.values.is_empty() {
                <h4>{ text(s.values_heading()) }</h4>
                <dl class="meta">
                    { for dataset.values.iter().map(|value| html! {
                        <>
                            <dt>{ text(&value.statement) }</dt>
                            <dd>{ state.ratings.values.get(&value.id).map_or(s.not_rated(), |&i| s.importance(i)) }</dd>
                        </>
                    }) }
                </dl>
            }

            if shared.details_arrived() {
            <h4>{ text(s.leaning_heading()) }</h4>
            <dl class="meta sure-answers">
                { for s.sure_questions().iter().zip(&state.ratings.sure).map(|(question, answer)| html! {
                    <><dt>{ text(question) }</dt><dd>{ text(answer.map_or(s.not_answered(), |yes| s.yes_no(yes))) }</dd></>
                }) }
                <dt>{ text(s.leaning_question()) }</dt><dd>{ text(leaning(dataset, state, s)) }</dd>
            </dl>
            if let Some(result) = sure_result(&state.ratings, s) {
                <p>{ text(result) }</p>
            }
            }

            if !pictured.is_empty() {
                <h4>{ text(s.figures()) }</h4>
                { for pictured.iter().map(|option| html! {
                    <div class="summary-figures">
                        <h5>{ text(&option.name) }</h5>
                        { for option.figures.iter().map(|figure| html! {
                            <div class="figure">
                                <p>{ text(&figure.text) }</p>
                                if !figure.out_of_100.is_empty() {
                                    <div class="icon-arrays">{ for figure.out_of_100.iter().map(|group| icon_array(group, s)) }</div>
                                }
                            </div>
                        }) }
                    </div>
                }) }
            }

            <h4>{ text(s.sources()) }</h4>
            <ol class="sources">
                { for cited_sources(dataset).into_iter().map(|source| html! { <li>{ citation(source, s) }</li> }) }
            </ol>

            { summary_more_box(shared) }

            <p class="summary-footer">
                { text(s.reviewed()) }{ " " }<time datetime={dataset.meta.reviewed.clone()}>{ text(&s.date(&dataset.meta.reviewed)) }</time>{ ". " }
                { s.hospital_review_status(&dataset.meta) }{ " " }
                { text(&dataset.meta.disclaimer) }
            </p>
            <p class="urgent-help">{ text(&dataset.meta.urgent_help) }</p>
        </section>
    }
}

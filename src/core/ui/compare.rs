use yew::prelude::*;

use super::html::{named, text};
use super::results::Placed;
use super::shared::Shared;
use super::state::{send, Action, ExplorerState, MAX_COMPARED};
use mrcc_model::TreatmentOption;

/// The options the reader ticked: which are chosen (each with its "Remove"), then the
/// comparison itself, always starting with how each fits the reader.
pub fn compare(shared: &Shared, state: &ExplorerState, fits: &[Placed], dispatch: &Callback<Action>) -> Html {
    let s = &*shared.strings;
    let options: Vec<usize> = state.compared.iter().filter_map(|id| shared.dataset.option_index(id)).collect();
    html! {
        <section class="compare" aria-labelledby="mrcc-compare">
            // Focus lands here when "Remove" takes the table away.
            <h3 id="mrcc-compare" tabindex="-1">{ text(s.compare_heading()) }</h3>
            if options.len() < 2 {
                <p class="hint">{ text(s.compare_hint()) }</p>
            } else {
                if options.len() >= MAX_COMPARED {
                    <p class="hint">{ text(s.compare_full()) }</p>
                }
                // One "Remove" per option, outside the table: inside a column header it became
                // part of the header's name ("Immunotherapy Remove: Immunotherapy").
                <ul class="compare-chosen">
                    { for options.iter().filter_map(|&i| shared.dataset.options.get(i)).map(|option| html! {
                        <li>
                            <strong>{ text(&option.name) }</strong>{ " " }
                            <button type="button" class="small" aria-label={named(s.remove(), &option.name)}
                                onclick={send(dispatch, Action::RemoveCompared(option.id.clone()))}>
                                { text(s.remove()) }
                            </button>
                        </li>
                    }) }
                </ul>
                { comparison(shared, &options, fits, !state.situation.is_empty()) }
            }
        </section>
    }
}

/// The comparison of the options at these positions in `dataset.options`: a table, the options
/// side by side, whose first row is how each fits the reader. Where the columns do not fit (a
/// phone), the stylesheet lays it out one aspect at a time with every chosen option under it,
/// each cell led by its option's name (`data-option`): a table in a phone's width cut its
/// columns mid-word and scrolled its row names away. The roles keep it a table for screen
/// readers in either layout.
pub fn comparison(shared: &Shared, options: &[usize], fits: &[Placed], answered: bool) -> Html {
    let s = &*shared.strings;
    // The rows are the options' details, and their labels come with them.
    if !shared.details_arrived() {
        return html! { <p class="loading">{ text(s.details_loading()) }</p> };
    }
    let options: Vec<(&TreatmentOption, Html)> = options
        .iter()
        .filter_map(|&index| {
            let option = shared.dataset.options.get(index)?;
            let fit = fits.iter().find(|fit| fit.index == index).map(|fit| {
                html! {
                    <>
                        <span class="compare-fit" data-fit={fit.fit.as_str()}>{ s.fit(fit.fit, answered) }{ "." }</span>
                        { for fit.reasons.iter().map(|reason| html! { <>{ " " }{ reason.clone() }</> }) }
                    </>
                }
            });
            Some((option, fit.unwrap_or_default()))
        })
        .collect();
    let row = |label: &str, cell: &dyn Fn(&TreatmentOption, &Html) -> Html| {
        html! {
            <tr role="row">
                <th scope="row" role="rowheader">{ label.to_owned() }</th>
                { for options.iter().map(|(option, fit)| html! {
                    <td role="cell" data-option={option.name.clone()}>{ cell(option, fit) }</td>
                }) }
            </tr>
        }
    };
    html! {
        <table class="compare-table" role="table" data-count={options.len().to_string()}>
            <caption>{ text(s.compare_caption()) }</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <td></td>
                    { for options.iter().map(|(option, _)| html! { <th scope="col" role="columnheader">{ text(&option.name) }</th> }) }
                </tr>
            </thead>
            <tbody role="rowgroup">
                { row(s.compare_fit(), &|_, fit| fit.clone()) }
                { for comparison_rows(s).iter().map(|(label, cell)| row(label, &|option, _| cell(option))) }
            </tbody>
        </table>
    }
}

type Cell = fn(&TreatmentOption) -> Html;

/// The table's rows after the fit: what it is, the goal, how it is done, time and recovery,
/// main benefits, main harms, who it is usually for.
pub fn comparison_rows(s: &super::strings::Strings) -> [(&str, Cell); 7] {
    fn list(items: &[String]) -> Html {
        html! { <ul>{ for items.iter().map(|item| html! { <li>{ item }</li> }) }</ul> }
    }
    [
        (s.compare_summary(), |o| html! { { text(&o.summary) } }),
        (s.goal(), |o| html! { { text(&o.goal) } }),
        (s.compare_how(), |o| html! { { text(&o.what_it_involves) } }),
        (s.time_and_recovery(), |o| html! { { text(&o.time_and_recovery) } }),
        (s.compare_benefits(), |o| list(&o.benefits)),
        (s.compare_harms(), |o| list(&o.harms)),
        (s.usually_for(), |o| html! { { text(&o.usually_for) } }),
    ]
}

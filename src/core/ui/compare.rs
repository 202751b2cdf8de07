use yew::prelude::*;

use super::html::{named, text};
use super::shared::Shared;
use super::state::{send, Action, ExplorerState, MAX_COMPARED};
use mrcc_model::TreatmentOption;

/// The options the reader ticked, side by side in a real table (row and column headers), which
/// the stylesheet stacks into one column on narrow screens.
pub fn compare(shared: &Shared, state: &ExplorerState, dispatch: &Callback<Action>) -> Html {
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
                <div class="compare-scroll" role="region" tabindex="0" aria-label={s.compare_caption().to_owned()}>
                    { compare_table(shared, &options, Some(dispatch)) }
                </div>
            }
        </section>
    }
}

/// The comparison table itself, for the options at these positions in `dataset.options`; also
/// used, without buttons (no `dispatch`), in the printable summary.
pub fn compare_table(shared: &Shared, options: &[usize], dispatch: Option<&Callback<Action>>) -> Html {
    let s = &*shared.strings;
    // The rows are the options' details, and their labels come with them.
    if !shared.details_arrived() {
        return html! { <p class="loading">{ text(s.details_loading()) }</p> };
    }
    let rows = comparison_rows(s);
    let options: Vec<&TreatmentOption> =
        options.iter().filter_map(|&index| shared.dataset.options.get(index)).collect();
    html! {
        <table class="compare-table">
            <caption>{ text(s.compare_caption()) }</caption>
            <thead>
                <tr>
                    <td></td>
                    { for options.iter().map(|option| html! {
                        <th scope="col">
                            { text(&option.name) }
                            if let Some(dispatch) = dispatch {
                                <button type="button" class="small" aria-label={named(s.remove(), &option.name)}
                                    onclick={send(dispatch, Action::RemoveCompared(option.id.clone()))}>
                                    { text(s.remove()) }
                                </button>
                            }
                        </th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|(label, cell)| html! {
                    <tr>
                        <th scope="row">{ *label }</th>
                        { for options.iter().map(|option| html! {
                            <td>{ cell(option) }</td>
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

type Cell = fn(&TreatmentOption) -> Html;

/// The table's rows: what it is, the goal, how it is done, time and recovery, main benefits,
/// main harms, who it is usually for.
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

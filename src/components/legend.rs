//! The legend: one colour per label, with how many mentions of each the article has.

use chugiai_core::Label;
use yew::prelude::*;

use super::label_class;

/// Properties of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Mentions per label, in display order.
    pub counts: Vec<(Label, usize)>,
    /// How many directive sentences.
    pub directives: usize,
}

/// The Vietnamese name of a label, for readers of Vietnamese news.
fn vietnamese(label: Label) -> &'static str {
    match label {
        Label::Person => "Người",
        Label::Position => "Chức vụ",
        Label::Organization => "Tổ chức",
        Label::Location => "Địa danh",
        Label::Date => "Thời gian",
        Label::Document => "Văn bản",
        Label::Event => "Sự kiện",
        Label::Misc => "Khác",
    }
}

/// A row of swatches: `PERSON · Người 3`, …, `Directives 2`.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    html! {
        <ul class="legend" aria-label="Labels">
            { for props.counts.iter().map(|&(label, n)| html! {
                <li class={classes!("ent", format!("ent-{}", label_class(label)), (n == 0).then_some("none"))}
                    data-label={label.as_str()} data-count={n.to_string()}>
                    { format!("{label} · {} ", vietnamese(label)) }<b>{ n }</b>
                </li>
            }) }
            <li class={classes!("dir", (props.directives == 0).then_some("none"))}
                data-directive="all" data-count={props.directives.to_string()}>
                { "Directives · Chỉ đạo " }<b>{ props.directives }</b>
            </li>
        </ul>
    }
}

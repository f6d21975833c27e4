//! The legend: one colour per label, how many mentions of each the article has, and a toggle per label (and
//! one for the directives) to show or hide its highlights.

use std::collections::BTreeSet;

use chugiai_core::Label;
use yew::prelude::*;

use super::label_class;
use crate::i18n::Lang;

/// Properties of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Mentions per label, in display order.
    pub counts: Vec<(Label, usize)>,
    /// How many directive sentences.
    pub directives: usize,
    /// Labels hidden in the reading view.
    #[prop_or_default]
    pub hidden: BTreeSet<Label>,
    /// Whether directives are marked.
    #[prop_or(true)]
    pub show_directives: bool,
    /// The interface language.
    #[prop_or_default]
    pub lang: Lang,
    /// Called with a label to show or hide.
    #[prop_or_default]
    pub on_toggle: Callback<Label>,
    /// Called to show or hide the directives.
    #[prop_or_default]
    pub on_toggle_directives: Callback<()>,
}

/// A row of toggle buttons: `1 Người 3`, …, `Chỉ đạo 2`. The digit is the label's keyboard shortcut.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let t = props.lang.t();
    html! {
        <ul class="legend" role="toolbar" aria-label={t.legend}>
            { for props.counts.iter().enumerate().map(|(i, &(label, n))| {
                let shown = !props.hidden.contains(&label);
                let onclick = props.on_toggle.reform(move |_: MouseEvent| label);
                html! {
                    <li class={classes!("ent", format!("ent-{}", label_class(label)), (n == 0).then_some("none"),
                                (!shown).then_some("off"))}
                        data-label={label.as_str()} data-count={n.to_string()}>
                        <button type="button" aria-pressed={shown.to_string()}
                            title={format!("{} · {label}", t.toggle_label)} {onclick}>
                            <kbd aria-hidden="true">{ i + 1 }</kbd>
                            { format!(" {} ", props.lang.label(label)) }<b>{ n }</b>
                        </button>
                    </li>
                }
            }) }
            <li class={classes!("dir", (props.directives == 0).then_some("none"),
                        (!props.show_directives).then_some("off"))}
                data-directive="all" data-count={props.directives.to_string()}>
                <button type="button" aria-pressed={props.show_directives.to_string()} title={t.toggle_label}
                    onclick={props.on_toggle_directives.reform(|_: MouseEvent| ())}>
                    <kbd aria-hidden="true">{ "D" }</kbd>
                    { format!(" {} ", t.directives) }<b>{ props.directives }</b>
                </button>
            </li>
        </ul>
    }
}

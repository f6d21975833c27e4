//! Details of the span under the pointer or keyboard focus: its label, text, normalised value (a date in ISO
//! form, a document decoded, a place's 2025 mapping, a person's positions), the rule that fired — and, unless
//! read-only, the corrections that apply to it.

use std::rc::Rc;

use chugiai_core::{Annotation, Label};
use serde_json::Value;
use yew::prelude::*;

use super::label_class;
use crate::i18n::Lang;
use crate::state::{Edit, Target};

/// Properties of [`Details`].
#[derive(Properties)]
pub struct DetailsProps {
    /// The annotation the reader sees.
    pub annotation: Rc<Annotation>,
    /// The span to describe.
    pub target: Option<Target>,
    /// The interface language.
    #[prop_or_default]
    pub lang: Lang,
    /// No corrections offered.
    #[prop_or_default]
    pub read_only: bool,
    /// Called with a correction.
    #[prop_or_default]
    pub on_correct: Callback<Edit>,
}

impl PartialEq for DetailsProps {
    /// The annotation by address (a new one comes with every change), not by its possibly long content: the
    /// page renders again with each progress report of a long paste.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.annotation, &other.annotation)
            && self.target == other.target
            && self.lang == other.lang
            && self.read_only == other.read_only
            && self.on_correct == other.on_correct
    }
}

/// A JSON value as text: strings bare, lists joined, objects as `key: value` lines.
fn rows(value: &Value) -> Vec<(String, String)> {
    fn flat(v: &Value) -> String {
        match v {
            Value::String(s) => s.clone(),
            Value::Array(a) => a.iter().map(flat).collect::<Vec<_>>().join("; "),
            Value::Null => String::new(),
            other => other.to_string(),
        }
    }
    match value {
        Value::Object(m) => m.iter().map(|(k, v)| (k.clone(), flat(v))).collect(),
        other => vec![(String::new(), flat(other))],
    }
}

/// The details panel.
#[function_component(Details)]
pub fn details(props: &DetailsProps) -> Html {
    let t = props.lang.t();
    let a = &props.annotation;
    let body = match props.target {
        Some(target @ Target::Entity { start, end, label }) => match target.entity(a) {
            Some(e) => {
                let value_rows = e.value.as_ref().map(rows).unwrap_or_default();
                let relabel = (!props.read_only).then(|| {
                    let on_correct = props.on_correct.clone();
                    let onchange = Callback::from(move |ev: Event| {
                        let sel: web_sys::HtmlSelectElement = ev.target_unchecked_into();
                        if let Some(to) = Label::parse(&sel.value()) {
                            if to != label {
                                on_correct.emit(Edit::Relabel { start, end, from: label, to });
                            }
                        }
                    });
                    let ondelete =
                        props.on_correct.reform(move |_: MouseEvent| Edit::Delete { start, end, label });
                    html! {
                        <div class="fix">
                            <label>{ t.relabel }{ " " }
                                <select class="relabel" {onchange}>
                                    { for Label::ALL.iter().enumerate().map(|(i, l)| html! {
                                        <option value={l.as_str()} selected={*l == label}>
                                            { format!("{} {}", i + 1, props.lang.label(*l)) }
                                        </option>
                                    }) }
                                </select>
                            </label>
                            <button type="button" class="delete" onclick={ondelete}>
                                { t.delete }<kbd>{ "Del" }</kbd>
                            </button>
                        </div>
                    }
                });
                html! {
                    <>
                        <p class="what">
                            <span class={classes!("swatch", "ent", format!("ent-{}", label_class(label)))}>
                                { props.lang.label(label) }
                            </span>
                            { " " }<code>{ label.as_str() }</code>
                        </p>
                        <p class="quote">{ format!("“{}”", e.text) }</p>
                        <dl>
                            if !value_rows.is_empty() {
                                <dt>{ if label == Label::Document { t.d_decoded } else { t.d_value } }</dt>
                                <dd class="value">
                                    { for value_rows.iter().map(|(k, v)| html! {
                                        <div>if !k.is_empty() { <span class="key" title={k.clone()}>{ format!("{}: ", props.lang.value_key(k).unwrap_or(k)) }</span> }{ v.clone() }</div>
                                    }) }
                                </dd>
                            }
                            <dt>{ t.d_rule }</dt>
                            <dd class="rule"><code>{ if e.rule.is_empty() { "—".to_string() } else { e.rule.to_string() } }</code></dd>
                        </dl>
                        { relabel.unwrap_or_default() }
                    </>
                }
            }
            None => html! { <p class="hint">{ t.details_hint }</p> },
        },
        Some(target @ Target::Directive { start, end }) => match target.directive(a) {
            Some(d) => {
                let strength = match d.strength {
                    Some(chugiai_core::Strength::Must) => t.must,
                    Some(chugiai_core::Strength::Should) => t.should,
                    Some(chugiai_core::Strength::Request) => t.request,
                    None => "—",
                };
                let field = |name: &'static str, v: &Option<String>| {
                    html! { <><dt>{ name }</dt><dd>{ v.clone().unwrap_or_else(|| "—".into()) }</dd></> }
                };
                let unmark = (!props.read_only).then(|| {
                    let onclick =
                        props.on_correct.reform(move |_: MouseEvent| Edit::Directive { start, end, on: false });
                    html! {
                        <div class="fix">
                            <button type="button" class="unmark" {onclick}>{ t.unmark_directive }<kbd>{ "D" }</kbd></button>
                        </div>
                    }
                });
                html! {
                    <>
                        <p class="what"><span class="swatch dir">{ t.directive }</span></p>
                        <p class="quote">{ format!("“{}”", d.text) }</p>
                        <dl>
                            { field(t.issuer, &d.issuer) }
                            { field(t.addressee, &d.addressee) }
                            { field(t.deadline, &d.deadline) }
                            <dt>{ t.strength }</dt><dd>{ strength }</dd>
                            <dt>{ t.d_rule }</dt>
                            <dd class="rule"><code>{ if d.rule.is_empty() { "—".to_string() } else { d.rule.clone() } }</code></dd>
                        </dl>
                        { unmark.unwrap_or_default() }
                    </>
                }
            }
            None => html! { <p class="hint">{ t.details_hint }</p> },
        },
        None => html! { <p class="hint">{ t.details_hint }</p> },
    };
    html! {
        <section class="details panel" aria-label={t.details} aria-live="polite">
            <h2>{ t.details }</h2>
            { body }
        </section>
    }
}

//! The summary beside the text: the people (with their positions), organisations (an acronym with its full
//! name), places (with the unit they belong to since 1 July 2025), dates, documents (decoded) and events the
//! article names, each once with its number of mentions, and the directives as a numbered list.
//!
//! Every item is a button: activating it steps to its next mention in the text (marked, scrolled into view,
//! described in the details panel). Everything comes from [`chugiai_core::summary::summarize`]; text is only
//! ever rendered as text.

use std::rc::Rc;

use chugiai_core::summary::{summarize, Item, Task};
use chugiai_core::{Annotation, Label};
use serde_json::Value;
use yew::prelude::*;

use super::{label_class, SameAnnotation};
use crate::i18n::{Lang, Strings};
use crate::state::{next_mention, Target};

/// The groups shown, in order (positions go with the people; other spans are left out).
const GROUPS: [Label; 6] =
    [Label::Person, Label::Organization, Label::Location, Label::Date, Label::Document, Label::Event];

/// Items (or directives) listed per group at most: a 10 MB article has thousands of directives, and as many
/// buttons would make every layout of the page slow. The rest are counted in a line after the list.
pub const MAX_LISTED: usize = 100;

/// The line saying how many more are not listed.
fn more(n: usize, t: &Strings) -> Html {
    if n <= MAX_LISTED {
        return Html::default();
    }
    html! { <p class="more">{ t.and_more.replace("{n}", &(n - MAX_LISTED).to_string()) }</p> }
}

/// Properties of [`Summary`].
#[derive(Properties)]
pub struct SummaryProps {
    /// The annotation the reader sees (corrections applied).
    pub annotation: Rc<Annotation>,
    /// The mention stepped to, if any.
    #[prop_or_default]
    pub current: Option<(usize, usize)>,
    /// The interface language.
    #[prop_or_default]
    pub lang: Lang,
    /// Called with the mention or directive to step to.
    #[prop_or_default]
    pub on_goto: Callback<Option<Target>>,
}

impl PartialEq for SummaryProps {
    /// The annotation by address (a new one comes with every change), not by its possibly long content.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.annotation, &other.annotation)
            && self.current == other.current
            && self.lang == other.lang
            && self.on_goto == other.on_goto
    }
}

/// The line under an item's name: a person's positions, an organisation's other spellings, a place's level
/// and 2025 mapping, a date's ISO value, a document decoded.
fn sub_line(it: &Item, t: &Strings) -> Option<String> {
    let field = |k: &str| it.value.as_ref().and_then(|v| v.get(k)).and_then(Value::as_str);
    let line = match it.label {
        Label::Person => it.positions.join("; "),
        Label::Location => {
            let mut parts: Vec<&str> = field("level").into_iter().collect();
            let now = field("now_in").map(|n| [t.now_in, " ", n].concat());
            parts.extend(now.as_deref());
            parts.join(" · ")
        }
        Label::Document | Label::Date => it.detail.clone().filter(|d| *d != it.name).unwrap_or_default(),
        _ => it.aliases.join(" · "),
    };
    (!line.is_empty()).then_some(line)
}

fn item_view(it: &Item, props: &SummaryProps) -> Html {
    let t = props.lang.t();
    let label = it.label;
    let at = props.current.and_then(|(s, e)| it.mentions.iter().position(|m| m.start == s && m.end == e));
    let onclick = {
        let mentions = it.mentions.clone();
        let current = props.current;
        props.on_goto.reform(move |_: MouseEvent| {
            next_mention(&mentions, current).map(|m| Target::Entity { start: m.start, end: m.end, label })
        })
    };
    let class = classes!("item", at.is_some().then_some("on"));
    html! {
        <li>
            <button type="button" {class} data-label={label.as_str()} data-count={it.count.to_string()}
                title={t.step_hint} aria-current={at.is_some().then_some("true")} {onclick}>
                <span class={classes!("dot", "ent", format!("ent-{}", label_class(label)))} aria-hidden="true"></span>
                <span class="name">{ it.name.clone() }</span>
                <span class="count">
                    if let Some(i) = at {
                        { i + 1 }{ " " }{ t.mention_of }{ " " }
                    }
                    { it.count }<span class="sr">{ " " }{ t.mentions }</span>
                </span>
                if let Some(line) = sub_line(it, t) {
                    <span class="sub">{ line }</span>
                }
            </button>
        </li>
    }
}

fn task_view(task: &Task, props: &SummaryProps) -> Html {
    let t = props.lang.t();
    let (start, end) = (task.start, task.end);
    let on = props.current == Some((start, end));
    let onclick = props.on_goto.reform(move |_: MouseEvent| Some(Target::Directive { start, end }));
    let who = |v: &Option<String>| v.clone().unwrap_or_else(|| "—".into());
    html! {
        <li value={task.number.to_string()}>
            <button type="button" class={classes!("task", on.then_some("on"))} data-s={start.to_string()}
                aria-current={on.then_some("true")} {onclick}>
                <span class="who">
                    <span class="sr">{ t.issuer }{ ": " }</span>{ who(&task.issuer) }
                    <span aria-hidden="true">{ " → " }</span>
                    <span class="sr">{ ", " }{ t.addressee }{ ": " }</span>{ who(&task.addressee) }
                </span>
                <span class="text" lang="vi">{ task.text.clone() }</span>
                if let Some(d) = &task.deadline {
                    <span class="deadline">{ t.deadline }{ ": " }{ d.clone() }</span>
                }
            </button>
        </li>
    }
}

/// The summary panel.
#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let t = props.lang.t();
    let s = use_memo(SameAnnotation(props.annotation.clone()), |a| summarize(&a.0));
    let groups: Vec<(Label, &[Item])> =
        GROUPS.iter().map(|&l| (l, s.items(l))).filter(|(_, items)| !items.is_empty()).collect();
    let empty = groups.is_empty() && s.tasks.is_empty();
    html! {
        <section class="summary panel" aria-label={t.summary}>
            <h2>{ t.summary }</h2>
            if empty {
                <p class="hint">{ t.none_found }</p>
            }
            { for groups.iter().map(|&(label, items)| html! {
                <section class="group" data-label={label.as_str()} aria-label={props.lang.label(label)}>
                    <h3>{ props.lang.label(label) }{ " " }<span class="n">{ items.len() }</span></h3>
                    <ul role="list">{ for items.iter().take(MAX_LISTED).map(|it| item_view(it, props)) }</ul>
                    { more(items.len(), t) }
                </section>
            }) }
            if !s.tasks.is_empty() {
                <section class="group tasks" aria-label={t.directives}>
                    <h3>{ t.directives }{ " " }<span class="n">{ s.tasks.len() }</span></h3>
                    <ol role="list">{ for s.tasks.iter().take(MAX_LISTED).map(|task| task_view(task, props)) }</ol>
                    { more(s.tasks.len(), t) }
                </section>
            }
        </section>
    }
}

//! The reading view: the article with every entity and directive highlighted, nested as the engine found them.
//!
//! Text is only ever rendered as text nodes: whatever is pasted, no markup of it reaches the page.

use std::rc::Rc;

use chugiai_core::{Annotation, Label, Strength};
use yew::prelude::*;

use crate::layout::{layout, Piece};

/// Properties of [`ReadingView`].
#[derive(Properties, PartialEq)]
pub struct ReadingViewProps {
    /// The article and what the engine found in it.
    pub annotation: Rc<Annotation>,
}

/// The CSS class suffix of a label: `person`, `organization`, …
pub fn label_class(label: Label) -> String {
    label.as_str().to_ascii_lowercase()
}

fn strength_name(strength: Option<Strength>) -> &'static str {
    match strength {
        Some(Strength::Must) => "must",
        Some(Strength::Should) => "should",
        Some(Strength::Request) => "request",
        None => "directive",
    }
}

fn render(piece: &Piece) -> Html {
    match piece {
        Piece::Text(t) => html! { { t.clone() } },
        Piece::Entity { label, rule, continued, children } => {
            let class = classes!("ent", format!("ent-{}", label_class(*label)), continued.then_some("cont"));
            let title = if rule.is_empty() { label.to_string() } else { format!("{label} · {rule}") };
            html! {
                <mark {class} data-label={label.as_str()} {title}>{ for children.iter().map(render) }</mark>
            }
        }
        Piece::Directive { strength, issuer, continued, children } => {
            let name = strength_name(*strength);
            let class = classes!("dir", format!("dir-{name}"), continued.then_some("cont"));
            let title = match issuer {
                Some(who) => format!("Directive ({name}) · issued by {who}"),
                None => format!("Directive ({name})"),
            };
            html! {
                <span {class} data-directive={name} {title}>{ for children.iter().map(render) }</span>
            }
        }
    }
}

/// The highlighted article.
#[function_component(ReadingView)]
pub fn reading_view(props: &ReadingViewProps) -> Html {
    let pieces = use_memo(props.annotation.clone(), |a| layout(a));
    html! {
        <article class="reading-view" lang="vi" aria-label="Annotated article">
            { for pieces.iter().map(render) }
        </article>
    }
}

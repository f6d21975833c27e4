//! The reading view: the article with every entity and directive highlighted, nested as the engine found them.
//!
//! Text is only ever rendered as text nodes: whatever is pasted, no markup of it reaches the page.
//!
//! A long article is laid out once, cut into chunks of whole lines of about [`CHUNK_BYTES`], each a block of
//! its own, and rendered a few chunks per frame, so the page stays responsive however long the text. Hiding a
//! label only changes a class on the article (CSS removes the colour), so toggles cost nothing and offsets in
//! the DOM never change.

use std::collections::BTreeSet;
use std::rc::Rc;

use chugiai_core::{Annotation, Label, Strength};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::SameAnnotation;
use crate::i18n::Lang;
use crate::layout::{chunks, layout, Piece};
use crate::state::Target;

/// Text per rendered chunk, in bytes.
pub const CHUNK_BYTES: usize = 16 * 1024;
/// Chunks rendered at once before the rest follow, one batch per timer tick.
const FIRST_CHUNKS: usize = 8;

/// Properties of [`ReadingView`].
#[derive(Properties)]
pub struct ReadingViewProps {
    /// The article and what the engine found in it.
    pub annotation: Rc<Annotation>,
    /// Labels whose highlights are hidden.
    #[prop_or_default]
    pub hidden: BTreeSet<Label>,
    /// Whether directives are marked.
    #[prop_or(true)]
    pub show_directives: bool,
    /// The mention stepped to: marked (`.current`, `aria-current`) and scrolled into view. Keyboard focus
    /// stays where it is (on the summary item, so the next press steps on).
    #[prop_or_default]
    pub current: Option<(usize, usize)>,
    /// Changes with every step, so a step to the same mention scrolls to it again.
    #[prop_or_default]
    pub step: u32,
    /// The article is being annotated in the background: only its first batch is shown until the highlights
    /// come (the rest would be rendered and laid out only to be replaced, while the page and the annotating
    /// worker share the processor).
    #[prop_or_default]
    pub waiting: bool,
    /// The interface language (accessible names).
    #[prop_or_default]
    pub lang: Lang,
    /// Called when the pointer or keyboard focus reaches a span.
    #[prop_or_default]
    pub on_inspect: Callback<Option<Target>>,
    /// The `<article>` element, for selections.
    #[prop_or_default]
    pub article_ref: NodeRef,
}

impl PartialEq for ReadingViewProps {
    /// The annotation by identity: a new one is a new `Rc`, and comparing a long article's spans one by one
    /// on every render of the page (each progress report of a long paste) costs tens of milliseconds.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.annotation, &other.annotation)
            && self.hidden == other.hidden
            && self.show_directives == other.show_directives
            && self.current == other.current
            && self.step == other.step
            && self.waiting == other.waiting
            && self.lang == other.lang
            && self.on_inspect == other.on_inspect
            && self.article_ref == other.article_ref
    }
}

/// The CSS class suffix of a label: `person`, `organization`, …
pub fn label_class(label: Label) -> String {
    label.as_str().to_ascii_lowercase()
}

/// The name of a directive's strength in the DOM: `must`, `should`, `request`, or `directive`.
pub fn strength_name(strength: Option<Strength>) -> &'static str {
    match strength {
        Some(Strength::Must) => "must",
        Some(Strength::Should) => "should",
        Some(Strength::Request) => "request",
        None => "directive",
    }
}

fn render(piece: &Piece, lang: Lang) -> Html {
    match piece {
        Piece::Text(t) => html! { { t.clone() } },
        Piece::Entity { start, end, label, rule, continued, children } => {
            let class = classes!("ent", format!("ent-{}", label_class(*label)), continued.then_some("cont"));
            let name = lang.label(*label);
            let title = if rule.is_empty() { name.to_string() } else { format!("{name} · {rule}") };
            html! {
                <mark {class} data-label={label.as_str()} data-s={start.to_string()} data-e={end.to_string()}
                    tabindex={if *continued { "-1" } else { "0" }} aria-roledescription={name} {title}>
                    { for children.iter().map(|c| render(c, lang)) }
                </mark>
            }
        }
        Piece::Directive { start, end, strength, issuer, continued, children } => {
            let name = strength_name(*strength);
            let class = classes!("dir", format!("dir-{name}"), continued.then_some("cont"));
            let t = lang.t();
            let title = match issuer {
                Some(who) => format!("{} · {}: {who}", t.directive, t.issuer),
                None => t.directive.to_string(),
            };
            html! {
                <span {class} data-directive={name} data-s={start.to_string()} data-e={end.to_string()}
                    role="mark" aria-roledescription={t.directive} {title}>
                    { for children.iter().map(|c| render(c, lang)) }
                </span>
            }
        }
    }
}

#[derive(Properties)]
struct ChunkProps {
    pieces: Rc<Vec<Piece>>,
    lang: Lang,
}

impl PartialEq for ChunkProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && (Rc::ptr_eq(&self.pieces, &other.pieces) || self.pieces == other.pieces)
    }
}

/// One chunk of the article, whole lines in a block of their own (see [`chunks`]): re-rendered only when its own
/// pieces change, and laid out by the browser only when it is added.
#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    html! { <div class="chunk">{ for props.pieces.iter().map(|p| render(p, props.lang)) }</div> }
}

/// The span an element of the reading view stands for (the nearest highlight around it).
pub fn target_of(el: &Element) -> Option<Target> {
    let el = el.closest("[data-s]").ok()??;
    let start = el.get_attribute("data-s")?.parse().ok()?;
    let end = el.get_attribute("data-e")?.parse().ok()?;
    match el.get_attribute("data-label") {
        Some(l) => Some(Target::Entity { start, end, label: Label::parse(&l)? }),
        None => Some(Target::Directive { start, end }),
    }
}

/// The highlighted article.
#[function_component(ReadingView)]
pub fn reading_view(props: &ReadingViewProps) -> Html {
    // Each annotation is laid out once. A new text (not a correction of the same text) is numbered anew, and
    // its rendering starts again from the first batch.
    // (The text is told apart by its length and hash: keeping the previous annotation to compare would hold
    // a second copy of a long article.)
    let generation = use_mut_ref(|| (0u64, None::<(usize, u64)>));
    let parts = {
        let generation = generation.clone();
        use_memo(SameAnnotation(props.annotation.clone()), move |SameAnnotation(a)| {
            use std::hash::{Hash, Hasher};
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            a.text.hash(&mut hasher);
            let text = Some((a.text.len(), hasher.finish()));
            let mut g = generation.borrow_mut();
            if g.1 != text {
                g.0 += 1;
                g.1 = text;
            }
            chunks(layout(a), CHUNK_BYTES).into_iter().map(Rc::new).collect::<Vec<_>>()
        })
    };
    let generation = generation.borrow().0;
    // How many chunks are on the page; the rest follow one batch per timer tick. A new text starts again from
    // the first batch (rendering as many chunks as the text before had on the page would keep its first screen
    // waiting); a correction keeps what is shown, and only the chunks it changes are rendered again.
    let shown_state = use_state(|| (FIRST_CHUNKS, generation));
    let shown = if shown_state.1 == generation { shown_state.0 } else { FIRST_CHUNKS };
    {
        let shown_state = shown_state.clone();
        let total = parts.len();
        use_effect_with(
            (shown, generation, total, props.waiting),
            move |&(n, generation, total, waiting)| {
                let timer = (n < total && !waiting).then(|| {
                    gloo_timers::callback::Timeout::new(0, move || {
                        shown_state.set(((n + FIRST_CHUNKS).min(total), generation))
                    })
                });
                move || drop(timer)
            },
        );
    }
    // The mention stepped to: marked and scrolled to.
    {
        let article = props.article_ref.clone();
        // (The layout by address: a correction brings a new one, whose chunks are rendered again.)
        let layout_at = Rc::as_ptr(&parts) as usize;
        use_effect_with((props.current, props.step, layout_at, shown), move |(current, _, _, _)| {
            if let Some(root) = article.cast::<Element>() {
                if let Ok(old) = root.query_selector_all(".current") {
                    for i in 0..old.length() {
                        if let Some(e) = old.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                            let _ = e.class_list().remove_1("current");
                            let _ = e.remove_attribute("aria-current");
                        }
                    }
                }
                if let Some((s, e)) = current {
                    let sel = format!("[data-s=\"{s}\"][data-e=\"{e}\"]");
                    if let Ok(Some(el)) = root.query_selector(&sel) {
                        let _ = el.class_list().add_1("current");
                        let _ = el.set_attribute("aria-current", "true");
                        let opts = web_sys::ScrollIntoViewOptions::new();
                        opts.set_block(web_sys::ScrollLogicalPosition::Center);
                        el.scroll_into_view_with_scroll_into_view_options(&opts);
                    }
                }
            }
        });
    }
    let on_inspect = props.on_inspect.clone();
    let inspect = Callback::from(move |e: Event| {
        if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            if let Some(t) = target_of(&el) {
                on_inspect.emit(Some(t));
            }
        }
    });
    let onmouseover = inspect.reform(|e: MouseEvent| e.into());
    let onfocusin = inspect.reform(|e: FocusEvent| e.into());
    let mut class = classes!("reading-view");
    for l in &props.hidden {
        class.push(format!("hide-{}", label_class(*l)));
    }
    if !props.show_directives {
        class.push("hide-dir");
    }
    let hidden: Vec<&str> = props.hidden.iter().map(|l| l.as_str()).collect();
    let lang = props.lang;
    let busy = shown < parts.len();
    html! {
        <article {class} ref={props.article_ref.clone()} lang="vi" aria-label={lang.t().annotated_article}
            aria-busy={busy.to_string()} data-hidden={hidden.join(" ")}
            data-chunks={parts.len().to_string()} data-shown={shown.min(parts.len()).to_string()}
            tabindex="0" {onmouseover} {onfocusin}>
            { for parts.iter().take(shown).map(|p| html! { <Chunk pieces={p.clone()} {lang} /> }) }
        </article>
    }
}

/// The selected text inside `article`, as code-point offsets into the article's text, without surrounding
/// white space; `None` when nothing (or nothing inside the article) is selected.
pub fn selection_in(article: &Element) -> Option<(usize, usize)> {
    let window = web_sys::window()?;
    let sel = window.get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let common = range.common_ancestor_container().ok()?;
    if !article.contains(Some(&common)) {
        return None;
    }
    let before = window.document()?.create_range().ok()?;
    before.select_node_contents(article).ok()?;
    before.set_end(&range.start_container().ok()?, range.start_offset().ok()?).ok()?;
    let mut start = String::from(before.to_string()).chars().count();
    let picked: Vec<char> = String::from(range.to_string()).chars().collect();
    let mut end = start + picked.len();
    let lead = picked.iter().take_while(|c| c.is_whitespace()).count();
    if lead == picked.len() {
        return None;
    }
    let trail = picked.iter().rev().take_while(|c| c.is_whitespace()).count();
    start += lead;
    end -= trail;
    Some((start, end))
}

/// Clears the page's selection.
pub fn clear_selection() {
    if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = sel.remove_all_ranges();
    }
}

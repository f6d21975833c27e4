//! The chugiai page: paste a Vietnamese official news article, read it with every entity and directive
//! highlighted.
//!
//! The app only calls [`chugiai_core::annotate`] and displays the result; all language knowledge lives in
//! `chugiai-core`. State and actions are in [`state`], the tree of highlights in [`layout`], and the pieces
//! of the page in [`components`].

pub mod annotator;
pub mod components;
pub mod embed;
pub mod hooks;
pub mod i18n;
pub mod layout;
pub mod panic;
pub mod prerender;
pub mod state;

use yew::prelude::*;

use std::rc::Rc;

use chugiai_core::Label;

use crate::components::{Details, ExportPanel, Legend, NoticeBar, PasteArea, ReadingView, Summary, Toolbar};
pub use crate::i18n::Lang;
use crate::state::{Action, Edit, State, Target};

/// The sample article preloaded in the paste area: the text of the project's seed article (Báo Yên Bái, 2023;
/// `../shared/gold/seed-000.json`), see `static/README.md`.
pub const SAMPLE: &str = include_str!("../static/sample.txt");

/// Light or dark colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Dark text on light paper.
    Light,
    /// Light text on dark paper.
    Dark,
}

impl Theme {
    /// Parses `light`, `dark` or `auto`.
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" | "" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The name used in `data-theme` and storage: `auto`, `light`, `dark`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How the app starts. Every field has a default, so `<App />` is the full page: the sample article (or the
/// one saved in this browser), all labels, Vietnamese interface, editable, saved locally.
#[derive(Properties, Clone, Debug, PartialEq)]
pub struct AppProps {
    /// The article to show first; `None`: the article saved in this browser (when `persist`), else the sample.
    #[prop_or_default]
    pub text: Option<AttrValue>,
    /// The labels shown at first; `None`: all of them. Hidden ones can be shown again from the legend.
    #[prop_or_default]
    pub labels: Option<Vec<Label>>,
    /// Whether directives are marked at first.
    #[prop_or(true)]
    pub show_directives: bool,
    /// Light, dark or the system's choice.
    #[prop_or_default]
    pub theme: Theme,
    /// The interface language (Vietnamese by default).
    #[prop_or_default]
    pub lang: Lang,
    /// Read-only: no paste area, no corrections; reading view, legend, summary and exports only.
    #[prop_or_default]
    pub read_only: bool,
    /// Save the article and its corrections in this browser (local storage / IndexedDB) and restore them on
    /// load. The page: yes; an embedded element: no.
    #[prop_or(true)]
    pub persist: bool,
    /// Fill the side pane (details, summary, export) only once the article's first frame is painted, so the
    /// highlights show sooner on a cold start. The page: yes; components mounted by tests: no.
    #[prop_or_default]
    pub side_after_first_paint: bool,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            text: None,
            labels: None,
            show_directives: true,
            theme: Theme::Auto,
            lang: Lang::Vi,
            read_only: false,
            persist: true,
            side_after_first_paint: false,
        }
    }
}

/// Handles a key pressed anywhere on the page (outside form fields): undo/redo, and the corrections
/// (1–8 label the selection or relabel the focused highlight, Delete removes it, D marks or unmarks a
/// directive).
fn on_key(e: &web_sys::KeyboardEvent, state: &UseReducerHandle<State>, article: &NodeRef, read_only: bool) {
    use wasm_bindgen::JsCast;
    use web_sys::Element;

    let in_field = e.target().and_then(|t| t.dyn_into::<Element>().ok()).is_some_and(|el| {
        // A host page's rich-text editor (contenteditable) keeps its own Ctrl+Z when chugiai is embedded.
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el.dyn_ref::<web_sys::HtmlElement>().is_some_and(|h| h.is_content_editable())
    });
    if in_field || read_only {
        return;
    }
    let key = e.key();
    if e.ctrl_key() || e.meta_key() {
        if e.alt_key() {
            return;
        }
        let action = match key.as_str() {
            "z" | "Z" if e.shift_key() => Action::Redo,
            "z" | "Z" => Action::Undo,
            "y" | "Y" => Action::Redo,
            _ => return,
        };
        e.prevent_default();
        state.dispatch(action);
        return;
    }
    if e.alt_key() {
        return;
    }
    let Some(article) = article.cast::<Element>() else { return };
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|el| article.contains(Some(el)));
    let focused_target = focused.as_ref().and_then(components::target_of);
    let edit = match key.as_str() {
        d @ ("1" | "2" | "3" | "4" | "5" | "6" | "7" | "8") => {
            let label = Label::ALL[d.parse::<usize>().unwrap_or(1) - 1];
            if let Some((start, end)) = components::selection_in(&article) {
                components::clear_selection();
                Some(Edit::Add { start, end, label })
            } else {
                match focused_target {
                    Some(Target::Entity { start, end, label: from }) if from != label => {
                        Some(Edit::Relabel { start, end, from, to: label })
                    }
                    _ => None,
                }
            }
        }
        "Delete" | "Backspace" => match focused_target {
            Some(Target::Entity { start, end, label }) => Some(Edit::Delete { start, end, label }),
            Some(Target::Directive { start, end }) => Some(Edit::Directive { start, end, on: false }),
            None => None,
        },
        "d" | "D" => {
            if let Some((s, e)) = components::selection_in(&article) {
                components::clear_selection();
                let (start, end) = state::sentence_around(state.text(), s, e);
                let exists = state.annotation.directives.iter().any(|d| d.start == start && d.end == end);
                Some(Edit::Directive { start, end, on: !exists })
            } else {
                // the directive around the focused highlight
                focused
                    .and_then(|el| el.closest("[data-directive]").ok().flatten())
                    .and_then(|el| components::target_of(&el))
                    .map(|t| {
                        let (start, end) = t.span();
                        Edit::Directive { start, end, on: false }
                    })
            }
        }
        _ => None,
    };
    if let Some(edit) = edit {
        e.prevent_default();
        state.dispatch(Action::Correct(edit));
    }
}

/// Runs `f` once the next frame has been painted: in the animation frame after it (a task queued then would
/// run before other tasks queued while that frame was made, delaying what they wait for); at once where
/// there are no frames.
fn after_next_frame(f: impl FnOnce() + 'static) {
    use std::cell::RefCell;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let f = Rc::new(RefCell::new(Some(f)));
    let run = move || {
        if let Some(f) = f.borrow_mut().take() {
            f();
        }
    };
    let queued = web_sys::window().is_some_and(|w| {
        let run = run.clone();
        let window = w.clone();
        let next_frame = Closure::once_into_js(move || {
            let then = Closure::once_into_js(run.clone());
            if window.request_animation_frame(then.unchecked_ref()).is_err() {
                run();
            }
        });
        w.request_animation_frame(next_frame.unchecked_ref()).is_ok()
    });
    if !queued {
        run();
    }
}

/// The whole page.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // Restore what this browser saved (when persisting and no text is given), else the given text or the
    // sample. A session saved in IndexedDB arrives after the first render.
    let saved_later = use_mut_ref(|| false);
    let state = {
        let props = props.clone();
        let saved_later = saved_later.clone();
        use_reducer(move || {
            let mut s = match (&props.text, props.persist) {
                (Some(t), _) => State::new(t),
                (None, true) => match hooks::saved_now() {
                    Ok(Some(session)) => State::from_session(&session),
                    Ok(None) => State::default(),
                    Err(hooks::Later) => {
                        *saved_later.borrow_mut() = true;
                        State::default()
                    }
                },
                (None, false) => State::default(),
            };
            if props.text.is_some() || !props.persist {
                if let Some(labels) = &props.labels {
                    s.hidden = Label::ALL.into_iter().filter(|l| !labels.contains(l)).collect();
                }
                s.show_directives = props.show_directives;
                s.lang = props.lang;
                s.theme = props.theme;
            }
            s
        })
    };
    // Saving waits until a session saved in IndexedDB is back, so it is never overwritten by the sample.
    let ready = use_state(|| !*saved_later.borrow());
    {
        let state = state.clone();
        let ready = ready.clone();
        use_effect_with((), move |_| {
            if !*ready {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(session) = hooks::load_saved().await {
                        state.dispatch(Action::Restore(Rc::new(session)));
                    }
                    ready.set(true);
                });
            }
        });
    }
    hooks::use_persist(&state, props.persist && *ready);

    // The side pane waits for the article's first highlighted frame when asked (a long text's highlights
    // come from the background): it is filled in the animation frame after it.
    let side_shown = use_state(|| !props.side_after_first_paint);
    {
        let side_shown = side_shown.clone();
        use_effect_with(state.annotating, move |&annotating| {
            if !*side_shown && !annotating {
                after_next_frame(move || side_shown.set(true));
            }
        });
    }

    // Large texts are annotated in the background; the latest request's handle is kept (dropping cancels).
    let job = use_mut_ref(|| None::<annotator::Handle>);
    {
        let dispatcher = state.dispatcher();
        let text: Rc<str> = Rc::from(state.text());
        use_effect_with((state.annotating, Rc::as_ptr(&state.base) as usize), move |&(annotating, _)| {
            if annotating {
                let progress = dispatcher.clone();
                let done = dispatcher.clone();
                *job.borrow_mut() = Some(annotator::annotate_async(
                    text,
                    Callback::from(move |p: annotator::Progress| {
                        progress.dispatch(Action::Progress(p.done, p.total))
                    }),
                    Callback::from(move |a: Rc<chugiai_core::Annotation>| {
                        done.dispatch(Action::Annotated(a))
                    }),
                ));
            } else {
                *job.borrow_mut() = None;
            }
        });
    }

    let article_ref = use_node_ref();
    // Keyboard shortcuts, on the whole document.
    {
        let latest = use_mut_ref(|| state.clone());
        *latest.borrow_mut() = state.clone();
        let article_ref = article_ref.clone();
        let read_only = props.read_only;
        use_effect_with(read_only, move |&read_only| {
            use wasm_bindgen::closure::Closure;
            use wasm_bindgen::JsCast;
            let listener =
                Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                    let st = latest.borrow().clone();
                    on_key(&e, &st, &article_ref, read_only);
                });
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(d) = &document {
                let _ = d.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(d) = document {
                    let _ =
                        d.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
                }
            }
        });
    }

    let cb = |f: fn(&UseReducerHandle<State>)| {
        let state = state.clone();
        Callback::from(move |()| f(&state))
    };
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let on_edit = dispatch.reform(Action::Edit);
    let on_sample = cb(|s| s.dispatch(Action::LoadSample));
    let on_clear = cb(|s| s.dispatch(Action::Clear));
    let on_undo = cb(|s| s.dispatch(Action::Undo));
    let on_redo = cb(|s| s.dispatch(Action::Redo));
    let on_dismiss = cb(|s| s.dispatch(Action::Notify(None)));
    let on_toggle_directives = cb(|s| s.dispatch(Action::ToggleDirectives));
    let on_toggle = dispatch.reform(Action::ToggleLabel);
    let on_lang = dispatch.reform(Action::SetLang);
    let on_theme = dispatch.reform(Action::SetTheme);
    let on_inspect = dispatch.reform(Action::Inspect);
    let on_correct = dispatch.reform(Action::Correct);
    let on_goto = dispatch.reform(Action::Goto);

    let lang = state.lang;
    let t = lang.t();
    let progress = state.annotating.then(|| state.progress.unwrap_or((0, 0)));
    html! {
        <div class={classes!("app", props.read_only.then_some("read-only"))} data-theme={state.theme.as_str()}
            lang={lang.code()}>
            <header>
                <h1>{ "chugiai" }</h1>
                <p class="tagline">{ t.tagline }</p>
                <Toolbar {lang} theme={state.theme} can_undo={state.can_undo()} can_redo={state.can_redo()}
                    read_only={props.read_only} {on_undo} {on_redo} {on_lang} {on_theme} />
            </header>
            <NoticeBar notice={state.notice.clone()} {lang} {on_dismiss} />
            <main class="panes">
                if !props.read_only {
                    <section class="pane input" aria-label={t.article}>
                        <PasteArea text={AttrValue::from(state.text().to_string())} {on_edit} {on_sample} {on_clear}
                            {lang} {progress} />
                    </section>
                }
                <section class="pane output" aria-label={t.annotated_article}>
                    <Legend counts={state.counts()} directives={state.annotation.directives.len()}
                        hidden={state.hidden.clone()} show_directives={state.show_directives} {lang}
                        {on_toggle} {on_toggle_directives} />
                    if let Some((done, total)) = progress {
                        <progress class="annotating" max={total.max(1).to_string()} value={done.to_string()}
                            aria-label={t.rendering}></progress>
                    }
                    if !props.read_only {
                        <p class="hint">{ t.add_label_hint }</p>
                    }
                    <ReadingView annotation={state.annotation.clone()} hidden={state.hidden.clone()}
                        show_directives={state.show_directives} current={state.current} step={state.step}
                        waiting={state.annotating} {lang} {on_inspect} article_ref={article_ref.clone()} />
                </section>
                <aside class="pane side">
                    if *side_shown {
                        <Details annotation={state.annotation.clone()} target={state.inspected} {lang}
                            read_only={props.read_only} {on_correct} />
                        <Summary annotation={state.annotation.clone()} current={state.current} {lang} {on_goto} />
                        <ExportPanel annotation={state.annotation.clone()} {lang} read_only={props.read_only}
                            on_action={dispatch} />
                    }
                </aside>
            </main>
        </div>
    }
}

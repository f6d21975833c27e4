//! The chugiai page: paste a Vietnamese official news article, read it with every entity and directive
//! highlighted.
//!
//! The app only calls [`chugiai_core::annotate`] and displays the result; all language knowledge lives in
//! `chugiai-core`. State and actions are in [`state`], the tree of highlights in [`layout`], and the pieces
//! of the page in [`components`].

pub mod annotator;
pub mod components;
pub mod i18n;
pub mod layout;
pub mod panic;
pub mod state;

use yew::prelude::*;

use chugiai_core::Label;

use crate::components::{Legend, PasteArea, ReadingView};
pub use crate::i18n::Lang;
use crate::state::{Action, State};

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
        }
    }
}

/// The whole page.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let initial = props.text.clone();
    let state = use_reducer(move || match initial {
        Some(t) => State::new(&t),
        None => State::default(),
    });
    let on_edit = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::Edit(text)))
    };
    let on_sample = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::LoadSample))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::Clear))
    };
    html! {
        <div class="app">
            <header>
                <h1>{ "chugiai" }</h1>
                <p class="tagline">
                    { "Who, which office, which body, where, when, which document — and who must do what. \
                       Everything runs in this page: nothing you paste leaves your computer." }
                </p>
            </header>
            <main class="panes">
                <section class="pane input">
                    <PasteArea text={AttrValue::from(state.text().to_string())} {on_edit} {on_sample} {on_clear} />
                </section>
                <section class="pane output">
                    <Legend counts={state.counts()} directives={state.annotation.directives.len()} />
                    <ReadingView annotation={state.annotation.clone()} />
                </section>
            </main>
        </div>
    }
}

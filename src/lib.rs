//! The chugiai page: paste a Vietnamese official news article, read it with every entity and directive
//! highlighted.
//!
//! The app only calls [`chugiai_core::annotate`] and displays the result; all language knowledge lives in
//! `chugiai-core`. State and actions are in [`state`], the tree of highlights in [`layout`], and the pieces
//! of the page in [`components`].

pub mod components;
pub mod layout;
pub mod state;

use yew::prelude::*;

use crate::components::{Legend, PasteArea, ReadingView};
use crate::state::{Action, State};

/// The sample article preloaded in the paste area: the text of the project's seed article (Báo Yên Bái, 2023;
/// `../shared/gold/seed-000.json`), see `static/README.md`.
pub const SAMPLE: &str = include_str!("../static/sample.txt");

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
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

//! The widget's state in one place: the article being read and what the engine found in it.
//!
//! Every user action is an [`Action`] reduced by [`State::reduce`] (Yew's `use_reducer`); components only
//! render the state and dispatch actions.

use std::rc::Rc;

use chugiai_core::{Annotation, Label};
use yew::Reducible;

/// The article and its annotation.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// What the engine found in the text (the text itself is `annotation.text`).
    pub annotation: Rc<Annotation>,
}

/// Everything the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The text in the paste area changed (typed, pasted, cut): annotate the new text.
    Edit(String),
    /// Put the sample article back.
    LoadSample,
    /// Empty the paste area.
    Clear,
}

impl State {
    /// The state for `text`, annotated.
    pub fn new(text: &str) -> Self {
        State { annotation: Rc::new(chugiai_core::annotate(text)) }
    }

    /// The article's text.
    pub fn text(&self) -> &str {
        &self.annotation.text
    }

    /// How many entities carry each label, in legend order (labels with none included).
    pub fn counts(&self) -> Vec<(Label, usize)> {
        Label::ALL
            .into_iter()
            .map(|l| (l, self.annotation.entities.iter().filter(|e| e.label == l).count()))
            .collect()
    }
}

impl Default for State {
    /// The sample article, so the page shows something worth reading on first load.
    fn default() -> Self {
        State::new(crate::SAMPLE)
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let text = match action {
            Action::Edit(text) => text,
            Action::LoadSample => crate::SAMPLE.to_string(),
            Action::Clear => String::new(),
        };
        if text == self.text() {
            return self;
        }
        Rc::new(State::new(&text))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn starts_on_the_sample_with_yen_bai_as_a_location() {
        let s = State::default();
        assert_eq!(s.text(), crate::SAMPLE);
        assert!(s.annotation.entities.iter().any(|e| e.label == Label::Location && e.text == "Yên Bái"));
        assert!(s.counts().iter().any(|&(l, n)| l == Label::Location && n > 0));
    }

    #[test]
    fn each_action_sets_the_text_and_reannotates() {
        let table: [(Action, &str); 3] = [
            (
                Action::Edit("Sáng 5/3, UBND thành phố Hà Nội họp.".into()),
                "Sáng 5/3, UBND thành phố Hà Nội họp.",
            ),
            (Action::Clear, ""),
            (Action::LoadSample, crate::SAMPLE),
        ];
        let mut s = Rc::new(State::new("Yên Bái"));
        for (action, text) in table {
            s = s.reduce(action);
            assert_eq!(s.text(), text);
            assert_eq!(*s.annotation, chugiai_core::annotate(text));
        }
    }

    #[test]
    fn the_same_text_keeps_the_same_state() {
        let s = Rc::new(State::new("Hà Nội"));
        let again = s.clone().reduce(Action::Edit("Hà Nội".into()));
        assert!(Rc::ptr_eq(&s, &again));
    }
}

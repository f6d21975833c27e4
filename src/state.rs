//! The widget's state in one place: the article, what the engine found in it, the reader's corrections over
//! it, what is shown, and the interface settings.
//!
//! Every user action is an [`Action`] reduced by [`State::reduce`] (Yew's `use_reducer`); components only
//! render the state and dispatch actions. Corrections are an edit list applied over the engine's output
//! ([`apply`]); undo and redo move a cursor in that list, so nothing is ever recomputed by the engine for them.

use std::collections::BTreeSet;
use std::rc::Rc;

use chugiai_core::export::Format;
use chugiai_core::summary::Mention;
use chugiai_core::{char_slice, Annotation, Directive, Entity, Label};
use serde::{Deserialize, Serialize};
use yew::Reducible;

use crate::i18n::Lang;
use crate::Theme;

/// The `rule` of a span the reader added or relabelled by hand.
pub const MANUAL_RULE: &str = "manual";

/// One correction by the reader. Spans are named by their offsets (code points) and label, so an edit list
/// means the same thing when replayed over the same engine output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Edit {
    /// Give `start..end` a label.
    Add {
        /// First code point.
        start: usize,
        /// One past the last.
        end: usize,
        /// The label given.
        label: Label,
    },
    /// Change the label of an annotation.
    Relabel {
        /// First code point.
        start: usize,
        /// One past the last.
        end: usize,
        /// Its label before.
        from: Label,
        /// Its label after.
        to: Label,
    },
    /// Remove an annotation.
    Delete {
        /// First code point.
        start: usize,
        /// One past the last.
        end: usize,
        /// Its label.
        label: Label,
    },
    /// Mark a sentence as a directive (`on`) or as no directive.
    Directive {
        /// First code point.
        start: usize,
        /// One past the last.
        end: usize,
        /// Directive or not.
        on: bool,
    },
}

/// Applies `edits` in order over `base`: the annotation the reader sees.
///
/// An edit that names no existing span (a span deleted twice, a relabel of something gone) changes nothing.
pub fn apply(base: &Annotation, edits: &[Edit]) -> Annotation {
    let mut a = base.clone();
    if edits.is_empty() {
        return a;
    }
    let n = a.text.chars().count();
    for edit in edits {
        match *edit {
            Edit::Add { start, end, label } => {
                if start < end
                    && end <= n
                    && !a.entities.iter().any(|e| e.start == start && e.end == end && e.label == label)
                {
                    a.entities.push(Entity {
                        start,
                        end,
                        label,
                        text: char_slice(&a.text, start, end),
                        rule: MANUAL_RULE.into(),
                        value: None,
                    });
                }
            }
            Edit::Relabel { start, end, from, to } => {
                if let Some(e) =
                    a.entities.iter_mut().find(|e| e.start == start && e.end == end && e.label == from)
                {
                    e.label = to;
                    e.rule = MANUAL_RULE.into();
                    e.value = None;
                }
            }
            Edit::Delete { start, end, label } => {
                a.entities.retain(|e| !(e.start == start && e.end == end && e.label == label));
            }
            Edit::Directive { start, end, on: true } => {
                if start < end && end <= n && !a.directives.iter().any(|d| d.start == start && d.end == end) {
                    a.directives.push(Directive {
                        start,
                        end,
                        text: char_slice(&a.text, start, end),
                        issuer: None,
                        addressee: None,
                        deadline: None,
                        strength: None,
                        rule: MANUAL_RULE.into(),
                    });
                }
            }
            Edit::Directive { start, end, on: false } => {
                a.directives.retain(|d| !(d.start == start && d.end == end));
            }
        }
    }
    a.entities.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    a.directives.sort_by_key(|d| (d.start, d.end));
    a
}

/// The sentence around `start..end` (code points): from after the previous `.`, `!`, `?`, `;` or line break
/// to the next one included, without surrounding spaces. Used to mark a sentence as a directive from a
/// selection inside it.
pub fn sentence_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let (start, end) = (start.min(n), end.min(n).max(start.min(n)));
    let stop = |c: char| matches!(c, '.' | '!' | '?' | ';' | '\n');
    let mut s = start;
    while s > 0 && !stop(chars[s - 1]) {
        s -= 1;
    }
    let mut e = end;
    // a selection ending on the full stop keeps it
    while e < n && !(e > start && stop(chars[e - 1])) {
        e += 1;
    }
    while e > s && chars[e - 1] == '\n' {
        e -= 1;
    }
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    (s, e)
}

/// The mention to step to next among `mentions` (in text order): the one after `current` when `current` is
/// one of them (back to the first after the last), else the first. `None` when there is none.
pub fn next_mention(mentions: &[Mention], current: Option<(usize, usize)>) -> Option<Mention> {
    let at = current.and_then(|(s, e)| mentions.iter().position(|m| m.start == s && m.end == e));
    let next = at.map_or(0, |i| (i + 1) % mentions.len().max(1));
    mentions.get(next).copied()
}

/// The name of an exported file: the article's id (or `chugiai`) with the format's extension. Characters a
/// file name should not hold become `-`.
pub fn export_name(id: Option<&str>, format: Format) -> String {
    let mut name: String = id
        .unwrap_or("")
        .trim()
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '-' })
        .collect();
    if name.trim_matches(['-', '.']).is_empty() {
        name = String::from("chugiai");
    }
    name.push('.');
    name.push_str(format.extension());
    name
}

/// A span of the displayed annotation, named by its offsets (code points).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// An entity.
    Entity {
        /// First code point.
        start: usize,
        /// One past the last.
        end: usize,
        /// Its label.
        label: Label,
    },
    /// A directive sentence.
    Directive {
        /// First code point.
        start: usize,
        /// One past the last.
        end: usize,
    },
}

impl Target {
    /// The entity it names in `a`, if it is one.
    pub fn entity(self, a: &Annotation) -> Option<&Entity> {
        match self {
            Target::Entity { start, end, label } => {
                a.entities.iter().find(|e| e.start == start && e.end == end && e.label == label)
            }
            Target::Directive { .. } => None,
        }
    }

    /// The directive it names in `a`, if it is one.
    pub fn directive(self, a: &Annotation) -> Option<&Directive> {
        match self {
            Target::Directive { start, end } => {
                a.directives.iter().find(|d| d.start == start && d.end == end)
            }
            Target::Entity { .. } => None,
        }
    }

    /// Its offsets.
    pub fn span(self) -> (usize, usize) {
        match self {
            Target::Entity { start, end, .. } | Target::Directive { start, end } => (start, end),
        }
    }
}

/// Something to tell the reader, in the interface language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Saving to the browser failed (quota, private mode, storage disabled).
    StorageFailed,
    /// The article went to IndexedDB, too large for local storage.
    StoredLarge,
    /// The export was copied.
    Copied,
    /// Copying failed.
    CopyFailed,
    /// The import was read and restored.
    Imported,
    /// The imported file was not annotation JSON.
    ImportFailed(String),
}

impl Notice {
    /// Whether it reports a failure (shown as an alert).
    pub fn is_error(&self) -> bool {
        matches!(self, Notice::StorageFailed | Notice::CopyFailed | Notice::ImportFailed(_))
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let t = lang.t();
        match self {
            Notice::StorageFailed => t.storage_failed.into(),
            Notice::StoredLarge => t.storage_large.into(),
            Notice::Copied => t.copied.into(),
            Notice::CopyFailed => t.copy_failed.into(),
            Notice::Imported => t.imported.into(),
            Notice::ImportFailed(why) => format!("{} ({why})", t.import_failed),
        }
    }
}

/// What is saved in the browser and restored on load: enough to rebuild the state without the engine.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The annotation the corrections apply to (the engine's, or an imported one).
    #[serde(default)]
    pub base: Annotation,
    /// The length of its text in code points (corrections saved apart from their article name it).
    #[serde(default)]
    pub chars: usize,
    /// Every correction, undone ones included.
    pub edits: Vec<Edit>,
    /// How many of `edits` are applied.
    pub applied: usize,
    /// Labels hidden in the reading view.
    #[serde(default)]
    pub hidden: Vec<Label>,
    /// Whether directives are marked.
    #[serde(default = "yes")]
    pub show_directives: bool,
    /// The interface language (`vi`, `en`).
    #[serde(default)]
    pub lang: String,
    /// The theme (`auto`, `light`, `dark`).
    #[serde(default)]
    pub theme: String,
}

fn yes() -> bool {
    true
}

/// The article, its annotation and corrections, and the interface settings.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// What the corrections apply to: the engine's output for the text, or an imported annotation.
    pub base: Rc<Annotation>,
    /// What the reader sees: `base` with the applied corrections.
    pub annotation: Rc<Annotation>,
    /// Every correction made since the text was set; the first `applied` are in force, the rest can be redone.
    pub edits: Rc<Vec<Edit>>,
    /// How many corrections are in force.
    pub applied: usize,
    /// Labels whose highlights are hidden.
    pub hidden: BTreeSet<Label>,
    /// Whether directives are marked in the reading view.
    pub show_directives: bool,
    /// The interface language.
    pub lang: Lang,
    /// Light, dark or automatic colours.
    pub theme: Theme,
    /// The span under the pointer or keyboard focus (details panel).
    pub inspected: Option<Target>,
    /// The mention the reader stepped to (code points), highlighted and scrolled into view.
    pub current: Option<(usize, usize)>,
    /// Grows with every step to a mention, so stepping to the same one again scrolls to it again.
    pub step: u32,
    /// A message for the reader.
    pub notice: Option<Notice>,
    /// Grows with every change worth saving (text, corrections, settings).
    pub revision: u64,
    /// The text is being annotated in the background (a large paste): `base` has no span yet.
    pub annotating: bool,
    /// How far the background annotation has got (code points done, total).
    pub progress: Option<(usize, usize)>,
}

/// Texts at least this long (bytes) are annotated in the background (see [`crate::annotator`]): the reducer
/// shows them at once without highlights, and [`Action::Annotated`] brings the highlights.
pub const BACKGROUND_BYTES: usize = crate::annotator::SYNC_LIMIT;

/// Everything the user can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The text in the paste area changed (typed, pasted, cut): annotate the new text.
    Edit(String),
    /// Put the sample article back.
    LoadSample,
    /// Empty the paste area.
    Clear,
    /// An annotation of a text arrived (the annotator's, or an import): it becomes the base, corrections
    /// are dropped.
    Load(Rc<Annotation>),
    /// A saved session (on load).
    Restore(Rc<Session>),
    /// The background annotation of the current text is done (ignored if the text changed since).
    Annotated(Rc<Annotation>),
    /// The background annotation advanced.
    Progress(usize, usize),
    /// Show or hide one label's highlights.
    ToggleLabel(Label),
    /// Show or hide the directive marks.
    ToggleDirectives,
    /// The pointer or keyboard focus is on a span (or on none).
    Inspect(Option<Target>),
    /// Step to a mention (from the summary): it is marked, scrolled into view and described in the details
    /// panel; `None` unmarks.
    Goto(Option<Target>),
    /// A correction.
    Correct(Edit),
    /// Undo the last correction in force.
    Undo,
    /// Redo the last undone correction.
    Redo,
    /// Drop every correction (undoable by nothing: the edit list is cleared).
    ResetCorrections,
    /// Switch the interface language.
    SetLang(Lang),
    /// Switch the colours.
    SetTheme(Theme),
    /// Show a message, or dismiss it.
    Notify(Option<Notice>),
}

impl State {
    /// The state for `text`, annotated by the engine.
    pub fn new(text: &str) -> Self {
        State::with_base(Rc::new(chugiai_core::annotate(text)))
    }

    /// This state, waiting for the annotation of its text (shown meanwhile without highlights).
    fn waiting(mut self) -> Self {
        self.annotating = true;
        self.progress = Some((0, self.text().chars().count()));
        self
    }

    /// The state for an annotation, with no correction.
    pub fn with_base(base: Rc<Annotation>) -> Self {
        State {
            annotation: base.clone(),
            base,
            edits: Rc::new(Vec::new()),
            applied: 0,
            hidden: BTreeSet::new(),
            show_directives: true,
            lang: Lang::Vi,
            theme: Theme::Auto,
            inspected: None,
            current: None,
            step: 0,
            notice: None,
            revision: 0,
            annotating: false,
            progress: None,
        }
    }

    /// A saved session, rebuilt.
    pub fn from_session(session: &Session) -> Self {
        let mut s = State::with_base(Rc::new(session.base.clone()));
        s.edits = Rc::new(session.edits.clone());
        s.applied = session.applied.min(session.edits.len());
        s.annotation = Rc::new(apply(&s.base, &s.edits[..s.applied]));
        s.hidden = session.hidden.iter().copied().collect();
        s.show_directives = session.show_directives;
        s.lang = Lang::parse(&session.lang).unwrap_or_default();
        s.theme = Theme::parse(&session.theme).unwrap_or_default();
        s
    }

    /// What to save.
    pub fn session(&self) -> Session {
        Session {
            base: (*self.base).clone(),
            edits: (*self.edits).clone(),
            applied: self.applied,
            hidden: self.hidden.iter().copied().collect(),
            show_directives: self.show_directives,
            lang: self.lang.code().into(),
            theme: self.theme.as_str().into(),
            chars: self.base.text.chars().count(),
        }
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

    /// Whether there is a correction to undo.
    pub fn can_undo(&self) -> bool {
        self.applied > 0
    }

    /// Whether there is an undone correction to redo.
    pub fn can_redo(&self) -> bool {
        self.applied < self.edits.len()
    }

    fn reapply(&mut self) {
        self.annotation = Rc::new(apply(&self.base, &self.edits[..self.applied]));
        self.inspected = None;
        self.revision += 1;
    }

    /// The same settings over a new base: corrections dropped.
    fn rebased(&self, base: Rc<Annotation>) -> State {
        State {
            notice: self.notice.clone(),
            hidden: self.hidden.clone(),
            show_directives: self.show_directives,
            lang: self.lang,
            theme: self.theme,
            revision: self.revision + 1,
            ..State::with_base(base)
        }
    }
}

/// `text` with no span yet: what is shown while it is annotated.
fn unannotated(text: String) -> Rc<Annotation> {
    Rc::new(Annotation { id: None, text, entities: Vec::new(), directives: Vec::new() })
}

/// The engine's annotation of the sample (its text left out), stored at build time: the page's first render
/// needs no call of the engine, whose first call costs ~70 ms in a browser (V8 compiling its functions on
/// first use, its tables built once). A test fails when it is not what the engine gives now; write it again
/// with `CHUGIAI_UPDATE_PRERENDER=1 cargo test -p chugiai-web sample` (as `static/prerender.html`).
const SAMPLE_ANNOTATION: &str = include_str!("../static/sample.annotation.json");

/// The sample's annotation: the stored one, or the engine's should it not read.
fn sample_annotation() -> Annotation {
    match serde_json::from_str::<Annotation>(SAMPLE_ANNOTATION) {
        Ok(a) => Annotation { text: crate::SAMPLE.to_string(), ..a },
        Err(_) => chugiai_core::annotate(crate::SAMPLE),
    }
}

impl Default for State {
    /// The sample article, annotated, so the page shows something worth reading on first load, highlights
    /// and all in its first render (its annotation stored at build time: [`SAMPLE_ANNOTATION`]).
    fn default() -> Self {
        State::with_base(Rc::new(sample_annotation()))
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let text = match action {
            Action::Edit(text) => text,
            Action::LoadSample => crate::SAMPLE.to_string(),
            Action::Clear => String::new(),
            Action::Load(base) => return Rc::new(self.rebased(base)),
            Action::Restore(session) => {
                let mut s = State::from_session(&session);
                s.revision = self.revision;
                return Rc::new(s);
            }
            // A report that changes nothing (the worker's first, "0 done", when the page already shows 0)
            // keeps this state: the page does not render again for it.
            Action::Progress(done, total) if self.progress == Some((done, total)) => return self,
            Action::Annotated(a) => {
                if !self.annotating || a.text != self.text() {
                    return self;
                }
                return Rc::new(self.rebased(a));
            }
            other => {
                let mut s = (*self).clone();
                match other {
                    Action::ToggleLabel(l) => {
                        if !s.hidden.remove(&l) {
                            s.hidden.insert(l);
                        }
                        s.revision += 1;
                    }
                    Action::ToggleDirectives => {
                        s.show_directives = !s.show_directives;
                        s.revision += 1;
                    }
                    Action::Inspect(t) => {
                        if s.inspected == t {
                            return self;
                        }
                        s.inspected = t;
                    }
                    Action::Goto(target) => {
                        s.current = target.map(Target::span);
                        s.inspected = target;
                        s.step = s.step.wrapping_add(1);
                    }
                    Action::Correct(edit) => {
                        let edits = Rc::make_mut(&mut s.edits);
                        edits.truncate(s.applied);
                        edits.push(edit);
                        s.applied += 1;
                        s.reapply();
                    }
                    Action::Undo if s.can_undo() => {
                        s.applied -= 1;
                        s.reapply();
                    }
                    Action::Redo if s.can_redo() => {
                        s.applied += 1;
                        s.reapply();
                    }
                    Action::Undo | Action::Redo => return self,
                    Action::ResetCorrections => {
                        s.edits = Rc::new(Vec::new());
                        s.applied = 0;
                        s.reapply();
                    }
                    Action::SetLang(l) => {
                        s.lang = l;
                        s.revision += 1;
                    }
                    Action::SetTheme(t) => {
                        s.theme = t;
                        s.revision += 1;
                    }
                    Action::Notify(n) => s.notice = n,
                    Action::Progress(done, total) => s.progress = Some((done, total)),
                    Action::Edit(_)
                    | Action::LoadSample
                    | Action::Clear
                    | Action::Load(_)
                    | Action::Annotated(_)
                    | Action::Restore(_) => unreachable!("handled above"),
                }
                return Rc::new(s);
            }
        };
        if text == self.text() {
            return self;
        }
        if text.len() >= BACKGROUND_BYTES {
            return Rc::new(self.rebased(unannotated(text)).waiting());
        }
        Rc::new(self.rebased(Rc::new(chugiai_core::annotate(&text))))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn starts_on_the_sample_with_yen_bai_as_a_location() {
        let s = State::default();
        assert_eq!(s.text(), crate::SAMPLE);
        // annotated before the first render: its highlights come with its text
        assert!(!s.annotating && s.progress.is_none());
        assert!(s.annotation.entities.iter().any(|e| e.label == Label::Location && e.text == "Yên Bái"));
        assert!(s.counts().iter().any(|&(l, n)| l == Label::Location && n > 0));
    }

    #[test]
    fn the_stored_annotation_of_the_sample_is_the_engine_s() {
        let now = Annotation { text: String::new(), ..chugiai_core::annotate(crate::SAMPLE) };
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/sample.annotation.json");
        if std::env::var_os("CHUGIAI_UPDATE_PRERENDER").is_some() {
            std::fs::write(path, serde_json::to_string(&now).unwrap() + "\n").unwrap();
        }
        let stored: Annotation = serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default())
            .expect("static/sample.annotation.json reads as an annotation");
        assert!(
            stored == now,
            "static/sample.annotation.json is not the engine's annotation of the sample any more: write it \
             again with CHUGIAI_UPDATE_PRERENDER=1 cargo test -p chugiai-web sample"
        );
        assert_eq!(sample_annotation(), chugiai_core::annotate(crate::SAMPLE));
    }

    #[test]
    fn a_progress_report_that_changes_nothing_keeps_the_state_so_nothing_renders() {
        // A long paste waits at 0; the worker's first report says 0 again (Yew renders only for a new state).
        let long = "Tỉnh ủy Yên Bái. ".repeat(BACKGROUND_BYTES / 10);
        let s = Rc::new(State::default()).reduce(Action::Edit(long.clone()));
        let total = long.chars().count();
        assert_eq!(s.progress, Some((0, total)));
        let same = s.clone().reduce(Action::Progress(0, total));
        assert!(Rc::ptr_eq(&s, &same));
        let further = s.clone().reduce(Action::Progress(total / 2, total));
        assert!(!Rc::ptr_eq(&s, &further));
        assert_eq!(further.progress, Some((total / 2, total)));
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

    const TEXT: &str = "Chiều 22/2, đồng chí Nguyễn Văn A làm việc tại Hà Nội. Sở Y tế phải báo cáo.";

    fn span(needle: &str) -> (usize, usize) {
        let b = TEXT.find(needle).unwrap();
        let s = TEXT[..b].chars().count();
        (s, s + needle.chars().count())
    }

    fn labelled(s: &State, label: Label) -> Vec<String> {
        s.annotation.entities.iter().filter(|e| e.label == label).map(|e| e.text.clone()).collect()
    }

    #[test]
    fn add_relabel_delete_then_undo_and_redo_each_step() {
        let (s0, e0) = span("Nguyễn Văn A");
        let mut s = Rc::new(State::with_base(Rc::new(Annotation {
            id: None,
            text: TEXT.into(),
            entities: vec![],
            directives: vec![],
        })));
        let steps = [
            (Edit::Add { start: s0, end: e0, label: Label::Misc }, Label::Misc),
            (Edit::Relabel { start: s0, end: e0, from: Label::Misc, to: Label::Person }, Label::Person),
        ];
        for (edit, label) in steps {
            s = s.reduce(Action::Correct(edit));
            assert_eq!(labelled(&s, label), vec!["Nguyễn Văn A".to_string()]);
        }
        assert_eq!(s.annotation.entities[0].rule, MANUAL_RULE);
        s = s.reduce(Action::Correct(Edit::Delete { start: s0, end: e0, label: Label::Person }));
        assert!(s.annotation.entities.is_empty());
        s = s.reduce(Action::Undo);
        assert_eq!(labelled(&s, Label::Person), vec!["Nguyễn Văn A".to_string()]);
        s = s.reduce(Action::Undo);
        assert_eq!(labelled(&s, Label::Misc), vec!["Nguyễn Văn A".to_string()]);
        assert!(s.can_redo());
        s = s.reduce(Action::Redo);
        assert_eq!(labelled(&s, Label::Person), vec!["Nguyễn Văn A".to_string()]);
        // a new correction after an undo drops what could have been redone
        s = s.reduce(Action::Undo);
        s = s.reduce(Action::Correct(Edit::Delete { start: s0, end: e0, label: Label::Misc }));
        assert!(!s.can_redo());
        assert!(s.annotation.entities.is_empty());
    }

    #[test]
    fn a_sentence_is_marked_and_unmarked_as_a_directive() {
        let mut s = Rc::new(State::with_base(Rc::new(Annotation {
            id: None,
            text: TEXT.into(),
            entities: vec![],
            directives: vec![],
        })));
        // a selection of one word inside the sentence marks all of it
        let (ws, we) = span("báo cáo");
        let (ds, de) = sentence_around(TEXT, ws, we);
        assert_eq!(char_slice(TEXT, ds, de), "Sở Y tế phải báo cáo.");
        let (fs, fe) = span("Hà Nội");
        assert_eq!(
            char_slice(TEXT, sentence_around(TEXT, fs, fe).0, sentence_around(TEXT, fs, fe).1),
            "Chiều 22/2, đồng chí Nguyễn Văn A làm việc tại Hà Nội."
        );
        s = s.reduce(Action::Correct(Edit::Directive { start: ds, end: de, on: true }));
        assert_eq!(s.annotation.directives.len(), 1);
        assert_eq!(s.annotation.directives[0].text, "Sở Y tế phải báo cáo.");
        s = s.reduce(Action::Correct(Edit::Directive { start: ds, end: de, on: false }));
        assert!(s.annotation.directives.is_empty());
    }

    #[test]
    fn a_session_round_trips_through_json_with_its_corrections_and_settings() {
        let mut s = Rc::new(State::new(TEXT));
        let (s0, e0) = span("Sở Y tế");
        s = s.reduce(Action::Correct(Edit::Add { start: s0, end: e0, label: Label::Misc }));
        s = s.reduce(Action::ToggleLabel(Label::Date));
        s = s.reduce(Action::SetLang(Lang::En));
        let json = serde_json::to_string(&s.session()).unwrap();
        let back = State::from_session(&serde_json::from_str(&json).unwrap());
        assert_eq!(back.annotation, s.annotation);
        assert_eq!(back.applied, 1);
        assert!(back.hidden.contains(&Label::Date));
        assert_eq!(back.lang, Lang::En);
    }

    #[test]
    fn a_large_text_shows_at_once_and_takes_its_highlights_when_annotated() {
        let big = "Sáng 5/3, đoàn công tác của Hà Nội làm việc. ".repeat(BACKGROUND_BYTES / 40);
        let s = Rc::new(State::new("Yên Bái")).reduce(Action::Edit(big.clone()));
        assert!(s.annotating && s.annotation.entities.is_empty());
        assert_eq!(s.text(), big);
        // a result for another text is ignored
        let stale = s.clone().reduce(Action::Annotated(Rc::new(chugiai_core::annotate("Hà Nội"))));
        assert!(Rc::ptr_eq(&stale, &s));
        let done = s.reduce(Action::Annotated(Rc::new(chugiai_core::annotate(&big))));
        assert!(!done.annotating);
        assert!(done.annotation.entities.iter().any(|e| e.text == "Hà Nội"));
    }

    #[test]
    fn a_new_text_drops_corrections_but_keeps_settings() {
        let mut s = Rc::new(State::new(TEXT));
        let (s0, e0) = span("Sở Y tế");
        s = s.reduce(Action::Correct(Edit::Add { start: s0, end: e0, label: Label::Misc }));
        s = s.reduce(Action::ToggleLabel(Label::Person));
        s = s.reduce(Action::Edit("Hà Nội".into()));
        assert!(s.edits.is_empty() && !s.can_undo());
        assert!(s.hidden.contains(&Label::Person));
    }

    #[test]
    fn stepping_goes_through_the_mentions_in_turn_and_back_to_the_first() {
        let m = |start, end| Mention { start, end };
        let mentions = [m(3, 7), m(20, 24), m(40, 44)];
        let mut at = None;
        let mut seen = Vec::new();
        for _ in 0..4 {
            let next = next_mention(&mentions, at).unwrap();
            seen.push(next.start);
            at = Some((next.start, next.end));
        }
        assert_eq!(seen, [3, 20, 40, 3]);
        // a mark elsewhere (another item's mention) starts from the first
        assert_eq!(next_mention(&mentions, Some((20, 22))), Some(m(3, 7)));
        assert_eq!(next_mention(&[], None), None);
    }

    #[test]
    fn goto_marks_the_mention_describes_it_and_counts_the_step() {
        let s = Rc::new(State::new(TEXT));
        let (start, end) = span("Hà Nội");
        let target = Target::Entity { start, end, label: Label::Location };
        let s = s.reduce(Action::Goto(Some(target)));
        assert_eq!((s.current, s.inspected), (Some((start, end)), Some(target)));
        // the same mention again is a new step (scrolled to again)
        let again = s.clone().reduce(Action::Goto(Some(target)));
        assert_ne!(again.step, s.step);
        assert_eq!(again.reduce(Action::Goto(None)).current, None);
    }

    #[test]
    fn export_names_take_the_article_id_and_the_format_extension() {
        assert_eq!(export_name(None, Format::Json), "chugiai.json");
        assert_eq!(export_name(Some("seed-000"), Format::Brat), "seed-000.ann");
        assert_eq!(export_name(Some("báo/yên bái"), Format::Markdown), "báo-yên-bái.md");
        assert_eq!(export_name(Some(" ../ "), Format::WebAnnotation), "chugiai.jsonld");
    }
}

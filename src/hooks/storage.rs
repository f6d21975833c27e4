//! The browser's storage, for the saved session: local storage first, IndexedDB when the article is too large
//! for it (local storage holds a few megabytes per site). Nothing here ever leaves the machine.
//!
//! Two entries: the base annotation (large, written when the article changes) and the settings with the
//! corrections (small, written on every change).

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Promise;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

/// Key of the base annotation in local storage (or of the marker saying it is in IndexedDB).
pub const KEY_BASE: &str = "chugiai.base";
/// Key of the corrections and settings in local storage.
pub const KEY_SESSION: &str = "chugiai.session";
/// What `KEY_BASE` holds when the annotation is in IndexedDB.
pub const IN_IDB: &str = "idb";
/// Bases at least this long (bytes of JSON) go straight to IndexedDB.
pub const LOCAL_MAX: usize = 2 * 1024 * 1024;

const DB: &str = "chugiai";
const STORE: &str = "kv";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Reads a local storage entry.
pub fn get_local(key: &str) -> Option<String> {
    local()?.get_item(key).ok()?
}

/// Writes a local storage entry; `Err` when storage is unavailable or full.
pub fn set_local(key: &str, value: &str) -> Result<(), JsValue> {
    local().ok_or_else(|| JsValue::from_str("no local storage"))?.set_item(key, value)
}

/// Removes a local storage entry (nothing if there is none).
pub fn remove_local(key: &str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}

type Listener = Closure<dyn FnMut(web_sys::Event)>;

/// Waits for an IndexedDB request.
async fn done(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let keep: Rc<RefCell<Vec<Listener>>> = Rc::default();
    let promise = Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let err = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("IndexedDB request failed"));
        });
        req.set_onsuccess(Some(ok.as_ref().unchecked_ref()));
        req.set_onerror(Some(err.as_ref().unchecked_ref()));
        keep.borrow_mut().push(ok);
        keep.borrow_mut().push(err);
    });
    let out = JsFuture::from(promise).await;
    req.set_onsuccess(None);
    req.set_onerror(None);
    drop(keep);
    out
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .indexed_db()?
        .ok_or_else(|| JsValue::from_str("no IndexedDB"))?;
    let req: IdbOpenDbRequest = factory.open_with_u32(DB, 1)?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Some(db) = e
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok())
        {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = done(&req).await;
    req.set_onupgradeneeded(None);
    drop(upgrade);
    db?.dyn_into::<IdbDatabase>()
}

/// Writes `value` under `key` in IndexedDB.
pub async fn idb_put(key: &str, value: &str) -> Result<(), JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let req = tx.object_store(STORE)?.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))?;
    done(&req).await?;
    db.close();
    Ok(())
}

/// Reads `key` from IndexedDB.
pub async fn idb_get(key: &str) -> Result<Option<String>, JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE)?;
    let req = tx.object_store(STORE)?.get(&JsValue::from_str(key))?;
    let v = done(&req).await?;
    db.close();
    Ok(v.as_string())
}

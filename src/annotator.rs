//! Annotation that never freezes the page.
//!
//! [`annotate_async`] annotates a text and calls back with the result. Small texts are annotated at once;
//! large ones (a 10 MB paste) are annotated off the main thread, in Web Workers running the same wasm module
//! (one per processor core, up to [`MAX_WORKERS`], each a run of the text's sections; the page joins their
//! spans in order), with progress reported as it goes (or, when no worker can start, in chunks on the main
//! thread, yielding to the page between chunks).
//!
//! Dropping (or [`Handle::cancel`]ling) the returned [`Handle`] abandons the work: a stale result is never
//! delivered, so the caller simply keeps the handle of the latest request.
//!
//! How the worker gets the engine without a second copy of it: the page's own `WebAssembly.Module` (compiled
//! once, [`wasm_bindgen::module`]) is posted to a worker made from a small script held here as a string (a
//! `Blob` URL: it works in the single file opened from `file://` too). The worker instantiates the module with
//! stub imports (the engine needs none) and calls the plain exports `chugiai_worker_*` below, chunk by chunk;
//! the page's `main` (`__wbindgen_start`) never runs there. Each chunk's spans come back as JSON, so the page
//! parses a little at a time.

use std::cell::Cell;
use std::rc::Rc;

use chugiai_core::{Annotation, Directive, Entity};
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
    #[cfg(target_arch = "wasm32")]
    worker: Option<web::Job>,
}

impl Handle {
    fn new() -> Handle {
        Handle {
            cancelled: Rc::new(Cell::new(false)),
            #[cfg(target_arch = "wasm32")]
            worker: None,
        }
    }

    /// Abandons the annotation; its callbacks will not be called any more.
    pub fn cancel(&self) {
        self.cancelled.set(true);
        #[cfg(target_arch = "wasm32")]
        if let Some(job) = &self.worker {
            job.stop();
        }
    }

    /// Whether the annotation was abandoned.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.get()
    }

    /// How many Web Workers share the text (0 when it is annotated on the page).
    pub fn workers(&self) -> usize {
        #[cfg(target_arch = "wasm32")]
        if let Some(job) = &self.worker {
            if !job.fell_back.get() {
                return job.workers();
            }
        }
        0
    }

    /// How the annotation runs: `"sync"` (at once), `"worker"` (Web Workers; it may still fall back to
    /// the main thread if one fails) or `"chunks"` (on the main thread, chunk by chunk).
    pub fn mode(&self) -> &'static str {
        #[cfg(target_arch = "wasm32")]
        if let Some(job) = &self.worker {
            return if job.fell_back.get() { "chunks" } else { "worker" };
        }
        "sync"
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// Texts shorter than this (in bytes) are annotated at once, on the main thread.
pub const SYNC_LIMIT: usize = 100 * 1024;

/// At most this many Web Workers annotate one text at once, each a run of its sections (one per processor
/// core, and no more than there are sections).
pub const MAX_WORKERS: usize = 4;

/// Aimed size of one chunk (bytes) when a large text is annotated piece by piece: the engine's sections
/// ([`chugiai_core::sections`]), so that chunk by chunk gives exactly what one call on the whole text gives.
pub const CHUNK_BYTES: usize = chugiai_core::SECTION_BYTES;

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
    #[allow(unused_mut)]
    let mut handle = Handle::new();
    #[cfg(target_arch = "wasm32")]
    if text.len() >= SYNC_LIMIT {
        handle.worker = Some(web::start(text, on_progress, on_done, handle.cancelled.clone()));
        return handle;
    }
    let total = text.chars().count();
    let annotation = Rc::new(chugiai_core::annotate(&text));
    on_progress.emit(Progress { done: total, total });
    on_done.emit(annotation);
    handle
}

/// Annotates a long text chunk by chunk, shifting each chunk's spans to offsets of the whole text.
///
/// Text in a legacy encoding (TCVN3, VNI) is repaired first, as [`chugiai_core::annotate`] does: the chunks
/// are sections of the repaired text, and each chunk's spans are moved back onto the text as given.
pub struct Stepper {
    text: Rc<str>,
    /// The repaired text and its map back to `text`, when `text` is in a legacy encoding.
    repaired: Option<(Rc<str>, chugiai_core::legacy::Repair)>,
    bounds: Vec<chugiai_core::Section>,
    /// Where each section of `bounds` ends, in code points of the whole text.
    ends: Vec<usize>,
    next: usize,
    /// Code points of the sections annotated so far.
    done: usize,
    total: usize,
    entities: Vec<Entity>,
    directives: Vec<Directive>,
}

impl Stepper {
    /// Prepares `text` cut into the engine's sections (about [`CHUNK_BYTES`] each).
    pub fn new(text: Rc<str>) -> Stepper {
        use chugiai_core::legacy::{self, Encoding};
        let repaired = match legacy::detect(&text) {
            Some(e @ (Encoding::Tcvn3 | Encoding::Vni)) => {
                let r = legacy::convert(&text, e);
                Some((Rc::from(r.text.as_str()), r))
            }
            _ => None,
        };
        let work = repaired.as_ref().map_or(&text, |(t, _)| t);
        let bounds = chugiai_core::sections(work);
        let total = work.chars().count();
        let ends = bounds.iter().skip(1).map(|s| s.char_start).chain([total]).collect();
        Stepper {
            text,
            repaired,
            bounds,
            ends,
            next: 0,
            done: 0,
            total,
            entities: Vec::new(),
            directives: Vec::new(),
        }
    }

    /// Keeps only the `part`-th (from 0) of `parts` runs of consecutive sections, as even in number as they can
    /// be: one worker's share when several annotate one text at once. The shares' spans, in order, are the
    /// whole text's; [`Stepper::progress`] then counts the code points of this share.
    pub fn part(mut self, part: usize, parts: usize) -> Stepper {
        let n = self.bounds.len();
        let parts = parts.max(1);
        let (lo, hi) = (n * part.min(parts) / parts, n * (part + 1).min(parts) / parts);
        self.bounds.truncate(hi);
        self.bounds.drain(..lo);
        self.ends.truncate(hi);
        self.ends.drain(..lo);
        self
    }

    /// How many sections the text is read in (see [`chugiai_core::sections`]).
    pub fn sections(&self) -> usize {
        self.bounds.len()
    }

    /// Annotates the next chunk; returns its spans (already in offsets of the whole text), or `None` when
    /// every chunk is done.
    pub fn step(&mut self) -> Option<(Vec<Entity>, Vec<Directive>)> {
        let section = self.bounds.get(self.next)?;
        self.done += self.ends[self.next] - section.char_start;
        self.next += 1;
        let found = match &self.repaired {
            None => chugiai_core::annotate_section(&self.text, section),
            Some((work, repair)) => {
                let (mut e, mut d) = chugiai_core::annotate_section(work, section);
                repair.move_spans(&self.text, &mut e, &mut d);
                (e, d)
            }
        };
        Some(found)
    }

    /// Annotates the next chunk and keeps its spans; `false` once every chunk is done.
    pub fn step_keep(&mut self) -> bool {
        match self.step() {
            Some((e, d)) => {
                self.entities.extend(e);
                self.directives.extend(d);
                true
            }
            None => false,
        }
    }

    /// How far the work has got.
    pub fn progress(&self) -> Progress {
        Progress { done: self.done, total: self.total }
    }

    /// The annotation of the whole text from the spans kept by [`Stepper::step_keep`].
    pub fn finish(self) -> Annotation {
        Annotation {
            id: None,
            text: self.text.to_string(),
            entities: self.entities,
            directives: self.directives,
        }
    }
}

/// The exports the worker calls (plain numbers and pointers: the worker has no wasm-bindgen glue).
#[cfg(target_arch = "wasm32")]
mod exports {
    use std::cell::RefCell;
    use std::rc::Rc;

    use super::Stepper;

    thread_local! {
        static STEPPER: RefCell<Option<Stepper>> = const { RefCell::new(None) };
        static RESULT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }

    /// Room for `len` bytes of UTF-8 text, handed back to [`chugiai_worker_begin`].
    #[no_mangle]
    pub extern "C" fn chugiai_worker_alloc(len: usize) -> *mut u8 {
        let mut v = Vec::<u8>::with_capacity(len.max(1));
        let p = v.as_mut_ptr();
        std::mem::forget(v);
        p
    }

    /// Takes the text written at `ptr` (from [`chugiai_worker_alloc`]), of which this worker annotates share
    /// `part` of `parts` (see [`Stepper::part`]); returns the whole text's length in code points.
    ///
    /// # Safety
    /// `ptr` must come from `chugiai_worker_alloc(len)` with `len` bytes written.
    #[no_mangle]
    pub unsafe extern "C" fn chugiai_worker_begin(
        ptr: *mut u8,
        len: usize,
        part: usize,
        parts: usize,
    ) -> usize {
        let bytes = unsafe { Vec::from_raw_parts(ptr, len, len.max(1)) };
        let text = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        let stepper = Stepper::new(Rc::from(text)).part(part, parts);
        let total = stepper.total;
        STEPPER.with(|s| *s.borrow_mut() = Some(stepper));
        total
    }

    /// Annotates the next chunk; returns the length of its JSON (`{"text":"","entities":…,"directives":…}`,
    /// read at [`chugiai_worker_result`]), or 0 when every chunk is done.
    #[no_mangle]
    pub extern "C" fn chugiai_worker_step() -> usize {
        let found = STEPPER.with(|s| s.borrow_mut().as_mut().and_then(|s| s.step()));
        let Some((entities, directives)) = found else {
            STEPPER.with(|s| *s.borrow_mut() = None);
            return 0;
        };
        let part = chugiai_core::Annotation { id: None, text: String::new(), entities, directives };
        let json = serde_json::to_vec(&part).unwrap_or_default();
        RESULT.with(|r| {
            let mut r = r.borrow_mut();
            *r = json;
            r.len()
        })
    }

    /// Code points of this worker's share annotated so far.
    #[no_mangle]
    pub extern "C" fn chugiai_worker_done() -> usize {
        STEPPER.with(|s| s.borrow().as_ref().map_or(0, |s| s.done))
    }

    /// Where the last chunk's JSON is.
    #[no_mangle]
    pub extern "C" fn chugiai_worker_result() -> *const u8 {
        RESULT.with(|r| r.borrow().as_ptr())
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::{Cell, RefCell};
    use std::fmt;
    use std::rc::Rc;

    use chugiai_core::{Annotation, Directive, Entity};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Blob, BlobPropertyBag, MessageEvent, Url, Worker};
    use yew::Callback;

    use super::{Progress, Stepper, MAX_WORKERS};

    /// The worker: instantiates the page's module with stub imports, then annotates its share of the text
    /// chunk by chunk, posting each chunk's spans as JSON with the progress of its share.
    const WORKER_JS: &str = r#""use strict";
onmessageerror = () => postMessage({ error: "the module or the text could not be received" });
onmessage = async (e) => {
  try {
    const { module, text, part, parts } = e.data;
    const imports = {};
    for (const i of WebAssembly.Module.imports(module)) {
      if (i.kind !== "function") throw new Error("import " + i.module + "." + i.name + " is a " + i.kind);
      (imports[i.module] = imports[i.module] || {})[i.name] = () => {
        throw new Error("chugiai worker: " + i.name + " is not available here");
      };
    }
    const x = (await WebAssembly.instantiate(module, imports)).exports;
    const bytes = new TextEncoder().encode(text);
    const ptr = x.chugiai_worker_alloc(bytes.length);
    new Uint8Array(x.memory.buffer, ptr, bytes.length).set(bytes);
    const total = x.chugiai_worker_begin(ptr, bytes.length, part, parts);
    const utf8 = new TextDecoder();
    postMessage({ done: 0, total });
    for (;;) {
      const len = x.chugiai_worker_step();
      if (len === 0) break;
      const json = utf8.decode(new Uint8Array(x.memory.buffer, x.chugiai_worker_result(), len));
      postMessage({ done: x.chugiai_worker_done(), total, json });
    }
    postMessage({ done: total, total, end: true });
  } catch (err) {
    postMessage({ error: String(err && err.message || err) });
  }
};
"#;

    thread_local! {
        /// The worker script's Blob URL, made once.
        static SCRIPT_URL: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    fn script_url() -> Result<String, JsValue> {
        if let Some(url) = SCRIPT_URL.with(|u| u.borrow().clone()) {
            return Ok(url);
        }
        let parts = js_sys::Array::of1(&JsValue::from_str(WORKER_JS));
        let options = BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = Url::create_object_url_with_blob(&blob)?;
        SCRIPT_URL.with(|u| *u.borrow_mut() = Some(url.clone()));
        Ok(url)
    }

    /// How many workers annotate a text of `sections` sections: one per processor core (the page itself
    /// mostly waits meanwhile), at most [`MAX_WORKERS`], and no more than there are sections.
    fn workers_for(sections: usize) -> usize {
        let cores = web_sys::window().map_or(1.0, |w| w.navigator().hardware_concurrency()) as usize;
        cores.clamp(1, MAX_WORKERS).min(sections).max(1)
    }

    /// What the workers of one text have sent so far.
    #[derive(Default)]
    struct Shares {
        /// Each worker's spans, in the order of its chunks.
        entities: Vec<Vec<Entity>>,
        directives: Vec<Vec<Directive>>,
        /// Code points each worker has annotated.
        done: Vec<usize>,
        /// Workers that have finished.
        ended: usize,
    }

    /// A background annotation: its workers (if they started) and their listeners, or the main-thread
    /// fallback.
    pub struct Job {
        workers: Vec<Worker>,
        onmessage: Vec<Closure<dyn FnMut(MessageEvent)>>,
        onerror: Vec<Closure<dyn FnMut(web_sys::Event)>>,
        pub fell_back: Rc<Cell<bool>>,
    }

    impl fmt::Debug for Job {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("Job")
                .field("workers", &self.workers.len())
                .field("fell_back", &self.fell_back)
                .finish()
        }
    }

    impl Job {
        /// Stops the workers and detaches their listeners (the fallback stops on the cancelled flag).
        pub fn stop(&self) {
            for w in &self.workers {
                w.set_onmessage(None);
                w.set_onerror(None);
                w.terminate();
            }
        }

        /// How many workers share the text (0 when none could start).
        pub fn workers(&self) -> usize {
            self.workers.len()
        }
    }

    impl Drop for Job {
        fn drop(&mut self) {
            self.stop();
            self.onmessage.clear();
            self.onerror.clear();
        }
    }

    /// Starts annotating `text` in workers, each a share of its sections, or on the main thread in chunks
    /// when no worker can start (or one fails: then all stop and the page does the whole text).
    pub fn start(
        text: Rc<str>,
        on_progress: Callback<Progress>,
        on_done: Callback<Rc<Annotation>>,
        cancelled: Rc<Cell<bool>>,
    ) -> Job {
        let fell_back = Rc::new(Cell::new(false));
        let mut job = Job {
            workers: Vec::new(),
            onmessage: Vec::new(),
            onerror: Vec::new(),
            fell_back: fell_back.clone(),
        };
        let all: Rc<RefCell<Vec<Worker>>> = Rc::default();
        let fallback = {
            let (text, on_progress, on_done, cancelled) =
                (text.clone(), on_progress.clone(), on_done.clone(), cancelled.clone());
            let (fell_back, all) = (fell_back.clone(), all.clone());
            Rc::new(move |why: &str| {
                for w in all.borrow().iter() {
                    w.terminate();
                }
                if fell_back.replace(true) || cancelled.get() {
                    return;
                }
                web_sys::console::warn_1(
                    &format!("chugiai: annotating on the page, in chunks ({why})").into(),
                );
                chunks_on_main_thread(text.clone(), on_progress.clone(), on_done.clone(), cancelled.clone());
            })
        };
        let module = wasm_bindgen::module();
        if !module.is_instance_of::<js_sys::WebAssembly::Module>() {
            fallback("no WebAssembly.Module to share");
            return job;
        }
        let parts = workers_for(text.len().div_ceil(chugiai_core::SECTION_BYTES));
        let shares = Rc::new(RefCell::new(Shares {
            entities: vec![Vec::new(); parts],
            directives: vec![Vec::new(); parts],
            done: vec![0; parts],
            ended: 0,
        }));
        let last_percent = Rc::new(Cell::new(None::<u32>));
        for part in 0..parts {
            let worker = match script_url().and_then(|url| Worker::new(&url)) {
                Ok(w) => w,
                Err(e) => {
                    fallback(&format!("no worker: {e:?}"));
                    return job;
                }
            };
            all.borrow_mut().push(worker.clone());
            let onmessage = {
                let (worker, fallback, cancelled, fell_back) =
                    (worker.clone(), fallback.clone(), cancelled.clone(), fell_back.clone());
                let (text, shares, last_percent) = (text.clone(), shares.clone(), last_percent.clone());
                let (on_progress, on_done) = (on_progress.clone(), on_done.clone());
                Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                    if cancelled.get() || fell_back.get() {
                        return;
                    }
                    let data = e.data();
                    let get = |k: &str| {
                        js_sys::Reflect::get(&data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
                    };
                    if let Some(error) = get("error").as_string() {
                        fallback(&format!("a worker failed: {error}"));
                        return;
                    }
                    let mut s = shares.borrow_mut();
                    if let Some(json) = get("json").as_string() {
                        match serde_json::from_str::<Annotation>(&json) {
                            Ok(found) => {
                                s.entities[part].extend(found.entities);
                                s.directives[part].extend(found.directives);
                            }
                            Err(err) => {
                                drop(s);
                                fallback(&format!("unreadable spans from a worker: {err}"));
                                return;
                            }
                        }
                    }
                    s.done[part] = get("done").as_f64().unwrap_or(0.0) as usize;
                    let total = get("total").as_f64().unwrap_or(0.0) as usize;
                    if get("end").is_truthy() {
                        s.ended += 1;
                        worker.terminate();
                    }
                    let end = s.ended == s.done.len();
                    let progress = Progress { done: s.done.iter().sum(), total };
                    // One report per whole percent: each one re-renders the page.
                    if end || last_percent.replace(Some(progress.percent())) != Some(progress.percent()) {
                        on_progress.emit(progress);
                    }
                    if end {
                        let annotation = Annotation {
                            id: None,
                            text: text.to_string(),
                            entities: std::mem::take(&mut s.entities).concat(),
                            directives: std::mem::take(&mut s.directives).concat(),
                        };
                        drop(s);
                        on_done.emit(Rc::new(annotation));
                    }
                })
            };
            let onerror = {
                let fallback = fallback.clone();
                Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
                    e.prevent_default();
                    fallback("a worker could not start");
                })
            };
            worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
            worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
            job.workers.push(worker.clone());
            job.onmessage.push(onmessage);
            job.onerror.push(onerror);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"module".into(), &module);
            let _ = js_sys::Reflect::set(&message, &"text".into(), &JsValue::from_str(&text));
            let _ = js_sys::Reflect::set(&message, &"part".into(), &JsValue::from(part as u32));
            let _ = js_sys::Reflect::set(&message, &"parts".into(), &JsValue::from(parts as u32));
            if let Err(e) = worker.post_message(&message) {
                fallback(&format!("the module could not be sent: {e:?}"));
                return job;
            }
        }
        job
    }

    /// Resolves after the page had a turn (a `setTimeout(0)`): input, clicks and paints go first.
    async fn yield_to_page() {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            } else {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    /// The fallback: one chunk at a time on the main thread, giving the page a turn between chunks.
    fn chunks_on_main_thread(
        text: Rc<str>,
        on_progress: Callback<Progress>,
        on_done: Callback<Rc<Annotation>>,
        cancelled: Rc<Cell<bool>>,
    ) {
        wasm_bindgen_futures::spawn_local(async move {
            let mut stepper = Stepper::new(text);
            on_progress.emit(stepper.progress());
            loop {
                yield_to_page().await;
                if cancelled.get() {
                    return;
                }
                let before = stepper.progress().percent();
                if !stepper.step_keep() {
                    break;
                }
                if stepper.progress().percent() != before {
                    on_progress.emit(stepper.progress());
                }
            }
            on_done.emit(Rc::new(stepper.finish()));
        });
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Annotates `text` chunk by chunk and checks it against one call on the whole text: every span on the
    /// text as given, the same entities and directives.
    fn chunked_as_whole(text: &str) -> Annotation {
        let mut stepper = Stepper::new(Rc::from(text));
        while stepper.step_keep() {}
        assert_eq!(stepper.progress().percent(), 100);
        let chunked = stepper.finish();
        assert_eq!(chunked.text, text);
        for e in &chunked.entities {
            assert_eq!(e.text, chugiai_core::char_slice(text, e.start, e.end));
        }
        let whole = chugiai_core::annotate(text);
        assert_eq!(chunked.entities, whole.entities);
        assert_eq!(chunked.directives, whole.directives);
        chunked
    }

    #[test]
    fn chunked_annotation_gave_other_directives_than_the_whole_text() {
        let article = include_str!("../static/sample.txt");
        let text: String = vec![article.trim_end(); 40].join("\n");
        // Chunk by chunk gives what one call on the whole text gives, directives included.
        let chunked = chunked_as_whole(&text);
        assert!(!chunked.directives.is_empty());
    }

    /// A long paste in TCVN3 went through the chunks unrepaired: its highlights were those of mojibake.
    #[test]
    fn a_long_legacy_paste_is_repaired_chunk_by_chunk_as_a_whole() {
        let article = include_str!("../tests/fixtures/legacy-tcvn3.txt");
        let text: String = vec![article.trim_end(); 300].join("\n\n");
        assert!(text.len() > 2 * CHUNK_BYTES, "several chunks");
        // The same as one call on the whole text, which repairs it first.
        let chunked = chunked_as_whole(&text);
        // And the repaired words are found: a place written `Yªn B¸i` in TCVN3.
        assert!(
            chunked.entities.iter().any(|e| e.label == chugiai_core::Label::Location),
            "{:?}",
            &chunked.entities[..3]
        );
    }

    /// Several workers annotate one long text, each a run of its sections: their shares, in order, are the
    /// whole text's spans, and their progress adds up to the whole text.
    #[test]
    fn the_shares_of_a_text_in_order_are_the_whole_text() {
        let article = include_str!("../static/sample.txt");
        let text: String = vec![article.trim_end(); 60].join("\n\n");
        let whole = chunked_as_whole(&text);
        let sections = Stepper::new(Rc::from(text.as_str())).sections();
        assert!(sections >= 5, "{sections} sections");
        for parts in [1, 2, 3, sections, sections + 2] {
            let (mut entities, mut directives, mut done, mut kept) = (Vec::new(), Vec::new(), 0, 0);
            for part in 0..parts {
                let mut share = Stepper::new(Rc::from(text.as_str())).part(part, parts);
                kept += share.sections();
                while let Some((e, d)) = share.step() {
                    entities.extend(e);
                    directives.extend(d);
                }
                done += share.progress().done;
                assert_eq!(share.progress().total, whole.text.chars().count());
            }
            assert_eq!(kept, sections, "{parts} parts");
            assert_eq!(done, whole.text.chars().count(), "{parts} parts");
            assert_eq!(entities, whole.entities, "{parts} parts");
            assert_eq!(directives, whole.directives, "{parts} parts");
        }
    }

    #[test]
    fn a_small_text_is_annotated_before_the_call_returns() {
        let got = Rc::new(std::cell::RefCell::new(None));
        let g = got.clone();
        let handle = annotate_async(
            Rc::from("Sáng 5/3, đoàn công tác của Hà Nội làm việc tại huyện."),
            Callback::noop(),
            Callback::from(move |a: Rc<Annotation>| *g.borrow_mut() = Some(a)),
        );
        assert_eq!(handle.mode(), "sync");
        let a = got.borrow().clone().expect("annotated at once");
        assert!(a.entities.iter().any(|e| e.text == "Hà Nội"));
    }
}

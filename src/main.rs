//! Mounts the chugiai page on the document's body.
//!
//! The panic hook goes in first, so any failure shows a message instead of a blank page (the page's HTML
//! may hold the sample pre-rendered: see `chugiai_web::prerender`). The same wasm
//! module also runs in the annotation worker (see `chugiai_web::annotator`), where there is no document and
//! `main` never runs; should it run without a document anyway, it renders nothing.

fn main() {
    chugiai_web::panic::install();
    let has_document = web_sys::window().and_then(|w| w.document()).is_some();
    // Started by an embed script (`<chu-giai>`, src/embed.rs): the host page is not ours to render into.
    if !has_document || chugiai_web::embed::is_embedded() {
        return;
    }
    // The side pane follows the article's first frame: the highlights show sooner.
    let props = chugiai_web::AppProps { side_after_first_paint: true, ..Default::default() };
    // The sample's first screen, pre-rendered in the page's HTML (chugiai_web::prerender), gives way to the
    // app once painted, in the task of the app's first render: the page never shows both.
    chugiai_web::prerender::replace_with(move || {
        yew::Renderer::<chugiai_web::App>::with_props(props).render();
        // The sample's highlights come stored (`State::default`): the engine has not run yet. Its first call
        // (~70 ms: V8 compiling its functions, its tables built) is made here, a moment after the page has
        // settled, rather than on the reader's first paste.
        gloo_timers::callback::Timeout::new(1_500, || {
            std::hint::black_box(chugiai_core::annotate(chugiai_web::SAMPLE));
        })
        .forget();
    });
}

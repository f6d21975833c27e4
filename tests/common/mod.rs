//! Helpers shared by the browser tests (`mod common;` in each file that uses them).

/// Waits `ms` milliseconds (a browser timer), letting the page's tasks and workers run meanwhile.
pub async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

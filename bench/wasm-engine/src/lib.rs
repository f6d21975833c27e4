//! `annotate` exported to JavaScript with no glue: the caller copies UTF-8 into memory from [`alloc`], calls
//! [`annotate`] and frees with [`free`]. Only for timing the engine in the browser (bench/browser.mjs).

/// Reserves `len` bytes of linear memory for the caller to fill.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

/// Frees what [`alloc`] returned for `len` bytes.
///
/// # Safety
/// `ptr` must come from `alloc(len)` and not be freed twice.
#[no_mangle]
pub unsafe extern "C" fn free(ptr: *mut u8, len: usize) {
    drop(Vec::from_raw_parts(ptr, 0, len));
}

/// Annotates the UTF-8 text at `ptr..ptr+len` and returns how many entities and directives were found.
///
/// # Safety
/// `ptr..ptr+len` must be initialised memory from [`alloc`].
#[no_mangle]
pub unsafe extern "C" fn annotate(ptr: *const u8, len: usize) -> u32 {
    let bytes = std::slice::from_raw_parts(ptr, len);
    // The page's text reaches the engine as a `String` that wasm-bindgen builds from `TextEncoder` output
    // without checking it again; here the bytes are checked once (cheaply when they are UTF-8, as the
    // bench's always are), and only junk pays for the lossy copy.
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    };
    let a = chugiai_core::annotate(&text);
    (a.entities.len() + a.directives.len()) as u32
}

//! Annotates a file twice, in two functions of their own, so that a profiler can tell the engine's one-off
//! work on its first call (building its lexicons, phrase sets and automata) from the steady-state cost:
//!
//! ```text
//! cargo build --release -p chugiai-core --example first_call
//! valgrind --tool=callgrind --callgrind-out-file=/tmp/first.cg target/release/examples/first_call static/sample.txt
//! callgrind_annotate --inclusive=yes /tmp/first.cg | grep 'first_call::'
//! ```
//!
//! The one-off cost is `first_call::first` minus `first_call::second` (in instructions, which unlike time do
//! not depend on the machine's load). The release profile is the page's (`opt-level = "z"`).

use std::hint::black_box;

#[inline(never)]
fn first(text: &str) -> usize {
    let a = chugiai_core::annotate(black_box(text));
    a.entities.len() + a.directives.len()
}

#[inline(never)]
fn second(text: &str) -> usize {
    // (Not the same body as `first`, which the linker could otherwise fold `second` into.)
    let a = chugiai_core::annotate(black_box(text));
    a.directives.len() + a.entities.len()
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| "static/sample.txt".to_string());
    let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    let (a, b) = (first(&text), second(&text));
    assert_eq!(a, b);
    println!("{a} spans");
}

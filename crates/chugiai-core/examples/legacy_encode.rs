//! Writes standard input (UTF-8 Unicode) in a legacy encoding, as a pasted legacy document would show it:
//! `cargo run -p chugiai-core --example legacy_encode -- tcvn3|vni|nfd < article.txt`. The legacy fixtures of
//! the browser tests (`tests/fixtures/legacy-*.txt`) were made with it.

use std::io::Read;

use chugiai_core::legacy::{encode, Encoding};

fn main() {
    let enc = match std::env::args().nth(1).as_deref() {
        Some("tcvn3") => Encoding::Tcvn3,
        Some("vni") => Encoding::Vni,
        Some("nfd") => Encoding::Nfd,
        _ => {
            eprintln!("usage: legacy_encode tcvn3|vni|nfd < UTF-8 text");
            std::process::exit(2);
        }
    };
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("UTF-8 on standard input");
    print!("{}", encode(&text, enc));
}

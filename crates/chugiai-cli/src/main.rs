//! `chugiai`: annotate Vietnamese official news articles from the command line.
//!
//! ```text
//! chugiai annotate [--out DIR] FILE...     FILE may be `-` for standard input
//! ```
//!
//! Without `--out` the annotation JSON of each input is printed, one object per line; with `--out` each
//! input `NAME.txt` is written as `DIR/NAME.json`, the format `../shared/eval/score.py` reads.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: chugiai annotate [--out DIR] FILE...   (FILE may be - for standard input)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("chugiai: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Parsed command line of `chugiai annotate`.
#[derive(Debug, PartialEq)]
struct Options {
    out: Option<PathBuf>,
    inputs: Vec<String>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("annotate") => {}
        Some("-h" | "--help" | "help") | None => return Err(USAGE.into()),
        Some(other) => return Err(format!("unknown command `{other}`\n{USAGE}")),
    }
    let mut out = None;
    let mut inputs = Vec::new();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" | "-o" => {
                out = Some(PathBuf::from(it.next().ok_or("--out needs a directory")?));
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ => inputs.push(a.clone()),
        }
    }
    if inputs.is_empty() {
        return Err(format!("no input file\n{USAGE}"));
    }
    Ok(Options { out, inputs })
}

fn run(args: &[String]) -> Result<(), String> {
    let opts = parse(args)?;
    if let Some(dir) = &opts.out {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let stdout = std::io::stdout();
    for input in &opts.inputs {
        let (id, bytes) = read_input(input)?;
        let text = decode(&bytes, input);
        let mut annotation = chugiai_core::annotate(&text);
        annotation.id = Some(id.clone());
        let json = serde_json::to_string(&annotation).map_err(|e| e.to_string())?;
        match &opts.out {
            Some(dir) => {
                let path = dir.join(format!("{id}.json"));
                std::fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
            None => {
                let mut lock = stdout.lock();
                writeln!(lock, "{json}").map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(())
}

/// Reads one input and names it after its file stem (`stdin` for `-`).
fn read_input(input: &str) -> Result<(String, Vec<u8>), String> {
    if input == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| format!("cannot read standard input: {e}"))?;
        return Ok(("stdin".into(), buf));
    }
    let path = Path::new(input);
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {input}: {e}"))?;
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "input".into());
    Ok((id, bytes))
}

/// Decodes UTF-8 (dropping a byte-order mark); invalid bytes become U+FFFD with a warning, never a failure.
fn decode(bytes: &[u8], input: &str) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            eprintln!("chugiai: {input} is not valid UTF-8; invalid bytes were replaced by U+FFFD");
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn parses_out_dir_and_files() {
        let o = parse(&s(&["annotate", "--out", "d", "a.txt", "-"])).unwrap();
        assert_eq!(o, Options { out: Some("d".into()), inputs: s(&["a.txt", "-"]) });
    }

    #[test]
    fn rejects_missing_input_and_unknown_command() {
        assert!(parse(&s(&["annotate"])).unwrap_err().contains("no input"));
        assert!(parse(&s(&["frobnicate", "x"])).unwrap_err().contains("unknown command"));
        assert!(parse(&s(&["annotate", "--out"])).is_err());
    }

    #[test]
    fn decode_drops_bom_and_replaces_invalid_bytes() {
        assert_eq!(decode(b"\xEF\xBB\xBFH\xC3\xA0 N\xE1\xBB\x99i", "x"), "Hà Nội");
        assert_eq!(decode(b"a\xFFb", "x"), "a\u{FFFD}b");
    }
}

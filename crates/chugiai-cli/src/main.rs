//! `chugiai`: annotate Vietnamese official news articles from the command line.
//!
//! ```text
//! chugiai annotate [--format FMT] [--out DIR] FILE...     FILE may be `-` for standard input
//! ```
//!
//! Without `--out` the annotation JSON of each input is printed, one object per line; with `--out` each
//! input `NAME.txt` is written as `DIR/NAME.json`, the format `../shared/eval/score.py` reads.
//!
//! `--format` (`-f`) picks another export of `chugiai_core::export`: `json` (default), `jsonld` (W3C Web
//! Annotation), `csv`, `conll`, `brat`, `md` (a Markdown brief); with `--out` the file extension follows it
//! (`NAME.jsonld`, `.csv`, `.conll`, `.ann`, `.md`).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chugiai_core::export::{export, Format};

const USAGE: &str = "usage: chugiai annotate [--format json|jsonld|csv|conll|brat|md] [--out DIR] FILE...   \
                     (FILE may be - for standard input)";

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
    format: Format,
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
    let mut format = Format::Json;
    let mut inputs = Vec::new();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" | "-o" => {
                out = Some(PathBuf::from(it.next().ok_or("--out needs a directory")?));
            }
            "--format" | "-f" => {
                let name =
                    it.next().ok_or("--format needs a format: json, jsonld, csv, conll, brat or md")?;
                format = Format::parse(name).ok_or_else(|| {
                    format!("unknown format `{name}`: use json, jsonld, csv, conll, brat or md")
                })?;
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ => inputs.push(a.clone()),
        }
    }
    if inputs.is_empty() {
        return Err(format!("no input file\n{USAGE}"));
    }
    Ok(Options { out, format, inputs })
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
        let mut output = export(&annotation, opts.format);
        match &opts.out {
            Some(dir) => {
                let path = dir.join(format!("{id}.{}", opts.format.extension()));
                std::fs::write(&path, output).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
            None => {
                let mut lock = stdout.lock();
                if !output.ends_with('\n') {
                    output.push('\n');
                }
                lock.write_all(output.as_bytes()).map_err(|e| e.to_string())?;
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
        assert_eq!(o, Options { out: Some("d".into()), format: Format::Json, inputs: s(&["a.txt", "-"]) });
    }

    #[test]
    fn parses_each_format_name() {
        let cases = [
            ("json", Format::Json),
            ("jsonld", Format::WebAnnotation),
            ("csv", Format::Csv),
            ("conll", Format::Conll),
            ("brat", Format::Brat),
            ("md", Format::Markdown),
            ("Markdown", Format::Markdown),
        ];
        for (name, f) in cases {
            assert_eq!(parse(&s(&["annotate", "--format", name, "a.txt"])).unwrap().format, f, "{name}");
            assert_eq!(parse(&s(&["annotate", "a.txt", "-f", name])).unwrap().format, f, "{name}");
        }
        assert!(parse(&s(&["annotate", "--format", "xml", "a.txt"]))
            .unwrap_err()
            .contains("unknown format `xml`"));
        assert!(parse(&s(&["annotate", "a.txt", "--format"])).unwrap_err().contains("needs a format"));
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

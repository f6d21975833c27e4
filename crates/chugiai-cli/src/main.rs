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
//!
//! Messy input:
//! - a file that is not UTF-8 (an old document saved in Windows-1252, or TCVN3/VNI bytes typed in `.VnTime` or
//!   `VNI-Times` fonts) is read as Windows-1252, with a note on standard error, never a failure;
//! - text in a legacy Vietnamese encoding (TCVN3, VNI) is annotated on its repaired Unicode text and its spans
//!   are reported on the text as read (see `chugiai_core::legacy`), with a note saying which encoding was found;
//!   `--repair` writes the repaired Unicode text instead (`DIR/NAME.txt` with `--out`) and names the encoding;
//! - a file of any size is annotated in bounded memory: above `--chunk` bytes (default 2 MB) it is read and
//!   annotated chunk by chunk, cut after a paragraph (else a line, else a sentence), and its JSON is written as
//!   it goes (the entities first, then the directives and the text, kept meanwhile in temporary files). Only
//!   `--format json` streams; other formats read the whole file.
//!
//! With `--out`, the inputs are annotated on `--jobs` (`-j`) threads at once, by default one per core; every
//! input is tried even when one fails, and the failures are reported in the order of the inputs. Without
//! `--out` they are annotated one after another, so standard output keeps their order.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chugiai_core::export::{export, Format};

const USAGE: &str =
    "usage: chugiai annotate [--format json|jsonld|csv|conll|brat|md] [--repair] [--chunk BYTES] \
                     [--jobs N] [--out DIR] FILE...   (FILE may be - for standard input)";

/// Inputs larger than this (bytes) are annotated chunk by chunk, unless `--chunk` says otherwise.
const DEFAULT_CHUNK: usize = 2_000_000;

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
    /// Write the repaired text instead of annotating.
    repair: bool,
    /// Size (bytes) above which an input is streamed, and of each chunk.
    chunk: usize,
    /// Inputs annotated at once (with `--out`).
    jobs: usize,
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
    let mut repair = false;
    let mut chunk = DEFAULT_CHUNK;
    let mut jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
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
            "--repair" => repair = true,
            "--chunk" => chunk = number(it.next(), "--chunk", "a size in bytes", 1024)?,
            "--jobs" | "-j" => jobs = number(it.next(), "--jobs", "a number of threads", 1)?,
            "-h" | "--help" => return Err(USAGE.into()),
            _ => inputs.push(a.clone()),
        }
    }
    if inputs.is_empty() {
        return Err(format!("no input file\n{USAGE}"));
    }
    Ok(Options { out, format, inputs, repair, chunk, jobs })
}

/// The number after `flag`, at least `min`; `what` names it in the messages.
fn number(arg: Option<&String>, flag: &str, what: &str, min: usize) -> Result<usize, String> {
    let n = arg.ok_or_else(|| format!("{flag} needs {what}"))?;
    n.parse().ok().filter(|&n| n >= min).ok_or_else(|| format!("{flag} `{n}`: give {what}, at least {min}"))
}

fn run(args: &[String]) -> Result<(), String> {
    let opts = parse(args)?;
    if let Some(dir) = &opts.out {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let jobs = opts.jobs.min(opts.inputs.len());
    if opts.out.is_none() || jobs <= 1 {
        // One after another: standard output keeps the order of the inputs.
        return opts.inputs.iter().try_for_each(|input| annotate_one(&opts, input));
    }
    // With `--out` every input has its own file: `jobs` threads take the inputs in turn. Every input is tried;
    // the errors are reported in the order of the inputs.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut errors: Vec<(usize, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..jobs)
            .map(|_| {
                scope.spawn(|| {
                    let mut errors = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(input) = opts.inputs.get(i) else { break errors };
                        if let Err(e) = annotate_one(&opts, input) {
                            errors.push((i, e));
                        }
                    }
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
    });
    errors.sort();
    if errors.is_empty() {
        return Ok(());
    }
    for (_, e) in &errors {
        eprintln!("chugiai: {e}");
    }
    Err(format!("{} of {} inputs failed", errors.len(), opts.inputs.len()))
}

/// Annotates (or, with `--repair`, repairs) one input and writes its result.
fn annotate_one(opts: &Options, input: &str) -> Result<(), String> {
    let (id, mut reader) = open_input(input)?;
    // The first chunk tells whether the input fits in memory at once.
    let mut head = Vec::new();
    (&mut reader)
        .take(opts.chunk as u64 + 1)
        .read_to_end(&mut head)
        .map_err(|e| format!("cannot read {input}: {e}"))?;
    if head.len() > opts.chunk && opts.format == Format::Json && !opts.repair {
        let mut out = output(opts, &id, "json")?;
        stream_json(&id, input, head, reader, opts.chunk, &mut out)?;
        out.flush().map_err(|e| e.to_string())?;
        return Ok(());
    }
    reader.read_to_end(&mut head).map_err(|e| format!("cannot read {input}: {e}"))?;
    let text = decode(&head, input);
    drop(head);
    if opts.repair {
        let mut out = output(opts, &id, "txt")?;
        match chugiai_core::legacy::repair(&text) {
            Some(r) => {
                eprintln!("chugiai: {input}: {} text, repaired to Unicode", r.encoding.display_name());
                out.write_all(r.text.as_bytes())
            }
            None => {
                eprintln!("chugiai: {input}: no legacy encoding found, the text is unchanged");
                out.write_all(text.as_bytes())
            }
        }
        .and_then(|()| out.flush())
        .map_err(|e| e.to_string())?;
        return Ok(());
    }
    let encoding = note_legacy(&text, input);
    let mut annotation = chugiai_core::annotate_as(&text, encoding);
    annotation.id = Some(id.clone());
    let mut output_text = export(&annotation, opts.format);
    if opts.out.is_none() && !output_text.ends_with('\n') {
        output_text.push('\n');
    }
    let mut out = output(opts, &id, opts.format.extension())?;
    out.write_all(output_text.as_bytes()).and_then(|()| out.flush()).map_err(|e| e.to_string())?;
    Ok(())
}

/// Where one input's result goes: `DIR/ID.EXT` with `--out`, else standard output.
fn output(opts: &Options, id: &str, ext: &str) -> Result<Box<dyn Write>, String> {
    Ok(match &opts.out {
        Some(dir) => {
            let path = dir.join(format!("{id}.{ext}"));
            let f =
                std::fs::File::create(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            Box::new(std::io::BufWriter::new(f))
        }
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// Says on standard error when the text is in a legacy encoding; the encoding found (`legacy::detect`).
fn note_legacy(text: &str, input: &str) -> Option<chugiai_core::legacy::Encoding> {
    let encoding = chugiai_core::legacy::detect(text);
    if let Some(e) = encoding {
        if e != chugiai_core::legacy::Encoding::Nfd {
            eprintln!(
                "chugiai: {input} looks like {} text: the repaired text is annotated, spans are on the text as read \
                 (--repair writes the repaired text)",
                e.display_name()
            );
        }
    }
    encoding
}

/// Opens one input and names it after its file stem (`stdin` for `-`).
fn open_input(input: &str) -> Result<(String, Box<dyn Read>), String> {
    if input == "-" {
        return Ok(("stdin".into(), Box::new(std::io::stdin().lock())));
    }
    let path = Path::new(input);
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {input}: {e}"))?;
    let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "input".into());
    Ok((id, Box::new(file)))
}

/// Decodes UTF-8 (dropping a byte-order mark); anything else is read as Windows-1252, the 8-bit code page that
/// old Vietnamese documents (TCVN3, VNI) were saved in, with a note: never a failure.
fn decode(bytes: &[u8], input: &str) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => {
            eprintln!("chugiai: {input} is not UTF-8; read as Windows-1252 (8-bit)");
            windows_1252(bytes)
        }
    }
}

/// Windows-1252 bytes as text (the five unassigned bytes are kept as the C1 controls of the same value).
fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| if (0x80..0xA0).contains(&b) { HIGH[b as usize - 0x80] } else { b as char })
        .collect()
}

/// How a streamed input's bytes are read.
#[derive(Clone, Copy, PartialEq)]
enum Charset {
    Utf8,
    Windows1252,
}

/// Where to cut `buf` so that the first part ends after a paragraph, else a line, else a sentence, else a space
/// (in the second half of the buffer), else at the end; never inside a UTF-8 sequence.
fn cut(buf: &[u8]) -> usize {
    let half = buf.len() / 2;
    let tail = &buf[half..];
    let find = |pat: &[u8]| tail.windows(pat.len()).rposition(|w| w == pat).map(|p| half + p + pat.len());
    find(b"\n\n").or_else(|| find(b"\n")).or_else(|| find(b". ")).or_else(|| find(b" ")).unwrap_or_else(
        || {
            // A UTF-8 boundary: not a continuation byte.
            (half.max(1)..=buf.len())
                .rev()
                .find(|&i| i == buf.len() || buf[i] & 0xC0 != 0x80)
                .unwrap_or(buf.len())
        },
    )
}

/// A temporary file, removed when dropped.
struct Spill {
    path: PathBuf,
    file: std::io::BufWriter<std::fs::File>,
}

impl Spill {
    fn new(what: &str) -> Result<Spill, String> {
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("chugiai-{}-{n}-{what}.tmp", std::process::id()));
        let file =
            std::fs::File::create(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        Ok(Spill { path, file: std::io::BufWriter::new(file) })
    }

    /// Copies what was written into `out`.
    fn copy_to(mut self, out: &mut dyn Write) -> Result<(), String> {
        self.file.flush().map_err(|e| e.to_string())?;
        let mut f = std::fs::File::open(&self.path).map_err(|e| e.to_string())?;
        std::io::copy(&mut f, out).map_err(|e| e.to_string())?;
        Ok(())
    }
}

impl Drop for Spill {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Annotates a large input chunk by chunk and writes its annotation JSON as it goes, in bounded memory: the
/// entities straight to `out`, the directives and the text into temporary files appended at the end.
fn stream_json(
    id: &str,
    input: &str,
    head: Vec<u8>,
    mut reader: Box<dyn Read>,
    chunk: usize,
    out: &mut dyn Write,
) -> Result<(), String> {
    let io = |e: std::io::Error| e.to_string();
    let mut buf = head;
    if buf.starts_with(b"\xEF\xBB\xBF") {
        buf.drain(..3);
    }
    // The charset of the whole input, from its first chunk (an incomplete last sequence is not an error).
    let charset = match std::str::from_utf8(&buf) {
        Err(e) if e.error_len().is_some() => {
            eprintln!("chugiai: {input} is not UTF-8; read as Windows-1252 (8-bit)");
            Charset::Windows1252
        }
        _ => Charset::Utf8,
    };
    let (mut directives, mut text) = (Spill::new("directives")?, Spill::new("text")?);
    write!(out, "{{\"id\":{},\"entities\":[", serde_json::to_string(id).map_err(|e| e.to_string())?)
        .map_err(io)?;
    let (mut offset, mut first_entity, mut first_directive, mut eof, mut noted) =
        (0, true, true, false, false);
    let mut warned = false;
    while !buf.is_empty() || !eof {
        if !eof && buf.len() < chunk {
            let before = buf.len();
            (&mut reader).take((chunk - before) as u64).read_to_end(&mut buf).map_err(io)?;
            eof = buf.len() == before;
            if !eof {
                continue;
            }
        }
        let at = if eof { buf.len() } else { cut(&buf) };
        let piece: Vec<u8> = buf.drain(..at).collect();
        let part = match charset {
            Charset::Windows1252 => windows_1252(&piece),
            Charset::Utf8 => match String::from_utf8(piece) {
                Ok(s) => s,
                Err(e) => {
                    if !warned {
                        eprintln!(
                            "chugiai: {input} is not valid UTF-8; invalid bytes were replaced by U+FFFD"
                        );
                        warned = true;
                    }
                    String::from_utf8_lossy(e.as_bytes()).into_owned()
                }
            },
        };
        // (Each chunk is detected on its own, as `annotate` would; the first one is named on standard error.)
        let encoding = if noted {
            chugiai_core::legacy::detect(&part)
        } else {
            noted = true;
            note_legacy(&part, input)
        };
        let mut a = chugiai_core::annotate_as(&part, encoding);
        for e in &mut a.entities {
            e.start += offset;
            e.end += offset;
            if !std::mem::take(&mut first_entity) {
                out.write_all(b",").map_err(io)?;
            }
            serde_json::to_writer(&mut *out, e).map_err(|e| e.to_string())?;
        }
        for d in &mut a.directives {
            d.start += offset;
            d.end += offset;
            if !std::mem::take(&mut first_directive) {
                directives.file.write_all(b",").map_err(io)?;
            }
            serde_json::to_writer(&mut directives.file, d).map_err(|e| e.to_string())?;
        }
        let quoted = serde_json::to_string(&part).map_err(|e| e.to_string())?;
        text.file.write_all(&quoted.as_bytes()[1..quoted.len() - 1]).map_err(io)?;
        offset += part.chars().count();
    }
    out.write_all(b"],\"directives\":[").map_err(io)?;
    directives.copy_to(out)?;
    out.write_all(b"],\"text\":\"").map_err(io)?;
    text.copy_to(out)?;
    out.write_all(b"\"}\n").map_err(io)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn parses_out_dir_and_files() {
        let o = parse(&s(&["annotate", "--out", "d", "-j", "3", "a.txt", "-"])).unwrap();
        let inputs = s(&["a.txt", "-"]);
        assert_eq!(
            o,
            Options {
                out: Some("d".into()),
                format: Format::Json,
                inputs,
                repair: false,
                chunk: DEFAULT_CHUNK,
                jobs: 3
            }
        );
        assert!(parse(&s(&["annotate", "a.txt"])).unwrap().jobs >= 1);
        assert!(parse(&s(&["annotate", "--jobs", "0", "a.txt"])).unwrap_err().contains("at least 1"));
        let o = parse(&s(&["annotate", "--repair", "--chunk", "4096", "a.txt"])).unwrap();
        assert_eq!((o.repair, o.chunk), (true, 4096));
        assert!(parse(&s(&["annotate", "--chunk", "10", "a.txt"])).unwrap_err().contains("at least 1024"));
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
    fn decode_drops_bom_and_reads_other_bytes_as_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFH\xC3\xA0 N\xE1\xBB\x99i", "x"), "Hà Nội");
        assert_eq!(decode(b"a\xFFb\x80\x81", "x"), "aÿb€\u{81}");
        // TCVN3 bytes of `Chấp hành`.
        assert_eq!(decode(b"Ch\xCAp h\xB5nh", "x"), "ChÊp hµnh");
    }

    #[test]
    fn cut_prefers_paragraphs_then_lines_then_sentences() {
        assert_eq!(cut(b"aaaaaa\n\nbb\ncc"), 8);
        assert_eq!(cut(b"aaaa bbbb\ncc. dd"), 10);
        assert_eq!(cut(b"aaaaaaaa. cc dd"), 10);
        // No space at all: a UTF-8 boundary (`ấ` is three bytes).
        let s = "ấấấấ".as_bytes();
        assert_eq!(cut(s) % 3, 0);
    }
}

//! Messy input on the command line: bytes that are not UTF-8, legacy Vietnamese (TCVN3, VNI), `--repair`, and
//! large inputs annotated chunk by chunk with the same result as at once.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::Value;

fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Runs `chugiai ARGS` with `input` on standard input: (success, stdout, stderr).
fn run(args: &[&str], input: &[u8]) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chugiai"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().unwrap();
    // A refused command line exits before reading its input: a broken pipe is not a failure.
    let _ = feeder.join().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// Every span lies within the text and its `text` is its slice.
fn assert_spans_on_text(a: &Value) {
    let text: Vec<char> = a["text"].as_str().unwrap().chars().collect();
    for kind in ["entities", "directives"] {
        for e in a[kind].as_array().unwrap() {
            let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
            assert!(s < t && t <= text.len(), "{e}");
            assert_eq!(e["text"].as_str().unwrap(), text[s..t].iter().collect::<String>(), "{e}");
        }
    }
}

fn entity_texts(a: &Value, label: &str) -> Vec<String> {
    a["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["label"] == label)
        .map(|e| e["text"].as_str().unwrap().to_string())
        .collect()
}

/// A TCVN3 document saved as 8-bit bytes (not UTF-8), as `.VnTime` documents were.
fn tcvn3_bytes() -> (Vec<u8>, String) {
    let pasted = fixture("legacy-tcvn3.txt");
    (pasted.chars().map(|c| u8::try_from(c as u32).expect("TCVN3 is 8-bit")).collect(), pasted)
}

#[test]
fn tcvn3_bytes_are_read_repaired_and_annotated_on_the_text_as_read() {
    let (bytes, pasted) = tcvn3_bytes();
    assert!(std::str::from_utf8(&bytes).is_err());
    let (ok, out, err) = run(&["annotate", "-"], &bytes);
    assert!(ok, "{err}");
    assert!(err.contains("not UTF-8; read as Windows-1252"), "{err}");
    assert!(err.contains("TCVN3"), "{err}");
    let a: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(a["text"].as_str().unwrap(), pasted);
    assert_spans_on_text(&a);
    assert!(entity_texts(&a, "PERSON").contains(&"TrÇn Huy TuÊn".to_string()), "{out}");
    assert!(entity_texts(&a, "ORGANIZATION").contains(&"Së Y tÕ".to_string()), "{out}");
}

#[test]
fn vni_text_is_annotated_on_the_text_as_read() {
    let pasted = fixture("legacy-vni.txt");
    let (ok, out, err) = run(&["annotate", "-"], pasted.as_bytes());
    assert!(ok, "{err}");
    assert!(err.contains("VNI"), "{err}");
    let a: Value = serde_json::from_str(&out).unwrap();
    assert_spans_on_text(&a);
    assert!(entity_texts(&a, "PERSON").contains(&"Traàn Huy Tuaán".to_string()), "{out}");
    assert_eq!(a["directives"].as_array().unwrap().len(), 1, "{out}");
}

#[test]
fn repair_writes_the_repaired_text_and_names_the_encoding() {
    let unicode = "Chiều 22/2, đồng chí Trần Huy Tuấn, Chủ tịch";
    let (ok, out, err) = run(&["annotate", "--repair", "-"], fixture("legacy-vni.txt").as_bytes());
    assert!(ok, "{err}");
    assert!(err.contains("VNI text, repaired"), "{err}");
    assert!(out.starts_with(unicode), "{out}");
    let (bytes, _) = tcvn3_bytes();
    let (ok, out, err) = run(&["annotate", "--repair", "-"], &bytes);
    assert!(ok && err.contains("TCVN3 (ABC) text, repaired"), "{err}");
    assert!(out.starts_with(unicode), "{out}");
    let (ok, out, err) = run(&["annotate", "--repair", "-"], unicode.as_bytes());
    assert!(ok && err.contains("no legacy encoding"), "{err}");
    assert_eq!(out, unicode);
}

#[test]
fn binary_junk_is_annotated_without_failing() {
    let junk: Vec<u8> = (0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let (ok, out, err) = run(&["annotate", "-"], &junk);
    assert!(ok, "{err}");
    let a: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(a["text"].as_str().unwrap().chars().count(), junk.len());
    assert_spans_on_text(&a);
    // The same streamed in small chunks.
    let (ok, out, err) = run(&["annotate", "--chunk", "1024", "-"], &junk);
    assert!(ok, "{err}");
    assert_spans_on_text(&serde_json::from_str(&out).unwrap());
}

/// An article of independent paragraphs: streamed in small chunks, the same annotation as read at once.
#[test]
fn a_large_input_streamed_in_chunks_gets_the_annotation_of_the_whole() {
    let article = fixture("legacy-vni.txt");
    let mut text = String::new();
    for i in 0..60 {
        text.push_str(&format!("Bài {i}.\n\n{article}\n"));
    }
    let (ok, whole, err) = run(&["annotate", "-"], text.as_bytes());
    assert!(ok, "{err}");
    let (ok, streamed, err) = run(&["annotate", "--chunk", "4096", "-"], text.as_bytes());
    assert!(ok, "{err}");
    let (whole, streamed): (Value, Value) =
        (serde_json::from_str(&whole).unwrap(), serde_json::from_str(&streamed).unwrap());
    assert_eq!(streamed["text"], whole["text"]);
    assert_spans_on_text(&streamed);
    assert_eq!(streamed["entities"], whole["entities"]);
    assert_eq!(streamed["directives"], whole["directives"]);
    assert_eq!(streamed["id"], "stdin");
}

#[test]
fn a_streamed_file_goes_to_its_out_file() {
    let dir = std::env::temp_dir().join(format!("chugiai-cli-stream-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("lon.txt");
    std::fs::write(&input, "Chủ tịch UBND tỉnh Yên Bái Trần Huy Tuấn chủ trì.\n\n".repeat(200)).unwrap();
    let out = dir.join("out");
    let (ok, _, err) =
        run(&["annotate", "--chunk", "2048", "--out", out.to_str().unwrap(), input.to_str().unwrap()], b"");
    assert!(ok, "{err}");
    let a: Value = serde_json::from_str(&std::fs::read_to_string(out.join("lon.json")).unwrap()).unwrap();
    assert_spans_on_text(&a);
    assert_eq!(entity_texts(&a, "PERSON").len(), 200);
    std::fs::remove_dir_all(&dir).unwrap();
}

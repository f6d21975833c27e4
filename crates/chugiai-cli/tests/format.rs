//! `chugiai annotate --format`: what a user gets on standard output and in `--out` files.

use std::io::Write;
use std::process::{Command, Stdio};

const TEXT: &str =
    "Đồng chí Hoàng Thị Vĩnh - Trưởng Ban Dân vận Tỉnh ủy Yên Bái yêu cầu các địa phương hoàn thành trước \
                    ngày 15/7/2025.";

fn run_stdin(args: &[&str], input: &str) -> (bool, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chugiai"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A refused command line exits before reading its input: a broken pipe here is not a failure.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let out = child.wait_with_output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn each_format_on_standard_output() {
    let cases: &[(&[&str], &str)] = &[
        (&[], r#"{"id":"stdin","text":"Đồng chí Hoàng Thị Vĩnh"#),
        (&["--format", "json"], r#""label":"PERSON","text":"Hoàng Thị Vĩnh""#),
        (&["--format", "jsonld"], r#""type": "AnnotationCollection""#),
        (&["--format", "csv"], "entity,9,23,PERSON,Hoàng Thị Vĩnh,"),
        (&["--format", "conll"], "Hoàng\tB-PERSON\tB-PERSON\n"),
        (&["--format", "brat"], "T1\tPERSON 9 23\tHoàng Thị Vĩnh\n"),
        (&["-f", "md"], "# Tóm tắt: stdin\n"),
    ];
    for (flags, expected) in cases {
        let mut args = vec!["annotate"];
        args.extend_from_slice(flags);
        args.push("-");
        let (ok, out, err) = run_stdin(&args, TEXT);
        assert!(ok, "{flags:?}: {err}");
        assert!(out.contains(expected), "{flags:?}: missing {expected:?} in\n{out}");
        assert!(out.ends_with('\n'), "{flags:?}");
    }
}

#[test]
fn out_dir_file_extension_follows_the_format() {
    let dir = std::env::temp_dir().join(format!("chugiai-cli-format-{}", std::process::id()));
    let input = dir.join("bai-1.txt");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(&input, TEXT).unwrap();
    for (format, ext) in [
        ("json", "json"),
        ("jsonld", "jsonld"),
        ("csv", "csv"),
        ("conll", "conll"),
        ("brat", "ann"),
        ("md", "md"),
    ] {
        let out = dir.join(format);
        let status = Command::new(env!("CARGO_BIN_EXE_chugiai"))
            .args(["annotate", "--format", format, "--out"])
            .arg(&out)
            .arg(&input)
            .status()
            .unwrap();
        assert!(status.success(), "{format}");
        let written = std::fs::read_to_string(out.join(format!("bai-1.{ext}"))).unwrap();
        assert!(written.contains("Vĩnh"), "{format}: {written}");
    }
    let json = std::fs::read_to_string(dir.join("json/bai-1.json")).unwrap();
    let back = chugiai_core::export::import_json(&json).unwrap();
    assert_eq!(back.id.as_deref(), Some("bai-1"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn unknown_format_is_refused_with_the_list() {
    let (ok, _, err) = run_stdin(&["annotate", "--format", "xml", "-"], TEXT);
    assert!(!ok);
    assert!(err.contains("unknown format `xml`: use json, jsonld, csv, conll, brat or md"), "{err}");
}

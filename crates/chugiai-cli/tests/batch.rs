//! `chugiai annotate --out DIR FILE...`: a batch of articles, annotated on several threads.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Real sentences of official news, one article each.
const ARTICLES: &[&str] = &[
    "Chiều 22/2, Tỉnh ủy Yên Bái tổ chức Hội nghị triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
    "Đồng chí Hoàng Thị Vĩnh - Trưởng Ban Dân vận Tỉnh ủy Yên Bái yêu cầu các địa phương hoàn thành trước \
     ngày 15/7/2025.",
    "Chủ tịch UBND tỉnh Nguyễn Văn Khánh đề nghị Sở Y tế chủ trì, phối hợp với các sở, ngành liên quan.",
    "Sáng 5/3, tại Hà Nội, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Hội nghị trực tuyến toàn quốc.",
];

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("chugiai-cli-batch-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Writes 40 articles (the four above, ten times over) into `dir` and returns their paths.
fn inputs(dir: &Path) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    (0..40)
        .map(|i| {
            let p = dir.join(format!("bai-{i:02}.txt"));
            std::fs::write(&p, ARTICLES[i % ARTICLES.len()]).unwrap();
            p.to_string_lossy().into_owned()
        })
        .collect()
}

fn annotate(args: &[&str], files: &[String]) -> (bool, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_chugiai")).arg("annotate").args(args).args(files).output().unwrap();
    (out.status.success(), String::from_utf8(out.stderr).unwrap())
}

fn read_dir(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn several_threads_write_the_same_files_as_one() {
    let d = dir("same");
    let files = inputs(&d.join("in"));
    let (one, four) = (d.join("one"), d.join("four"));
    assert!(annotate(&["--jobs", "1", "--out", one.to_str().unwrap()], &files).0);
    assert!(annotate(&["-j", "4", "--out", four.to_str().unwrap()], &files).0);
    let (a, b) = (read_dir(&one), read_dir(&four));
    assert_eq!(a.len(), 40);
    assert_eq!(a, b);
    // Each file holds the annotation of its own article.
    let (name, json) = &b[1];
    assert_eq!(name, "bai-01.json");
    assert!(json.contains(r#""id":"bai-01""#) && json.contains(r#""text":"Hoàng Thị Vĩnh""#), "{json}");
}

#[test]
fn a_missing_file_is_reported_and_the_others_are_still_written() {
    let d = dir("missing");
    let mut files = inputs(&d.join("in"));
    files.insert(3, d.join("in/khong-co.txt").to_string_lossy().into_owned());
    files.push(d.join("in/cung-khong-co.txt").to_string_lossy().into_owned());
    let out = d.join("out");
    let (ok, err) = annotate(&["-j", "2", "--out", out.to_str().unwrap()], &files);
    assert!(!ok);
    assert_eq!(read_dir(&out).len(), 40);
    // Both failures are named, in the order of the inputs.
    let (first, second) = (err.find("/khong-co.txt").unwrap(), err.find("cung-khong-co.txt").unwrap());
    assert!(first < second, "{err}");
    assert!(err.trim_end().ends_with("2 of 42 inputs failed"), "{err}");
}

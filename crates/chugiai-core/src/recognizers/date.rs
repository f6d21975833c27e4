//! The DATE recogniser: dates, times of day, months, years, quarters, terms and calendar-anchored periods.
//!
//! A small hand-written grammar (`SHAPES`, tried only where a number or a start word stands) lists the shapes,
//! longest first so that a range wins over its ends:
//! - ranges: `từ ngày 5-5 đến 10-5-2017`, `từ năm 2012 đến nay`, `ngày 15 - 18/4/2017`, `từ ngày 30/5-7/6`,
//!   `tháng 1/2004 - 5/2010`, `2/9/1945 - 2/9/2025`, `nhiệm kỳ 2016 - 2021`, `giai đoạn 2026 - 2030`;
//! - periods: `6 tháng đầu năm 2017`, `những tháng cuối năm 2021`, `đầu năm 2022`, `cùng kỳ năm 2016`, `quý I/2023`;
//! - days: `Chiều 22/2`, `Sáng nay, 18-5`, `Chiều cùng ngày`, `ngày 07/01/2019`, `ngày 30 tháng 11 năm 2024`,
//!   `02/06/2025 18:55`; months `tháng 5/2017`, years `năm 2022`, times `7 giờ 30 phút`;
//! - Party and assembly terms `khóa XII` (optional in the guidelines).
//!
//! A day and month without year and without `ngày` or a part of the day (`15/7`) is a date only after a word
//! that expects one (`trước 15/7`, `từ 1/7`); that word stays outside, as `trước`, `sau`, `vào`, `trong` and a
//! lone `từ`/`đến` always do. Dashes and dots (`18-5`, `25.5`) need `ngày`, a part of the day or a range.
//!
//! Value: ISO 8601 — `2023-02-22`, `2023-02`, `2022`, a range `2017-05-05/2017-05-10` (`2012/..` up to now),
//! a time `2025-06-02T18:55`. A missing year comes from the nearest date with a year earlier in the text, else
//! from the first year the article states.

use std::sync::OnceLock;

use serde_json::Value;

use super::Candidate;
use crate::span::Label;

/// The date grammar, matched by hand on the lower-cased window after a start (no regular-expression engine:
/// it would cost the page more than 100 KB). Each piece returns every place it can end, best first, the way
/// a backtracking expression tries its branches, so a shape is the first that completes.
struct G<'a> {
    w: &'a [char],
}

type Ends = Vec<usize>;

impl G<'_> {
    /// A number of `min..=max` digits with a value in `lo..=hi` (the whole run of digits).
    fn num(&self, p: usize, min: usize, max: usize, lo: u32, hi: u32) -> Ends {
        let mut e = p;
        let mut v: u32 = 0;
        while e < self.w.len() && self.w[e].is_ascii_digit() && e - p < 5 {
            v = v * 10 + (self.w[e] as u32 - '0' as u32);
            e += 1;
        }
        let n = e - p;
        if n >= min
            && n <= max
            && (lo..=hi).contains(&v)
            && !self.w.get(e).is_some_and(|c| c.is_ascii_digit())
        {
            vec![e]
        } else {
            Vec::new()
        }
    }
    fn d(&self, p: usize) -> Ends {
        self.num(p, 1, 2, 1, 31)
    }
    fn m(&self, p: usize) -> Ends {
        self.num(p, 1, 2, 1, 12)
    }
    fn y(&self, p: usize) -> Ends {
        self.num(p, 4, 4, 1800, 2099)
    }
    fn any_num(&self, p: usize) -> Ends {
        self.num(p, 1, 4, 0, 9999)
    }
    fn lit(&self, p: usize, s: &str) -> Ends {
        let mut e = p;
        for c in s.chars() {
            if self.w.get(e) != Some(&c) {
                return Vec::new();
            }
            e += 1;
        }
        vec![e]
    }
    fn lits(&self, p: usize, ss: &[&str]) -> Ends {
        ss.iter().flat_map(|s| self.lit(p, s)).collect()
    }
    /// `/` with optional spaces around it (` ?/ ?`).
    fn sl(&self, p: usize) -> Ends {
        let mut out = Vec::new();
        for a in [1, 0] {
            if a == 1 && self.w.get(p) != Some(&' ') {
                continue;
            }
            if self.w.get(p + a) == Some(&'/') {
                if self.w.get(p + a + 1) == Some(&' ') {
                    out.push(p + a + 2);
                }
                out.push(p + a + 1);
            }
        }
        out
    }
    /// A dash with optional spaces around it (` ?[-–—] ?`).
    fn dash(&self, p: usize) -> Ends {
        let mut out = Vec::new();
        for a in [1, 0] {
            if a == 1 && self.w.get(p) != Some(&' ') {
                continue;
            }
            if matches!(self.w.get(p + a), Some('-' | '–' | '—')) {
                if self.w.get(p + a + 1) == Some(&' ') {
                    out.push(p + a + 2);
                }
                out.push(p + a + 1);
            }
        }
        out
    }
    fn then(&self, ends: Ends, f: impl Fn(usize) -> Ends) -> Ends {
        // (Most pieces end in one place or none: those need no new list.)
        match ends[..] {
            [] => ends,
            [e] => f(e),
            _ => ends.into_iter().flat_map(f).collect(),
        }
    }
    fn opt(&self, p: usize, f: impl Fn(usize) -> Ends) -> Ends {
        let mut v = f(p);
        v.push(p);
        v
    }
    fn or(&self, a: Ends, b: Ends) -> Ends {
        if a.is_empty() {
            return b;
        }
        let mut a = a;
        a.extend(b);
        a
    }

    /// `15/7`, `15 / 7 / 2017`, `5-5`, `25.5`, the year optional.
    fn dm_any(&self, p: usize) -> Ends {
        self.then(self.d(p), |q| {
            let slash = self.then(self.sl(q), |r| {
                self.then(self.m(r), |t| self.opt(t, |u| self.then(self.sl(u), |v| self.y(v))))
            });
            let dash = self.then(self.lit(q, "-"), |r| {
                self.then(self.m(r), |t| self.opt(t, |u| self.then(self.lit(u, "-"), |v| self.y(v))))
            });
            let dot = self.then(self.lit(q, "."), |r| {
                self.then(self.m(r), |t| self.opt(t, |u| self.then(self.lit(u, "."), |v| self.y(v))))
            });
            self.or(self.or(slash, dash), dot)
        })
    }
    fn dm_slash(&self, p: usize) -> Ends {
        self.then(self.d(p), |q| {
            self.then(self.sl(q), |r| {
                self.then(self.m(r), |t| self.opt(t, |u| self.then(self.sl(u), |v| self.y(v))))
            })
        })
    }
    fn dmy_slash(&self, p: usize) -> Ends {
        self.then(self.d(p), |q| {
            self.then(self.sl(q), |r| self.then(self.m(r), |t| self.then(self.sl(t), |u| self.y(u))))
        })
    }
    fn dmy_any(&self, p: usize) -> Ends {
        self.then(self.d(p), |q| {
            let slash =
                self.then(self.sl(q), |r| self.then(self.m(r), |t| self.then(self.sl(t), |u| self.y(u))));
            let dash = self.then(self.lit(q, "-"), |r| {
                self.then(self.m(r), |t| self.then(self.lit(t, "-"), |u| self.y(u)))
            });
            let dot = self.then(self.lit(q, "."), |r| {
                self.then(self.m(r), |t| self.then(self.lit(t, "."), |u| self.y(u)))
            });
            self.or(self.or(slash, dash), dot)
        })
    }
    /// `30 tháng 11` and `năm 2024` if it follows.
    fn text_date(&self, p: usize) -> Ends {
        self.then(self.d(p), |q| {
            self.then(self.lit(q, " tháng "), |r| {
                self.then(self.m(r), |t| self.opt(t, |u| self.then(self.lit(u, " năm "), |v| self.y(v))))
            })
        })
    }
    fn text_date_full(&self, p: usize) -> Ends {
        self.then(self.d(p), |q| {
            self.then(self.lit(q, " tháng "), |r| {
                self.then(self.m(r), |t| self.then(self.lit(t, " năm "), |u| self.y(u)))
            })
        })
    }
    /// `6/2012`, `6-2012`, `6.2012`.
    fn my(&self, p: usize) -> Ends {
        self.then(self.m(p), |q| {
            let seps = self.or(self.sl(q), self.lits(q, &["-", "."]));
            self.then(seps, |r| self.y(r))
        })
    }
    /// `tháng 6/2012`, `tháng 10 năm 2025`, `tháng 7 năm ngoái`, `tháng 5`.
    fn month(&self, p: usize) -> Ends {
        self.then(self.lit(p, "tháng "), |q| {
            let a = self.my(q);
            let b = self.then(self.m(q), |r| {
                self.then(self.lit(r, " năm "), |t| {
                    self.or(self.y(t), self.lits(t, &["ngoái", "nay", "trước"]))
                })
            });
            self.or(self.or(a, b), self.m(q))
        })
    }
    /// `7 giờ 30 phút`, `18:55`, `10h30`.
    fn time(&self, p: usize) -> Ends {
        let a = self.then(self.num(p, 1, 2, 0, 24), |q| {
            self.then(self.lit(q, " giờ"), |r| {
                self.opt(r, |t| {
                    self.then(self.lit(t, " "), |u| {
                        self.then(self.num(u, 1, 2, 0, 59), |v| self.opt(v, |x| self.lit(x, " phút")))
                    })
                })
            })
        });
        let b = self.then(self.num(p, 1, 2, 0, 23), |q| {
            self.then(self.lits(q, &[":", "h"]), |r| self.num(r, 2, 2, 0, 59))
        });
        self.or(a, b)
    }
    fn day(&self, p: usize) -> Ends {
        self.then(self.lit(p, "ngày "), |q| self.or(self.text_date(q), self.dm_any(q)))
    }
    fn range_start(&self, p: usize) -> Ends {
        let ngay = self
            .then(self.lit(p, "ngày "), |q| self.or(self.or(self.text_date(q), self.dm_any(q)), self.d(q)));
        let mut v = ngay;
        v.extend(self.text_date_full(p));
        v.extend(self.dm_slash(p));
        v.extend(self.month(p));
        v.extend(self.then(self.lit(p, "năm "), |q| self.y(q)));
        v.extend(self.time(p));
        v.extend(self.lit(p, "nay"));
        v
    }
    fn range_end(&self, p: usize) -> Ends {
        let mut v = self.day(p);
        v.extend(self.text_date_full(p));
        v.extend(self.dm_any(p));
        v.extend(self.month(p));
        v.extend(self.then(self.lit(p, "năm "), |q| self.y(q)));
        v.extend(self.time(p));
        v.extend(self.lit(p, "nay"));
        v.extend(self.y(p));
        v
    }
    fn opt_time_after(&self, ends: Ends, lead: &[&str]) -> Ends {
        self.then(ends, |q| self.opt(q, |r| self.then(self.lits(r, lead), |t| self.time(t))))
    }
}

/// A shape of date: the words it can start with (`#` for a number) and how it matches at the start of the
/// window: its end and, for a date after a cue word or in brackets, the part that is the date.
type Shape = (&'static [&'static str], fn(&G, usize) -> Option<(usize, Option<(usize, usize)>)>);

const CUES: &[&str] = &["trước", "sau", "từ", "đến", "vào", "hết", "dịp", "tới", "hạn", "lúc", "nhất"];
const PARTS: &[&str] = &["rạng sáng", "sáng", "chiều", "trưa", "tối", "đêm"];
const TERMS: &[&str] = &["nhiệm kỳ", "nghiệm kỳ", "giai đoạn", "thời kỳ", "năm học", "niên khóa", "niên độ"];

fn first(ends: Ends) -> Option<(usize, Option<(usize, usize)>)> {
    ends.first().map(|&e| (e, None))
}

/// Every shape, longest first so that a range wins over its ends: ranges, periods, days, months, years.
const SHAPES: &[Shape] = &[
    (&["từ"], |g, p| {
        first(g.then(g.lit(p, "từ "), |q| {
            g.then(g.range_start(q), |r| g.then(g.lit(r, " đến "), |t| g.range_end(t)))
        }))
    }),
    (&["từ", "ngày"], |g, p| {
        first(g.then(g.opt(p, |q| g.lit(q, "từ ")), |q| {
            g.then(g.lit(q, "ngày "), |r| g.then(g.dm_slash(r), |t| g.then(g.dash(t), |u| g.dm_slash(u))))
        }))
    }),
    (&["ngày"], |g, p| {
        first(g.then(g.lit(p, "ngày "), |q| g.then(g.d(q), |r| g.then(g.dash(r), |t| g.dm_slash(t)))))
    }),
    (&["từ", "tháng"], |g, p| {
        first(g.then(g.opt(p, |q| g.lit(q, "từ ")), |q| {
            g.then(g.lit(q, "tháng "), |r| {
                g.then(g.my(r), |t| {
                    g.then(g.dash(t), |u| g.then(g.opt(u, |v| g.lit(v, "tháng ")), |v| g.my(v)))
                })
            })
        }))
    }),
    (&["#"], |g, p| first(g.then(g.dmy_slash(p), |q| g.then(g.dash(q), |r| g.dmy_slash(r))))),
    (&["nhiệm", "nghiệm", "giai", "thời", "năm", "niên"], |g, p| {
        first(g.then(g.lits(p, TERMS), |q| {
            g.then(g.lit(q, " "), |r| g.then(g.y(r), |t| g.then(g.dash(t), |u| g.y(u))))
        }))
    }),
    (&["#"], |g, p| {
        first(g.then(g.any_num(p), |q| {
            g.then(g.lit(q, " năm "), |r| g.then(g.y(r), |t| g.then(g.dash(t), |u| g.y(u))))
        }))
    }),
    (&["#"], |g, p| first(g.then(g.y(p), |q| g.then(g.dash(q), |r| g.y(r))))),
    (&["những", "các", "#", "ba", "sáu", "chín"], |g, p| {
        first(g.then(g.opt(p, |q| g.lits(q, &["những ", "các "])), |q| {
            let count = g.or(g.any_num(q), g.lits(q, &["ba", "sáu", "chín"]));
            g.then(count, |r| {
                g.then(g.lit(r, " tháng "), |t| {
                    g.then(g.lits(t, &["đầu", "cuối"]), |u| {
                        g.then(g.lit(u, " năm"), |v| g.opt(v, |x| g.then(g.lit(x, " "), |z| g.y(z))))
                    })
                })
            })
        }))
    }),
    (&["những", "các", "tháng"], |g, p| {
        first(g.then(g.opt(p, |q| g.lits(q, &["những ", "các "])), |q| {
            g.then(g.lit(q, "tháng "), |r| {
                g.then(g.lits(r, &["đầu", "cuối"]), |t| g.then(g.lit(t, " năm "), |u| g.y(u)))
            })
        }))
    }),
    (&["đầu", "cuối", "giữa"], |g, p| {
        first(g.then(g.lits(p, &["đầu ", "cuối ", "giữa "]), |q| {
            g.or(g.then(g.lit(q, "năm "), |r| g.y(r)), g.month(q))
        }))
    }),
    (&["cùng"], |g, p| {
        first(g.then(g.lit(p, "cùng kỳ năm "), |q| g.or(g.y(q), g.lits(q, &["ngoái", "trước"]))))
    }),
    (&["quý"], |g, p| {
        first(g.then(g.lit(p, "quý "), |q| {
            let roman = g.or(g.lits(q, &["iv", "iii", "ii", "i"]), g.num(q, 1, 1, 1, 4));
            g.then(roman, |r| {
                g.opt(r, |t| {
                    let sep = g.or(g.or(g.sl(t), g.lit(t, "-")), g.lit(t, " năm "));
                    g.then(sep, |u| g.y(u))
                })
            })
        }))
    }),
    (&["rạng", "sáng", "chiều", "trưa", "tối", "đêm"], |g, p| {
        let ends = g.then(g.lits(p, PARTS), |q| {
            g.then(g.lit(q, " "), |r| {
                g.then(g.opt(r, |t| g.lits(t, &["nay, ", "qua, "])), |t| {
                    g.or(g.or(g.day(t), g.dm_any(t)), g.lit(t, "cùng ngày"))
                })
            })
        });
        first(g.opt_time_after(ends, &[" "]))
    }),
    (&["rạng", "sáng", "chiều", "trưa", "tối", "đêm"], |g, p| {
        first(g.then(g.lits(p, PARTS), |q| {
            g.then(g.lits(q, &[" nay (", " qua ("]), |r| g.then(g.dm_any(r), |t| g.lit(t, ")")))
        }))
    }),
    (&["ngày"], |g, p| first(g.opt_time_after(g.day(p), &[" lúc ", " "]))),
    (&["#"], |g, p| first(g.then(g.time(p), |q| g.then(g.lits(q, &[", ", " "]), |r| g.day(r))))),
    (&["#"], |g, p| first(g.text_date_full(p))),
    (&["#"], |g, p| first(g.opt_time_after(g.dmy_any(p), &[" "]))),
    // A bare day and month after a word that expects a date (the word stays outside).
    (CUES, |g, p| {
        let cue = g.lits(p, CUES);
        cue.into_iter().find_map(|q| {
            g.lit(q, " ").into_iter().find_map(|r| g.dm_slash(r).first().map(|&e| (e, Some((r, e)))))
        })
    }),
    // `Hôm nay (18/5)`: a day and month in brackets (the bracket stays outside).
    (&["#"], |g, p| {
        g.dm_slash(p).into_iter().find(|&e| g.w.get(e) == Some(&')')).map(|e| (e + 1, Some((p, e))))
    }),
    (&["tháng"], |g, p| first(g.month(p))),
    (&["năm"], |g, p| {
        first(g.then(g.lit(p, "năm "), |q| g.then(g.y(q), |r| g.opt(r, |t| g.then(g.dash(t), |u| g.y(u))))))
    }),
    (&["#"], |g, p| first(g.time(p))),
    (&["khóa"], |g, p| {
        first(g.then(g.lit(p, "khóa "), |q| {
            let mut e = q;
            while g.w.get(e).is_some_and(|c| matches!(c, 'i' | 'v' | 'x' | 'l')) {
                e += 1;
            }
            if e > q {
                vec![e]
            } else {
                Vec::new()
            }
        }))
    }),
];

/// The first of `shapes` (indexes in [`SHAPES`]: those of a start word, [`start_words`]) that matches at the
/// start of the window.
fn match_shapes(w: &[char], shapes: &[u8]) -> Option<(usize, Option<(usize, usize)>)> {
    let g = G { w };
    shapes.iter().find_map(|&k| SHAPES[k as usize].1(&g, 0))
}

/// Can a date go on after this number or start word, whose word ends at `e`? A cheap look at the next code
/// points, so that the expressions run only where they may match.
fn plausible(chars: &[char], e: usize, key: &str) -> bool {
    let mut buf = [' '; 8];
    let window = &chars[e.min(chars.len())..(e + 8).min(chars.len())];
    for (k, &c) in window.iter().enumerate() {
        buf[k] = lower_char(c);
    }
    let next = &buf[..window.len()];
    let starts =
        |p: &str| next.len() >= p.chars().count() && p.chars().zip(next.iter()).all(|(a, &b)| a == b);
    // The next word, after one space.
    let next_word = |ws: &[&str]| {
        ws.iter().any(|w| {
            let n = w.chars().count();
            next.first() == Some(&' ')
                && next.len() > n
                && w.chars().zip(next[1..].iter()).all(|(a, &b)| a == b)
                && !next.get(n + 1).is_some_and(|c| is_word(*c))
        })
    };
    let digit_next = next.len() >= 2 && next[0] == ' ' && next[1].is_ascii_digit();
    match key {
        "#" => {
            matches!(next.first(), Some('/' | '.' | '-' | ':' | 'h' | '–'))
                || [" /", " -", " –", " giờ", " tháng", " năm"].iter().any(|p| starts(p))
        }
        "ngày" | "tháng" | "quý" => next.len() >= 2 && next[0] == ' ' && is_word(next[1]),
        "năm" => digit_next || next_word(&["học"]),
        "từ" => digit_next || next_word(&["ngày", "tháng", "năm", "nay"]),
        "những" | "các" => digit_next || next_word(&["tháng", "ba", "sáu", "chín"]),
        "ba" | "sáu" | "chín" => next_word(&["tháng"]),
        "đầu" | "cuối" | "giữa" => next_word(&["năm", "tháng"]),
        "cùng" => next_word(&["kỳ", "ngày"]),
        "rạng" | "sáng" | "chiều" | "trưa" | "tối" | "đêm" => {
            digit_next || next_word(&["nay", "qua", "ngày", "cùng", "sáng"])
        }
        "nhiệm" | "nghiệm" | "giai" | "thời" | "niên" => next_word(&["kỳ", "đoạn", "khóa", "độ"]),
        "khóa" => next.first() == Some(&' ') && chars.get(e + 1).is_some_and(|c| c.is_ascii_uppercase()),
        _ => digit_next,
    }
}

/// A letter or digit; quick for ASCII and the Vietnamese Latin blocks. (Shared by the DATE, DOCUMENT and
/// LOCATION recognisers.)
#[inline]
pub(super) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{c0}'..='\u{24f}').contains(&c) {
        c != '×' && c != '÷'
    } else if ('\u{1e00}'..='\u{1eff}').contains(&c) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// The upper case of a lower-case Vietnamese or Latin letter (`đ` → `Đ`, `ế` → `Ế`); any other code point as
/// it is. (Not `char::to_uppercase`: its Unicode table would be about 6 KB more of the page's wasm.)
pub(crate) fn upper_letter(c: char) -> char {
    let u = c as u32;
    let upper = match u {
        0x61..=0x7a => u - 0x20,
        0xe0..=0xfe if u != 0xf7 => u - 0x20,
        0x101..=0x12f | 0x133..=0x137 | 0x14b..=0x177 if u & 1 == 1 => u - 1,
        0x13a..=0x148 if u & 1 == 0 => u - 1,
        0x1a1 | 0x1b0 => u - 1,
        0x1ea1..=0x1ef9 if u & 1 == 1 => u - 1,
        _ => u,
    };
    char::from_u32(upper).unwrap_or(c)
}

/// The lower case of one code point, quick for ASCII and the Vietnamese letters (`Đ`, `Ư`, `Ế` …); a
/// code point whose lower case is several is left alone.
#[inline]
pub(crate) fn lower_char(c: char) -> char {
    let u = c as u32;
    let lower = match u {
        0x41..=0x5a => u + 0x20,
        0..=0x7f => u,
        0xc0..=0xde if u != 0xd7 => u + 0x20,
        0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 if u & 1 == 0 => u + 1,
        0x1a0 | 0x1af => u + 1,
        0x1ea0..=0x1ef9 if u & 1 == 0 => u + 1,
        0x1ea0..=0x1ef9 | 0xdf..=0xff | 0x100..=0x12f | 0x132..=0x137 | 0x14a..=0x177 | 0x1a1 | 0x1b0 => u,
        _ => {
            let mut l = c.to_lowercase();
            return match (l.next(), l.next()) {
                (Some(x), None) => x,
                _ => c,
            };
        }
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The code points `w` lower-cased ([`lower_char`]), as the bytes of their UTF-8 written into `buf` (no
/// allocation), to be compared with a string's bytes; `None` when they do not fit, i.e. when they are longer
/// than every short word they are compared with.
pub(crate) fn lower_into<'b>(w: &[char], buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let mut n = 0;
    for &c in w {
        let l = lower_char(c);
        let len = l.len_utf8();
        if n + len > buf.len() {
            return None;
        }
        l.encode_utf8(&mut buf[n..n + len]);
        n += len;
    }
    Some(&buf[..n])
}

/// An upper-case letter (quick for the Vietnamese ones).
#[inline]
pub(super) fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        lower_char(c) != c
    }
}

/// Words a date expression can start with (besides a number).
const START_WORDS: &[&str] = &[
    "từ", "ngày", "tháng", "năm", "quý", "nhiệm", "nghiệm", "giai", "thời", "niên", "những", "các", "ba",
    "sáu", "chín", "đầu", "cuối", "giữa", "cùng", "rạng", "sáng", "chiều", "trưa", "tối", "đêm", "trước",
    "sau", "đến", "vào", "hết", "dịp", "tới", "hạn", "lúc", "nhất", "khóa",
];

/// The start words as code points, bucketed by first code point and length (a quick look-up per word of the
/// text), each with the shapes that can start with it (their indexes in [`SHAPES`], in order): found once,
/// rather than by comparing the start word with every shape's words at each start.
type Bucket = Vec<(Vec<char>, &'static str, Vec<u8>)>;

/// The bucket of a (lowercase) word of at most 7 code points: its first code point and its length.
fn start_bucket(first: char, len: usize) -> usize {
    (first as usize % 32) * 8 + len
}

/// The buckets of the start words, and the shapes that start with a number.
fn start_words() -> &'static (Vec<Bucket>, Vec<u8>) {
    static W: OnceLock<(Vec<Bucket>, Vec<u8>)> = OnceLock::new();
    W.get_or_init(|| {
        let mut buckets: Vec<Bucket> = vec![Vec::new(); 256];
        for w in START_WORDS {
            let cs: Vec<char> = w.chars().collect();
            buckets[start_bucket(cs[0], cs.len())].push((cs, *w, Vec::new()));
        }
        // Each shape goes to the start words it can start with, in the order of the shapes.
        let mut numbers = Vec::new();
        for (k, (keys, _)) in SHAPES.iter().enumerate() {
            for &key in *keys {
                let first = key.chars().next().unwrap_or(' ');
                let bucket = &mut buckets[start_bucket(first, key.chars().count())];
                match bucket.iter_mut().find(|(_, w, _)| *w == key) {
                    Some((_, _, shapes)) => shapes.push(k as u8),
                    None if key == "#" => numbers.push(k as u8),
                    None => {}
                }
            }
        }
        (buckets, numbers)
    })
}

/// Where a date may start, as (start, end of its word, start word, its shapes): a number, or a start word with
/// a number close after it (`cùng ngày` and `khóa XII` need none). `words` are the runs of letters and digits
/// (`super::word_runs`).
type Start = (usize, usize, &'static str, &'static [u8]);

fn starts(chars: &[char], words: &[(usize, usize, u64)]) -> Vec<Start> {
    let (start_words, number_shapes) = start_words();
    let mut out = Vec::new();
    // The first digit at or after the current word's end (the words are read forward, so it only moves on).
    let mut digit = 0;
    for &(i, e, _) in words {
        let c = chars[i];
        if c.is_ascii_digit() {
            out.push((i, e, "#", number_shapes.as_slice()));
        } else if e - i <= 6 {
            let mut buf = [' '; 6];
            buf[0] = if c.is_ascii() { c.to_ascii_lowercase() } else { lower_char(c) };
            // (Most words' first letter and length fill no bucket, and most others' last letter rules them
            // out: they need no more lowering.)
            let bucket = &start_words[start_bucket(buf[0], e - i)];
            if bucket.is_empty() || {
                let l = chars[e - 1];
                let last = if l.is_ascii() { l.to_ascii_lowercase() } else { lower_char(l) };
                bucket.iter().all(|(k, _, _)| k[k.len() - 1] != last)
            } {
                continue;
            }
            for (k, &c) in chars[i..e].iter().enumerate().skip(1) {
                buf[k] = if c.is_ascii() { c.to_ascii_lowercase() } else { lower_char(c) };
            }
            let w = &buf[..e - i];
            // (Code point by code point: the words are too short for a `memcmp` call to pay.)
            let found = bucket.iter().find(|(k, _, _)| k.iter().eq(w));
            if let Some(&(_, key, ref shapes)) = found {
                if digit < e {
                    digit = e + chars[e..].iter().position(char::is_ascii_digit).unwrap_or(chars.len() - e);
                }
                let near = digit < (e + 49).min(chars.len());
                let next = &chars[(e + 1).min(chars.len())..(e + 5).min(chars.len())];
                let cung = next.len() == 4 && next.iter().map(|&c| lower_char(c)).eq("cùng".chars());
                if near || key == "cùng" || key == "khóa" || cung {
                    out.push((i, e, key, shapes.as_slice()));
                }
            }
        }
    }
    out
}

/// One end of a date: what the text states.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Point {
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    time: Option<(u32, u32)>,
    now: bool,
}

impl Point {
    fn iso(&self, year: Option<u32>) -> Option<String> {
        if self.now {
            return Some("..".into());
        }
        if let (Some((h, mi)), None, None) = (self.time, self.day, self.month) {
            // A time of day alone (`lúc 8 giờ`).
            return Some(format!("T{h:02}:{mi:02}"));
        }
        let y = self.year.or(year)?;
        let mut s = match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        };
        if let (Some((h, mi)), Some(_)) = (self.time, self.day) {
            s.push_str(&format!("T{h:02}:{mi:02}"));
        }
        Some(s)
    }
}

/// A token of a date expression, for reading its value.
#[derive(Clone, Debug, PartialEq)]
enum Tok {
    /// A number and how many digits it was written with.
    Num(u32, usize),
    /// A word, lower-cased.
    Word(String),
    /// `/`, `-`, `.`, `:` or a dash.
    Sep(char),
}

fn tokens(cs: &[char]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_ascii_digit() {
            let st = i;
            while i < cs.len() && cs[i].is_ascii_digit() {
                i += 1;
            }
            // (The value as `str::parse` reads it: 0 when it overflows.)
            let n = cs[st..i]
                .iter()
                .try_fold(0u32, |n, &c| n.checked_mul(10)?.checked_add(c as u32 - '0' as u32))
                .unwrap_or(0);
            out.push(Tok::Num(n, i - st));
        } else if c.is_alphabetic() {
            let st = i;
            while i < cs.len() && cs[i].is_alphabetic() {
                i += 1;
            }
            out.push(Tok::Word(cs[st..i].iter().flat_map(|c| c.to_lowercase()).collect()));
        } else {
            if matches!(c, '/' | '-' | '.' | ':' | '–' | '—') {
                out.push(Tok::Sep(c));
            }
            i += 1;
        }
    }
    out
}

/// A time joins the day before it, else it is a point of its own (`từ 7 giờ 30 đến 18 giờ`).
fn add_time(out: &mut Vec<Point>, t: (u32, u32)) {
    match out.last_mut() {
        Some(p) if p.time.is_none() && p.day.is_some() => p.time = Some(t),
        _ => out.push(Point { time: Some(t), ..Point::default() }),
    }
}

/// The stated points of a date expression, in order (a time joins the day before or after it).
fn points(s: &[char]) -> (Vec<Point>, Option<u32>) {
    let t = tokens(s);
    let mut out: Vec<Point> = Vec::new();
    let mut quarter = None;
    let word = |i: usize, w: &str| matches!(t.get(i), Some(Tok::Word(x)) if x == w);
    let num = |i: usize| match t.get(i) {
        Some(Tok::Num(n, len)) => Some((*n, *len)),
        _ => None,
    };
    let year_at = |i: usize| num(i).filter(|&(_, len)| len == 4).map(|(n, _)| n);
    let date_sep = |i: usize| matches!(t.get(i), Some(Tok::Sep('/' | '-' | '.')));
    let mut i = 0;
    while i < t.len() {
        if word(i, "quý") {
            quarter = Some(match t.get(i + 1) {
                Some(Tok::Word(r)) => match r.as_str() {
                    "i" => 1,
                    "ii" => 2,
                    "iii" => 3,
                    _ => 4,
                },
                Some(Tok::Num(n, _)) => (*n).clamp(1, 4),
                _ => 1,
            });
            let y = if date_sep(i + 2) || word(i + 2, "năm") { year_at(i + 3) } else { None };
            out.push(Point { year: y, ..Point::default() });
            i += if y.is_some() { 4 } else { 2 };
        } else if word(i, "tháng") && num(i + 1).is_some_and(|(m, _)| (1..=12).contains(&m)) {
            let m = num(i + 1).map(|(m, _)| m);
            let y = if date_sep(i + 2) || word(i + 2, "năm") { year_at(i + 3) } else { None };
            out.push(Point { month: m, year: y, ..Point::default() });
            i += if y.is_some() { 4 } else { 2 };
        } else if word(i, "nay") && i > 0 && (word(i - 1, "đến") || word(i - 1, "từ")) {
            out.push(Point { now: true, ..Point::default() });
            i += 1;
        } else if let Some((n, len)) = num(i) {
            if len == 4 {
                out.push(Point { year: Some(n), ..Point::default() });
                i += 1;
            } else if word(i + 1, "tháng") && num(i + 2).is_some() {
                let y = if word(i + 3, "năm") { year_at(i + 4) } else { None };
                out.push(Point { day: Some(n), month: num(i + 2).map(|x| x.0), year: y, ..Point::default() });
                i += if y.is_some() { 5 } else { 3 };
            } else if word(i + 1, "giờ") {
                let mi = num(i + 2).map_or(0, |x| x.0);
                add_time(&mut out, (n, mi));
                i += if num(i + 2).is_some() { 3 } else { 2 };
            } else if matches!(t.get(i + 1), Some(Tok::Sep(':'))) || word(i + 1, "h") {
                add_time(&mut out, (n, num(i + 2).map_or(0, |x| x.0)));
                i += if num(i + 2).is_some() { 3 } else { 2 };
            } else if date_sep(i + 1) && num(i + 2).is_some() {
                let (k, klen) = num(i + 2).unwrap_or((0, 0));
                if klen == 4 {
                    out.push(Point { month: Some(n), year: Some(k), ..Point::default() });
                    i += 3;
                } else if k > 12 {
                    out.push(Point { day: Some(n), ..Point::default() });
                    i += 2;
                } else {
                    let y = if date_sep(i + 3) { year_at(i + 4) } else { None };
                    out.push(Point { day: Some(n), month: Some(k), year: y, ..Point::default() });
                    i += if y.is_some() { 5 } else { 3 };
                }
            } else if word(i + 1, "đến") || matches!(t.get(i + 1), Some(Tok::Sep(_))) {
                out.push(Point { day: Some(n), ..Point::default() });
                i += 1;
            } else {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    // `14 giờ ngày 5/7`: a time before its day belongs to it.
    if out.len() == 2
        && out[0].time.is_some()
        && out[0].day.is_none()
        && out[0].month.is_none()
        && out[1].day.is_some()
    {
        out[1].time = out[0].time;
        out.remove(0);
    }
    // The first end borrows what it leaves out from the second (`5-5 đến 10-5-2017`, `15 - 18/4/2017`).
    if out.len() == 2 && !out[1].now && !out[0].now {
        let (a, b) = (out[0], out[1]);
        if a.day.is_some() && a.month.is_none() {
            out[0].month = b.month;
        }
        if a.year.is_none() && (a.month.is_some() || out[0].month.is_some()) {
            out[0].year = b.year;
        }
    }
    (out, quarter)
}

/// Finds DATE candidates in the normalised text, whose runs of letters and digits are `words`
/// (`super::word_runs`).
pub(crate) fn recognize(chars: &[char], words: &[(usize, usize, u64)]) -> Vec<Candidate> {
    let mut found: Vec<(usize, usize, &'static str)> = Vec::new();
    let mut done = 0;
    // The lowercase of the text from `low_at` on, as far as the last window reached: the windows of nearby
    // starts overlap, and what two of them share is lowered once.
    let mut low: Vec<char> = Vec::with_capacity(120);
    let mut low_at = 0;
    for (pos, word_end, key, shapes) in starts(chars, words) {
        if pos < done || !plausible(chars, word_end, key) {
            continue;
        }
        // The window: the 120 code points from `pos`, lowered; what lies before it is dropped.
        let end = (pos + 120).min(chars.len());
        let drop = pos.saturating_sub(low_at).min(low.len());
        low.drain(..drop);
        if pos < low_at {
            low.clear();
        }
        low_at = pos;
        // (ASCII, most of the window, lowered inline.)
        low.extend(chars[(pos + low.len()).min(end)..end].iter().map(|&c| {
            if c.is_ascii() {
                c.to_ascii_lowercase()
            } else {
                lower_char(c)
            }
        }));
        let window = &low[..];
        let Some((whole_end, bare)) = match_shapes(window, shapes) else { continue };
        let (m_start, m_end, rule) = match bare {
            Some((bs, be)) => (pos + bs, pos + be, "date.after_cue"),
            None => (pos, pos + whole_end, "date.pattern"),
        };
        // A bracketed day needs its opening bracket.
        if key == "#" && rule == "date.after_cue" && (pos == 0 || chars[pos - 1] != '(') {
            continue;
        }
        let (s, e) = (m_start, m_end);
        // Not part of a number or a code (`08/2016/NĐ-CP`, `1.500`).
        let before = s.checked_sub(1).map(|i| chars[i]);
        let after = chars.get(e).copied();
        if before
            .is_some_and(|b| is_word(b) || b == '/' || b == '.' && s >= 2 && chars[s - 2].is_ascii_digit())
            || after.is_some_and(|a| {
                is_word(a)
                    || a == '/'
                    || (a == '.' || a == ',') && chars.get(e + 1).is_some_and(|n| n.is_ascii_digit())
            })
        {
            continue;
        }
        done = pos + whole_end;
        let rule = if lower_starts_with(&chars[s..e], "khóa") {
            // A term is written in capital Roman numerals (`khóa XII`), not `khóa lịch`.
            if !chars[s..e].iter().skip(5).all(|c| c.is_ascii_uppercase()) {
                continue;
            }
            "date.term_party"
        } else {
            rule
        };
        found.push((s, e, rule));
    }

    // Values, with the year taken from the context.
    let parsed: Vec<(Vec<Point>, Option<u32>)> =
        found.iter().map(|&(s, e, _)| points(&chars[s..e])).collect();
    let first_year = parsed.iter().flat_map(|(p, _)| p.iter()).find_map(|p| p.year);
    let mut ctx_year = None;
    let mut last_day: Option<Point> = None;
    let mut out = Vec::with_capacity(found.len());
    for ((s, e, rule), (pts, quarter)) in found.into_iter().zip(parsed) {
        let year = ctx_year.or(first_year);
        let value: Option<String> = if rule == "date.term_party" {
            None
        } else if chars[s..e].windows(9).any(|w| lower_starts_with(w, "cùng ngày")) {
            last_day.and_then(|p| p.iso(year))
        } else if let Some(q) = quarter {
            let y = pts.first().and_then(|p| p.year).or(year);
            y.map(|y| format!("{y:04}-{:02}/{y:04}-{:02}", q * 3 - 2, q * 3))
        } else {
            match pts.as_slice() {
                [p] => p.iso(year),
                [a, b, ..] => {
                    let y2 = b.year.or(year);
                    match (a.iso(a.year.or(y2)), b.iso(y2)) {
                        (Some(x), Some(y)) => Some(format!("{x}/{y}")),
                        _ => None,
                    }
                }
                [] => None,
            }
        };
        // A term or period (`nhiệm kỳ 2025-2030`, `giai đoạn 2021-2025`) or a target year (`đến năm 2030`) is
        // not the year the article's later dates fall in.
        let years_only = pts.iter().all(|p| p.month.is_none());
        let period = years_only && (pts.len() >= 2 || is_target_year(&chars[..s]));
        if let Some(y) = pts.iter().rev().find_map(|p| p.year).filter(|_| !period) {
            ctx_year = Some(y);
        }
        if let Some(p) = pts.iter().rev().find(|p| p.day.is_some()) {
            let mut p = *p;
            p.year = p.year.or(year);
            p.time = None;
            last_day = Some(p);
        }
        out.push(Candidate { start: s, end: e, label: Label::Date, rule, value: value.map(Value::String) });
    }
    out
}

/// Does the text before a year-only date make it a target (`đến năm 2030`, `tầm nhìn 2045`)?
fn is_target_year(before: &[char]) -> bool {
    let tail = &before[before.len().saturating_sub(12)..];
    let tail = &tail[..tail.iter().rposition(|c| !c.is_whitespace()).map_or(0, |i| i + 1)];
    ["đến", "tới", "tầm nhìn", "hướng tới", "trước"].iter().any(|w| {
        let n = w.chars().count();
        tail.len() >= n && lower_starts_with(&tail[tail.len() - n..], w)
    })
}

/// Do the code points `cs`, in lower case, start with `w` (lower-case)? (Without writing the lowercase.)
fn lower_starts_with(cs: &[char], w: &str) -> bool {
    let mut cs = cs.iter();
    w.chars().all(|c| cs.next().is_some_and(|&x| lower_char(x) == c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (sentence, expected (surface, value) spans in order; "" for no value)
    fn check(rows: &[(&str, &[(&str, &str)])]) {
        for (sentence, expected) in rows {
            let chars: Vec<char> = sentence.chars().collect();
            let got: Vec<(String, String)> = recognize(&chars, &crate::recognizers::words_of(&chars))
                .into_iter()
                .map(|c| {
                    (
                        chars[c.start..c.end].iter().collect(),
                        c.value.as_ref().and_then(Value::as_str).unwrap_or("").to_string(),
                    )
                })
                .collect();
            let want: Vec<(String, String)> =
                expected.iter().map(|(s, v)| (s.to_string(), v.to_string())).collect();
            assert_eq!(got, want, "in {sentence:?}");
        }
    }

    #[test]
    fn days_with_part_of_day_or_ngay() {
        check(&[
            (
                "Chiều 22/2, Ban chỉ đạo tổ chức Hội nghị năm 2023.",
                &[("Chiều 22/2", "2023-02-22"), ("năm 2023", "2023")],
            ),
            (
                "Sáng nay, 18-5, Ban Bí thư Trung ương Đảng tổ chức năm 2017",
                &[("Sáng nay, 18-5", "2017-05-18"), ("năm 2017", "2017")],
            ),
            ("Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư", &[("ngày 07/01/2019", "2019-01-07")]),
            ("Ngày 25.5, tại TP.Quy Nhơn", &[("Ngày 25.5", "")]),
            (
                "Nghị quyết số 170/2024/QH15 ngày 30 tháng 11 năm 2024 của Quốc hội",
                &[("ngày 30 tháng 11 năm 2024", "2024-11-30")],
            ),
            ("nhân dịp 30 tháng 4 năm 2025", &[("30 tháng 4 năm 2025", "2025-04-30")]),
            ("Ngày đăng: 02/06/2025 18:55", &[("02/06/2025 18:55", "2025-06-02T18:55")]),
            ("Ngày 9 / 7, Đoàn công tác", &[("Ngày 9 / 7", "")]),
        ]);
    }

    #[test]
    fn cue_words_stay_outside() {
        check(&[
            ("báo cáo Bộ Chính trị trước ngày 30/6/2017.", &[("ngày 30/6/2017", "2017-06-30")]),
            (
                "sắp xếp cấp xã trước 15/7/2025, cấp tỉnh trước 15/8",
                &[("15/7/2025", "2025-07-15"), ("15/8", "2025-08-15")],
            ),
            ("đi vào hoạt động từ 1/7/2025; nghiêm cấm", &[("1/7/2025", "2025-07-01")]),
            ("quy hoạch cán bộ đến năm 2020 và những năm tiếp theo", &[("năm 2020", "2020")]),
            ("Trong năm 2017, Đoàn kiểm tra", &[("năm 2017", "2017")]),
            (
                "Sinh năm 1964, từ năm 1992, đến năm 1996 được kết nạp",
                &[("năm 1964", "1964"), ("năm 1992", "1992"), ("năm 1996", "1996")],
            ),
            ("Hôm nay (18/5), tại Hà Nội, Ban Bí thư", &[("18/5", "")]),
            ("Sáng nay (18/5), tại Hà Nội", &[("Sáng nay (18/5)", "")]),
            // A bare day/month without a cue is a fraction or a score, not a date.
            ("tỷ lệ 3/4 số xã", &[]),
        ]);
    }

    #[test]
    fn ranges_keep_tu_and_den() {
        check(&[
            (
                "toàn khóa, từ ngày 5-5 đến 10-5-2017, tại Thủ đô",
                &[("từ ngày 5-5 đến 10-5-2017", "2017-05-05/2017-05-10")],
            ),
            (
                "Từ ngày 27 đến ngày 30-6-2017, tại Hà Nội",
                &[("Từ ngày 27 đến ngày 30-6-2017", "2017-06-27/2017-06-30")],
            ),
            ("kiêm trưởng thôn từ năm 2012 đến nay.", &[("từ năm 2012 đến nay", "2012/..")]),
            ("Thời gian kiểm tra là từ tháng 6/2012 đến nay.", &[("từ tháng 6/2012 đến nay", "2012-06/..")]),
            (
                "máy và đơn vị hành chính từ nay đến ngày 30/6/2025;",
                &[("từ nay đến ngày 30/6/2025", "../2025-06-30")],
            ),
            (
                "Trước đó, ngày 15 - 18/4/2017, Đoàn kiểm tra",
                &[("ngày 15 - 18/4/2017", "2017-04-15/2017-04-18")],
            ),
            (
                "làm việc với Bộ từ ngày 30/5-7/6. Nêu rõ năm 2017",
                &[("từ ngày 30/5-7/6", "2017-05-30/2017-06-07"), ("năm 2017", "2017")],
            ),
            ("Điện Quang (tháng 1/2004 - 5/2010), đồng chí", &[("tháng 1/2004 - 5/2010", "2004-01/2010-05")]),
            ("Quốc khánh (2/9/1945 - 2/9/2025)", &[("2/9/1945 - 2/9/2025", "1945-09-02/2025-09-02")]),
            (
                "mở cửa từ 7 giờ 30 phút đến 18 giờ 30 phút hằng ngày",
                &[("từ 7 giờ 30 phút đến 18 giờ 30 phút", "T07:30/T18:30")],
            ),
            (
                "Sáng mai, lúc 8 giờ, các đại biểu dự họp năm 2015",
                &[("8 giờ", "T08:00"), ("năm 2015", "2015")],
            ),
            ("Lúc 14 giờ ngày 5/7/2017, tại Hà Nội", &[("14 giờ ngày 5/7/2017", "2017-07-05T14:00")]),
            (
                "Từ tháng 3.2013 đến tháng 2.2016, từ một giáo viên",
                &[("Từ tháng 3.2013 đến tháng 2.2016", "2013-03/2016-02")],
            ),
        ]);
    }

    #[test]
    fn terms_periods_and_quarters() {
        check(&[
            ("Chủ tịch UBND tỉnh Yên Bái nhiệm kỳ 2016 - 2021.", &[("nhiệm kỳ 2016 - 2021", "2016/2021")]),
            ("tăng trưởng giai đoạn 2026 - 2030, Thủ tướng", &[("giai đoạn 2026 - 2030", "2026/2030")]),
            ("Năm học 2015-2016, kết quả học sinh giỏi", &[("Năm học 2015-2016", "2015/2016")]),
            ("kế hoạch năm 2017 - 2018 của tỉnh", &[("năm 2017 - 2018", "2017/2018")]),
            ("Đề án tổng kết 15 năm (2002 - 2017) thực hiện", &[("2002 - 2017", "2002/2017")]),
            (
                "diễn biến những tháng cuối năm 2021 và đầu năm 2022 vẫn",
                &[("những tháng cuối năm 2021", "2021"), ("đầu năm 2022", "2022")],
            ),
            (
                "6 tháng đầu năm 2017, thu ngân sách tăng so với cùng kỳ năm 2016",
                &[("6 tháng đầu năm 2017", "2017"), ("cùng kỳ năm 2016", "2016")],
            ),
            ("hoàn thành trong quý I/2023", &[("quý I/2023", "2023-01/2023-03")]),
            // Decided cases: `6 tháng đầu năm` is a DATE; `cùng kỳ năm ngoái` is optional, offered without a value.
            (
                "kết quả 6 tháng đầu năm, tăng so với cùng kỳ năm ngoái",
                &[("6 tháng đầu năm", ""), ("cùng kỳ năm ngoái", "")],
            ),
            ("cải cách diễn ra vào tháng 7 năm ngoái, Thủ tướng", &[("tháng 7 năm ngoái", "")]),
            ("Quốc hội khóa XV (tháng 10 năm 2025)", &[("khóa XV", ""), ("tháng 10 năm 2025", "2025-10")]),
        ]);
    }

    #[test]
    fn year_from_context() {
        check(&[
            (
                "Ngày 18/11/2016, Chính phủ ban hành. Chiều cùng ngày, Thủ tướng họp. Sáng 8/2, Tỉnh ủy",
                &[
                    ("Ngày 18/11/2016", "2016-11-18"),
                    ("Chiều cùng ngày", "2016-11-18"),
                    ("Sáng 8/2", "2016-02-08"),
                ],
            ),
            // regression: a term's last year (2030) was given to the month that followed.
            (
                "Ngày 5/6/2025, Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030 và Chiến lược đến năm 2045 được bàn; \
                 tháng 9 sẽ họp.",
                &[
                    ("Ngày 5/6/2025", "2025-06-05"),
                    ("nhiệm kỳ 2025-2030", "2025/2030"),
                    ("năm 2045", "2045"),
                    ("tháng 9", "2025-09"),
                ],
            ),
            // No year earlier: the first year of the article.
            (
                "Sáng 8/2, Tỉnh ủy tổ chức hội nghị tổng kết năm 2017.",
                &[("Sáng 8/2", "2017-02-08"), ("năm 2017", "2017")],
            ),
        ]);
    }

    #[test]
    fn quick_case_helpers_agree_with_the_standard_library() {
        for c in ('\0'..='\u{2000}').chain('\u{1e00}'..='\u{1eff}') {
            let mut l = c.to_lowercase();
            let want = match (l.next(), l.next()) {
                (Some(x), None) => x,
                _ => c,
            };
            assert_eq!(lower_char(c), want, "{c:?}");
            assert_eq!(is_word(c), c.is_alphanumeric(), "{c:?}");
        }
        assert!(is_upper('Đ') && is_upper('Ư') && is_upper('Ế') && !is_upper('đ') && !is_upper('1'));
        // Every Vietnamese lower-case letter (and the Latin ones around them) upper-cases as the standard
        // library does.
        for c in ('a'..='z').chain('\u{e0}'..='\u{1b0}').chain('\u{1ea1}'..='\u{1ef9}') {
            let mut u = c.to_uppercase();
            let want = match (u.next(), u.next()) {
                (Some(x), None) if lower_char(x) == c => x,
                _ => c,
            };
            if c.is_lowercase()
                && !['\u{ff}', '\u{131}', '\u{138}', '\u{149}', '\u{17f}'].contains(&c)
                && (c as u32) < 0x178
                || ('\u{1ea1}'..='\u{1ef9}').contains(&c)
                || c == 'ơ'
                || c == 'ư'
            {
                assert_eq!(upper_letter(c), want, "{c:?}");
            }
        }
    }

    #[test]
    fn codes_and_numbers_are_not_dates() {
        check(&[
            ("Nghị định số 08/2016/NĐ-CP về số lượng", &[]),
            ("Công văn số 4755/VPCP-CN", &[]),
            ("thu 1.500 tỷ đồng", &[]),
        ]);
    }
}

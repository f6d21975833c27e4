//! Administrative units before and after the 1 July 2025 reorganisation, with the old→new mapping.
//!
//! Data: `data/admin/provinces.tsv` (the 63 provinces before 1 July 2025, each with the one of the 34 new
//! provinces it belongs to now) and `data/admin/districts.tsv` (the district-level units abolished on that
//! day, with their old province), extracted from the PyPI package `vietnamadminunits` 1.0.4 (MIT); see
//! `data/admin/PROVENANCE.md`. Names are NFC with the tone on the first vowel of a final oa/oe/uy
//! (`Khánh Hòa`), the form the engine's normaliser produces.

use std::sync::OnceLock;

use super::FastMap;

/// A province-level unit as it was before 1 July 2025.
#[derive(Debug)]
pub(crate) struct Province {
    /// Short name, without the level word (`Yên Bái`, `Hồ Chí Minh`).
    pub name: &'static str,
    /// A centrally governed city (`thành phố`) rather than a `tỉnh`.
    pub city: bool,
    /// The province it belongs to from 1 July 2025 (itself when it kept its name).
    pub now: &'static str,
}

impl Province {
    /// True when the unit was merged into another on 1 July 2025 (its name no longer names a province).
    pub(crate) fn merged(&self) -> bool {
        self.name != self.now
    }
}

/// A district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh), all abolished on 1 July 2025.
#[derive(Debug)]
pub(crate) struct District {
    /// Short name (`Tân Yên`, `Quận 7` keeps its level word because the name is a number).
    pub name: &'static str,
    /// `quận`, `huyện`, `thị xã` or `thành phố`.
    pub level: &'static str,
    /// Its province before 1 July 2025.
    pub province: &'static str,
}

struct Tables {
    provinces: Vec<Province>,
    districts: Vec<District>,
}

/// The look-ups by name, built on the first look-up: the engine's first call often needs only the lists (for
/// the lexicons of place names), not these.
struct ByName {
    by_province: FastMap<&'static str, usize>,
    /// By name, the first and the last district of that name.
    by_district: FastMap<&'static str, (usize, usize)>,
    /// For each district, the next one of the same name (`usize::MAX`: none).
    same_name: Vec<usize>,
}

/// The first three columns of each row of a table that has three or more; `#` starts a comment line.
fn rows(tsv: &'static str) -> impl Iterator<Item = [&'static str; 3]> {
    super::lines(tsv).filter(|l| super::is_row(l)).filter_map(|l| {
        let mut cols = super::columns(l);
        Some([cols.next()?, cols.next()?, cols.next()?])
    })
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let provinces: Vec<Province> = rows(include_str!("../../data/admin/provinces.tsv"))
            .map(|[name, level, now]| Province { name, city: level == "thành phố", now })
            .collect();
        let districts: Vec<District> = rows(include_str!("../../data/admin/districts.tsv"))
            .map(|[name, level, province]| District { name, level, province })
            .collect();
        Tables { provinces, districts }
    })
}

fn by_name() -> &'static ByName {
    static B: OnceLock<ByName> = OnceLock::new();
    B.get_or_init(|| {
        let Tables { provinces, districts } = tables();
        let by_province = provinces.iter().enumerate().map(|(i, p)| (p.name, i)).collect();
        let mut by_district: FastMap<&'static str, (usize, usize)> = FastMap::default();
        by_district.reserve(districts.len());
        let mut same_name = vec![usize::MAX; districts.len()];
        for (i, d) in districts.iter().enumerate() {
            let (_, last) = by_district.entry(d.name).or_insert((i, i));
            if *last != i {
                same_name[*last] = i;
                *last = i;
            }
        }
        ByName { by_province, by_district, same_name }
    })
}

/// The 63 province-level units before 1 July 2025.
pub(crate) fn provinces() -> &'static [Province] {
    &tables().provinces
}

/// The province-level unit of that short name (`Yên Bái`), before 1 July 2025.
pub(crate) fn province(name: &str) -> Option<&'static Province> {
    by_name().by_province.get(name).map(|&i| &tables().provinces[i])
}

/// Every district-level unit before 1 July 2025.
pub(crate) fn districts() -> &'static [District] {
    &tables().districts
}

/// The district-level units of that short name (several provinces have a `Châu Thành`).
pub(crate) fn districts_named(name: &str) -> impl Iterator<Item = &'static District> {
    let (b, t) = (by_name(), tables());
    let first = b.by_district.get(name).map(|&(first, _)| first);
    std::iter::successors(first, |&i| Some(b.same_name[i]).filter(|&n| n != usize::MAX))
        .map(|i| &t.districts[i])
}

/// The province a unit of the old province `old` belongs to from 1 July 2025.
pub(crate) fn new_province(old: &str) -> Option<&'static str> {
    province(old).map(|p| p.now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sixty_three_old_provinces_map_onto_thirty_four_new_ones() {
        assert_eq!(provinces().len(), 63);
        let mut now: Vec<&str> = provinces().iter().map(|p| p.now).collect();
        now.sort_unstable();
        now.dedup();
        assert_eq!(now.len(), 34);
        for n in now {
            assert!(province(n).is_some(), "{n} is a new province named after an old one");
        }
    }

    #[test]
    fn merged_provinces_point_to_their_new_province() {
        for (old, new) in [
            ("Yên Bái", "Lào Cai"),
            ("Hà Giang", "Tuyên Quang"),
            ("Bình Dương", "Hồ Chí Minh"),
            ("Hải Dương", "Hải Phòng"),
            ("Quảng Nam", "Đà Nẵng"),
            ("Kon Tum", "Quảng Ngãi"),
            ("Bình Định", "Gia Lai"),
            ("Khánh Hòa", "Khánh Hòa"),
            ("Hà Nội", "Hà Nội"),
        ] {
            assert_eq!(new_province(old), Some(new), "{old}");
        }
        assert!(province("Yên Bái").unwrap().merged());
        assert!(!province("Hà Nội").unwrap().merged());
        assert!(province("Hà Nội").unwrap().city);
    }

    #[test]
    fn districts_know_their_old_province() {
        let d: Vec<_> = districts_named("Tân Yên").collect();
        assert_eq!(d.len(), 1);
        assert_eq!((d[0].level, d[0].province), ("huyện", "Bắc Giang"));
        assert!(districts_named("Châu Thành").count() > 5);
        assert!(districts_named("Quận 7").any(|d| d.province == "Hồ Chí Minh"));
        assert!(districts().len() > 690);
    }
}

//! Countries, regions, seas and other names of provinces (`data/places/places.tsv`, written for this project;
//! see `data/places/PROVENANCE.md`).

use std::sync::OnceLock;

/// One named place that is not an administrative unit of the tables in `admin`.
#[derive(Debug)]
pub(crate) struct Place {
    /// The name as written (`Hoa Kỳ`, `Tây Nguyên`, `TPHCM`).
    pub name: &'static str,
    /// `quốc gia`, `vùng`, `tỉnh` (another name of a province), `tỉnh cũ`, `địa danh`.
    pub kind: &'static str,
    /// A short name that is also a common word or given name (`Anh`, `Đức`): needs context.
    pub risky: bool,
    /// For another name of a province, the province's short name (`TPHCM` → `Hồ Chí Minh`).
    pub province: Option<&'static str>,
}

/// Every place of the table.
pub(crate) fn places() -> &'static [Place] {
    static P: OnceLock<Vec<Place>> = OnceLock::new();
    P.get_or_init(|| {
        super::lines(include_str!("../../data/places/places.tsv"))
            .filter(|l| super::is_row(l))
            .filter_map(|l| {
                let mut f = super::columns(l);
                let name = f.next()?;
                let kind = f.next()?;
                let province = f.next().filter(|s| !s.is_empty());
                // (Risky: the kind ended with a `?`, which is trimmed off.)
                let trimmed = kind.trim_end_matches('?');
                Some(Place { name, kind: trimmed, risky: trimmed.len() != kind.len(), province })
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_regions_and_province_aliases_are_listed() {
        let find = |n: &str| places().iter().find(|p| p.name == n).unwrap();
        assert_eq!(find("Hoa Kỳ").kind, "quốc gia");
        assert!(find("Đức").risky);
        assert_eq!(find("Tây Nguyên").kind, "vùng");
        assert_eq!(find("TPHCM").province, Some("Hồ Chí Minh"));
    }
}

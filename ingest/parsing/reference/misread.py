"""A place name misread by OCR for one look-alike character (兰出区 for 兰山区), read within its province.

A name that is not in the national list may be a division's name with one character misread. It is read
as that division only when the report's text names exactly one province (directly, or through a
prefecture or province it names), and exactly one division of that province, valid in the report's
year, of the same length and the same ending (区, 县, 市, 旗) is one character away; where several are,
the prefecture the title names before the place (济南市莱芫区) must leave one. Otherwise it stays as
printed, not in the list, with its warning. The correction is always a warning naming both texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingest.parsing.reference import Resolved, _context_names, _mentions
from ingest.parsing.reference.divisions import Division, ancestors, by_code, divisions


@dataclass(frozen=True)
class Misread:
    printed: str
    place: Resolved
    note: str


def _province(code: str) -> str | None:
    d = by_code().get(code)
    if d is None:
        return None
    if d.tier == "province":
        return code
    return next((a.division_code for a in ancestors(code) if a.tier == "province"), None)


def provinces_named(*texts: str | None) -> set[str]:
    """The provinces the texts name: a province's name, or a prefecture's or province's short name."""
    out: set[str] = set()
    text = "\n".join(t for t in texts if t)
    for _, name in _mentions(text, _context_names()):
        out.update(p for c in _context_names()[name] if (p := _province(c)))
    return out


def read_back(name: str | None, year: int | None, *texts: str | None) -> Misread | None:
    """The one division `name` (not in the list) is a one-character misreading of, within the one
    province the texts name; None where that is not exactly one."""
    if not name or len(name) < 3:
        return None
    named = provinces_named(*texts)
    if len(named) != 1:
        return None
    province = next(iter(named))
    near: list[Division] = [
        d for d in divisions()
        if d.tier != "province" and len(d.name_zh) == len(name) and d.name_zh[-1] == name[-1]
        and sum(a != b for a, b in zip(d.name_zh, name, strict=True)) == 1
        and d.valid_in(year) and _province(d.division_code) == province
    ]  # fmt: skip
    within = by_code()[province].name_zh
    if len(near) > 1 and texts and texts[0]:
        # Several in the province (莱芫区: 莱芜区 in 济南市, 莱山区 in 烟台市): the prefecture the title
        # names before the place (济南市莱芫区) decides, if it leaves one.
        title = texts[0]
        named = {
            c for _, n in _mentions(title[: title.find(name)], _context_names()) for c in _context_names()[n]
        }
        in_named = [d for d in near if any(a.division_code in named for a in ancestors(d.division_code))]
        if len(in_named) == 1:
            within = next(a.name_zh for a in ancestors(in_named[0].division_code) if a.division_code in named)
        near = in_named
    if len(near) != 1:
        return None
    d = near[0]
    note = (
        f"place printed {name!r} is not in the national division list; read as {d.name_zh} "
        f"({d.division_code}), the one division of {within} (named by the report) one character away: "
        "an OCR look-alike. Check the title"
    )
    return Misread(name, Resolved(d.name_zh, d, None), note)

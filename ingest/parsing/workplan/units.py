"""Work-plan responsible units (责任单位): one cell of names split into one row per unit, with its role.

A cell lists units separated by 、 or ，. "X、Y牵头、Z配合" marks X and Y as leads (`lead`) and Z as
supporting (`support`): a marker names every unit since the previous marker. A cell without markers
lists plainly responsible units (`responsible`). "区发展改革局、区工业和信息化局等区政府有关部门（单位）"
names two bureaus and then the other departments (等 = "and other"), so it is split into three units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.parsing.text import squash

_SEPARATORS = re.compile(r"[、，,；;]")
_MARKERS = {"牵头": "lead", "配合": "support"}
_MARKER = re.compile(r"[（(]?(牵头|配合)[）)]?$")
# Names of government bodies end in one of these; anything else is not a unit list.
_UNIT_END = re.compile(
    r"(?:局|室|办|委|委员会|中心|馆|政府|法院|检察院|院|会|所|队|站|部|处|组|团|社|行|公司|集团|部门|单位|"
    r"街道|办事处|管委会|厅|署|台|校|镇|乡|[（(](?:单位|街道)[）)])$"
)
_GENERIC = {"部门", "单位", "有关部门", "相关部门", "有关单位", "相关单位"}
_MAX_NAME = 25


@dataclass(frozen=True)
class Unit:
    unit_zh: str
    role: str  # lead | support | responsible


def _names(part: str) -> list[str]:
    """One separated piece, split at 等 when both sides are unit names ("A局等区政府有关部门（单位）")."""
    left, sep, right = part.partition("等")
    if sep and _UNIT_END.search(left) and _UNIT_END.search(right) and right not in _GENERIC:
        return [left, *_names(right)]
    return [part]


def _pieces(text: str) -> list[tuple[str, str | None]]:
    """(name, marker role or None) for each piece of the cell, in order."""
    out: list[tuple[str, str | None]] = []
    for part in _SEPARATORS.split(squash(text)):
        if not part:
            continue
        marker = _MARKER.search(part)
        role = _MARKERS[marker.group(1)] if marker else None
        name = part[: marker.start()] if marker else part
        names = _names(name) if name else []
        out.extend((n, None) for n in names[:-1])
        out.append((names[-1] if names else "", role))
    return out


def looks_like_units(text: str) -> bool:
    """True for a cell that reads as a list of unit names (so it can be told from a requirement)."""
    if not text.strip() or "。" in text:
        return False
    pieces = _pieces(text)
    return bool(pieces) and all(
        name and len(name) <= _MAX_NAME and _UNIT_END.search(name) for name, _ in pieces
    )


def split_units(text: str) -> tuple[list[Unit], list[str]]:
    """The units of one cell with their roles, and notes on anything that could not be placed."""
    notes: list[str] = []
    units: list[Unit] = []
    pending: list[str] = []
    marked = False
    for name, role in _pieces(text):
        if name:
            pending.append(name)
        if role is not None:
            marked = True
            if not pending:
                notes.append(f"{role} marker with no unit before it")
            units.extend(Unit(n, role) for n in pending)
            pending = []
    if pending and marked:
        notes.append(
            f"{'、'.join(pending)} follow the last 牵头/配合 marker without one of their own; role "
            "`responsible` (not assumed to be lead or support)"
        )
    units.extend(Unit(n, "responsible") for n in pending)
    seen: set[Unit] = set()
    unique = [u for u in units if not (u in seen or seen.add(u))]
    return unique, notes

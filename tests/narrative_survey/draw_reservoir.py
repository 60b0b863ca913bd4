"""The reservoir family's draw (round 51 on): reports met in another place by earlier searches, never kept.

Why: by round 50 the department family's searches kept about one report in twenty (round 48: one in twelve).
Each search returns the drawn department of many places, and the keep rule takes only the drawn county's
city, so the other places' reports were named in the search lines ("五华县自然资源局 2020 (梅州)") and left.
They are real reports the grammar has never been tuned on, met by place-drawn searches, and their number grew
with every round. This script lists them once, in an order drawn by the round's seed, so that a round can
search them one by one:

    python tests/narrative_survey/draw_reservoir.py 51
    python tests/narrative_survey/draw_reservoir.py 51 --spent   # a sixth column: kept under another name

Columns: order, body (as the search line names it), year, place (as named in brackets), the first round file
naming it. A body + year that a round's `reports:` list holds (its body ending with the named body, the same
year) is left out; one named elsewhere as passed over for a reason other than another place is left to the
surveyor's grep, as the NEW rule of SURVEYING.md says. Only the files of earlier rounds are read, so a
round's list (and its numbers) stays the same while the round's own parts keep entries; the order of two
entries depends on them alone.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
# A body named in a search line, its report's year and, in brackets, the place it was left for: a body ends in
# a government or department word; the bracket holds a place's short name only (no other remark).
NAMED_ELSEWHERE = re.compile(
    r"(?:^|[ ,，;(])([\u4e00-\u9fff（）]{3,30}?"
    r"(?:局|委员会|委|办公室|厅|中心|人民政府|管委会|署|院|馆|站|队|办事处))"
    r" (20[012]\d) \(([\u4e00-\u9fff]{1,8})\)"
)


# Short names of departments as search lines print them, and the long names reports are kept under (round
# 51's and 52's surveyors found about one entry in five kept under the long form): folded before comparing.
SHORT_NAMES = {
    "卫健局": "卫生健康局",
    "卫健委": "卫生健康委员会",
    "人社局": "人力资源和社会保障局",
    "住建局": "住房和城乡建设局",
    "发改局": "发展和改革局",
    "文旅局": "文化和旅游局",
    "医保局": "医疗保障局",
    "市场监管局": "市场监督管理局",
    "城管局": "城市管理局",
    "林草局": "林业和草原局",
    "科技局": "科学技术局",
    "经信局": "经济和信息化局",
    "工信局": "工业和信息化局",
    "交通局": "交通运输局",
    "教体局": "教育和体育局",
    "政府办": "人民政府办公室",
    "政府办公室": "人民政府办公室",
}
# District names many cities share: a body named with one of them is matched only where the place agrees.
SHARED_DISTRICTS = (
    "市中区",
    "城关区",
    "新华区",
    "城厢区",
    "城区",
    "郊区",
    "矿区",
    "鼓楼区",
    "和平区",
    "河东区",
    "河西区",
    "西湖区",
    "铁西区",
    "铁东区",
    "白云区",
    "普陀区",
    "朝阳区",
    "长安区",
    "南山区",
    "永定区",
    "桥西区",
    "桥东区",
    "向阳区",
    "龙华区",
    "城中区",
    "江北区",
    "海州区",
    "新城区",
    "开发区",
)


def _round_of(path: Path) -> int:
    """reports.yaml is round 1's, reports_2.yaml round 2's, reports_N_x.yaml round N's."""
    parts = path.stem.split("_")
    return int(parts[1]) if len(parts) > 1 else 1


def _files(before: int | None = None) -> list[Path]:
    """The rounds' files (before round `before`: a round's own keeps never move its list's numbers)."""
    return sorted(p for p in HERE.glob("reports*.yaml") if before is None or _round_of(p) < before)


def _kept(path: Path, text: str) -> list[tuple[str, str, str, str]]:
    """(body, year, the words that place it, file name) of each report the round file keeps."""
    return [
        (
            str(report.get("body", "")),
            str(report.get("year")),
            f"{report.get('body', '')} {report.get('dept_of') or ''} {report.get('province', '')}",
            path.name,
        )
        for report in yaml.safe_load(text).get("reports") or []
    ]


def reservoir(before: int) -> dict[tuple[str, str], tuple[str, str]]:
    """(body, year) → (place, first file naming it), for bodies + years no round before `before` keeps."""
    named: dict[tuple[str, str], tuple[str, str]] = {}
    kept: list[tuple[str, str, str, str]] = []
    for path in _files(before):
        text = path.read_text(encoding="utf-8")
        kept += _kept(path, text)
        for line in text.splitlines():
            if line.startswith("#"):
                for match in NAMED_ELSEWHERE.finditer(line):
                    body, year, place = match.groups()
                    named.setdefault((body, year), (place, path.name))
    return {
        key: where
        for key, where in named.items()
        if not any(year == key[1] and (body.endswith(key[0]) or key[0] in body) for body, year, *_ in kept)
    }


def drawn(round_no: int) -> list[tuple[str, str, str, str]]:
    """The reservoir in round `round_no`'s order: sha256 of the round's seed, the body and the year."""
    seed = f"nianbao-issue-30-round-{round_no}"

    def order(key: tuple[str, str]) -> str:
        return hashlib.sha256(f"{seed}{key[0]}{key[1]}".encode()).hexdigest()

    found = reservoir(round_no)
    return [(body, year, *found[(body, year)]) for body, year in sorted(found, key=order)]


def _forms(body: str) -> set[str]:
    """The body as named and with its short department name spelt out."""
    forms = {body}
    for short, long in SHORT_NAMES.items():
        if body.endswith(short):
            forms.add(body[: -len(short)] + long)
    return forms


def kept_elsewhere(rows: list[tuple[str, str, str, str]]) -> list[str]:
    """Per row, "<file> <body>" of a report any round keeps for the same body (as named or spelt out) and
    year, or "": a surveyor confirms it by the kept entry and need not spend a search on it."""
    kept = [record for path in _files() for record in _kept(path, path.read_text(encoding="utf-8"))]
    found = []
    for body, year, place, _ in rows:
        forms = _forms(body)
        shared = body.startswith(SHARED_DISTRICTS)
        match = next(
            (
                f"{name} {kept_body}"
                for kept_body, kept_year, where, name in kept
                if kept_year == year
                and any(kept_body.endswith(form) for form in forms)
                and (not shared or place in where)
            ),
            "",
        )
        found.append(match)
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round_no", type=int)
    parser.add_argument("--spent", action="store_true", help="add a column: a report kept under another name")
    args = parser.parse_args(argv)
    rows = drawn(args.round_no)
    marks = kept_elsewhere(rows) if args.spent else [None] * len(rows)
    for n, (row, mark) in enumerate(zip(rows, marks, strict=True), start=1):
        sys.stdout.write("\t".join((str(n), *row, *([] if mark is None else [mark]))) + "\n")


if __name__ == "__main__":
    main()

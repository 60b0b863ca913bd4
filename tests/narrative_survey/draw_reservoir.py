"""The reservoir family's draw (round 51 on): reports met in another place by earlier searches, never kept.

Why: by round 50 the department family's searches kept about one report in twenty (round 48: one in twelve).
Each search returns the drawn department of many places, and the keep rule takes only the drawn county's
city, so the other places' reports were named in the search lines ("五华县自然资源局 2020 (梅州)") and left.
They are real reports the grammar has never been tuned on, met by place-drawn searches, and their number grew
with every round. This script lists them once, in an order drawn by the round's seed, so that a round can
search them one by one:

    python tests/narrative_survey/draw_reservoir.py 51
    python tests/narrative_survey/draw_reservoir.py 51 --spent   # a sixth column: kept or passed over

Columns: order, body (as the search line names it), year, place (as named in brackets), the first round file
naming it. A body + year that a round's `reports:` list holds (its body ending with the named body, the same
year) is left out; one named elsewhere as passed over for a reason other than another place is marked by
`--spent` where a header's words after it say so, and is otherwise left to the surveyor's grep, as the NEW
rule of SURVEYING.md says. Only the files of earlier rounds are read, so a
round's list (and its numbers) stays the same while the round's own parts keep entries; the order of two
entries depends on them alone.
"""

from __future__ import annotations

import argparse
import functools
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
    "应急局": "应急管理局",
    "营商局": "营商环境建设局",
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


@functools.cache
def _text(path: Path) -> str:
    """A round file's text, read once per process (the list and both marks read every file)."""
    return path.read_text(encoding="utf-8")


@functools.cache
def _kept(path: Path) -> list[tuple[str, str, str, str]]:
    """(body, year, the words that place it, file name) of each report the round file keeps."""
    loaded = yaml.load(_text(path), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return [
        (
            str(report.get("body", "")),
            str(report.get("year")),
            f"{report.get('body', '')} {report.get('dept_of') or ''} {report.get('province', '')}",
            path.name,
        )
        for report in loaded.get("reports") or []
    ]


def reservoir(before: int) -> dict[tuple[str, str], tuple[str, str]]:
    """(body, year) → (place, first file naming it), for bodies + years no round before `before` keeps."""
    named: dict[tuple[str, str], tuple[str, str]] = {}
    kept: list[tuple[str, str, str, str]] = []
    for path in _files(before):
        kept += _kept(path)
        for line in _text(path).splitlines():
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
    """The body as named and with its short department name spelt out (at its end or inside it, as in
    深圳市市场监管局龙华监管局)."""
    forms = {body}
    for short, long in SHORT_NAMES.items():
        if short in body and long not in body:
            forms.add(body.replace(short, long))
    return forms


def kept_elsewhere(rows: list[tuple[str, str, str, str]]) -> list[str]:
    """Per row, "<file> <body>" of a report any round keeps for the same body (as named or spelt out) and
    year, or "": a surveyor confirms it by the kept entry and need not spend a search on it."""
    kept = [record for path in _files() for record in _kept(path)]
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


# A body + year named in a header line; the words after it, up to the next body + year named or the line's
# KEPT count, say what became of it.
NAMED_WITH_YEAR = re.compile(r"([\u4e00-\u9fff（）]{3,30}) (20[012]\d)\b")
KEPT_COUNT = re.compile(r"\.? KEPT \d")
# Words that say the named report was not kept for a reason other than its place (or was kept): a cut
# opening, a summary, spent. "NEW" with no "but" after it is a report kept new, never a pass; a mirror passed
# over leaves the portal's own page to be searched.
PASSED_WORDS = re.compile(r"stops|cut|pass|spent|before any request|no request|summary")
NOT_A_PASS = re.compile(r"\bNEW\b(?!.*\bbut\b)|mirror")
PLACE_WORD = re.compile(r"[省市县区州旗盟镇乡]")


def _passed_lines() -> dict[str, list[tuple[str, str, str]]]:
    """Year → (body as named, file, the words after it) for each report a header names with a reason it
    was not kept (any round's file: a pass is spent for every later round)."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for path in _files():
        for line in _text(path).splitlines():
            if not line.startswith("#"):
                continue
            named = list(NAMED_WITH_YEAR.finditer(line))
            for match, following in zip(named, [*named[1:], None], strict=False):
                end = following.start() if following else len(line)
                words = KEPT_COUNT.split(line[match.end() : end])[0].strip(" ,;")
                if PASSED_WORDS.search(words) and not NOT_A_PASS.search(words):
                    found.setdefault(match.group(2), []).append((match.group(1), path.name, words))
    return found


def passed_over(rows: list[tuple[str, str, str, str]]) -> list[str]:
    """Per row, "passed: <file> <body as named> <why>" of a header naming the same body (one name the end
    of the other) and year as passed over, or "".

    Why: about one search in three of round 52's first 38 went to entries an earlier round had passed over
    as cut (the stored opening does not grow), named in free-text reasons the list's filter leaves to the
    surveyor's grep; the mark names the line to read instead of a search."""
    passed = _passed_lines()
    marks = []
    for body, year, place, _ in rows:
        forms = _forms(body)
        shared = body.startswith(SHARED_DISTRICTS)
        mark = ""
        for named, name, words in passed.get(year, []):
            if any(_same_body(named, form) for form in forms) and (not shared or place in named + words):
                mark = f"passed: {name} {named} {words[:100]}"
                break
        marks.append(mark)
    return marks


def _same_body(one: str, other: str) -> bool:
    """One name ends the other, and the shorter names a place (政府办公室 and 市审计局 name no body)."""
    short, longer = sorted((one, other), key=len)
    return len(short) >= 5 and longer.endswith(short) and PLACE_WORD.search(short) is not None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("round_no", type=int)
    parser.add_argument(
        "--spent", action="store_true", help="add a column: a report kept under another name, or passed over"
    )
    args = parser.parse_args(argv)
    rows = drawn(args.round_no)
    marks: list[str | None] = [None] * len(rows)
    if args.spent:
        marks = [kept or passed for kept, passed in zip(kept_elsewhere(rows), passed_over(rows), strict=True)]
    for n, (row, mark) in enumerate(zip(rows, marks, strict=True), start=1):
        sys.stdout.write("\t".join((str(n), *row, *([] if mark is None else [mark]))) + "\n")


if __name__ == "__main__":
    main()

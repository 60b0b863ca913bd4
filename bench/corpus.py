"""Synthetic reports for the benchmark: the seed reports with new numbers that keep every identity.

Each synthetic report is a seed report (data/raw/reports/2021_*.txt) with every value of its tables
replaced, on the line the seed prints it, by a random count. The numbers keep the identities the
template declares, so the checks see a consistent report: per applicant column, the outcome rows sum to
总计 and new + carried over = 总计 + carried forward; the 总计 column is the sum of the applicant
columns; each proceeding's parts sum to its 总计. Numbers are drawn per file, so every file (and every
report key) is unique and nothing is loaded as a duplicate. Each report is moved to a body of a county-level
division of the national reference (its district and city names replaced throughout) and to a year from
2021 to 2024. As in a real corpus, a body publishes one report a year: report i's body and year come from i
alone (`_body_year`), no two reports share them, and each body has its four years (so every report but
the first of a body has a prior to compare with). The bodies are each place's own government or office
first, then its departments (bench/departments.txt, the department's name put in the title), as many as
N needs: about 2,850 places × 41 bodies × 4 years (467,000 reports) before a body and year repeat.
(Before 2026-12-06 the place and year were drawn at random per report: at 100,000 reports 97% shared a
body and year with another, which no real corpus does, and the checks compared 523,418 same-year pairs.)
The prose's counts (收到申请17件) are drawn anew per report too, as real reports state their own
figures: a corpus whose sentences repeated the seeds' figures in every report let caches kept per text
look like a faster reading (issue 29: such caches were tried and reverted). The prose's counts are drawn
apart from the tables', so its claims mostly disagree with them: the checks have findings to write.

A share of the reports is rendered as a portal's HTML page or as a PDF by the test fixtures' generators
(tests/fixtures), which lay out a seed report as publishers do.
"""

from __future__ import annotations

import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ingest import PROJECT_DIR
from ingest.parsing.parse import parse_file
from ingest.parsing.report.parser import Value
from ingest.parsing.template import Section, load_template

SEEDS = ["2021_laiwu.txt", "2021_lanshan.txt", "2021_luozhuang.txt", "2021_changle_office.txt"]
SEED_DIR = PROJECT_DIR / "tests" / "samples" / "corpus" / "reports"  # never the user's data/raw

# Section 三's rows that are not outcomes of the year's handling (the identity's other terms).
BALANCE_ROWS = {"new_received", "carried_over", "handled_total", "carried_forward"}


YEARS = (2021, 2022, 2023, 2024)  # the 2021 template's years
DEPARTMENTS_FILE = Path(__file__).with_name("departments.txt")
_OFFICE = "人民政府办公室"  # the office seed's body, in its title (昌乐县人民政府办公室)
# A count in the prose: digits before a unit of count (收到申请17件, 公开信息1200余条), not a year or date.
_PROSE_COUNT = re.compile(r"(?<![\d.])\d+(?=余?(?:件|条|个|项|次|人|家|份|篇|场|起|期))")


@dataclass(frozen=True)
class Seed:
    """A seed report's lines, per table cell the line its value is printed on, and its place's names."""

    name: str
    lines: tuple[str, ...]
    cells: dict[tuple[str, str, str], int]  # (section, row, col) -> 0-based line index
    place: tuple[str, str]  # (county-level name, city name), as the national reference writes them


def _places() -> list[tuple[str, str]]:
    """Every county-level division of today with its city (the national reference,
    ingest.parsing.reference)."""
    counties = [r for r in _division_records() if r["tier"] == "county" and r["valid_to_year"] is None]
    return sorted((r["name_zh"], r["city_zh"]) for r in counties if r["city_zh"] not in (None, r["name_zh"]))


def load_seed(name: str) -> Seed:
    path = SEED_DIR / name
    result = parse_file(name, path)
    if result.report is None:
        raise SystemExit(f"bench: the seed report {path} does not parse ({result.message}); fix it first")
    values: list[Value] = result.report.values
    cells = {v.cell: v.source_line - 1 for v in values if v.value is not None and v.source_line}
    code = result.report.metadata.division_code
    (place,) = [(r["name_zh"], r["city_zh"]) for r in _division_records() if r["division_code"] == code]
    return Seed(name, tuple(path.read_text(encoding="utf-8").splitlines()), cells, place)


def _division_records() -> list[dict]:
    from ingest.parsing.reference.divisions import records

    return records()


def _section3(section: Section, printed: set[str], rng: random.Random) -> dict[tuple[str, str], int]:
    """Counts for section 三's printed rows, per applicant column, that keep both of its identities."""
    applicants = [c.code for c in section.columns if c.code != "total"]
    # A row printed in place of sub-rows that are printed too (其他处理 over its three) is not counted twice.
    outcomes = [
        r.code
        for r in section.rows
        if r.code in printed
        and r.code not in BALANCE_ROWS
        and not any(a in printed for a in r.alternative_to)
    ]
    out: dict[tuple[str, str], int] = {}
    for col in applicants:
        busy = col == "natural_person" or rng.random() < 0.3
        for row in outcomes:
            out[row, col] = rng.choice((0, 0, 0, rng.randint(1, 40))) if busy else 0
        handled = sum(out[row, col] for row in outcomes)
        carried_over = rng.randint(0, 5) if busy else 0
        carried_forward = rng.randint(0, 5) if busy else 0
        new = handled + carried_forward - carried_over
        if new < 0:  # more carried over than handled: the surplus is carried forward again
            carried_forward -= new
            new = 0
        out["handled_total", col] = handled
        out["carried_over", col] = carried_over
        out["carried_forward", col] = carried_forward
        out["new_received", col] = new
    for row in {r for r, _ in out}:
        out[row, "total"] = sum(out[row, col] for col in applicants)
    return out


def _section4(section: Section, rng: random.Random) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for row in section.rows:
        parts = [c.code for c in section.columns if c.code != "total"]
        for col in parts:
            out[row.code, col] = rng.choice((0, 0, rng.randint(1, 9)))
        out[row.code, "total"] = sum(out[row.code, col] for col in parts)
    return out


def synthetic_text(
    seed: Seed, rng: random.Random, place: tuple[str, str], year: int, department: str | None = None
) -> tuple[str, dict[tuple[str, str, str], int]]:
    """The seed's text with new numbers, moved to `place` and `year` (and to the place's `department`, named
    in the title: else the seed's own body there), and the numbers by cell (to check that the parser reads
    them back)."""
    template = load_template()
    printed3 = {row for (sec, row, _col) in seed.cells if sec == "3"}
    numbers: dict[tuple[str, str, str], int] = {}
    for (row, col), n in _section3(template.sections["3"], printed3, rng).items():
        numbers["3", row, col] = n
    for (row, col), n in _section4(template.sections["4"], rng).items():
        numbers["4", row, col] = n
    for cell in seed.cells:
        if cell[0] not in {"3", "4"}:
            numbers[cell] = rng.randint(0, 3000)
    lines = list(seed.lines)
    written = {}
    for cell, index in seed.cells.items():
        if cell in numbers:
            prefix = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
            lines[index] = f"{prefix}{numbers[cell]}"
            written[cell] = numbers[cell]
    table_lines = set(seed.cells.values())
    for index, line in enumerate(lines):
        if index not in table_lines:
            lines[index] = _PROSE_COUNT.sub(lambda m: str(rng.randint(0, 10 ** len(m.group()))), line)
    text = "\n".join(lines) + "\n"
    for old_name, new_name in zip(seed.place, place, strict=True):
        text = text.replace(old_name, new_name)
    if department is not None:
        title, rest = text.split("\n", 1)
        # 昌乐县人民政府办公室 (the office's seed) or 济南市莱芜区2021年… (the governments'): the title's body
        if _OFFICE in title:
            title = title.replace(_OFFICE, department, 1)
        else:
            title = title.replace(place[0], place[0] + department, 1)
        text = f"{title}\n{rest}"
    return text.replace("2021年", f"{year}年"), written


def _renderers() -> dict[str, Callable[[str], bytes]]:
    """The fixture generators that lay a seed out as an HTML page and as a PDF (tests/fixtures)."""
    from fixtures.make_html import make_html
    from fixtures.make_pdf import make_pdf

    return {"html": make_html, "pdf": make_pdf}


@dataclass(frozen=True)
class Spec:
    """How a corpus is drawn: report i is the same file whatever else is drawn, in any process."""

    seed: int
    html_share: float
    pdf_share: float


@dataclass(frozen=True)
class Corpus:
    files: dict[str, list[Path]]  # format -> files
    spec: Spec
    index: dict[Path, int]  # file -> the i it was drawn as

    def numbers(self, path: Path) -> dict[tuple[str, str, str], int]:
        """What the file's tables print, drawn again (never held for the whole corpus: 100,000 reports'
        numbers would be gigabytes of Python objects)."""
        return _draw(self.spec, self.index[path])[2]

    def check_read_back(self, path: Path, result) -> None:
        """The parser reads back every number the generator wrote (else a benchmark measures a failure)."""
        if result.report is None:
            raise SystemExit(f"bench: {path} was not parsed as a report: {result.message}")
        read = {v.cell: v.value for v in result.report.values if v.value is not None}
        wrong = [cell for cell, n in self.numbers(path).items() if read.get(cell) != n]
        if wrong:
            raise SystemExit(f"bench: {path}: {len(wrong)} cells not read back as written, e.g. {wrong[:3]}")


_SEEDS: list[Seed] = []
_PLACES: list[tuple[str, str]] = []
_DEPARTMENTS: list[str] = []


def _prepare() -> None:
    """The seeds, places and departments, once per process (workers forked after this inherit them)."""
    sys.path.insert(0, str(PROJECT_DIR / "tests"))  # the fixture generators live with the tests
    if not _SEEDS:
        _SEEDS.extend(load_seed(name) for name in SEEDS)
        _PLACES.extend(_places())
        lines = DEPARTMENTS_FILE.read_text(encoding="utf-8").splitlines()
        _DEPARTMENTS.extend(line.strip() for line in lines if line.strip() and not line.startswith("#"))


_PLACE_ORDERS: dict[int, list[int]] = {}


def _body_year(spec: Spec, i: int) -> tuple[tuple[str, str], str | None, int]:
    """Report i's place, department (None: the seed's own body there) and year: never another report's.

    Report i is of seed i % 4; its seed's k-th report (k = i // 4) is of year k % 4 of body k // 4, so a
    body's four years are reports 16b + s, +4, +8, +12. Body b of seed s is slot g = 4b + s: the g-th place
    of a shuffled order, round g // places (round 0: the seed's own government or office; round r: the r-th
    department). Distinct reports have distinct (slot, year), so distinct bodies or years."""
    seed_no, k = i % len(_SEEDS), i // len(_SEEDS)
    year, body = YEARS[k % len(YEARS)], k // len(YEARS)
    order = _PLACE_ORDERS.get(spec.seed)
    if order is None:
        order = list(range(len(_PLACES)))
        random.Random(spec.seed).shuffle(order)
        _PLACE_ORDERS[spec.seed] = order
    slot = body * len(_SEEDS) + seed_no
    place, round_no = _PLACES[order[slot % len(order)]], slot // len(order)
    # (past the last department's round the bodies come round again: 467,000 reports)
    department = None if round_no == 0 else _DEPARTMENTS[(round_no - 1) % len(_DEPARTMENTS)]
    return place, department, year


def _draw(spec: Spec, i: int, variant: int = 0) -> tuple[str, str, dict[tuple[str, str, str], int], str]:
    """Report i: (format, text, numbers by cell, file stem). Its body, year and format come from i alone;
    its numbers from i and `variant` (another variant: the same body and year, new numbers, as a corrected
    report)."""
    _prepare()
    draw = random.Random(spec.seed * 1_000_003 + i).random()
    source = _SEEDS[i % len(_SEEDS)]
    place, department, year = _body_year(spec, i)
    fmt = "pdf" if draw < spec.pdf_share else "html" if draw < spec.pdf_share + spec.html_share else "text"
    rng = random.Random(f"{spec.seed}:{i}:{variant}")
    text, written = synthetic_text(source, rng, place, year, department)
    return fmt, text, written, f"{i:06d}_{Path(source.name).stem}"


def write_report(out: Path, spec: Spec, i: int, variant: int = 0) -> tuple[str, Path]:
    """Write report i under `out`; (its format, its path)."""
    from fixtures.layout import reports_from

    fmt, text, _, stem = _draw(spec, i, variant)
    if fmt == "text":
        path = out / f"{stem}.txt"
        path.write_text(text, encoding="utf-8")
        return fmt, path
    source = _SEEDS[i % len(_SEEDS)].name
    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / source).write_text(text, encoding="utf-8")
        with reports_from(Path(scratch)):
            data = _renderers()[fmt](source)
    path = out / f"{stem}.{fmt}"
    path.write_bytes(data)
    return fmt, path


def _write_chunk(job: tuple[Path, Spec, range]) -> list[tuple[int, str, Path]]:
    out, spec, indices = job
    return [(i, *write_report(out, spec, i)) for i in indices]


def generate(
    out: Path, n: int, html_share: float, pdf_share: float, seed: int = 2026, start: int = 0, jobs: int = 0
) -> Corpus:
    """Write `n` synthetic reports under `out` (numbered from `start`), in `jobs` processes (0: one per
    core); return them by format."""
    import multiprocessing

    _prepare()
    spec = Spec(seed, html_share, pdf_share)
    out.mkdir(parents=True, exist_ok=True)
    jobs = jobs or os.cpu_count() or 1
    size = max(1, min(2000, n // (jobs * 4) or 1))
    chunks = [(out, spec, range(a, min(a + size, start + n))) for a in range(start, start + n, size)]
    files: dict[str, list[Path]] = {"text": [], "html": [], "pdf": []}
    index: dict[Path, int] = {}
    started, done = time.perf_counter(), 0
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs) if jobs > 1 and len(chunks) > 1 else _InProcess() as pool:
        for written in pool.imap(_write_chunk, chunks):
            for i, fmt, path in written:
                files[fmt].append(path)
                index[path] = i
            done += len(written)
            rate = done / max(time.perf_counter() - started, 1e-9)
            print(f"bench: generated {done}/{n} reports ({rate:.0f}/s, {(n - done) / rate:.0f}s left)",
                  file=sys.stderr, flush=True)  # fmt: skip
    return Corpus(files, spec, index)


class _InProcess:
    """A pool of one: the chunks written in this process."""

    def __enter__(self) -> _InProcess:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def imap(self, function, items):  # noqa: ANN001, ANN201
        return map(function, items)

"""Tables whose cells ran together with their labels in the text (a crawl's page text), read back.

`…予以公开180000018（二）部分公开…` holds seven cells with no separator. Each template row is found by its
label (in template order, and only where digits follow the label: a label in the prose is followed by
words), its digit run is taken up to the next label (a glued ordinal of the next row, `…40000042.没有…`,
is given back to that row), and the run is split into the row's cells:

1. A run with a single possible split (no cell with a leading zero; any spaces printed are boundaries)
   is that split: `0000000` is seven zeros (`recovered_by_shape`).
2. Otherwise the table's identities decide: in section 三 the six applicant columns sum to 总计, each
   column's outcome rows sum to （七）总计, and 第一项 + 第二项 = 第三项 + 第四项; in section 四 each
   proceeding's four outcomes sum to its 总计 (section 三's column identities are read from the template's
   `identities`, the same definition the checks use). A split that is the only one consistent is loaded
   (`recovered_by_identity`, with the run as printed kept beside it).
3. Where several splits remain, the row's cells are missing as `ambiguous_split`, with the candidates in
   the message. Never a guess.

The result is a table laid out as the table parser reads it (label cell, value cells), so the rows go
through the same code as every other format.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from dataclasses import dataclass, field, replace

from ingest.parsing.document import Cell, Document, Paragraph, Table
from ingest.parsing.report import evidence, ocr
from ingest.parsing.template import Axis, Section, Template
from ingest.parsing.text import LABEL_PUNCTUATION, QUOTES, fold_text, normalize_label, squash_mapped

SHAPE = "recovered_by_shape"
IDENTITY = "recovered_by_identity"
AMBIGUOUS = "ambiguous_split"
MAX_CANDIDATES = 200  # splits of one run considered; more than that is ambiguous by any measure
MAX_COMBINATIONS = 100_000  # joint choices tried across the rows of section 三

_RUN = re.compile(r"[0-9 .]*")
# Digits after a label that are the ordinal of the next label (其他处理 1.申请人…), not a run of cells.
_ORDINAL_ONLY = re.compile(r"\s*\d{1,2}\.(?!\d)")
# A paragraph of numbers only: a table cell on its own line (text crawled a cell per line, its blank
# cells as empty lines), or a table row's cells on a line of their own (OCR'd text: section 四's data
# row under its header lines), read as a run with the numbers around it, a line break a boundary.
_NUMBER_LINE = re.compile(r"^\s*\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?)*\s*$")


@dataclass
class FlatText:
    """The document's paragraphs as one text, searchable by label, with each character's line."""

    text: str  # NFKC per character; newlines between paragraphs
    lines: list[int]
    norm: str = ""  # `text` without whitespace and quotes, brackets unified: what labels are matched in
    origin: tuple[int, ...] = ()  # origin[i] is the index in `text` of norm[i]
    # Digit look-alikes read as digits (OCR'd text: `2O` is 20; ingest.parsing.report.ocr), by position.
    corrections: list[ocr.Correction] = field(default_factory=list)
    raw: str = ""  # `text` as printed: not folded, no look-alike read (the same length)

    @classmethod
    def of(cls, doc: Document) -> FlatText:
        text, raw, lines, corrections, size = [], [], [], [], 0
        for block in doc.blocks:
            if isinstance(block, Paragraph):
                piece, fixed = ocr.fix_digits(fold_text(block.text))
                corrections.extend(replace(c, position=c.position + size) for c in fixed)
                if text and _NUMBER_LINE.match(piece):
                    text[-1] = text[-1][:-1] + " "  # a cell per line: the run goes on across lines
                    raw[-1] = raw[-1][:-1] + " "
                piece += "\n"
                text.append(piece)
                raw.append(block.text + "\n")
                lines.extend([block.line] * len(piece))
                size += len(piece)
        flat = cls("".join(text), lines, corrections=corrections, raw="".join(raw))
        norm, flat.origin = squash_mapped(flat.text, drop=QUOTES)
        flat.norm = norm.translate(str.maketrans(LABEL_PUNCTUATION))
        return flat

    def find(self, label: str, start: int) -> tuple[int, int] | None:
        """(start, end) in `text` of the first occurrence of `label` at or after `start` with digits after."""
        at = self._norm_index(start)
        while True:
            found = self.norm.find(label, at)
            if found < 0:
                return None
            begin, end = self.origin[found], self.origin[found + len(label) - 1] + 1
            while end < len(self.text) and self.text[end] in QUOTES:
                end += 1  # a label's closing quote (危及“三安全一稳定”) is not a cell
            if _RUN.match(self.text, end).group().strip()[:1].isdigit():
                return begin, end
            at = found + 1

    def find_misread(self, section: Section, row: Axis, start: int, stop: int) -> tuple[int, int, str] | None:
        """(start, end, label) of the first text between `start` and `stop` that a look-alike misreading
        of one of the row's labels explains (ingest.parsing.report.ocr), with digits after it."""
        labels = [(label, k) for label in _labels(row) if (k := ocr.reach(section, row.code, label))]
        if not labels:
            return None
        lo, hi = self._norm_index(start), self._norm_index(stop)
        for p in range(max(lo, 1), min(hi, len(self.norm))):
            if not self.norm[p].isdigit() or self.norm[p - 1].isdigit():
                continue
            for label, k in labels:
                if p - len(label) < lo or not ocr.near(self.norm[p - len(label) : p], label, k):
                    continue
                begin, end = self.origin[p - len(label)], self.origin[p - 1] + 1
                while end < len(self.text) and self.text[end] in QUOTES:
                    end += 1
                if _RUN.match(self.text, end).group().strip()[:1].isdigit():
                    return begin, end, label
        return None

    def misread(self, start: int, end: int) -> bool:
        """Whether a digit look-alike was read as a digit between `start` and `end`."""
        return any(start <= c.position < end for c in self.corrections)

    def printed(self, start: int, end: int) -> str:
        """The text between `start` and `end` as printed (not folded, no look-alike read as a digit)."""
        return self.raw[start:end] if len(self.raw) == len(self.text) else self.text[start:end]

    def _norm_index(self, position: int) -> int:
        return bisect.bisect_left(self.origin, position)


@dataclass
class Run:
    row: Axis
    label: str  # as printed
    digits: str  # the run as printed: digits, any spaces, a decimal point
    line: int
    end: int  # where the run ends in the flat text
    ocr: list[str] = field(default_factory=list)  # look-alike corrections of its label or digits
    printed: str = ""  # `digits` as printed, before look-alikes were read as digits


# Splitting ---------------------------------------------------------------------------------------------


def _parts(group: str, count: int) -> list[list[str]]:
    """`group` (digits, no spaces) cut into `count` numbers without leading zeros."""
    if count == 1:
        return [[group]] if group and (group == "0" or not group.startswith("0")) else []
    out = []
    for cut in range(1, len(group) - count + 2):
        head = group[:cut]
        if len(head) > 1 and head.startswith("0"):
            break
        out.extend([head, *rest] for rest in _parts(group[cut:], count - 1))
        if len(out) > MAX_CANDIDATES:
            break
    return out


def splits(run: str, count: int) -> list[list[str]]:
    """Every way to read `run` as `count` numbers: spaces printed are boundaries, no leading zeros."""
    groups = run.split()
    if not groups or any(not g.replace(".", "").isdigit() for g in groups):
        return []
    if count == 1:
        return [groups] if len(groups) == 1 else []
    if any("." in g for g in groups):
        return [groups] if len(groups) == count else []  # decimals are only split by their spaces
    out: list[list[str]] = []

    def extend(i: int, left: int, prefix: list[str]) -> None:
        if len(out) > MAX_CANDIDATES:
            return
        if i == len(groups):
            if left == 0:
                out.append(prefix)
            return
        remaining = len(groups) - i - 1
        for k in range(1, left - remaining + 1):
            for piece in _parts(groups[i], k):
                extend(i + 1, left - k, prefix + piece)

    extend(0, count, [])
    return out


def _counts(tokens: list[str]) -> list[int] | None:
    """The tokens as whole numbers, or None where one is not (a decimal has no place in a count's sum)."""
    return [int(t) for t in tokens] if all(t.isdigit() for t in tokens) else None


def _consistent(tokens: list[str], block: int) -> bool:
    values = _counts(tokens)
    return values is not None and _sums(values, block)


def _sums(values: list[int], block: int) -> bool:
    """Each block of `block` numbers: the first block-1 sum to the last (a row and its 总计)."""
    return all(sum(values[i : i + block - 1]) == values[i + block - 1] for i in range(0, len(values), block))


# Locating the rows -------------------------------------------------------------------------------------


def _ordinal(row: Axis) -> str | None:
    """The Arabic number printed before a sub-row (1. 2. …), from the template's item (三（三）2 → 2)."""
    m = re.search(r"(\d+)$", row.item or "")
    return m.group(1) if m else None


def _labels(row: Axis) -> list[str]:
    return ocr.row_labels(row)


def _locate(flat: FlatText, section: Section, start: int) -> list[Run]:
    """The rows of `section` in template order from `start`, each with its digit run."""
    runs: list[Run] = []
    position = start
    for i, row in enumerate(section.rows):
        hits = [hit for label in _labels(row) if (hit := flat.find(label, position))]
        notes = []
        if not hits:
            # Not printed as the template has it: a look-alike misreading (OCR), only before the next
            # row found as printed.
            later = [
                h for r in section.rows[i + 1 :] for lb in _labels(r)
                if (h := flat.find(lb, position)) and not _ORDINAL_ONLY.match(flat.text, h[1])
            ]  # fmt: skip
            stop = min(later)[0] if later else len(flat.text)
            misread = flat.find_misread(section, row, position, stop)
            if misread is None:
                continue  # not printed (or not as a table row): left to the parser's row_not_found
            begin, end, label = misread
            hits = [(begin, end)]
            notes.append(f"label printed {flat.printed(begin, end)!r} read as the template's {label!r}")
        begin, end = min(hits)
        digits = _RUN.match(flat.text, end).group()
        printed_label = row.label_zh if notes else flat.text[begin:end]  # the parser finds it by label
        run = Run(row, printed_label, digits, flat.lines[end], end + len(digits), notes)
        run.printed = flat.printed(end, run.end)
        if flat.misread(end, run.end):
            run.ocr.append("")  # the digits' note, once they are trimmed below
        runs.append(run)
        position = end
    for run, following in zip(runs, runs[1:], strict=False):
        # A next row's ordinal glued to this run: "00000002." is seven zeros, then row "2.".
        ordinal = _ordinal(following.row)
        stripped = run.digits.rstrip()
        if ordinal and stripped.endswith(ordinal + "."):
            run.digits = stripped[: -len(ordinal) - 1]
    for run in runs:
        raw = run.printed
        run.digits = run.digits.strip().rstrip(".").strip()
        at = len(raw) - len(raw.lstrip())
        run.printed = raw[at : at + len(run.digits)]
        if "" in run.ocr:
            run.ocr[run.ocr.index("")] = f"digits printed {run.printed!r} read as {run.digits!r}"
    return runs


def _section_start(flat: FlatText, section: Section, position: int) -> int | None:
    found = [
        flat.origin[i]
        for anchor in section.anchors
        if (i := flat.norm.find(normalize_label(anchor), flat._norm_index(position))) >= 0
    ]
    return min(found) if found else None


# Deciding ----------------------------------------------------------------------------------------------


@dataclass
class Decided:
    tokens: list[str] | None  # None: ambiguous or unreadable
    origin: str | None
    candidates: list[list[str]] = field(default_factory=list)
    note: str | None = None


def _decide(run: Run, count: int, block: int | None) -> Decided:
    shapes = splits(run.digits, count)
    if len(shapes) == 1:
        return Decided(shapes[0], SHAPE)
    if block is None:
        return Decided(None, None, shapes)
    consistent = [s for s in shapes if _consistent(s, block)]
    if len(consistent) == 1:
        return Decided(consistent[0], IDENTITY)
    if not shapes:
        return _one_cell_short(run, count, block)
    return Decided(None, None, consistent or shapes)


def _one_cell_short(run: Run, count: int, block: int) -> Decided:
    """A row printing one number fewer than its cells (a blank cell): complete only if the sums decide it.

    Wherever the blank is, its value follows from its block's sum (a part is 总计 minus the others, 总计
    the sum of the parts); the row is loaded only when every placement gives the same row.
    """
    rows: set[tuple[int, ...]] = set()
    for short in splits(run.digits, count - 1):
        if _counts(short) is None:
            continue
        for at in range(count):
            values: list[int | None] = list(_counts(short))
            values.insert(at, None)
            start = at - at % block
            cells = values[start : start + block]
            known = [v for v in cells if v is not None]
            is_total = at % block == block - 1
            missing = sum(known) if is_total else known[-1] - sum(known[:-1])
            if missing < 0:
                continue
            values[at] = missing
            if _sums(values, block):
                rows.add(tuple(values))
    if len(rows) == 1:
        tokens = [str(v) for v in rows.pop()]
        note = (
            f"prints {count - 1} numbers for {count} cells ({run.digits!r}); wherever the blank cell is, the "
            "row's own sum gives the same values, so they are loaded"
        )
        return Decided(tokens, IDENTITY, note=note)
    return Decided(None, None, [[str(v) for v in r] for r in sorted(rows)])


def _columns(section: Section, row: Axis) -> list[Axis]:
    return [c for c in section.columns if not row.columns or c.code in row.columns]


def _joint(section: Section, runs: list[Run], decided: dict[str, Decided]) -> None:
    """Section 三: rows with several row-consistent splits, settled by the column identities."""
    present = [r.row.code for r in runs]
    identities = _column_identities(section, set(present))
    block = len(section.columns)
    open_rows = [
        code for code in present
        if decided[code].tokens is None and decided[code].candidates
        and all(_consistent(c, block) for c in decided[code].candidates)
    ]  # fmt: skip
    if not open_rows:
        return
    choices = [decided[code].candidates for code in open_rows]
    if len(list(itertools.islice(itertools.product(*choices), MAX_COMBINATIONS + 1))) > MAX_COMBINATIONS:
        return
    fixed = {
        code: values
        for code, d in decided.items()
        if d.tokens is not None and (values := _counts(d.tokens)) is not None
    }
    solutions = []
    for combo in itertools.product(*choices):
        values = dict(fixed)
        values.update({code: [int(x) for x in c] for code, c in zip(open_rows, combo, strict=True)})
        if _columns_hold(values, identities, block):
            solutions.append(combo)
    for i, code in enumerate(open_rows):
        picked = {tuple(s[i]) for s in solutions}
        if len(picked) == 1:
            decided[code] = Decided(list(picked.pop()), IDENTITY)
        elif picked:
            decided[code].candidates = [list(p) for p in sorted(picked)]


def _column_identities(section: Section, present: set[str]) -> list[tuple[list[str], list[str]]]:
    """The template's per-column identities of the section (its `identities`) as (observed rows, expected
    rows), in the form the report prints: the sub-rows where any is printed, else the row standing in for
    them (other_total)."""
    out = []
    for check in section.checks:
        if check.comparison != "eq" or check.per != "column" or check.when != "printed":
            continue
        sides = []
        for side in ("observed", "expected"):
            operands = section.operands(check, side)
            codes = {a.code for a in operands}
            stand_in = {r: a for a in operands for r in a.alternative_to if r in codes}
            sides.append([a.code for a in operands if _in_printed_form(a, stand_in, present)])
        out.append((sides[0], sides[1]))
    return out


def _in_printed_form(row: Axis, stand_in: dict[str, Axis], present: set[str]) -> bool:
    if any(r in stand_in for r in row.alternative_to):  # a stand-in: only where its sub-rows are not printed
        return not any(r in present for r in row.alternative_to if r in stand_in)
    if row.code in stand_in:  # a sub-row: only where one of them is printed
        return any(r in present for r in stand_in[row.code].alternative_to if r in stand_in)
    return True


def _columns_hold(
    values: dict[str, list[int]], identities: list[tuple[list[str], list[str]]], width: int
) -> bool:
    """The column identities that can be evaluated (every operand known) hold."""
    for observed, expected in identities:
        if not all(code in values for code in (*observed, *expected)):
            continue
        for c in range(width):
            if sum(values[code][c] for code in observed) != sum(values[code][c] for code in expected):
                return False
    return True


# The tables --------------------------------------------------------------------------------------------


def tables(
    doc: Document, template: Template, warnings: list[str], year: int | None = None
) -> tuple[dict[str, list[Table]], set]:
    """Each section's rows as a table the parser reads, and the (section, row) left ambiguous."""
    flat = FlatText.of(doc)
    out: dict[str, list[Table]] = {code: [] for code in template.sections}
    ambiguous: set[tuple[str, str]] = set()
    position = 0
    for code, section in template.sections.items():
        start = _section_start(flat, section, position)
        if start is None:
            continue
        if code == "4":
            table = _review_litigation(flat, section, start, warnings, ambiguous)
            if table is not None:
                out[code].append(table)
            continue
        runs = _locate(flat, section, start)
        block = len(section.columns) if code == "3" else None
        decided = {r.row.code: _decide(r, len(_columns(section, r.row)), block) for r in runs}
        if code == "3":
            _joint(section, runs, decided)
            if _narrative_counts(doc, year, section, runs, decided, warnings):
                _joint(section, runs, decided)  # a row the text settled may settle others by the sums
        rows = []
        for run in runs:
            d = decided[run.row.code]
            width = len(_columns(section, run.row))
            if d.tokens is None and d.candidates:
                columns = [c.code for c in _columns(section, run.row)]
                settled = evidence.settle(flat.text, run.row.code, columns, d.candidates)
                if settled is not None:
                    d = decided[run.row.code] = Decided(
                        settled.tokens, evidence.NARRATIVE, note=settled.evidence
                    )
                    shown = "; ".join("/".join(c) for c in splits(run.digits, width)[:5])
                    warnings.append(
                        f"section {code} row {run.row.code} ({run.row.label_zh}, line {run.line}) prints "
                        f"{run.digits!r}, which splits several ways ({shown}); the report's own text "
                        f"settles it as {'/'.join(settled.tokens)}: {settled.evidence}"
                    )
            if d.tokens is None:
                ambiguous.add((code, run.row.code))
                shown = "; ".join("/".join(c) for c in d.candidates[:5]) or "none"
                more = f" and {len(d.candidates) - 5} more" if len(d.candidates) > 5 else ""
                warnings.append(
                    f"section {code} row {run.row.code} ({run.row.label_zh}, line {run.line}) prints its "
                    f"{width} cells run together as {run.digits!r}, which splits more than one way "
                    f"(candidates: {shown}{more}) or none; left missing ({AMBIGUOUS}), never guessed"
                )
                complete = (
                    0 < len(d.candidates) <= MAX_CANDIDATES
                    and all(len(c) == width and all(t.isdigit() for t in c) for c in d.candidates)
                    and len(splits(run.digits, width)) <= MAX_CANDIDATES
                )  # every split considered
                cells = [
                    Cell("", run.line, AMBIGUOUS, run.digits,
                         candidates=json.dumps([int(c[i]) for c in d.candidates]) if complete else None)
                    for i in range(width)
                ]  # fmt: skip
            else:
                note = d.note if d.origin == evidence.NARRATIVE else None
                origin = d.origin
                if run.ocr:  # a misread label or digits corrected: recorded with the text as printed
                    note = "; ".join([*run.ocr, f"then {d.origin}", *([note] if note else [])])
                    origin = ocr.OCR
                    warnings.append(
                        f"section {code} row {run.row.code} ({run.row.label_zh}, line {run.line}): OCR "
                        f"look-alikes corrected: {note}"
                    )
                cells = [Cell(t, run.line, origin, run.printed, note) for t in d.tokens]
                if d.note and d.origin != evidence.NARRATIVE:
                    warnings.append(
                        f"section {code} row {run.row.code} ({run.row.label_zh}, line {run.line}) {d.note}"
                    )
            rows.append([Cell(run.label, run.line), *cells])
        if rows:
            out[code].append(Table(rows=rows))
        position = max((r.end for r in runs), default=start)
    return out, ambiguous


def _narrative_counts(
    doc: Document,
    year: int | None,
    section: Section,
    runs: list[Run],
    decided: dict[str, Decided],
    warnings: list[str],
) -> bool:
    """Section 三 rows the identities left open, settled where the report's text states the row's 总计
    and exactly one candidate has it (ingest.parsing.report.evidence.settle_section3)."""
    open_runs = [r for r in runs if decided[r.row.code].tokens is None and decided[r.row.code].candidates]
    if not open_runs:
        return False
    counts = evidence.section3_counts(doc, year)
    settled = False
    for run in open_runs:
        columns = [c.code for c in _columns(section, run.row)]
        found = evidence.settle_section3(counts, run.row.code, columns, decided[run.row.code].candidates)
        if found is None:
            continue
        decided[run.row.code] = Decided(found.tokens, evidence.NARRATIVE, note=found.evidence)
        warnings.append(
            f"section 3 row {run.row.code} ({run.row.label_zh}, line {run.line}) prints {run.digits!r}, "
            f"which splits several ways; the report's own text settles it as {'/'.join(found.tokens)}: "
            f"{found.evidence}"
        )
        settled = True
    return settled


def _review_litigation(
    flat: FlatText, section: Section, start: int, warnings: list[str], ambiguous: set
) -> Table | None:
    """Section 四's one data row: the run right after the last column header (总计)."""
    width = len(section.columns)
    count = len(section.rows) * width
    label = normalize_label(section.columns[-1].label_zh)
    runs: list[Run] = []
    position = start
    while (hit := flat.find(label, position)) is not None:
        raw = _RUN.match(flat.text, hit[1]).group()
        digits = raw.strip()
        run = Run(section.rows[0], label, digits, flat.lines[hit[1]], hit[1] + len(digits))
        run.printed = flat.printed(hit[1], hit[1] + len(raw)).strip()
        run.ocr = ["digits"] if flat.misread(hit[1], hit[1] + len(raw)) else []
        runs.append(run)
        position = hit[1]
    if not runs:
        return None
    run = max(runs, key=lambda r: len(r.digits.replace(" ", "")))
    decided = _decide(run, count, width)
    if decided.tokens is None:
        ambiguous.update(("4", r.code) for r in section.rows)
        shown = "; ".join(" ".join(c) for c in decided.candidates[:3]) or "none"
        warnings.append(
            f"section 4 (line {run.line}) prints its {count} cells run together as {run.digits!r}, which "
            f"splits more than one way (candidates: {shown}) or none; left missing ({AMBIGUOUS})"
        )
        return None
    if run.ocr:  # OCR look-alikes read as digits: recorded with the text as printed
        note = f"digits printed {run.printed!r} read as {run.digits!r}; then {decided.origin}"
        warnings.append(f"section 4 (line {run.line}): OCR look-alikes corrected: {note}")
        return Table(rows=[[Cell(t, run.line, ocr.OCR, run.printed, note) for t in decided.tokens]])
    return Table(rows=[[Cell(t, run.line, decided.origin, run.digits) for t in decided.tokens]])

"""Finding a report's title among its first lines, wherever a crawl or a converter left it.

Pages put a stray line (a breadcrumb, a column name, a date) before the title, wrap it over two lines
(`2024 年某市某委政府信息公开工作` / `年度报告`), space it out, or cut it (`…工作年度报...`). The title is
the first short line among the first `SCAN` that names the report (年度报告, or a cut form of it, or
工作要点), joined with the line before it where that line is the title's first half. A report that prints
no title at all states its year and often its body in the opening paragraph (`本年度报告中所列数据统计
期限为2021年1月1日至12月31日`, `2021年，某某局坚持…`): `opening` reads them there, and the metadata
records that they came from the prose (`TitleFound.source`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.parsing.document import Document, Paragraph
from ingest.parsing.text import squash

SCAN = 12  # leading paragraphs looked at
MAX_TITLE = 80  # characters: a longer paragraph is prose
FULL_NAME = "年度报告"
_CUT = re.compile(r"(?:\.{2,}|…+|。{2,})$")
_NAMES_REPORT = re.compile(r"年度报告|工作要点(?!》)|工作年度报?$")
# 年度报告 with one character misread by OCR (午度报告), alone on a line below a title's first half.
_MISREAD_NAME = re.compile(r"^(?:.度报告|年.报告|年度.告|年度报.)$")
_FIRST_HALF = re.compile(r"(?:19|20)\d{2}年|信息公开|政务公开")
# A body's name on a line of its own above `2021年政府信息公开工作年度报告`.
_BODY_LINE = re.compile(r"(?:局|委|办|厅|署|府|室|会|中心|区|县|市|州|旗|盟|街道|镇|乡|处|所|院|队|站)$")
# The opening paragraph's own statements (no title printed).
_PERIOD = re.compile(r"统计(?:期限|时限|时间|区间|范围)[为是从自]?((?:19|20)\d{2})年1月1日")
_BODY_END = (
    r"(?:人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|管委会|委员会|办事处|"
    r"局|委|办|厅|署|区|县|市|旗|街道|镇|乡|中心)"
)
_VERBS = (
    r"(?:认真|坚持|坚定|紧紧|紧扣|全面|深入|以|在|按照|持续|始终|高度|严格|积极|围绕|立足|聚焦|不断|进一步|着力|扎实|切实|"
    r"牢牢|主动|把|将|继续|大力|锚定|紧密|共|累计|政府信息|根据|依据)"
)
_BODY_YEAR = re.compile(
    rf"^((?:19|20)\d{{2}})年[，,](?P<body>[\u4e00-\u9fff（）()]{{0,30}}?{_BODY_END})(?={_VERBS})"
)
_BY_BODY = re.compile(
    r"本(?:年度)?报告(?:是|由)(?P<body>[\u4e00-\u9fff（）()]{2,30}?)(?:根据|依据|按照|依照)"
)
_IN_PROSE = re.compile(
    r"(?:^|编制并发布|编制并公布|发布|公布|编制|现将|形成)(?P<body>[\u4e00-\u9fff（）()]{2,30}?)((?:19|20)\d{2})年(?:度)?政府信息公开工作年度报告"
)
_HEADING = re.compile(r"^[一二三四五六七八九十]+、")

PRINTED = "printed"
OPENING_PARAGRAPH = "opening_paragraph"


@dataclass(frozen=True)
class TitleFound:
    title: str  # squashed; a cut title completed (年度报... → 年度报告), see `notes`
    source: str  # PRINTED, or OPENING_PARAGRAPH where no title is printed
    notes: tuple[str, ...] = ()
    year: int | None = None  # from the opening paragraph, where no title is printed
    body: str | None = None


def _leading(doc: Document) -> list[str]:
    out: list[str] = []
    for block in doc.blocks[:SCAN]:
        if not isinstance(block, Paragraph):
            break
        out.append(squash(block.text))
    return out


def find_title(doc: Document) -> TitleFound:
    """The title among the first lines, else what the opening paragraph says (see the module doc)."""
    lines = _leading(doc)
    for i, text in enumerate(lines):
        if not text or len(text) > MAX_TITLE or _HEADING.match(text):
            if _HEADING.match(text):
                break  # the body has begun
            continue
        if "。" in text or text.startswith(("本年度报告", "本报告", "根据")):
            continue  # a sentence of the prose, which names the report too
        cut = _CUT.search(text)
        core = text[: cut.start()] if cut else text
        notes: list[str] = []
        if (
            i
            and core != FULL_NAME
            and _MISREAD_NAME.match(core)
            and lines[i - 1].endswith("工作")
            and _FIRST_HALF.search(lines[i - 1])
        ):
            notes.append(f"the title's {core!r} read as {FULL_NAME} (an OCR look-alike)")
            core = FULL_NAME
        if not _NAMES_REPORT.search(core):
            continue
        if FULL_NAME not in core and "工作要点" not in core:  # a cut title: 工作年度报 / 工作年度 / …
            core += FULL_NAME[len(_NAMES_REPORT.search(core).group()) - 2 :]
            notes.append(f"the title is cut ({text!r}); read as ending in {FULL_NAME}")
        previous = lines[i - 1] if i else ""
        first_half = (core.startswith(FULL_NAME) and _FIRST_HALF.search(previous)) or (
            re.match(r"(?:19|20)\d{2}年", core) and _BODY_LINE.search(previous)
        )
        if previous and len(previous) <= MAX_TITLE and not _NAMES_REPORT.search(previous) and first_half:
            core = previous + core  # wrapped: layout, not a defect of the report, so no note
        return TitleFound(core, PRINTED, tuple(notes))
    return opening(doc)


def opening(doc: Document) -> TitleFound:
    """No title printed: the year (and the body, where the sentence names it) from the opening prose."""
    year = body = None
    said: list[str] = []
    for block in doc.paragraphs[:SCAN]:
        text = squash(block.text)
        if year is None and (m := _PERIOD.search(text)):
            year = int(m.group(1))
            said.append(m.group(0))
        if body is None and (m := _IN_PROSE.search(text)):  # the title only in the prose
            year, body = year or int(m.group(2)), m.group("body")
            said.append(m.group(0)[:40])
        if body is None and (m := _BY_BODY.search(text)):
            body = m.group("body")
            said.append(m.group(0)[:40])
        if m := _BODY_YEAR.match(text):
            year = year or int(m.group(1))
            body = body or m.group("body")
            said.append(m.group(0)[:40])
        if year is not None and body is not None:
            break
    if body is not None and body.startswith(("我", "本")):
        body = None  # 我局, 本机关: the body speaks of itself without its name
    if year is None and body is None:
        return TitleFound("", PRINTED)
    note = (
        "no title printed: "
        + (f"year {year} " if year else "")
        + (f"and body {body} " if body and year else f"body {body} " if body else "")
        + f"read from the opening paragraph ({' / '.join(said)[:80]!r})"
    )
    return TitleFound("", OPENING_PARAGRAPH, (note,), year, body)

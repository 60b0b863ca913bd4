"""Reader for the page text a crawler kept of a report's web page (the 平潭 archive's `page.txt`).

Layout: a header of `key: value` lines (标题, 发布时间, 文号, 发布机构, 栏目, 原文链接, 本地目录), a
separator line `==================== 正文 ====================`, then the whole report on one line, its
tables' cells run together with the labels (`…予以公开180000018（二）部分公开…`). The header gives the
title, the publication time, the publishing body and the page URL (kept as the report's source); the
body is cut into paragraphs at the report's numbered headings (一、总体情况 … 六、其他需要报告的事项),
so a table's text stays in the paragraph of its section. Splitting the run-together digits into cells
needs the template and its identities: that is the report parser's job (`ingest.parsing.report.flat`).
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.parsing.document import Document, Paragraph, ReadError
from ingest.parsing.text import decode_text

SEPARATOR = re.compile(r"^=+\s*正文\s*=+\s*$")
_FIELD = re.compile(r"^(标题|发布时间|文号|发布机构|栏目|原文链接|本地目录)\s*[:：]\s*(.*)$")
_PROPERTIES = {"标题": "title", "发布时间": "published", "发布机构": "publisher", "原文链接": "source_url"}
# The report's own top-level headings; a table's rows (一、本年新收…, 三、本年度办理结果) are not among them.
_HEADINGS = re.compile(
    r"[一二三四五六七]、\s*(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况|"
    r"政府信息公开行政复议[、与和及]?行政诉讼情况|存在的主要问题及改进情况|其他需要报告的事项)"
)
# The portal's breadcrumb and widgets before the report (当前位置： 首页… 微信 微博 QQ空间 … 相关链接：).
_CHROME = re.compile(r"^当前位置[:：].*?(?:相关链接[:：]|文件下载)\s*")
_TRAILER = re.compile(r"\s*附件下载\s*$")


def looks_like_page_text(text: str) -> bool:
    lines = text.lstrip("\ufeff").splitlines()[:12]
    return bool(lines) and _FIELD.match(lines[0]) is not None and any(SEPARATOR.match(x) for x in lines)


def read(path: Path, data: bytes) -> Document:
    text, encoding = decode_text(data, "page text")
    lines = text.splitlines()
    properties: dict[str, str] = {}
    body_at = next((i for i, line in enumerate(lines) if SEPARATOR.match(line)), None)
    if body_at is None:
        raise ReadError("page text without its 正文 separator line; rename it .txt to read it as plain text")
    for line in lines[:body_at]:
        if (m := _FIELD.match(line)) and m[1] in _PROPERTIES and m[2].strip():
            properties[_PROPERTIES[m[1]]] = m[2].strip()
    blocks: list[Paragraph] = []
    if "title" in properties:
        blocks.append(Paragraph(properties["title"], 1))
    for number, line in enumerate(lines[body_at + 1 :], start=body_at + 2):
        body = _TRAILER.sub("", _CHROME.sub("", line.strip()))
        cuts = [m.start() for m in _HEADINGS.finditer(body)]
        for start, end in zip([0, *cuts], [*cuts, len(body)], strict=True):
            piece = body[start:end].strip()
            if piece:
                blocks.append(Paragraph(piece, number))
    return Document(str(path), "pagetext", blocks, encoding=encoding, properties=properties)

"""The parser's per-process caches (label matching, number reading, place names, a value's key text) can
never change a value: a document parses the same the second time, after a document that spells the same
labels and numbers differently, as in a fresh process.

The seed report 2021_lanshan.txt prints, by hand (lines 109-124): 一、本年新收政府信息公开申请数量 with
230 (自然人) and 232 (总计), 二、上年结转政府信息公开申请数量 with 3 (自然人) and 3 (总计).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ingest import PROJECT_DIR
from ingest.parsing.parse import parse_file

SEED = PROJECT_DIR / "tests" / "samples" / "corpus" / "reports" / "2021_lanshan.txt"
BY_HAND = {
    ("3", "new_received", "natural_person"): "230",
    ("3", "new_received", "total"): "232",
    ("3", "carried_over", "natural_person"): "3",
    ("3", "carried_over", "total"): "3",
}


def _respelled(text: str) -> str:
    """The same report with its labels and numbers spelled otherwise: spaces inside labels, half-width
    brackets, full-width digits."""
    for old, new in [
        ("\t一、本年新收政府信息公开申请数量\n\t230\n", "\t一、 本年新收 政府信息公开申请数量\n\t２３０\n"),
        ("\t二、上年结转政府信息公开申请数量\n", "\t二、上年结转政府信息 公开申请数量\n"),
        ("\t（一）予以公开\n", "\t(一)予以公开\n"),
    ]:
        assert old in text, f"the seed no longer prints {old!r}"
        text = text.replace(old, new, 1)
    return text


def _values(path: Path) -> dict[str, str | None]:
    result = parse_file(path.name, path)
    assert result.report is not None, result.message
    return {"/".join(v.cell): None if v.value is None else str(v.value) for v in result.report.values}


def _fresh(path: Path) -> dict[str, str | None]:
    """The values as a new process reads them (no cache filled by this one)."""
    code = (
        "import json, sys; from pathlib import Path; from ingest.parsing.parse import parse_file; "
        "p = Path(sys.argv[1]); r = parse_file(p.name, p); "
        "print(json.dumps({'/'.join(v.cell): None if v.value is None else str(v.value) "
        "for v in r.report.values}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], cwd=PROJECT_DIR, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def test_the_same_document_twice_and_a_respelled_one_read_as_in_a_fresh_process(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    respelled = tmp_path / "respelled.txt"
    respelled.write_text(_respelled(SEED.read_text(encoding="utf-8")), encoding="utf-8")

    first = _values(plain)
    other = _values(respelled)  # fills the caches with the other spellings
    again = _values(plain)
    other_again = _values(respelled)

    for cell, value in BY_HAND.items():
        assert first["/".join(cell)] == value, cell
        assert other["/".join(cell)] == value, cell
    assert again == first
    assert other_again == other == first  # the spelling changes nothing read
    assert _fresh(plain) == first
    assert _fresh(respelled) == other

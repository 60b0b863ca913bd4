"""The shared text helpers (ingest/text.py) that readers and parsers must agree on."""

from __future__ import annotations

from ingest.text import LABEL_PUNCTUATION, normalize_label, squash_mapped


def test_normalize_label_unifies_exactly_the_label_punctuation():
    """normalize_label spells LABEL_PUNCTUATION out as str.replace calls (speed): the two stay in step."""
    half, full = "".join(LABEL_PUNCTUATION), "".join(LABEL_PUNCTUATION.values())
    assert normalize_label("部分公开" + half) == "部分公开" + full


def test_squash_mapped_points_back_at_what_was_printed():
    norm, origin = squash_mapped("危及 “三安全一稳定” ０１", drop="“”")
    assert norm == "危及三安全一稳定01"
    assert ["危及 “三安全一稳定” ０１"[i] for i in origin[-2:]] == ["０", "１"]

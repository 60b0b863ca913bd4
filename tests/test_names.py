"""File names of any bytes: stored as text without loss, shown escaped (ingest/names.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.pipeline.names import display_name, name_bytes

# A file name: any bytes but the separator and NUL, at most 255 of them.
NAMES = st.binary(min_size=1, max_size=255).filter(lambda b: b"/" not in b and b"\0" not in b)


@given(NAMES)
def test_every_name_comes_back_whole(name):
    shown = display_name(name)
    shown.encode("utf-8")  # storable: no surrogate left
    assert name_bytes(shown) == name


@given(NAMES, NAMES)
def test_two_names_are_never_shown_alike(a, b):
    assert (display_name(a) == display_name(b)) == (a == b)


def test_names_read_by_hand():
    assert display_name("2021_兰山区.txt".encode()) == "2021_兰山区.txt"  # UTF-8: as it is
    assert display_name(b"ann\xe9e.txt") == "ann\\xe9e.txt"  # Latin-1 é
    # GBK 罗庄 is c2 de d7 af: c2 de is no UTF-8, but d7 af happens to be (U+05EF), and is shown as such.
    assert display_name("罗庄".encode("gbk")) == "\\xc2\\xde\u05ef"
    assert display_name(b"a\nb") == "a\\x0ab"
    assert display_name(b"a\\b") == "a\\x5cb"  # a backslash is escaped too: the form stays one-to-one
    assert name_bytes("a\\x5cxff") == b"a\\xff"

"""File names as the warehouse stores and prints them: any bytes a file system allows, nothing lost.

A Linux file name is bytes. A zip unpacked from Windows leaves GBK names, an old archive Latin-1 ones,
and a name may hold a line break; Python hands such names over with surrogate escapes, which neither
DuckDB nor a terminal can take (`UnicodeEncodeError: surrogates not allowed`). So a name is stored as
text in which each byte that is not UTF-8, each control character and the backslash itself are written
`\\xNN` (as `ls -b` shows them); a name that is valid UTF-8 without those is stored as it is. The form
is one-to-one: a stored name holds a backslash exactly when it was escaped, and `name_bytes` gives the
file system's bytes back.
"""

from __future__ import annotations

import os
import re

_ESCAPED = re.compile(r"\\x([0-9a-f]{2})")


# The characters stored escaped: control characters, DEL, the backslash and the surrogates Python gives
# bytes that are not UTF-8. One pattern, searched once per name (a path's every part is checked on every
# ingest) and matched per character where a name must be escaped.
_NEEDS_ESCAPE = re.compile("[\x00-\x1f\x7f\\\\\udc80-\udcff]")


def display_name(name: str | bytes) -> str:
    """`name` (the file system's bytes, or Python's str of them) as stored and shown: see the module."""
    text = os.fsdecode(name) if isinstance(name, bytes) else name
    if not _NEEDS_ESCAPE.search(text):
        return text
    raw = os.fsencode(text)
    out: list[str] = []
    position = 0
    while position < len(raw):
        char, size = _next_char(raw, position)
        if char is None or _NEEDS_ESCAPE.fullmatch(char):
            out.extend(f"\\x{b:02x}" for b in raw[position : position + size])
        else:
            out.append(char)
        position += size
    return "".join(out)


def _next_char(raw: bytes, position: int) -> tuple[str | None, int]:
    """The UTF-8 character at `position` and its length in bytes; None and 1 for a byte that starts none."""
    for size in (1, 2, 3, 4):
        try:
            return raw[position : position + size].decode("utf-8"), size
        except UnicodeDecodeError:
            continue
    return None, 1


def name_bytes(shown: str) -> bytes:
    """The file system's bytes of a name stored by `display_name`."""
    if "\\" not in shown:
        return shown.encode("utf-8")
    parts = _ESCAPED.split(shown)
    return b"".join(bytes([int(part, 16)]) if i % 2 else part.encode("utf-8") for i, part in enumerate(parts))


def display_path(path: str) -> str:
    """A path's every part as `display_name` stores it (the separators stay)."""
    if not _NEEDS_ESCAPE.search(path):
        return path
    return "/".join(display_name(part) for part in path.split("/"))

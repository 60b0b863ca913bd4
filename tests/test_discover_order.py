"""The raw folder's files are listed in their paths' parts order, as pathlib sorted them before the listing
became strings (issue 29): the order decides which of two files of the same content is loaded and which is
the duplicate, so it must not move when the listing gets faster.

Read by hand: "a/x.txt" comes before "a-b/x.txt" (the folder "a" before "a-b"), although "-" sorts before "/"
in a plain string comparison; "a/y/z.txt" after "a/x.txt" and before "a-b/x.txt".
"""

from __future__ import annotations

import os

from ingest.pipeline.load import discover


def test_files_are_listed_in_path_parts_order(tmp_path):
    for rel in ("a-b/x.txt", "a/y/z.txt", "a/x.txt", "a/.hidden.txt"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    listed = [os.path.relpath(p, tmp_path) for p in discover(tmp_path)]
    assert listed == ["a/x.txt", "a/y/z.txt", "a-b/x.txt"]  # the hidden file is not listed

"""A stamp of the raw folder for make: rewritten only when a file under it was added, removed or changed.

make tracks files by name and cannot see names with spaces, nor follow a dangling link without failing
("No rule to make target"). The Makefile runs this (with the system Python: only the standard library)
each time it reads its rules; the warehouse depends on the stamp, so any change under data/raw, whatever
the names, is rebuilt, and a build with nothing changed has nothing to do. What changed is decided by the
loader, by content; this only tells make that something may have.

    python3 ingest/pipeline/inputs.py data/raw build/raw.stamp
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path


def walk(raw: Path) -> Iterator[str]:
    """Every file under `raw`, following linked folders once (a folder linking to its parent is no loop);
    a dangling or looping link to a file is listed like a file."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(raw, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in sorted(files):
            yield os.path.join(root, name)


def fingerprint(raw: Path) -> str:
    """Names, sizes, modification times and link targets of everything under `raw` (nothing is read)."""
    digest = hashlib.sha256()
    for path in walk(raw):
        target = os.readlink(path) if os.path.islink(path) else ""
        try:
            info = os.stat(path)
            state = f"{info.st_size} {info.st_mtime_ns}"
        except OSError as exc:  # a dangling or looping link: its name and target are its state
            state = f"unreadable {exc.errno}"
        entry = f"{os.path.relpath(path, raw)}\0{target}\0{state}\n"
        digest.update(entry.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def update(raw: Path, stamp: Path) -> bool:
    """Write `stamp` if the fingerprint changed; return whether it did."""
    new = fingerprint(raw) if raw.is_dir() else "no raw folder"
    if stamp.exists() and stamp.read_text(encoding="utf-8").strip() == new:
        return False
    stamp.parent.mkdir(parents=True, exist_ok=True)
    stamp.write_text(new + "\n", encoding="utf-8")
    return True


if __name__ == "__main__":
    update(Path(sys.argv[1]), Path(sys.argv[2]))
    print(sys.argv[2])

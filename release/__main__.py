"""`python -m release`: write build/release/ from the warehouse (run by `make release`)."""

from __future__ import annotations

import sys

from release import release

if __name__ == "__main__":
    path = release()
    print(
        f"release: {path.parent} written ({path.name}, data/*.csv, data/*.parquet, README.md)",
        file=sys.stderr,
    )
    sys.exit(0)

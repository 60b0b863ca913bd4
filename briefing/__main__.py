"""`python -m briefing [--lang en]`: export every chart to build/charts/ (run by `make charts`)."""

from __future__ import annotations

import argparse
import sys

from briefing.export import OUT, export_all
from briefing.labels import set_language


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefing", description=__doc__)
    parser.add_argument("--lang", default="zh", choices=["zh", "en"])
    args = parser.parse_args(argv)
    set_language(args.lang)
    print(f"charts: exporting to {OUT}", file=sys.stderr)
    exported = export_all()
    print(f"charts: {len(exported)} charts and {OUT / 'index.html'} written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m ingest`: the loader (ingest.pipeline), by its short name."""

import sys

from ingest.pipeline.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

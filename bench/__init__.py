"""The benchmark: `make bench N=…` (see bench/__main__.py)."""

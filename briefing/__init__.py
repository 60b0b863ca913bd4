"""Shared code for the notebooks and the briefing charts: data access, labels and theme, charts, export.

Notebooks import this package; `python -m briefing` (run by `make charts`) exports every chart.
"""

from briefing.labels import get_language, set_language

__all__ = ["get_language", "set_language"]

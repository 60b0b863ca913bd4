"""Optional imports a step never uses, kept out of its process: each costs its start-up time on every build.

jsonschema (which Altair, Great Expectations through Altair, and dbt import) registers a format checker
for "iri" when the optional rfc3987_syntax is installed (a jupyter dependency, jsonschema[format-nongpl]),
and that import compiles about 40 lark grammars: 1.7 s of CPU, paid by the checks, the charts and the
build's dbt step. No schema they validate has an "iri" format (the Vega-Lite schema has none; dbt's
validators are made without a format checker), so the checker is never asked. A None
entry in sys.modules makes that import fail as if the package were absent, and jsonschema goes on without
it (its `_format` module imports it under `suppress(ImportError)`).
"""

from __future__ import annotations

import sys

UNUSED = ("rfc3987_syntax",)


def skip_unused() -> None:
    """Call before the first import of jsonschema (altair, great_expectations, dbt) in a step's process."""
    for name in UNUSED:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]

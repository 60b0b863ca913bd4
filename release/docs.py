"""What the release says about each table and column, read from the one place it is written.

The dbt marts are documented in dbt_project/models/marts/_marts__models.yml: descriptions (with their
`{{ doc('…') }}` blocks from models/docs/_docs.md), the keys and vocabularies dbt tests (`unique`,
`not_null`, `unique_combination`, `accepted_values`, `relationships`) and the columns' `meta.unit`; a
model's `meta.code_list` says its key is a vocabulary that other tables' codes take their values from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ingest import PROJECT_DIR

DBT_DIR = PROJECT_DIR / "dbt_project"
MARTS_YML = DBT_DIR / "models" / "marts" / "_marts__models.yml"
DOCS_MD = DBT_DIR / "models" / "docs" / "_docs.md"

_DOC = re.compile(r"\{\{\s*doc\(\s*['\"](\w+)['\"]\s*\)\s*\}\}")
_REF = re.compile(r"(ref|source)\(\s*'(\w+)'\s*(?:,\s*'(\w+)'\s*)?\)")


@dataclass
class Column:
    name: str
    description: str = ""
    unit: str | None = None
    required: bool = False
    unique: bool = False
    enum: list[str] | None = None  # accepted values
    enum_from: str | None = None  # a released code list (model) or the source table raw.<name>
    reference: tuple[str, str] | None = None  # (model, field) a relationships test points to


@dataclass
class Table:
    name: str
    description: str = ""
    columns: dict[str, Column] = field(default_factory=dict)
    key: list[str] | None = None
    code_list: bool = False


def _doc_blocks(path: Path = DOCS_MD) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    return {
        name: " ".join(body.split())
        for name, body in re.findall(r"\{%\s*docs\s+(\w+)\s*%\}(.*?)\{%\s*enddocs\s*%\}", text, re.S)
    }


def render(text: str | None, blocks: dict[str, str]) -> str:
    """A yml description as dbt renders it: doc() blocks filled in, whitespace collapsed."""
    return " ".join(_DOC.sub(lambda m: blocks[m.group(1)], text or "").split())


def _tests(entry: dict) -> list[tuple[str, dict]]:
    out = []
    for test in entry.get("data_tests") or entry.get("tests") or []:
        if isinstance(test, str):
            out.append((test, {}))
        else:
            ((name, spec),) = test.items()
            spec = spec or {}
            out.append((name, spec.get("arguments", spec)))
    return out


def _column(entry: dict, blocks: dict[str, str]) -> Column:
    meta = entry.get("meta") or {}
    column = Column(entry["name"], render(entry.get("description"), blocks), meta.get("unit"))
    for name, args in _tests(entry):
        if name == "not_null":
            column.required = True
        elif name == "unique":
            column.unique = True
        elif name == "accepted_values":
            column.enum = [str(v) for v in args["values"]]
        elif name == "relationships":
            kind, first, second = _REF.search(args["to"]).groups()
            target = second if kind == "source" else first
            if kind == "source":
                column.enum_from = target
            else:
                column.reference = (target, args["field"])
    return column


def tables(path: Path = MARTS_YML) -> dict[str, Table]:
    """Every mart's documentation, by name, as the yml gives it."""
    blocks = _doc_blocks()
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    tables = {}
    for model in spec["models"]:
        table = Table(model["name"], render(model.get("description"), blocks))
        table.code_list = bool((model.get("meta") or {}).get("code_list"))
        table.columns = {c["name"]: _column(c, blocks) for c in model.get("columns", [])}
        singles = [c.name for c in table.columns.values() if c.unique and c.required]
        combos = [
            [c.strip('"') for c in args["columns"]]
            for name, args in _tests(model)
            if name == "unique_combination"
        ]
        if singles:
            table.key = singles[:1]
        elif combos and all(table.columns[c].required for c in combos[0] if c in table.columns):
            table.key = list(combos[0])
        tables[table.name] = table
    for table in tables.values():  # a column that takes its values from a code list gets its vocabulary
        for column in table.columns.values():
            if column.reference and tables.get(column.reference[0], Table("")).code_list:
                column.enum_from = column.reference[0]
    return tables


def is_sentence(text: str) -> bool:
    """A description a stranger can read: at least four words, ending with a full stop."""
    return len(text.split()) >= 4 and text.rstrip().endswith((".", ".)", '."', "。"))

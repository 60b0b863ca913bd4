"""CSV files that polars, pandas, DuckDB and a spreadsheet read right with their default settings.

Every cell is formatted by DuckDB itself (a national release has millions of rows), column by column:
- whole numbers (INTEGER, BIGINT) as digits; booleans as true/false; dates as ISO 8601 (2022-01-28);
  timestamps as ISO 8601 without a zone (2026-01-05T08:09:10, UTC);
- exact decimals (DECIMAL: amounts as printed) with every stored digit that matters and no exponent or
  padding: 24252.311082, 0.0, 232.0. One digit after the point always stays, so that a reader which guesses
  types from the first rows (polars reads 100) never takes the column for integers and then fails on a
  later 330.5;
- floating-point results (DOUBLE: shares, rates, changes, derived values) rounded to DOUBLE_DECIMALS
  places, printed the same way (-29.3, not -29.299999999999994);
- text, codes included, quoted (`"370116"`), and neutralised for spreadsheets as OWASP's CSV Injection
  guidance says (https://owasp.org/www-community/attacks/CSV_Injection): a cell starting with `=`, `+`, `-`,
  `@`, a tab or a carriage return gets a leading `'`, so that a spreadsheet shows it as text instead of
  running it as a formula. Only the CSV is changed; the Parquet files keep every text as printed.
The file starts with a UTF-8 byte-order mark, without which Excel opens Chinese as mojibake.

Rows follow the table's key, except that a few rows come first (`ordered`): for each column, the first row
(in key order) that shows its kind, a value at all (so that an empty start is not read as text) and, for
text, a value that is not a number (so that a column of printed texts such as "114", "—" is read as text,
not as integers that then fail on the dash). polars guesses types from the first 100 rows and DuckDB from a
sample; with these rows in front both guess from the whole table's evidence.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb

DOUBLE_DECIMALS = 6
# What a cell may not start with in a spreadsheet (OWASP CSV Injection): = + - @ tab carriage-return.
FORMULA_START = "=+-@\t\r"
_STARTS = ", ".join({"\t": "chr(9)", "\r": "chr(13)"}.get(c, f"'{c}'") for c in FORMULA_START)  # as SQL
BOM = b"\xef\xbb\xbf"
_INTEGER = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER",
            "UBIGINT"}  # fmt: skip


def neutralise(text: str | None) -> str | None:
    """A text cell as the CSV holds it (the SQL below does the same over whole tables)."""
    return "'" + text if text and text[0] in FORMULA_START else text


def _trimmed(expr: str) -> str:
    """A decimal's text (it has a point) without trailing zeros, keeping one digit after the point (232.0).
    rtrim rather than a regular expression: half the time over millions of cells."""
    bare = f"rtrim({expr}, '0')"
    return f"case when suffix({bare}, '.') then {bare} || '0' else {bare} end"


def cell_sql(name: str, data_type: str) -> tuple[str, bool]:
    """The SQL that formats column `name` of type `data_type` for the CSV, and whether it is quoted."""
    column = '"' + name.replace('"', '""') + '"'
    if data_type in _INTEGER or data_type == "BOOLEAN":
        return column, False
    if re.fullmatch(r"DECIMAL\(\d+,0\)", data_type):
        return f"cast({column} as varchar)", False
    if data_type.startswith("DECIMAL"):
        return _trimmed(f"cast({column} as varchar)"), False
    if data_type in {"DOUBLE", "FLOAT", "REAL"}:
        rounded = f"round({column}, {DOUBLE_DECIMALS})"
        return _trimmed(f"cast(cast({rounded} as decimal(38, {DOUBLE_DECIMALS})) as varchar)"), False
    if data_type == "DATE":
        return f"strftime({column}, '%Y-%m-%d')", False
    if data_type.startswith("TIMESTAMP"):
        return f"strftime({column}, '%Y-%m-%dT%H:%M:%S')", False
    text = f"cast({column} as varchar)"
    return f"case when left({text}, 1) in ({_STARTS}) then '''' || {text} else {text} end", True


_NUMERIC_RE = r"-?\d+(\.\d+)?"
_DECIMAL_RE = r"-?\d+\.\d+"


def _witnesses(name: str, data_type: str) -> list[str]:
    """Conditions that make a row show column `name`'s kind to a reader guessing types (see above)."""
    column = '"' + name.replace('"', '""') + '"'
    if data_type != "VARCHAR":
        return [f"{column} is not null"]
    return [
        f"{column} is not null and not regexp_full_match({column}, '{_NUMERIC_RE}')",
        f"regexp_full_match({column}, '{_DECIMAL_RE}')",
    ]


def ordered(
    relation: str, columns: list[tuple[str, str]], order: str, select: str = "* exclude (_row)"
) -> str:
    """SQL selecting `select` from `relation` in `order`, each column's first witness row (see above) in
    front; the outermost ORDER BY, so that nothing may reorder the rows after it."""
    conditions = [c for name, data_type in columns for c in _witnesses(name, data_type)]
    firsts = ", ".join(f"min(case when {c} then _row end)" for c in conditions)
    return (
        f"with numbered as (select *, row_number() over (order by {order}) as _row from {relation}), "
        f"witnesses as (select unnest([{firsts}]) as _row from numbered) "
        f"select {select} from numbered "
        "order by coalesce(_row in (select _row from witnesses where _row is not null), false) desc, _row"
    )


def write_csv(
    con: duckdb.DuckDBPyConnection, relation: str, columns: list[tuple[str, str]], order: str, path: Path
) -> None:
    """Write `relation` (its `columns`: name, DuckDB type) to `path` as the module says, rows `ordered`."""
    cells, quoted = [], []
    for name, data_type in columns:
        sql, is_text = cell_sql(name, data_type)
        cells.append(f'{sql} as "{name}"')
        if is_text:
            quoted.append(f'"{name}"')
    force = f", force_quote ({', '.join(quoted)})" if quoted else ""
    body = path.with_suffix(".body.csv")
    query = ordered(relation, columns, order, ", ".join(cells))
    con.execute(f"copy ({query}) to '{body}' (format csv, header true{force})")
    with path.open("wb") as out, body.open("rb") as f:
        out.write(BOM)
        shutil.copyfileobj(f, out, 1 << 20)
    body.unlink()

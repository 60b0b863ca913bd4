"""The open release: every mart as Parquet and as CSV, described by a Frictionless Data Package.

`make release` (`python -m release`) writes build/release/: `data/<mart>.parquet`, `data/<mart>.csv`
(UTF-8 with a byte-order mark, so that Excel opens the Chinese), `datapackage.json` whose fields carry the
descriptions dbt wrote into the warehouse (persist_docs), and a README naming the sources and how the data
was made. It reads the published warehouse read-only.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import duckdb

from ingest.pipeline.paths import BUILD_DIR, warehouse_path

OUT = BUILD_DIR / "release"
# DuckDB column types → Frictionless Table Schema types.
_TYPES = {
    "VARCHAR": "string", "BOOLEAN": "boolean", "DATE": "date", "TIMESTAMP": "datetime", "DOUBLE": "number",
    "FLOAT": "number", "INTEGER": "integer", "BIGINT": "integer", "SMALLINT": "integer", "HUGEINT": "integer",
}  # fmt: skip


def _type(duckdb_type: str) -> str:
    if duckdb_type.startswith("DECIMAL"):
        return "number"
    return _TYPES.get(duckdb_type, "any")


def _resource(con: duckdb.DuckDBPyConnection, table: str, folder: Path) -> dict:
    csv, parquet = folder / f"{table}.csv", folder / f"{table}.parquet"
    con.execute(f"copy marts.{table} to '{parquet}' (format parquet)")
    frame = con.sql(f"select * from marts.{table}").arrow().read_all()
    import pyarrow.csv as pacsv

    with csv.open("wb") as f:
        f.write(b"\xef\xbb\xbf")  # Excel reads UTF-8 only after a byte-order mark
        pacsv.write_csv(frame, f)
    (comment,) = con.execute(
        "select comment from duckdb_tables() where schema_name = 'marts' and table_name = ?", [table]
    ).fetchone()
    columns = con.execute(
        "select column_name, data_type, comment from duckdb_columns() where schema_name = 'marts' "
        "and table_name = ? order by column_index",
        [table],
    ).fetchall()
    return {
        "name": table,
        "path": f"data/{table}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig",
        "description": (comment or "").strip(),
        "schema": {
            "fields": [
                {"name": name, "type": _type(dtype), "description": (text or "").strip()}
                for name, dtype, text in columns
            ]
        },
    }


def release(db: Path | None = None, out: Path = OUT) -> Path:
    """Write the release folder from the warehouse; return the path of datapackage.json."""
    db = db or warehouse_path()
    shutil.rmtree(out, ignore_errors=True)
    (out / "data").mkdir(parents=True)
    with duckdb.connect(str(db), read_only=True) as con:
        tables = [
            name
            for (name,) in con.execute(
                "select table_name from duckdb_tables() where schema_name = 'marts' order by table_name"
            ).fetchall()
        ]
        resources = [_resource(con, table, out / "data") for table in tables]
        reports = con.execute(
            "select count(*), min(report_year), max(report_year) from marts.dim_report"
        ).fetchone()
    package = {
        "name": "nianbao",
        "title": "nianbao: China's government-information-disclosure annual reports as data",
        "description": (
            "Numbers of 政府信息公开工作年度报告 (applications and how they were handled, administrative "
            "review and litigation, licensing, penalties and coercion, narrative claims, work plans), read "
            "from the reports as published, checked against the tables' own identities, with provenance."
        ),
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "sources": [
            {"title": "The annual reports as published by each reporting body (raw.files in the warehouse)"}
        ],
        "resources": resources,
    }
    path = out / "datapackage.json"
    path.write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
    (out / "README.md").write_text(_readme(tables, reports), encoding="utf-8")
    return path


def _readme(tables: list[str], reports: tuple) -> str:
    count, first, last = reports
    listed = "\n".join(f"- `data/{t}.csv` and `data/{t}.parquet`" for t in tables)
    return f"""# nianbao release

{count} government-information-disclosure annual reports (政府信息公开工作年度报告), {first}–{last}, as data.

## Sources
Each report as its reporting body published it (a portal's page, a Word file, a PDF, or a crawl's page
text); the file, its SHA-256 and, where the source records one, its page URL are in `dim_report`
(`source_path`, `source_sha256`, `source_url`).

## How it was made
nianbao reads each report with the reader of its format,
finds the national template's rows by their labels, loads every value exactly as printed (a value it could
not read is missing with its reason, never 0), checks the tables' own identities (`dq_findings`), and builds
these tables with dbt. Reports that contradict themselves are kept as printed; the findings say where.

## Files
{listed}
- `datapackage.json`: a Frictionless Data Package describing every table and column.

CSV files are UTF-8 with a byte-order mark (so that Excel opens the Chinese); Parquet keeps exact types.
"""

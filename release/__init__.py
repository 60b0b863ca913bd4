"""The open release: every mart as Parquet and as CSV, described by a Frictionless Data Package.

`make release` (`python -m release`) writes build/release/nianbao-<version>/, the version being the date
(YYYY.MM.DD, UTC):
- `data/<table>.parquet` (exact types, every text as printed) and `data/<table>.csv` (read right with
  default settings; release.csvfile says how each type is printed and how cells are made safe for
  spreadsheets), rows in the order of the table's key;
- `datapackage.json`: version, created time, licence, and a Table Schema per table with keys, foreign keys,
  enumerations and units, all taken from the dbt documentation (release.docs, release.schema);
- `README.md`, `CITATION.cff`, `codebook.md` and `codebook.html` (release.texts, release.codebook);
- `SHA256SUMS` of every other file (`sha256sum -c SHA256SUMS`).
It reads the published warehouse read-only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import duckdb

from ingest.pipeline.paths import BUILD_DIR, warehouse_path
from release import codebook, csvfile, docs, texts
from release.schema import table_schema

OUT = BUILD_DIR / "release"


def version_of(moment: dt.datetime) -> str:
    """The release's date-based version (CalVer YYYY.MM.DD): sorts by date, says when the data were cut."""
    return moment.astimezone(dt.UTC).strftime("%Y.%m.%d")


# Bookkeeping of the build, not data: the dbt invocation that wrote the row (the incremental marts'
# `built_in`, which their tests are limited to: dbt_project/macros/tests_scope.sql). Left out of the release.
UNRELEASED_COLUMNS = ("built_in",)


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return con.execute(
        "select column_name, data_type from duckdb_columns() where schema_name = 'marts' "
        "and table_name = ? and column_name not in (select unnest(?)) order by column_index",
        [table, list(UNRELEASED_COLUMNS)],
    ).fetchall()


def _vocabularies(con: duckdb.DuckDBPyConnection, documented: dict[str, docs.Table]) -> dict[str, list[str]]:
    """The values of every code list the schema's enumerations take: a released code-list table's key, or
    a raw source table's first column (raw.scopes)."""
    out = {}
    for table in documented.values():
        if table.code_list and table.key:
            out[table.name] = [
                v for (v,) in con.execute(f"select {table.key[0]} from marts.{table.name}").fetchall()
            ]
        for column in table.columns.values():
            if column.enum_from and column.enum_from not in documented and column.enum_from not in out:
                out[column.enum_from] = [
                    v for (v,) in con.execute(f"select * from raw.{column.enum_from}").fetchall()
                ]
    return out


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _sums(folder: Path) -> str:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "SHA256SUMS")
    return "".join(f"{_sha256(p)}  {p.relative_to(folder).as_posix()}\n" for p in files)


def release(
    db: Path | None = None, out: Path = OUT, version: str | None = None, created: dt.datetime | None = None
) -> Path:
    """Write the release folder out/nianbao-<version> from the warehouse; return its datapackage.json."""
    db = db or warehouse_path()
    created = (created or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    version = version or version_of(created)
    folder = out / f"nianbao-{version}"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "data").mkdir(parents=True)
    documented = docs.tables()
    resources, rows = [], {}
    with duckdb.connect(str(db), read_only=True) as con:
        names = [n for (n,) in con.execute(  # tables and views (dq_findings)
            "select table_name from information_schema.tables where table_schema = 'marts' "
            "order by table_name"
        ).fetchall()]  # fmt: skip
        missing = [n for n in names if n not in documented]
        if missing:
            raise ValueError(f"release: marts {missing} are not documented: add them to {docs.MARTS_YML}")
        vocabularies = _vocabularies(con, documented)
        for name in names:
            table, columns = documented[name], _columns(con, name)
            order = ", ".join(f'"{k}"' for k in (table.key or [c for c, _ in columns]))
            rows_sql = csvfile.ordered(f"marts.{name}", columns, order)
            con.execute(f"copy ({rows_sql}) to '{folder / 'data' / name}.parquet' (format parquet)")
            csvfile.write_csv(con, f"marts.{name}", columns, order, folder / "data" / f"{name}.csv")
            (rows[name],) = con.execute(f"select count(*) from marts.{name}").fetchone()
            resources.append({
                "name": name,
                "path": f"data/{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "description": table.description,
                "schema": table_schema(table, columns, vocabularies, set(names)),
            })  # fmt: skip
        reports = con.execute(
            "select count(*), min(report_year), max(report_year) from marts.dim_report"
        ).fetchone()
    package = {
        "name": "nianbao",
        "title": texts.TITLE,
        "description": texts.DESCRIPTION,
        "version": version,
        "created": created.isoformat().replace("+00:00", "Z"),
        "licenses": [texts.LICENSE],
        "contributors": [{"title": texts.AUTHOR, "role": "author"}],
        "keywords": texts.KEYWORDS,
        "sources": [{
            "title": "The annual reports as published by each reporting body: per report, the page it was "
            "taken from (where known), its printed date, file hash and format are in dim_report"
        }],
        "resources": resources,
    }  # fmt: skip
    path = folder / "datapackage.json"
    path.write_text(json.dumps(package, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (folder / "README.md").write_text(texts.readme(package, rows, reports), encoding="utf-8")
    (folder / "CITATION.cff").write_text(
        texts.citation_cff(version, created.date().isoformat()), encoding="utf-8"
    )
    book = codebook.markdown(package, rows)
    (folder / "codebook.md").write_text(book, encoding="utf-8")
    (folder / "codebook.html").write_text(
        codebook.html_page(book, f"Codebook: {texts.TITLE}"), encoding="utf-8"
    )
    (folder / "SHA256SUMS").write_text(_sums(folder), encoding="utf-8")
    return path

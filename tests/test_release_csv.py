"""The release's CSV writer (release/csvfile.py) on a table made to break readers that guess types: 300 rows
whose first 250 show nothing of a column's kind (all null, all whole numbers, texts that look like numbers).
With the default settings, polars guesses from 100 rows: without the witness rows in front it failed on the
first dash (`could not parse "—" as i64`) and read the empty start as text."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pytest

from release.csvfile import DOUBLE_DECIMALS, cell_sql, neutralise, ordered, write_csv


@pytest.fixture
def written(tmp_path: Path) -> Path:
    con = duckdb.connect()
    con.execute("""
        create table t as
        select
            i,
            case when i > 250 then i end as late_count,
            cast(case when i = 290 then 330.97 else 232 end as decimal(38, 10)) as amount,
            case when i = 280 then 1 / 3 end as share,
            case when i = 270 then '—' else cast(i as varchar) end as value_text,
            case when i = 260 then '=HYPERLINK("http://attacker.invalid","x")' else 'ok' end as label
        from range(1, 301) as r(i)
    """)
    columns = con.execute(
        "select column_name, data_type from duckdb_columns() where table_name = 't' order by column_index"
    ).fetchall()
    path = tmp_path / "t.csv"
    write_csv(con, "t", columns, '"i"', path)
    return path


def test_polars_reads_every_column_right_with_default_settings(written):
    frame = pl.read_csv(written)
    assert frame.schema["late_count"] == pl.Int64
    assert frame.schema["amount"] == pl.Float64
    assert frame.schema["share"] == pl.Float64
    assert frame.schema["value_text"] == pl.String
    rows = {r["i"]: r for r in frame.to_dicts()}
    assert len(rows) == 300
    assert rows[290]["amount"] == 330.97 and rows[1]["amount"] == 232.0
    assert rows[280]["share"] == round(1 / 3, DOUBLE_DECIMALS)
    assert rows[270]["value_text"] == "—" and rows[12]["value_text"] == "12"
    assert rows[251]["late_count"] == 251 and rows[1]["late_count"] is None
    assert rows[260]["label"] == '\'=HYPERLINK("http://attacker.invalid","x")'


def test_pandas_and_duckdb_read_the_same(written):
    frame = pd.read_csv(written)
    assert frame["value_text"].tolist().count("—") == 1 and "12" in frame["value_text"].tolist()
    relation = duckdb.sql(f"select * from read_csv('{written}')")
    types = dict(zip([d[0] for d in relation.description], map(str, relation.types), strict=True))
    assert (
        types["late_count"] == "BIGINT" and types["amount"] == "DOUBLE" and types["value_text"] == "VARCHAR"
    )


def test_rows_follow_the_key_after_the_witness_rows(written):
    """In front, in key order: row 1 (the first value of i, amount and label, and label's first text),
    251 (late_count's first), 270 (value_text's first non-number, the dash) and 280 (share's first)."""
    ids = pl.read_csv(written)["i"].to_list()
    assert ids[:4] == [1, 251, 270, 280]
    assert ids[4:] == [i for i in range(1, 301) if i not in {1, 251, 270, 280}]


def test_decimals_are_exact_without_exponent_or_padding():
    con = duckdb.connect()
    expr, quoted = cell_sql("v", "DECIMAL(38,10)")
    values = ["0", "232", "24252.311082", "-3.5", "0.0000000001"]
    got = [
        con.execute(f"select {expr} from (select cast('{v}' as decimal(38, 10)) as v)").fetchone()[0]
        for v in values
    ]
    assert got == ["0.0", "232.0", "24252.311082", "-3.5", "0.0000000001"] and not quoted
    assert all(Decimal(g) == Decimal(v) for g, v in zip(got, values, strict=True))
    expr, _ = cell_sql("v", "DOUBLE")
    assert con.execute(f"select {expr} from (select -29.299999999999994 as v)").fetchone()[0] == "-29.3"
    assert con.execute(f"select {expr} from (select 1e-9 as v)").fetchone()[0] == "0.0"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_owasp_formula_starts_are_prefixed(text):
    con = duckdb.connect()
    expr, quoted = cell_sql("v", "VARCHAR")
    assert quoted
    assert (
        con.execute(f"select {expr} from (select ? as v)", [text]).fetchone()[0]
        == "'" + text
        == neutralise(text)
    )
    assert con.execute(f"select {expr} from (select 'a=1' as v)").fetchone()[0] == "a=1"


def test_ordered_keeps_every_row_once():
    con = duckdb.connect()
    con.execute("create table u as select i, case when i % 7 = 0 then 'x' end as s from range(50) r(i)")
    sql = ordered("u", [("i", "BIGINT"), ("s", "VARCHAR")], "i")
    assert sorted(i for (i, _s) in con.execute(sql).fetchall()) == list(range(50))

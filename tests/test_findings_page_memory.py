"""Bug (issue 29, `make bench N=100000`): the full build failed in the checks step with DuckDB's "Out of
Memory Error" while writing the findings page. The page's parts (about 600 MB of HTML at 100,000 synthetic
reports) were read back with one `order by` over the parts themselves, which DuckDB did not spill within the
build's memory limit (1 GB there). The parts must come back in the page's order whatever their total size
against the limit.

Here the limit is 64 MB and the parts are about 130 MB: 40,000 reports' parts of 3,200 characters, each part
naming its report; the order expected is written out by hand: errors first, then warnings (SEVERITIES'
order), each by report id.
"""

from __future__ import annotations

import duckdb

from expectations import page

PARTS = 40_000


def test_parts_larger_than_the_memory_limit_come_back_in_the_page_order(tmp_path):
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        con.execute(f"set memory_limit = '64MB'; set temp_directory = '{tmp_path / 'spill'}'")
        con.execute("set threads = 2")
        con.execute(page.FRAGMENTS_DDL)
        # Report ids r00000 … r39999; every third (k % 3 = 0) has an error part, the others a warning part.
        # Row i holds report k = i × 7919 mod 40,000 (7919 is prime to 40,000: each k once), so that the
        # table's order is not the page's.
        con.execute(
            f"insert into {page.FRAGMENTS_TABLE} "
            "select case when k % 3 = 0 then 'error' else 'warning' end, 'r' || lpad(k::varchar, 5, '0'), "
            "1, 0, 0, '<h3>r' || lpad(k::varchar, 5, '0') || '</h3>' || repeat('x', 3200), 'x' "
            f"from (select i * 7919 % {PARTS} as k from range({PARTS}) as t(i))"
        )
        got = [(severity, fragment[:10]) for severity, fragment in page._fragments(con)]
    errors = [("error", f"<h3>r{k:05d}") for k in range(0, PARTS, 3)]
    warnings = [("warning", f"<h3>r{k:05d}") for k in range(PARTS) if k % 3]
    assert got == errors + warnings
    assert not list((tmp_path / "spill").glob("page_parts_*"))  # the bucket files are gone

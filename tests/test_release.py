"""The open release: every mart as Parquet and CSV, a Frictionless Data Package that validates."""

from __future__ import annotations

import json

import polars as pl
import pytest
from conftest import query

from release import release


@pytest.fixture(scope="module")
def package(warehouse, tmp_path_factory):
    return release(warehouse, tmp_path_factory.mktemp("release") / "release")


def test_the_package_validates_with_frictionless(package):
    from frictionless import Package

    report = Package(str(package)).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_every_mart_is_released_with_its_documentation(package, warehouse):
    spec = json.loads(package.read_text(encoding="utf-8"))
    marts = [
        name
        for (name,) in query(warehouse, "select table_name from duckdb_tables() where schema_name = 'marts'")
    ]
    assert sorted(r["name"] for r in spec["resources"]) == sorted(marts)
    for resource in spec["resources"]:
        assert resource["description"], resource["name"]
        assert all(field["description"] for field in resource["schema"]["fields"]), resource["name"]
        assert (package.parent / "data" / f"{resource['name']}.parquet").exists()


def test_csv_opens_in_excel_and_reloads_with_polars(package, warehouse):
    csv = package.parent / "data" / "dim_report.csv"
    assert csv.read_bytes()[:3] == b"\xef\xbb\xbf"  # the byte-order mark Excel needs for Chinese
    frame = pl.read_csv(csv, encoding="utf8-lossy")
    assert frame.height == query(warehouse, "select count(*) from marts.dim_report")[0][0]
    assert "昌乐县人民政府办公室" in frame["reporting_body_zh"].to_list()
    parquet = pl.read_parquet(package.parent / "data" / "fct_licensing_volumes.parquet")
    assert 295613 in parquet["licensing_decisions"].to_list()  # Lanshan's 行政许可, read by hand

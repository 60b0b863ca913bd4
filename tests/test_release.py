"""The open release (release/): files that read right with default settings, a schema whose keys,
references and vocabularies `frictionless validate` enforces, provenance per report and per value, cells
safe in a spreadsheet, a licence, a citation, a codebook and checksums.

One build of the test's own documents: the 2021 seed reports of 兰山区, 罗庄区 and 莱芜区, the 2019 and 2021
page-text reports of 平潭's 行政审批局 (2019 template; a page with its 原文链接), and 昌乐县's office report
whose title line a hostile publisher has turned into a spreadsheet formula, and 莱芜区's 2022 work plan.
Values below are read by hand
from those documents.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest
import yaml
from conftest import CORPUS, SAMPLES, full_build, query, seed_text

from release import release
from release.__main__ import main
from release.csvfile import DOUBLE_DECIMALS, FORMULA_START
from release.docs import is_sentence

# A formula before the body's name on the title's first line (a line holding only a formula is read as a
# stray line before the title since issue 24, and would reach no mart).
HOSTILE = '=HYPERLINK("http://attacker.invalid/x")昌乐县人民政府办公室'
CREATED = dt.datetime(2026, 1, 31, 9, 30, tzinfo=dt.UTC)
HZS_2021_URL = (
    "https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqhzs/zfxxgknb/202201/t20220119_80609.htm"
)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("release_docs") / "raw"
    raw.mkdir()
    for name in ("2021_lanshan.txt", "2021_luozhuang.txt", "2021_laiwu.txt"):
        (raw / name).write_text(seed_text(name), encoding="utf-8")
    changle = seed_text("2021_changle_office.txt")
    first, rest = changle.split("\n", 1)
    assert first == "昌乐县人民政府办公室"
    (raw / "2021_changle_office.txt").write_text(HOSTILE + "\n" + rest, encoding="utf-8")
    for name in ("hzs_2019.txt", "hzs_2021.txt"):
        shutil.copy(SAMPLES / "pagetext" / name, raw / name)
    shutil.copytree(CORPUS / "workplans", raw / "workplans")
    return raw


@pytest.fixture(scope="module")
def own_warehouse(documents: Path) -> Path:
    return full_build(documents.parent, documents)[0]


@pytest.fixture(scope="module")
def package(own_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return release(own_warehouse, tmp_path_factory.mktemp("release"), created=CREATED)


@pytest.fixture(scope="module")
def spec(package: Path) -> dict:
    return json.loads(package.read_text(encoding="utf-8"))


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _resource(spec: dict, name: str) -> dict:
    return next(r for r in spec["resources"] if r["name"] == name)


# --- the package ---------------------------------------------------------------------------------------


def test_the_release_folder_is_named_by_its_date_based_version(package, spec):
    assert spec["version"] == "2026.01.31"
    assert spec["created"] == "2026-01-31T09:30:00Z"
    assert package.parent.name == "nianbao-2026.01.31"
    assert {p.name for p in package.parent.iterdir()} == {
        "data", "datapackage.json", "README.md", "CITATION.cff", "codebook.md", "codebook.html", "SHA256SUMS"
    }  # fmt: skip


def test_the_package_validates_with_frictionless(package):
    from frictionless import Package

    report = Package(str(package)).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_frictionless_enforces_keys_references_and_vocabularies(package, tmp_path):
    """A copy with a duplicated key, a report that does not exist and an outcome outside the template
    fails validation, each for its own reason: the schema's constraints are checked, not decoration."""
    from frictionless import Package

    copy = tmp_path / "copy"
    shutil.copytree(package.parent, copy)
    path = copy / "data" / "fct_applications_by_outcome.csv"
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    header = next(csv.reader([lines[0]]))
    row = next(csv.reader([lines[1]]))
    bad_report = dict(zip(header, row, strict=True)) | {"report_id": "r_does_not_exist"}
    bad_outcome = dict(zip(header, row, strict=True)) | {"outcome_code": "bogus_outcome"}
    extra = [lines[1]] + [
        ",".join(f'"{v}"' if v else "" for v in r.values()) for r in (bad_report, bad_outcome)
    ]
    path.write_text("\ufeff" + "\n".join(lines + extra) + "\n", encoding="utf-8")
    report = Package(str(copy / "datapackage.json")).validate()
    types = {error[0] for error in report.flatten(["type"])}
    assert {"primary-key", "foreign-key", "constraint-error"} <= types, types


def test_licence_citation_and_version_are_present(package, spec):
    root = Path(__file__).resolve().parents[1]
    assert (root / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert yaml.safe_load((root / "CITATION.cff").read_text(encoding="utf-8"))["license"] == "MIT"
    assert spec["licenses"] == [{
        "name": "CC-BY-4.0",
        "title": "Creative Commons Attribution 4.0 International",
        "path": "https://creativecommons.org/licenses/by/4.0/",
    }]  # fmt: skip
    citation = yaml.safe_load((package.parent / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0" and citation["type"] == "dataset"
    assert citation["version"] == "2026.01.31" and citation["date-released"] == "2026-01-31"
    assert citation["license"] == "CC-BY-4.0" and citation["authors"]


def test_the_readme_says_what_a_row_is_where_it_came_from_and_how_to_cite(package, spec):
    text = (package.parent / "README.md").read_text(encoding="utf-8")
    for heading in ("## What a row is", "## Where it came from", "## How to cite"):
        assert heading in text
    assert "[codebook.md](codebook.md)" in text and "codebook.html" in text
    assert "Regulations of the People's Republic of China on Open Government Information" in text
    assert "version 2026.01.31" in text and "Creative Commons Attribution 4.0" in text
    for resource in spec["resources"]:
        assert f"- `{resource['name']}` (" in text


def test_sha256sums_cover_every_file(package):
    folder = package.parent
    sums = dict(
        reversed(line.split("  ", 1))
        for line in (folder / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    )
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    assert set(sums) == files
    for name, digest in sums.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


# --- the schema ----------------------------------------------------------------------------------------


def test_every_mart_is_released_with_full_sentence_descriptions(spec, package, own_warehouse):
    marts = [
        n
        for (n,) in query(
            own_warehouse, "select table_name from information_schema.tables where table_schema = 'marts'"
        )
    ]
    assert sorted(r["name"] for r in spec["resources"]) == sorted(marts)
    assert "dq_findings" in marts and "fct_report_values" in marts  # a view and a new table, both released
    weak = [
        (r["name"], f["name"], f["description"])
        for r in spec["resources"]
        for f in r["schema"]["fields"]
        if not is_sentence(f["description"])
    ] + [(r["name"], "", r["description"]) for r in spec["resources"] if not is_sentence(r["description"])]
    assert weak == []
    for resource in spec["resources"]:
        assert (package.parent / "data" / f"{resource['name']}.parquet").exists()


def test_keys_references_vocabularies_and_units(spec):
    schemas = {r["name"]: r["schema"] for r in spec["resources"]}
    fields = {(r, f["name"]): f for r, s in schemas.items() for f in s["fields"]}
    assert schemas["dim_report"]["primaryKey"] == ["report_id"]
    assert schemas["fct_applications_by_outcome"]["primaryKey"] == [
        "report_id",
        "outcome_code",
        "applicant_type",
    ]
    assert schemas["fct_report_values"]["primaryKey"] == ["report_id", "section", "row_code", "col_code"]
    assert schemas["dq_findings"]["primaryKey"] == ["report_id", "suite", "check"]
    assert {
        "fields": ["report_id"],
        "reference": {"resource": "dim_report", "fields": ["report_id"]},
    } in schemas["fct_applications_by_outcome"]["foreignKeys"]
    assert {
        "fields": ["division_code"],
        "reference": {"resource": "dim_jurisdiction", "fields": ["division_code"]},
    } in schemas["dim_report"]["foreignKeys"]
    # Coded columns carry their vocabulary: the template's rows and columns, the scopes, the severities.
    outcomes = fields[("fct_applications_by_outcome", "outcome_code")]["constraints"]["enum"]
    assert {"handled_total", "granted", "denied_state_secret", "carried_forward"} <= set(outcomes)
    assert fields[("fct_applications_by_outcome", "applicant_type")]["constraints"]["enum"] == [
        "business", "legal_service", "natural_person", "other_org", "public_interest_org",
        "research_institution", "total",
    ]  # fmt: skip
    scopes = ["department", "government", "government_office", "township", "zone_authority"]
    assert fields[("dim_report", "scope")]["constraints"]["enum"] == scopes
    assert fields[("fct_review_litigation", "scope")]["constraints"]["enum"] == scopes
    assert fields[("dq_findings", "severity")]["constraints"]["enum"] == [
        "error",
        "info",
        "quarantine",
        "warning",
    ]
    assert fields[("fct_narrative_claims", "severity")]["constraints"]["enum"] == ["info", "warning"]
    # Codes are strings; units are field metadata.
    assert fields[("dim_report", "division_code")]["type"] == "string"
    assert fields[("fct_licensing_volumes", "fees_10k_yuan")]["unit"] == "万元"
    assert fields[("fct_applications_by_outcome", "applications")]["unit"] == "件"
    assert fields[("fct_yoy", "change_pct")]["unit"] == "%"
    assert fields[("fct_disclosure_rates", "granted_share")]["csvDecimalPlaces"] == DOUBLE_DECIMALS


def test_the_codebook_describes_every_column_in_one_self_contained_page(package, spec):
    markdown = (package.parent / "codebook.md").read_text(encoding="utf-8")
    page = (package.parent / "codebook.html").read_text(encoding="utf-8")
    for resource in spec["resources"]:
        assert f"## {resource['name']}" in markdown and f'id="{resource["name"]}"' in page
        for field in resource["schema"]["fields"]:
            assert f"| `{field['name']}` |" in markdown
    assert "<table>" in page and "<style>" in page
    assert not re.search(r"<(script|link|img|iframe)\b", page)  # nothing fetched: it opens offline
    assert "one of `department`, `government`" in markdown


# --- the CSV files -------------------------------------------------------------------------------------


def _canonical(value, field: dict):
    """A cell as a comparable value, whichever library read it (pandas NaN, polars None, DuckDB date)."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return None
    kind = field["type"]
    if kind == "number":
        return round(Decimal(str(value)), DOUBLE_DECIMALS)
    if kind == "integer":
        return int(value)
    if kind == "boolean":
        return bool(value)
    if kind in ("date", "datetime"):
        return str(value).replace(" ", "T")[: 10 if kind == "date" else 19]
    if isinstance(value, float) and value.is_integer():  # pandas: an all-digit code column with gaps
        return str(int(value))
    return str(value)


def _expected(value, field: dict):
    if value is None:
        return None
    kind = field["type"]
    if kind == "number":
        return round(Decimal(str(value)), DOUBLE_DECIMALS)
    if kind in ("date", "datetime"):
        return value.isoformat()[: 10 if kind == "date" else 19]
    if kind == "string":
        return "'" + value if value and value[0] in FORMULA_START else value
    return value


READERS = {
    "polars": lambda path: pl.read_csv(path).to_dicts(),
    "pandas": lambda path: pd.read_csv(path).to_dict("records"),
    "duckdb": lambda path: _duckdb_rows(path),
}


def _duckdb_rows(path: Path) -> list[dict]:
    relation = duckdb.sql(f"select * from read_csv('{path}')")
    names = [d[0] for d in relation.description]
    return [dict(zip(names, row, strict=True)) for row in relation.fetchall()]


@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_csv_reads_with_default_settings_as_its_parquet_file(spec, package, reader):
    """Each library's defaults find every Parquet value: numbers as numbers (counts as integers),
    decimals exact, dates ISO, text as stored (with the spreadsheet guard). A code the library takes for a
    number reads back to the same digits (no 行政区划代码 starts with 0)."""
    for resource in spec["resources"]:
        name, fields = resource["name"], resource["schema"]["fields"]
        parquet = pq.read_table(package.parent / "data" / f"{name}.parquet").to_pylist()
        rows = READERS[reader](package.parent / resource["path"])
        assert len(rows) == len(parquet), name
        if not parquet:
            continue
        assert list(rows[0]) == [f["name"] for f in fields], name
        for field in fields:
            column = field["name"]
            got = [_canonical(r[column], field) for r in rows]
            want = [_expected(r[column], field) for r in parquet]
            if field["type"] == "string":
                got = [None if g is None else str(g) for g in got]
                if reader == "pandas":  # pandas reads an empty text ("") as missing, like every empty cell
                    want = [None if w == "" else w for w in want]
            assert got == want, (reader, name, column)


def test_counts_read_as_integers_and_amounts_as_decimals_by_default(spec, package):
    """polars and DuckDB type every column right from the file alone (pandas has no integer with gaps)."""
    for resource in spec["resources"]:
        path = package.parent / resource["path"]
        frame = pl.read_csv(path)
        relation = duckdb.sql(f"select * from read_csv('{path}')")
        types = {d[0]: str(t) for d, t in zip(relation.description, relation.types, strict=True)}
        for field in resource["schema"]["fields"]:
            column = field["name"]
            if frame[column].null_count() == frame.height:
                continue  # an empty column has no type to guess
            if field["type"] == "integer":
                assert frame[column].dtype.is_integer(), (resource["name"], column)
                assert types[column] in {"BIGINT", "INTEGER"}, (resource["name"], column)
            elif field["type"] == "number":
                assert frame[column].dtype == pl.Float64, (resource["name"], column)
                assert types[column] == "DOUBLE", (resource["name"], column)


def test_numbers_are_printed_exactly_without_exponent_or_padding(spec, package):
    number = re.compile(r"-?\d+(\.\d*[1-9]|\.0)?")
    for resource in spec["resources"]:
        rows = _csv_rows(package.parent / resource["path"])
        for field in resource["schema"]["fields"]:
            if field["type"] in ("number", "integer"):
                bad = [
                    r[field["name"]]
                    for r in rows
                    if r[field["name"]] and not number.fullmatch(r[field["name"]])
                ]
                assert bad == [], (resource["name"], field["name"], bad[:3])
    fees = {
        r["report_id"]: r["fees_10k_yuan"]
        for r in _csv_rows(package.parent / "data" / "fct_licensing_volumes.csv")
    }
    reports = {
        r["source_path"].rsplit("/", 1)[-1]: r["report_id"]
        for r in _csv_rows(package.parent / "data" / "dim_report.csv")
    }
    assert fees[reports["2021_laiwu.txt"]] == "31574.8267"  # 莱芜区: 行政事业性收费 31574.8267 万元
    assert fees[reports["hzs_2021.txt"]] == "16220.85"  # 平潭 行政审批局 2021: 16220.85 万元
    claims = _csv_rows(package.parent / "data" / "fct_narrative_claims.csv")
    laiwu = [c for c in claims if c["report_id"] == reports["2021_laiwu.txt"] and c["number_text"] == "29.3"]
    assert laiwu and {c["value"] for c in laiwu} == {"-29.3"}  # 同比减少29.3%: a decrease, as printed
    licensing = {
        r["report_id"]: r["licensing_decisions"]
        for r in _csv_rows(package.parent / "data" / "fct_licensing_volumes.csv")
    }
    assert licensing[reports["2021_lanshan.txt"]] == "295613"  # 兰山区 行政许可 295613, a count as an integer


def test_codes_are_quoted_strings(package):
    text = (package.parent / "data" / "dim_report.csv").read_text(encoding="utf-8-sig")
    assert '"370116"' in text  # 莱芜区's 行政区划代码, quoted as text
    assert text.startswith('"report_id","division_code"')


# --- spreadsheet safety -------------------------------------------------------------------------------


def test_a_formula_in_a_title_is_neutralised_in_the_csv_and_kept_in_parquet(package, own_warehouse):
    assert query(own_warehouse, "select count(*) from raw.reports where title like '=HYPERLINK(%'")[0][0] == 1
    hits = 0
    for path in sorted((package.parent / "data").glob("*.parquet")):
        table = pq.read_table(path).to_pylist()
        rows = _csv_rows(path.with_suffix(".csv"))
        for stored, written in zip(table, rows, strict=True):
            for column, value in stored.items():
                if isinstance(value, str) and value.startswith("=HYPERLINK("):
                    assert written[column] == "'" + value, (path.name, column)
                    hits += 1
    assert hits >= 1  # the hostile title reached the marts (as printed) and every copy is guarded


def test_no_text_cell_starts_with_a_formula_character(spec, package):
    for resource in spec["resources"]:
        rows = _csv_rows(package.parent / resource["path"])
        for field in resource["schema"]["fields"]:
            if field["type"] in ("number", "integer"):
                continue  # a number (-29.3) is a number to a spreadsheet, not a formula
            bad = [r[field["name"]] for r in rows if r[field["name"]][:1] in tuple(FORMULA_START)]
            assert bad == [], (resource["name"], field["name"], bad[:3])


# --- provenance ----------------------------------------------------------------------------------------


def test_provenance_per_report(package, documents):
    from ingest.pipeline.load import parser_fingerprint

    reports = {
        r["source_path"].rsplit("/", 1)[-1]: r for r in _csv_rows(package.parent / "data" / "dim_report.csv")
    }
    for name, report in reports.items():
        assert report["source_sha256"] == hashlib.sha256((documents / name).read_bytes()).hexdigest(), name
        assert report["source_format"] == ("pagetext" if name.startswith("hzs_") else "text")
        assert report["parser_version"] == parser_fingerprint()
    assert reports["hzs_2021.txt"]["source_url"] == HZS_2021_URL  # the page's 原文链接
    assert reports["2021_lanshan.txt"]["source_url"] == ""  # a Word text without a page: unknown, not guessed
    assert reports["2021_changle_office.txt"]["published_on"] == "2022-01-26"  # signed 2022年1月26日


def test_every_value_keeps_its_cell_and_its_text_as_printed(package):
    reports = {
        r["source_path"].rsplit("/", 1)[-1]: r["report_id"]
        for r in _csv_rows(package.parent / "data" / "dim_report.csv")
    }
    values = {
        (r["report_id"], r["section"], r["row_code"], r["col_code"]): r
        for r in _csv_rows(package.parent / "data" / "fct_report_values.csv")
    }
    lanshan = values[(reports["2021_lanshan.txt"], "2", "licensing", "decisions")]
    assert (lanshan["value"], lanshan["value_text"], lanshan["row_label_zh"]) == (
        "295613.0",
        "295613",
        "行政许可",
    )
    fees = values[(reports["hzs_2021.txt"], "2", "fees", "amount_10k_yuan")]
    assert (fees["value"], fees["value_text"], fees["unit"]) == ("16220.85", "16220.85", "万元")
    assert fees["source_line"]


# --- the command line ----------------------------------------------------------------------------------


def test_the_command_line_has_help_and_rejects_unknown_options(tmp_path, capsys, own_warehouse):
    with pytest.raises(SystemExit) as help_exit:
        main(["--help"])
    assert help_exit.value.code == 0 and "--version" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad_exit:
        main(["--warehouse", str(own_warehouse), "--out", str(tmp_path / "out"), "--bogus"])
    assert bad_exit.value.code == 2 and "unrecognized arguments: --bogus" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--out", str(tmp_path / "out"), "--version", "latest"])
    assert main(["--warehouse", str(tmp_path / "missing.duckdb"), "--out", str(tmp_path / "out")]) == 2
    assert "does not exist: run `make build` first" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()  # nothing written
    assert (
        main(["--warehouse", str(own_warehouse), "--out", str(tmp_path / "out"), "--version", "2026.02.01"])
        == 0
    )
    assert (tmp_path / "out" / "nianbao-2026.02.01" / "datapackage.json").exists()

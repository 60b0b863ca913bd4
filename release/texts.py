"""The release's prose: its README, its CITATION.cff and the licence notice of the data."""

from __future__ import annotations

TITLE = "nianbao: China's government-information-disclosure annual reports as data"
DESCRIPTION = (
    "Numbers of 政府信息公开工作年度报告 (government-information-disclosure annual reports): applications "
    "and how they were handled, administrative review and litigation, licensing, penalties and coercion, "
    "the figures the reports' prose states, and work plans, read from the reports as published, checked "
    "against the tables' own identities, with the provenance of every report and value."
)
KEYWORDS = ["government transparency", "open government information", "China", "政府信息公开",
            "annual reports", "年度报告"]  # fmt: skip
AUTHOR = "The nianbao contributors"
LICENSE = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
SOURCE_STATUS = (
    "The source documents are government information that each reporting body published itself under the "
    "Regulations of the People's Republic of China on Open Government Information (中华人民共和国政府信息"
    "公开条例, revised 2019), which oblige every body to publish its annual report each year; they remain "
    "their bodies' publications, and each report's page (where known), printed date and file hash are in "
    "`dim_report`. What this release adds, and what the licence covers, is the warehouse's work: the values "
    "read into tables with their codes and provenance, the checks and their findings, and the "
    "documentation."
)


def citation_cff(version: str, date: str) -> str:
    """CITATION.cff (Citation File Format 1.2.0) of this release as a dataset."""
    keywords = "\n".join(f'  - "{k}"' for k in KEYWORDS)
    return f"""cff-version: 1.2.0
message: "If you use these data, please cite them as below."
type: dataset
title: "{TITLE}"
version: "{version}"
date-released: "{date}"
license: {LICENSE["name"]}
authors:
  - name: "{AUTHOR}"
abstract: "{DESCRIPTION}"
keywords:
{keywords}
"""


def readme(package: dict, rows: dict[str, int], reports: tuple[int, int | None, int | None]) -> str:
    """The release's README: what a row is, where it came from, how to cite it, where the codebook is."""
    count, first, last = reports
    years = f", {first}–{last}" if first else ""
    version, created = package["version"], package["created"]
    tables = "\n".join(
        f"- `{r['name']}` ({rows[r['name']]:,} rows): {r['description']}" for r in package["resources"]
    )
    return f"""# {TITLE}

Release {version} (created {created}): {count:,} annual reports{years}.

{DESCRIPTION}

## What a row is
Every table is one file pair, `data/<table>.csv` and `data/<table>.parquet`. One row of each is:

{tables}

The **codebook** ([codebook.md](codebook.md), or [codebook.html](codebook.html) in a browser) describes
every column: type, unit, allowed values, key and references, in full sentences. `datapackage.json` says the
same for machines (a Frictionless Data Package: `frictionless validate datapackage.json` checks every file,
key, reference and allowed value).

## Where it came from
Each report as its reporting body published it: a portal's page, a Word file, a PDF or a crawl's page text.
`dim_report` gives, per report, the page it was taken from (`source_url`, where known), the date printed at
its end (`published_on`), the SHA-256 and format of the file read (`source_sha256`, `source_format`) and the
version of the parser that read it (`parser_version`). `fct_report_values` keeps every value of the
template's tables with its report, section, row, column, source line and its text as printed
(`value_text`), so any figure can be checked against its document. Values are loaded exactly as printed: a
value that could not be read is empty with its reason (`missing_reason`), never 0; reports that contradict
themselves are kept as printed and `dq_findings` says where.

{SOURCE_STATUS}

## How to cite
{AUTHOR} ({created[:4]}). *{TITLE}*, version {version} [data set]. Licensed {LICENSE["title"]}
({LICENSE["path"]}).

`CITATION.cff` holds the same for reference managers. Please cite the version you used: the files of this
version are listed with their SHA-256 in `SHA256SUMS` (`sha256sum -c SHA256SUMS` checks them).

## Reading the files
The CSV files read right with the default settings of polars, pandas and DuckDB, and open in a spreadsheet:
- UTF-8 with a byte-order mark (without it Excel shows the Chinese as mojibake);
- counts are whole numbers; exact decimals (amounts as printed) keep every digit that matters, always with
  one after the point (`24252.311082`, `0.0`), never an exponent; shares, rates and changes computed by the
  warehouse are rounded to 6 decimal places (the Parquet files keep the full value);
- dates are ISO 8601 (`2022-01-28`); text is quoted, codes included (`"370116"`). Readers that guess types
  read an all-digit code such as `division_code` as a number: no 行政区划代码 starts with 0, so nothing is
  lost, but to keep codes as text pass e.g. `dtype={{"division_code": str}}` (pandas) or
  `schema_overrides={{"division_code": pl.String}}` (polars), or read the Parquet file;
- polars guesses types from the first 100 rows: a column empty in all of them reads as text (pass
  `infer_schema_length=None`, or read the Parquet file);
- text that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` in the CSV, as
  OWASP's CSV Injection guidance advises, so that a spreadsheet never runs it as a formula; the Parquet
  files keep every text exactly as printed.
"""

"""The codebook: every table and column of the release, written from datapackage.json (so from the same
descriptions as the schema), as Markdown and as one self-contained HTML page (no script, font or style
fetched from anywhere)."""

from __future__ import annotations

import html

from markdown_it import MarkdownIt

_STYLE = """
body { font: 15px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; max-width: 72rem;
       margin: 2rem auto; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 2rem; font-size: 14px; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
code { background: #f6f6f6; padding: 0 0.2rem; }
h2 { border-top: 1px solid #ddd; padding-top: 1rem; }
"""


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _constraints(field: dict) -> str:
    c = field.get("constraints", {})
    parts = []
    if c.get("required"):
        parts.append("required")
    if c.get("unique"):
        parts.append("unique")
    if "enum" in c:
        parts.append("one of " + ", ".join(f"`{v}`" for v in c["enum"]))
    if "csvDecimalPlaces" in field:
        parts.append(f"CSV: rounded to {field['csvDecimalPlaces']} decimal places")
    return "; ".join(parts)


def markdown(package: dict, rows: dict[str, int]) -> str:
    """The codebook as Markdown. `rows`: each table's row count."""
    out = [
        f"# Codebook: {package['title']}",
        "",
        f"Version {package['version']}, created {package['created']}. Data licence: "
        f"{package['licenses'][0]['title']} ({package['licenses'][0]['path']}).",
        "",
        "Each table is `data/<table>.csv` (UTF-8 with a byte-order mark) and `data/<table>.parquet` "
        "(exact types). Types are Frictionless Table Schema types; a unit is the unit of the column's "
        "numbers. A key is the column or columns that identify a row; a reference says which table's "
        "key a column's values come from.",
        "",
        "## Tables",
        "",
        "| Table | Rows | What a row is |",
        "|---|---:|---|",
    ]
    out += [f"| [`{r['name']}`](#{r['name']}) | {rows[r['name']]:,} | {_cell(r['description'])} |"
            for r in package["resources"]]  # fmt: skip
    for resource in package["resources"]:
        schema = resource["schema"]
        out += ["", f"## {resource['name']}", "", resource["description"], ""]
        out.append(f"- File: `{resource['path']}`, {rows[resource['name']]:,} rows.")
        if "primaryKey" in schema:
            out.append(f"- Key: {', '.join(f'`{k}`' for k in schema['primaryKey'])}.")
        for fk in schema.get("foreignKeys", []):
            ref = fk["reference"]
            out.append(f"- Reference: `{fk['fields'][0]}` → [`{ref['resource']}`](#{ref['resource']})"
                       f".`{ref['fields'][0]}`.")  # fmt: skip
        out += ["", "| Column | Type | Unit | Constraints | Description |", "|---|---|---|---|---|"]
        out += [
            f"| `{f['name']}` | {f['type']} | {_cell(f.get('unit', ''))} | {_cell(_constraints(f))} | "
            f"{_cell(f['description'])} |"
            for f in schema["fields"]
        ]
    return "\n".join(out) + "\n"


def html_page(markdown_text: str, title: str) -> str:
    """The codebook as one HTML page with its style inline; headings carry their table's name as id."""
    body = MarkdownIt("commonmark").enable("table").render(markdown_text)
    for line in markdown_text.splitlines():
        if line.startswith("## ") and line[3:] != "Tables":
            name = line[3:]
            body = body.replace(f"<h2>{name}</h2>", f'<h2 id="{name}">{name}</h2>', 1)
    return (
        f'<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}'
        f"</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )

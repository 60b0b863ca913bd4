"""Export every chart as PNG (2× scale) and SVG, plus one briefing page, build/charts/index.html."""

from __future__ import annotations

import html
import json
import sys
import time
from pathlib import Path

import vl_convert

from briefing.charts import CHARTS
from briefing.labels import get_language
from briefing.theme import register_fonts
from ingest.paths import BUILD_DIR

OUT = BUILD_DIR / "charts"


def render(spec: str, png: Path, svg: Path, scale: float = 2.0) -> None:
    register_fonts()
    png.write_bytes(vl_convert.vegalite_to_png(spec, scale=scale))
    svg.write_text(vl_convert.vegalite_to_svg(spec), encoding="utf-8")


def export_all(out: Path = OUT) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    exported = []
    for i, (name, build) in enumerate(CHARTS.items(), start=1):
        started = time.perf_counter()
        chart = build()
        spec = chart.to_json()
        render(spec, out / f"{name}.png", out / f"{name}.svg")
        title = json.loads(spec).get("title", {})
        exported.append(
            {"name": name, "title": title.get("text", name), "subtitle": title.get("subtitle", [])}
        )
        print(
            f"  [{i}/{len(CHARTS)}] {name}.png/.svg ({time.perf_counter() - started:.1f}s)", file=sys.stderr
        )
    write_index(out, exported)
    return exported


def write_index(out: Path, exported: list[dict]) -> None:
    lang = get_language()
    heading = (
        "政府信息公开工作年度报告：简报图表" if lang == "zh" else "Disclosure annual reports: briefing charts"
    )
    parts = [
        f'<!doctype html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        f"<title>{heading}</title><style>body{{font-family:'Noto Sans SC',sans-serif;max-width:1100px;"
        "margin:2em auto;padding:0 1em;color:#222}figure{margin:2.5em 0}img{max-width:100%;"
        "border:1px solid #eee}figcaption{color:#555;font-size:.9em}</style></head><body>",
        f"<h1>{heading}</h1>",
    ]
    for item in exported:
        name = html.escape(item["name"])
        caption = "<br>".join(html.escape(s) for s in item["subtitle"])
        parts.append(
            f'<figure id="{name}"><h2>{html.escape(item["title"])}</h2>'
            f'<img src="{name}.png" alt="{html.escape(item["title"])}">'
            f'<figcaption>{caption}<br><a href="{name}.svg">SVG</a> · <a href="{name}.png">PNG</a>'
            "</figcaption></figure>"
        )
    parts.append("</body></html>")
    (out / "index.html").write_text("\n".join(parts), encoding="utf-8")

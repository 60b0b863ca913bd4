"""Export every chart as PNG (2× scale) and SVG, plus one briefing page, build/charts/index.html."""

from __future__ import annotations

import html
import json
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import vl_convert

from briefing.charts import CHARTS
from briefing.data import reports, session
from briefing.labels import get_language
from briefing.render import FONT_FACE, FONT_FILE, Drawing, draw_all, processes_for, register_fonts, render
from ingest.pipeline.paths import CHARTS_DIR as OUT


def _draw(drawings: list[Drawing]) -> Iterator[tuple[int, float]]:
    """Draw each (spec, PNG, SVG) of `drawings`, yielding (its index, its seconds) as each is done: several
    at once in processes of their own (briefing.render.draw_all), one in this process by `render`."""
    processes = processes_for(len(drawings))
    if processes > 1:
        yield from draw_all(drawings, processes)
        return
    for i, drawing in enumerate(drawings):
        started = time.perf_counter()
        render(*drawing)
        yield i, time.perf_counter() - started


def ship_font(out: Path) -> None:
    fonts = out / "fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    font, shipped = Path(register_fonts()) / FONT_FILE, fonts / FONT_FILE
    if not shipped.exists() or shipped.read_bytes() != font.read_bytes():
        shutil.copy2(font, shipped)


def title_of(spec: dict) -> dict:
    """The chart's title and subtitle, wherever Altair put it (a layered chart keeps it in a layer)."""
    title = spec.get("title")
    if title is None:
        for part in (*spec.get("layer", ()), *spec.get("vconcat", ()), *spec.get("hconcat", ())):
            if (title := title_of(part)).get("text"):
                break
    if isinstance(title, str):
        return {"text": title, "subtitle": []}
    title = dict(title or {})
    subtitle = title.get("subtitle", [])
    title["subtitle"] = [subtitle] if isinstance(subtitle, str) else list(subtitle)
    return title


def _drawn(out: Path, name: str, spec: str) -> bool:
    """Whether `name` was drawn from exactly this spec (its data included) by this renderer."""
    drawn = out / f"{name}.vl.json"
    return (
        drawn.exists()
        and drawn.read_text(encoding="utf-8") == spec
        and (out / f"{name}.png").exists()
        and (out / f"{name}.svg").exists()
    )


def export_all(out: Path = OUT, force: bool = False, record: list | None = None) -> list[dict]:
    """Draw every chart whose spec changed since it was last drawn (all of them with `force`). `record`:
    a list that receives every query the charts made, with a digest of its rows (briefing.recorded)."""
    with session(record):  # one connection for every chart's queries, the briefing's reports read once
        return _export_all(out, force)


def _export_all(out: Path, force: bool) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    renderer = out / "renderer.txt"  # a new vl-convert or font draws everything again
    version = f"vl-convert {vl_convert.__version__}, {FONT_FACE}\n"
    if force or not renderer.exists() or renderer.read_text(encoding="utf-8") != version:
        force = True
        renderer.unlink(missing_ok=True)
    exported = []
    if reports().is_empty():  # nothing of the briefing's places: no chart has data to draw
        print(
            "charts: the warehouse holds no report of the briefing's places (ingest/parsing/reference/"
            "jurisdictions.csv); add the places to chart there, and run `make charts`",
            file=sys.stderr,
        )
        write_index(out, [])
        return []
    # Every chart's spec first (their queries, in this process), then the drawings of those whose spec
    # changed, together (in parallel where there are several).
    specs = {name: build().to_json() for name, build in CHARTS.items()}
    todo = [name for name, spec in specs.items() if force or not _drawn(out, name, spec)]
    for name in todo:
        (out / f"{name}.vl.json").unlink(missing_ok=True)
    if len(todo) < len(specs):
        print(f"  {len(specs) - len(todo)} of {len(specs)} charts unchanged", file=sys.stderr)
    drawings = [(specs[name], out / f"{name}.png", out / f"{name}.svg") for name in todo]
    for done, (i, seconds) in enumerate(_draw(drawings), start=1):
        (out / f"{todo[i]}.vl.json").write_text(specs[todo[i]], encoding="utf-8")
        print(f"  [{done}/{len(todo)}] {todo[i]}.png/.svg drawn ({seconds:.1f}s)", file=sys.stderr)
    for name, spec in specs.items():
        title = title_of(json.loads(spec))
        exported.append({"name": name, "title": title.get("text", name), "subtitle": title["subtitle"]})
    renderer.write_text(version, encoding="utf-8")
    ship_font(out)
    write_index(out, exported)
    return exported


def write_index(out: Path, exported: list[dict]) -> None:
    lang = get_language()
    heading = (
        "政府信息公开工作年度报告：简报图表" if lang == "zh" else "Disclosure annual reports: briefing charts"
    )
    parts = [
        f'<!doctype html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">',
        f"<title>{heading}</title><style>{FONT_FACE}"
        "body{font-family:'Noto Sans SC',sans-serif;max-width:1100px;"
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
    page, text = out / "index.html", "\n".join(parts)
    if not page.exists() or page.read_text(encoding="utf-8") != text:  # a chart's title or captions changed
        page.write_text(text, encoding="utf-8")

"""Drawing a chart's spec with vl-convert into its PNG and SVG, in this process or in several.

Apart from the charts' code (Altair, polars) so that a drawing process imports only vl-convert and the font:
vl-convert draws one chart at a time per process (it holds the interpreter while it lays a chart out and
rasterises it: two threads took as long as one), and drawing was most of the charts step (issue 29: 7.4 of
8.7 s for the nine charts at 10,000 reports), so a build that draws several charts draws them in parallel
processes, one per core (`draw_all`).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from functools import cache
from pathlib import Path

import vl_convert

FONT_FILE = "NotoSansSC-Regular.otf"
# The font shipped beside the page and the SVGs (fonts/), so that their text renders in Chinese on a machine
# without a CJK font, offline.
FONT_FACE = f"@font-face{{font-family:'Noto Sans SC';src:url('fonts/{FONT_FILE}') format('opentype')}}"
# At most this many drawing processes: each starts vl-convert and registers the font (about a second of
# CPU), so more than a few would spend more starting than they save on the nine charts.
MAX_PROCESSES = 4

Drawing = tuple[str, Path, Path]  # a spec (Vega-Lite JSON) and the PNG and SVG to draw it into


@cache
def register_fonts() -> str:
    """Register Noto Sans SC with vl-convert (once per process); return the font folder."""
    import pylopdf_fonts_zh_cn

    folder = str(pylopdf_fonts_zh_cn.sans_path().parent)
    vl_convert.register_font_directory(folder)
    return folder


def render(spec: str, png: Path, svg: Path, scale: float = 2.0) -> None:
    """Draw `spec` once: the PNG is rasterised from the SVG drawing (vl-convert's vegalite_to_png lays the
    chart out into the same SVG and rasterises it, so the bytes are the same; laying it out twice was half
    of a chart's drawing)."""
    register_fonts()
    drawing = vl_convert.vegalite_to_svg(spec)
    png.write_bytes(vl_convert.svg_to_png(drawing, scale=scale))
    opening = drawing.index(">") + 1  # after <svg …>: the SVG carries its own @font-face
    svg.write_text(f"{drawing[:opening]}<style>{FONT_FACE}</style>{drawing[opening:]}", encoding="utf-8")


def _timed_render(spec: str, png: Path, svg: Path) -> float:
    started = time.perf_counter()
    render(spec, png, svg)
    return time.perf_counter() - started


def processes_for(drawings: int) -> int:
    """How many processes draw `drawings` charts: one per core this process may use, at most
    MAX_PROCESSES, and none beside this one for a single chart."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(drawings, cores, MAX_PROCESSES)


def draw_all(drawings: list[Drawing], processes: int) -> Iterator[tuple[int, float]]:
    """Draw each of `drawings` in `processes` new processes (started fresh, not forked from this one,
    which may hold vl-convert's runtime); yield (its index, its seconds) as each is drawn. A drawing
    that fails raises here, as it would in this process."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        futures = {pool.submit(_timed_render, *drawing): i for i, drawing in enumerate(drawings)}
        for future in as_completed(futures):
            yield futures[future], future.result()

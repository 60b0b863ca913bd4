"""A notebook's charts render with no network: executed, exported to HTML, drawn by headless Chromium.

Altair's default output is HTML that loads vega from a CDN; offline, JupyterLab then shows an error where
the chart should be. The notebooks draw their charts as PNGs (briefing.theme.offline_png), so the page
needs nothing from the network: Chromium, with every connection refused, must draw the chart's bars.
"""

from __future__ import annotations

import nbformat
from conftest import PROJECT, offline_chromium
from nbclient import NotebookClient
from nbconvert import HTMLExporter
from PIL import Image

BAR_BLUE = (27, 108, 168)  # the first colour of the chart palette (briefing.theme.PALETTE[0])


def test_an_executed_notebook_draws_its_charts_offline(tmp_path, use_warehouse):
    path = PROJECT / "notebooks" / "01_applications_and_outcomes.ipynb"
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    ).execute()
    page = tmp_path / "notebook.html"
    page.write_text(HTMLExporter().from_notebook_node(notebook)[0], encoding="utf-8")
    shot = tmp_path / "shot.png"
    offline_chromium(tmp_path / "p", "--window-size=1400,9000", f"--screenshot={shot}", page.as_uri())
    image = Image.open(shot).convert("RGB")
    pixels = image.get_flattened_data()
    bars = sum(all(abs(a - b) <= 12 for a, b in zip(px, BAR_BLUE, strict=True)) for px in pixels)
    assert bars > 2000, f"no chart drawn: {bars} pixels of the bars' colour"

"""One look for every chart, and the CJK font that makes Chinese render in exported PNG/SVG.

vl-convert draws text with the fonts registered with it; without a CJK font every Chinese glyph becomes an
empty box. The font comes from the pinned wheel pylopdf-fonts-zh-cn (Noto Sans SC, SIL OFL), so a fresh
machine needs nothing installed by hand.
"""

from __future__ import annotations

import altair as alt

from briefing.render import register_fonts

FONT = "Noto Sans SC"
PALETTE = ["#1b6ca8", "#7fb3d5", "#d95f02", "#e6ab02", "#7570b3", "#8c8c8c", "#1b9e77", "#e7298a"]


def theme() -> dict:
    return {
        "config": {
            "font": FONT,
            "background": "white",
            "padding": 12,
            "title": {"font": FONT, "fontSize": 16, "anchor": "start", "subtitleFontSize": 11,
                      "subtitleColor": "#555", "subtitlePadding": 6, "offset": 12},
            "axis": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 11, "titleFontSize": 12,
                     "labelLimit": 0, "gridColor": "#e6e6e6"},  # 0: no label is cut short
            "legend": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 11, "titleFontSize": 12,
                       "labelLimit": 0, "orient": "bottom", "columns": 3},
            "header": {"labelFont": FONT, "titleFont": FONT, "labelFontSize": 12},
            "text": {"font": FONT},
            "range": {"category": PALETTE},
            "view": {"stroke": None},
        }
    }  # fmt: skip


@alt.theme.register("nianbao", enable=True)
def _nianbao_theme() -> alt.theme.ThemeConfig:
    return theme()  # type: ignore[return-value]


def offline_png(spec: dict, **metadata) -> dict:
    """A chart in a notebook as a PNG drawn by vl-convert: no script, no CDN, no system CJK font needed.

    Altair's default HTML output loads vega from a CDN, which a machine without internet cannot reach.
    """
    from altair.vegalite.v6.display import png_renderer

    register_fonts()
    return png_renderer(spec, scale_factor=2, **metadata)


alt.renderers.register("nianbao_offline", offline_png)
alt.renderers.enable("nianbao_offline")
# Charts are drawn here (vl-convert), never shipped to a browser as live data, so Altair's 5,000-row cap
# (meant to keep notebooks from embedding big datasets in a web page) only made charts over a warehouse
# of about a thousand reports fail (`make build` stopped at the charts).
alt.data_transformers.disable_max_rows()

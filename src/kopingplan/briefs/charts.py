"""Bar charts for briefs, drawn with reportlab's own graphics and readable in black and white.

A :class:`~kopingplan.briefs.document.BarChart` becomes grouped horizontal bars: the first
series solid dark grey, the second white with diagonal hatching, the third white with
crossed lines — told apart by pattern, not by colour, so a grey-scale printout or a copy of a
copy still reads. Every bar carries its number at its end. A value that may not be shown
("<5", a suppressed count) gets no bar at all, only its mark, so the chart reveals no more
than the table beside it.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from kopingplan.briefs import fonts
from kopingplan.briefs.document import BarChart

INK = colors.HexColor("#1a1a1a")
DARK = colors.HexColor("#4d4d4d")
RULE = colors.HexColor("#9a9a9a")
FONT_SIZE = 8
BAR = 4.2 * mm
GAP = 3 * mm  # between categories
LEGEND = 8 * mm


def _hatched(x: float, y: float, width: float, height: float, kind: int) -> Group:
    """A white bar with a black outline and diagonal lines (``kind`` 1), or crossed lines
    (``kind`` 2), clipped to the bar by computing each line's ends."""
    group = Group(Rect(x, y, width, height, fillColor=colors.white, strokeColor=INK,
                       strokeWidth=0.6))  # fmt: skip
    step = 2.2
    directions = (1,) if kind == 1 else (1, -1)
    for direction in directions:
        offset = -height
        while offset < width:
            # The line x = x0 + t, y = y0 + direction * t for t in [0, height], clipped.
            start = max(0.0, -offset)
            end = min(height, width - offset)
            if end > start:
                x0, x1 = x + offset + start, x + offset + end
                if direction == 1:
                    y0, y1 = y + start, y + end
                else:
                    y0, y1 = y + height - start, y + height - end
                group.add(Line(x0, y0, x1, y1, strokeColor=INK, strokeWidth=0.45))
            offset += step
    return group


def _bar(x: float, y: float, width: float, height: float, series: int) -> Group:
    if series == 0:
        return Group(Rect(x, y, width, height, fillColor=DARK, strokeColor=INK, strokeWidth=0.6))
    return _hatched(x, y, width, height, 1 if series == 1 else 2)


def _label(x: float, y: float, text: str, *, bold: bool = False, anchor: str = "start") -> String:
    return String(
        x,
        y,
        text,
        fontName=fonts.BOLD if bold else fonts.REGULAR,
        fontSize=FONT_SIZE,
        fillColor=INK,
        textAnchor=anchor,
    )


def bar_chart(chart: BarChart, width: float) -> Drawing:
    """The chart as a flowable ``width`` points wide."""
    fonts.register()
    series = len(chart.series)
    group_height = series * BAR + GAP
    label_width = min(
        width * 0.38,
        max((stringWidth(c, fonts.REGULAR, FONT_SIZE) for c in chart.categories), default=0) + 6,
    )
    numbers = [v for row in chart.values for v in row if isinstance(v, int)]
    top = max(numbers, default=0) or 1
    plot_left = label_width
    plot_width = width - label_width - 12 * mm  # room for the number after the longest bar
    height = len(chart.categories) * group_height + LEGEND + (6 * mm if chart.caption else 0)
    drawing = Drawing(width, height)
    y = height - (6 * mm if chart.caption else 0)
    if chart.caption:
        drawing.add(_label(0, y + 2 * mm, chart.caption, bold=True))
    for category, row in zip(chart.categories, chart.values, strict=True):
        y -= group_height
        middle = y + GAP / 2 + series * BAR / 2
        drawing.add(_label(plot_left - 4, middle - FONT_SIZE / 3, category, anchor="end"))
        for index, value in enumerate(row):
            bar_y = y + GAP / 2 + (series - 1 - index) * BAR + 0.4
            text_y = bar_y + (BAR - 0.8) / 2 - FONT_SIZE / 3
            if isinstance(value, int):
                length = plot_width * value / top
                if value > 0:
                    drawing.add(_bar(plot_left, bar_y, length, BAR - 0.8, index))
                drawing.add(_label(plot_left + length + 3, text_y, f"{value}"))
            else:
                drawing.add(_label(plot_left + 3, text_y, value))
    # The axis the bars start from.
    axis_bottom = LEGEND - 1 * mm
    drawing.add(
        Line(plot_left, axis_bottom, plot_left, y + 0.0 + len(chart.categories) * group_height,
             strokeColor=RULE, strokeWidth=0.6)
    )  # fmt: skip
    # The legend: a swatch and the series' name each.
    x = plot_left
    for index, name in enumerate(chart.series):
        drawing.add(_bar(x, 1.2 * mm, 7 * mm, 3.2 * mm, index))
        drawing.add(_label(x + 9 * mm, 1.2 * mm + 0.6, name))
        x += 9 * mm + stringWidth(name, fonts.REGULAR, FONT_SIZE) + 8 * mm
    return drawing

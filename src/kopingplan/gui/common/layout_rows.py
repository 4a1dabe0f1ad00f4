"""Where a widget sits in a form's layouts, for putting a line under it (field_messages.py):
the layout that holds it, its row of a form layout, its cell of a grid, and a grid's rows
spread apart so that a line fits under each."""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QFormLayout, QGridLayout, QLayout, QWidget


def layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (``layout`` or one nested in it) that holds ``widget`` directly."""
    if layout is None:
        return None
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return layout
        inner = item.layout()
        found = layout_holding(inner, widget) if inner is not None else None
        child = item.widget()
        if found is None and child is not None:
            found = layout_holding(child.layout(), widget)
        if found is not None:
            return found
    return None


def grid_position(grid: QGridLayout, index: int) -> tuple[int, int, int, int]:
    # PySide6's stub says object; Qt gives (row, column, row span, column span).
    return cast(tuple[int, int, int, int], grid.getItemPosition(index))


def spread_grid(grid: QGridLayout) -> None:
    """Moves every item of ``grid`` to an even row (once), leaving the odd rows for message
    lines. An empty row takes no room and no spacing, so the grid looks as before."""
    if grid.property("kopingplanSpread"):
        return
    grid.setProperty("kopingplanSpread", True)
    stretch = [grid.rowStretch(r) for r in range(grid.rowCount())]
    items = []
    while grid.count():
        position = grid_position(grid, 0)
        taken = grid.takeAt(0)
        if taken is not None:
            items.append((taken, position))
    for item, (r, c, rows, columns) in items:
        grid.addItem(item, 2 * r, c, 2 * rows - 1, columns, item.alignment())
    for r, factor in enumerate(stretch):
        grid.setRowStretch(2 * r, factor)
        grid.setRowStretch(2 * r + 1, 0)


def form_row(layout: QLayout | None, widget: QWidget) -> tuple[QFormLayout | None, int]:
    """The form layout and row whose field (or a layout in it) holds ``widget``."""
    if not isinstance(layout, QFormLayout):
        parent = layout.parent() if layout is not None else None
        if isinstance(parent, QFormLayout):
            layout = parent
        else:
            return None, -1
    for row in range(layout.rowCount()):
        for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
            item = layout.itemAt(row, role)
            if item is None:
                continue
            if item.widget() is widget:
                return layout, row
            inner = item.layout()
            if inner is not None and inner.indexOf(widget) >= 0:
                return layout, row
    return None, -1

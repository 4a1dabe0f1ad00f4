"""The exit plan's assessment across its latest revisions, as a small chart in the case window.

One column per revision (oldest left), one row for the motivation (its rating and a bar), one
per practical area any revision assessed (● a need, ○ no need, ? not known) and one for the
social dimension (how many support the change, how many pull back). Under the chart, in words,
what stands out (:mod:`kopingplan.domain.exit_assessment`): a falling motivation, needs that
have stood through the last revisions, areas nobody assessed. Shapes and words carry the
meaning, never colour alone, so it reads the same in black and white print and to a screen
reader (the chart's accessible description says what the picture shows).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kopingplan.domain import model
from kopingplan.domain.exit_assessment import AssessmentTrend
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import labels
from kopingplan.gui.common.retranslating import Retranslating

_PAD = 6
_SYMBOL = {
    model.NeedStatus.PRESENT: "●",
    model.NeedStatus.NOT_PRESENT: "○",
    model.NeedStatus.UNKNOWN: "?",
}


class _Grid(QWidget):
    """The painted part: revisions across, motivation, areas and the social dimension down."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.trend: AssessmentTrend | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _rows(self) -> list[str]:
        if self.trend is None:
            return []
        return (
            [self.tr("Motivation (1–5)")]
            + [labels.practical_area(area) for area in self.trend.areas]
            + [self.tr("Supports / pulls back")]
        )

    def _headers(self) -> list[tuple[str, str]]:
        points = self.trend.points if self.trend is not None else ()
        return [(self.tr("Rev. {n}").format(n=p.revision), format_date(p.made_on)) for p in points]

    def _metrics(self) -> tuple[int, int, int]:
        fm = self.fontMetrics()
        label_width = max((fm.horizontalAdvance(text) for text in self._rows()), default=0)
        column = max(
            [fm.horizontalAdvance(t) for pair in self._headers() for t in pair]
            + [fm.horizontalAdvance("5 ") + 40]
        )
        return label_width + 2 * _PAD, column + 2 * _PAD, fm.height() + 4

    def sizeHint(self) -> QSize:
        label_width, column, row = self._metrics()
        columns = len(self.trend.points) if self.trend is not None else 0
        return QSize(label_width + columns * column, (2 + len(self._rows())) * row + _PAD)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.trend is None:
            return
        trend = self.trend
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        label_width, column, row = self._metrics()
        rows = self._rows()
        top = 2 * row
        bold = painter.font()
        bold.setBold(True)
        painter.setPen(text)
        for index, (revision, day) in enumerate(self._headers()):
            cell = QRectF(label_width + index * column, 0, column, row)
            painter.setFont(bold)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, revision)
            painter.setFont(self.font())
            painter.drawText(cell.translated(0, row), Qt.AlignmentFlag.AlignCenter, day)
        lasting = {labels.practical_area(area) for area in trend.lasting_needs}
        for index, name in enumerate(rows):
            y = top + index * row
            painter.setPen(grid)
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            painter.setPen(text)
            painter.setFont(bold if name in lasting else self.font())
            painter.drawText(
                QRectF(0, y, label_width - _PAD, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
        painter.setFont(self.font())
        for index, point in enumerate(trend.points):
            x = label_width + index * column
            self._motivation(painter, QRectF(x, top, column, row), point.motivation)
            for line, area in enumerate(trend.areas, start=1):
                painter.drawText(
                    QRectF(x, top + line * row, column, row),
                    Qt.AlignmentFlag.AlignCenter,
                    _SYMBOL[point.need(area)],
                )
            painter.drawText(
                QRectF(x, top + (len(rows) - 1) * row, column, row),
                Qt.AlignmentFlag.AlignCenter,
                f"+{point.supports} / −{point.pulls_back}",
            )
        painter.setPen(grid)
        bottom = top + len(rows) * row
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))
        painter.end()

    def _motivation(self, painter: QPainter, cell: QRectF, value: int | None) -> None:
        if value is None:
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, "–")
            return
        fm = self.fontMetrics()
        number = str(value)
        left = cell.left() + _PAD
        painter.drawText(
            QRectF(left, cell.top(), fm.horizontalAdvance("5 "), cell.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            number,
        )
        bar_left = left + fm.horizontalAdvance("5 ")
        full = cell.right() - _PAD - bar_left
        bar = QRectF(bar_left, cell.top() + 4, full, cell.height() - 8)
        painter.drawRect(bar)  # the frame shows the scale, the fill the rating
        painter.fillRect(
            QRectF(bar.left(), bar.top(), full * value / 5, bar.height()),
            painter.pen().color(),
        )


class AssessmentChart(Retranslating, QWidget):
    """The chart and, under it, what stands out, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentChart")
        self.grid = _Grid(self)
        self.findings = QLabel(self)
        self.findings.setObjectName("assessmentFindings")
        self.findings.setWordWrap(True)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.findings.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, read aloud
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)  # a gap before the relatives' part
        layout.addWidget(self.grid, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.findings)
        self.trend: AssessmentTrend | None = None
        self.retranslate()

    def set_trend(self, trend: AssessmentTrend | None) -> None:
        """Shows ``trend``; hides the chart when there are not two revisions to compare."""
        self.trend = self.grid.trend = trend
        self.setVisible(trend is not None and trend.comparable)
        self.retranslate()
        self.grid.updateGeometry()
        self.grid.update()

    def retranslate(self) -> None:
        self.grid.setAccessibleName(self.tr("The exit plan's assessment, revision by revision"))
        text = self.findings_text()
        self.findings.setText(text)
        self.grid.setAccessibleDescription(text)
        self.grid.updateGeometry()
        self.grid.update()

    def findings_text(self) -> str:
        """What stands out, in words; the legend when nothing does."""
        trend = self.trend
        if trend is None or not trend.comparable:
            return ""
        lines = []
        if trend.motivation_fell is not None:
            before, now = trend.motivation_fell
            lines.append(
                self.tr(
                    "Motivation has fallen from {before} to {now} since the last revision."
                ).format(before=before, now=now)
            )
        if trend.lasting_needs:
            lines.append(
                self.tr("Needs in the last two revisions: {areas}.").format(
                    areas=", ".join(labels.practical_area(a) for a in trend.lasting_needs)
                )
            )
        if trend.unassessed:
            lines.append(
                self.tr("Not assessed in the last two revisions: {areas}.").format(
                    areas=", ".join(labels.practical_area(a) for a in trend.unassessed)
                )
            )
        if not lines:
            lines.append(self.tr("Nothing stands out since the last revision."))
        lines.append(self.tr("● a need   ○ no need   ? not known"))
        return "\n".join(lines)

"""The search box in the toolbar and its results, grouped by kind.

Enter runs ``search.search(session, query, limit=50)`` on the worker; the hits open in a popup
list under the box, grouped by kind ("Cases", "Persons", "Meetings", …) with the case number
and the day of each and the matching words in bold. Enter or a double-click on a hit asks the
main window to open it (:mod:`kopingplan.gui.shell.search_hits`); Esc goes back to the box.
The query is never stored anywhere (the audit log records a search with its number of hits):
it may well be a person's name.

The search runs on the application's worker, not on the GUI thread: on a slow machine (a large
vault, FTS ranking a common word) the window froze meanwhile, and what the person typed then
waited in the queue until the hits were on show and had the keyboard: a second Enter opened the
first hit (a record never chosen, logged as opened), further letters went to the list. Now the
box keeps the keyboard while the search runs; Enter again for the same words waits for the
search under way, and hits for words no longer in the box (typed on) are not shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopingplan.gui.common import labels
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskRunner, app_runner
from kopingplan.gui.common.text_room import make_room
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.shell.search_hits import hit_day

LIMIT = 50
# The order of the groups, as the service lists them (storage.repositories.search.KINDS).
KIND_ORDER = (
    "case",
    "concern",
    "person",
    "organisation",
    "note",
    "contact",
    "exit_plan",
    "relative_support",
    "meeting",
    "incident",
    "incoming_item",
    "situation_entry",
    "situation_assessment",
    "activity",
    "commitment",
    "plan_revision",
    "attachment",
)
HIT_ROLE = Qt.ItemDataRole.UserRole + 1

# The service marks the matching words in SearchHit.snippet with these control characters (they
# cannot occur in stored text); they are kopingplan.storage.repositories.search.HIT_START/END,
# repeated here because the GUI does not import storage.
HIT_START = "\x02"
HIT_END = "\x03"


def snippet_html(snippet: str) -> str:
    """The snippet as safe rich text: escaped, on one line, matches in bold."""
    text = html.escape(" ".join(snippet.split()))
    return text.replace(HIT_START, "<b>").replace(HIT_END, "</b>")


class _RichTextDelegate(QStyledItemDelegate):
    """Paints an item's text as rich text, so the matching words can be bold, wrapped at the
    list's width: a long hit (an activity's title, target group and description) was cut off
    at the popup's edge, and a hit cannot be scrolled sideways."""

    def _document(self, option: QStyleOptionViewItem, text: str) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(text)
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        text = options.text
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget)
        document = self._document(options, text)
        document.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(rect.translated(-rect.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        document = self._document(options, options.text)
        view = options.widget
        if not isinstance(view, QTreeWidget):
            return QSize(int(document.idealWidth()), int(document.size().height()))
        # The row's width in the list (a hit sits one indentation in, under its heading), and
        # the text's within it as paint() finds it.
        depth = 1 if index.parent().isValid() else 0
        options.rect = QRect(0, 0, view.viewport().width() - depth * view.indentation(), 1 << 16)
        style = view.style()
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, view)
        document.setTextWidth(max(rect.width(), 1))
        return QSize(options.rect.width(), int(document.size().height()) + 1)


class SearchResults(QFrame):
    """The popup under the search box."""

    hitActivated = Signal(object)  # a SearchHit
    closedByUser = Signal()

    def __init__(
        self, parent: QWidget | None = None, day_of: Callable[[Any], str] | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        # The day of a hit's record ("2026-11-03"), to tell two notes of one case apart.
        self.day_of = day_of
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemDelegate(_RichTextDelegate(self.tree))
        # Rows as tall as their wrapped text at the list's width, measured again when the
        # width changes (the popup's size is set when it shows, a scroll bar takes room).
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().sectionResized.connect(self.tree.scheduleDelayedItemsLayout)
        self.tree.setAccessibleName(self.tr("Search results"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._pass_heading)
        layout.addWidget(self.tree)
        self.footer = QLabel(self)
        self.footer.setWordWrap(True)
        layout.addWidget(self.footer)
        make_room(self)
        self.resize(600, 420)

    def show_hits(self, hits: Sequence[Any]) -> None:
        self.tree.clear()
        self.message.setVisible(not hits)
        self.tree.setVisible(bool(hits))
        if not hits:
            self.message.setText(self.tr("Nothing matches all of these words."))
            self.footer.setText(self.tr("Esc goes back to the search box."))
            return
        groups: dict[str, list[Any]] = {}
        for hit in hits:
            groups.setdefault(hit.kind, []).append(hit)
        first: QTreeWidgetItem | None = None
        for kind in sorted(groups, key=lambda k: KIND_ORDER.index(k) if k in KIND_ORDER else 99):
            members = groups[kind]
            heading = QTreeWidgetItem(
                [f"<b>{html.escape(labels.search_kind(kind))}</b> ({len(members)})"]
            )
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a hit
            self.tree.addTopLevelItem(heading)
            for hit in members:
                item = QTreeWidgetItem(heading, [self._hit_html(hit)])
                item.setData(0, HIT_ROLE, hit)
                first = first or item
            heading.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)
        if len(hits) >= LIMIT:
            self.footer.setText(
                self.tr(
                    "The first {n} hits, newest first. Add a word to narrow the search. "
                    "Enter opens, Esc goes back."
                ).format(n=len(hits))
            )
        else:
            self.footer.setText(self.tr("Enter opens the hit, Esc goes back to the search box."))

    def _hit_html(self, hit: Any) -> str:
        """The snippet after the number of the case it belongs to and the record's day: two
        notes with the same words are told apart by their case and their date."""
        text = snippet_html(hit.snippet)
        parts = []
        case_id = hit.id if hit.kind == "case" else getattr(hit, "case_id", None)
        if case_id is not None:
            parts.append(self.tr("#{number}").format(number=case_id))
        day = self._day(hit)
        if day:
            parts.append(day)
        if not parts:
            return text
        where = html.escape("  ".join(parts)).replace(" ", "&nbsp;")
        return f"{where}&nbsp;&nbsp;&nbsp;{text}"

    def _day(self, hit: Any) -> str:
        """The record's day: the hit carries it (SearchHit.when); ``day_of`` may read it."""
        try:
            return (self.day_of or hit_day)(hit)
        except Exception:  # a day is a help, not worth a failed search
            return ""

    def show_message(self, text: str) -> None:
        self.footer.clear()
        self.tree.clear()
        self.tree.setVisible(False)
        self.message.setVisible(True)
        self.message.setText(text)

    def hits(self) -> list[Any]:
        """Every hit on show, in display order (for tests)."""
        found = []
        for heading in self._heading_items():
            rows = (heading.child(i) for i in range(heading.childCount()))
            found += [row.data(0, HIT_ROLE) for row in rows if row is not None]
        return found

    def headings(self) -> list[str]:
        return [heading.text(0) for heading in self._heading_items()]

    def _heading_items(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _pass_heading(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        """Up and Down go from hit to hit: a group's heading is passed over, as Enter on it
        opened nothing (the top heading sends Up back to the hit it came from)."""
        if current is None or current.data(0, HIT_ROLE) is not None:
            return
        upwards = previous is not None and previous is self.tree.itemBelow(current)
        beyond = self.tree.itemAbove(current) if upwards else self.tree.itemBelow(current)
        target = beyond or previous
        if target is not None:  # once the key's own selection is done, or the hit is not shown
            QTimer.singleShot(0, self.tree, lambda: self.tree.setCurrentItem(target))

    def _activated(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.close()
            self.hitActivated.emit(hit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            self.closedByUser.emit()
            return
        super().keyPressEvent(event)

    def popup_under(self, anchor: QWidget) -> None:
        """Under the anchor, right edges aligned, and always whole on the anchor's screen (the
        search box sits at the toolbar's right end: a popup starting at its left edge ran
        ~300 px off a 1366 px screen)."""
        screen = anchor.screen().availableGeometry()
        self.resize(min(600, screen.width()), min(420, max(160, screen.height() // 2)))
        self.show()  # its frame is known once shown
        size = self.frameGeometry().size()
        below = anchor.mapToGlobal(QPoint(anchor.width(), anchor.height()))
        x = min(max(below.x() - size.width(), screen.left()), screen.right() + 1 - size.width())
        y = below.y()
        if y + size.height() > screen.bottom() + 1:  # no room below: above the box
            y = max(screen.top(), anchor.mapToGlobal(QPoint(0, 0)).y() - size.height())
        self.move(x, y)
        (self.tree if self.tree.isVisible() else self).setFocus()


class SearchBox(Retranslating, QLineEdit):
    """The toolbar's search field; ``search`` is the session's search function."""

    hitActivated = Signal(object)

    def __init__(
        self,
        search: Callable[[str, int], list[Any]] | None,
        parent: QWidget | None = None,
        day_of: Callable[[Any], str] | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._day_of = day_of
        self._runner = runner or app_runner(self)
        self._searching = ""  # the words of the search under way
        self._results: SearchResults | None = None  # made on the first search (issue 15)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setMaximumWidth(380)
        self.returnPressed.connect(self.run_search)
        self._retranslate()

    @property
    def results(self) -> SearchResults:
        """The popup of hits, made when first needed: not while the main window is built in
        the moment of unlocking (issue 15's GUI stall)."""
        if self._results is None:
            self._results = SearchResults(self, self._day_of)
            self._results.hitActivated.connect(self.hitActivated)
            self._results.closedByUser.connect(self.setFocus)
        return self._results

    def retranslate(self) -> None:
        self._retranslate()

    def _retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search everything (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search"))

    def run_search(self) -> None:
        query = self.text().strip()
        search = self._search
        if not query or search is None or query == self._searching:
            return
        self._searching = query
        self._runner.run(
            lambda ctx: search(query, LIMIT),
            on_success=lambda hits: self._found(query, lambda: self.results.show_hits(hits)),
            on_failure=lambda error: self._found(
                query, lambda: self.results.show_message(error_text(error))
            ),
            owner=self,
        )

    def _found(self, query: str, show: Callable[[], None]) -> None:
        """The search for ``query`` has ended: its hits (or why there are none) under the box,
        unless the box was torn down meanwhile or says other words now."""
        if self._searching == query:
            self._searching = ""
        if self._search is None or query != self.text().strip():
            return
        show()
        self.results.popup_under(self)

    def teardown(self) -> None:
        """Forgets the query and the hits (locking)."""
        self._search = None
        self._day_of = None
        self._searching = ""
        if self._results is not None:
            self._results.day_of = None
            self._results.close()
            self._results.tree.clear()
        self.clear()

"""Qt's Python types made ready while the unlock dialog waits, not in the moment of unlocking.

PySide6 builds a Qt class's Python type (and every enum in it) the first time the class is
reached from Python, and it reaches many at once when it first meets an object of an unknown
subclass (every QObject, every style option). Building and painting the main window did that
for some 150 classes and 136 enums: a third of the GUI thread's time in the unlock step (issue
15's GUI stall figure), and the first showing of a section or a case paid for more. The classes
below are what the unlock, every section, a case and a search reach for the first time
(measured with PySide6 6.11 by comparing each module's namespace before and after); they are
built here in slices of a few milliseconds, each its own turn of the event loop, while the
coordinator types the passphrase and Argon2id runs on the worker. Only those: building all of
Qt's classes would take twice the time and 6 MB more memory for classes never used. A name a
later PySide6 no longer has is skipped; one missing from the list is built where it is used.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from types import ModuleType

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QObject, QTimer

SLICE_S = 0.004  # a slice's time on the GUI thread: well under a frame
FIRST_USED: dict[ModuleType, str] = {
    QtCore: """
        QAbstractAnimation QAbstractEventDispatcher QAbstractListModel QAbstractProxyModel
        QAnimationGroup QBuffer QConcatenateTablesProxyModel QFile QFileDevice QFileSelector
        QFileSystemWatcher QIODevice QIODeviceBase QIOPipe QIdentityProxyModel QLibrary
        QParallelAnimationGroup QPauseAnimation QPluginLoader QProcess QPropertyAnimation
        QRangeModel QSaveFile QSequentialAnimationGroup QSharedMemory QSignalMapper
        QSocketNotifier QSortFilterProxyModel QStringListModel QTemporaryFile QThread
        QTimeLine QTransposeProxyModel QVariantAnimation
    """,
    QtGui: """
        QAccessibilityHints QDoubleValidator QDrag QInputDevice QInputMethod QMovie
        QOffscreenSurface QOpenGLContext QOpenGLContextGroup QPaintDeviceWindow QPdfWriter
        QPointingDevice QPyTextObject QRasterWindow QRegularExpressionValidator QScreen
        QSessionManager QStandardItemModel QStyleHints QSurface QSyntaxHighlighter
        QTextBlockGroup QTextFrame QTextList QTextObject QTextObjectInterface QTextTable
        QUndoGroup QUndoStack QWindow
    """,
    QtWidgets: """
        QAbstractSlider QButtonGroup QCalendarWidget QColorDialog QColumnView
        QCommandLinkButton QDataWidgetMapper QDial QDockWidget QDoubleSpinBox QErrorMessage
        QFileSystemModel QFocusFrame QFontComboBox QFontDialog QGesture QGraphicsAnchor
        QGraphicsBlurEffect QGraphicsColorizeEffect QGraphicsDropShadowEffect
        QGraphicsEffect QGraphicsItem QGraphicsItemAnimation QGraphicsLayoutItem
        QGraphicsObject QGraphicsOpacityEffect QGraphicsProxyWidget QGraphicsRotation
        QGraphicsScale QGraphicsScene QGraphicsTextItem QGraphicsTransform QGraphicsView
        QGraphicsWidget QItemDelegate QKeySequenceEdit QLCDNumber QMdiArea QMdiSubWindow
        QPanGesture QPinchGesture QPlainTextDocumentLayout QRadioButton QRhiWidget
        QRubberBand QScrollBar QScroller QSizeGrip QSlider QSplashScreen QSplitterHandle
        QStackedLayout QStyleOptionComboBox QStyleOptionComplex QStyleOptionDockWidget
        QStyleOptionFocusRect QStyleOptionGraphicsItem QStyleOptionGroupBox
        QStyleOptionHeader QStyleOptionHeaderV2 QStyleOptionMenuItem QStyleOptionMenuItemV2
        QStyleOptionProgressBar QStyleOptionRubberBand QStyleOptionSizeGrip
        QStyleOptionSlider QStyleOptionSpinBox QStyleOptionTab QStyleOptionTabBarBase
        QStyleOptionTabWidgetFrame QStyleOptionTitleBar QStyleOptionToolBar
        QStyleOptionToolBox QStyleOptionToolButton QSwipeGesture QSystemTrayIcon QTabBar
        QTabWidget QTapAndHoldGesture QTapGesture QTimeEdit QToolBox QUndoView QWidgetAction
    """,
}
_started = False


def _classes() -> Iterator[tuple[ModuleType, str]]:
    for module, names in FIRST_USED.items():
        for name in names.split():
            yield module, name


def start(owner: QObject) -> None:
    """Starts warming up, once per process; the slices stop when ``owner`` goes."""
    global _started
    if _started:
        return
    _started = True
    classes = _classes()

    def next_slice() -> None:
        until = time.perf_counter() + SLICE_S
        for module, name in classes:
            getattr(module, name, None)
            if time.perf_counter() > until:
                QTimer.singleShot(0, owner, next_slice)
                return

    QTimer.singleShot(0, owner, next_slice)

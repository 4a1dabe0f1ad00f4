"""Drafts across a lock: which forms were open, keeping them, and opening them again.

Locking (controller) calls :func:`keep_open_forms` while the session is still open; every
visible top-level widget with a ``keep_as_draft()`` method (each
:class:`~kopingplan.gui.common.record_form.RecordDialog`, and any wizard that follows the same
protocol) stores its unsaved values with ``drafts.save_draft`` and closes. What comes back is
only a list of (kind, ref) pairs: which forms, never what was in them. A form whose work the
lock finished or stopped (the export wizard's package) says so in ``lock_note`` (words, and
whether they tell of a failure), for the unlock window.

After unlocking, the main window offers those drafts back. Each kind of form registers how to
open it again for a ref (:func:`register`); the form then finds its draft itself
(``load_draft`` in :meth:`RecordDialog.start`). Drafts of kinds nobody registered are left in
the vault untouched (another part of the program, a wizard say, may own them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from kopingplan.domain import disclosure_drafts
from kopingplan.errors import log_failure
from kopingplan.services import drafts as draft_store

if TYPE_CHECKING:
    from kopingplan.gui.shell.main_window import MainWindow
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

# kind → opener(parent, session, ref) → the form (shown), or None when it cannot be opened
Opener = Callable[[QWidget, "Session", str], QWidget | None]
_OPENERS: dict[str, Opener] = {}


def register(kind: str, opener: Opener) -> None:
    _OPENERS[kind] = opener


def known(kind: str) -> bool:
    return kind in _OPENERS


@dataclass
class KeptAtLock:
    """What :func:`keep_open_forms` did: the drafts kept (kind, ref), and the forms whose input
    could not be kept (their neutral name, never content, and why), to tell the person."""

    kept: list[tuple[str, str]] = field(default_factory=list)
    lost: list[tuple[str, BaseException]] = field(default_factory=list)
    # What forms say about work of theirs the lock finished or stopped: (words, a failure).
    said: list[tuple[Callable[[], str], bool]] = field(default_factory=list)


def keep_open_forms(shown: Collection[QWidget] | None = None) -> KeptAtLock:
    """Stores the unsaved input of every open form as a draft and closes the forms.
    ``shown``: the windows that were on screen when the lock began (it hides them before it
    waits for the worker); by default those visible now."""
    result = KeptAtLock()
    # A form opened from another form (a new person from "Add person") goes first: closing
    # its parent would take it along before it kept its own input.
    for widget in sorted(QApplication.topLevelWidgets(), key=_depth, reverse=True):
        keep = getattr(widget, "keep_as_draft", None)
        if not callable(keep) or not (widget.isVisible() if shown is None else widget in shown):
            continue
        try:
            kept = keep()
        except Exception as error:  # one broken form must not stop the lock or the other drafts
            log_failure(_log, "A form could not keep its draft")
            # Kept to be told after the lock, without the traceback: its frames hold the form.
            error.__cause__ = error.__context__ = None
            result.lost.append((_form_name(widget), error.with_traceback(None)))
            kept = None
        note = getattr(widget, "lock_note", None)
        if isinstance(note, tuple) and len(note) == 2 and callable(note[0]):
            result.said.append((note[0], bool(note[1])))
        if isinstance(kept, tuple) and len(kept) == 2:
            result.kept.append((str(kept[0]), str(kept[1])))
    return result


def _form_name(widget: QWidget) -> str:
    """The neutral name of a form whose input was lost, read only then: a form whose name
    cannot be read (its label already deleted) must not lose input that could be kept."""
    try:
        return str(getattr(widget, "draft_title", widget.windowTitle)())
    except Exception:
        return QCoreApplication.translate("LockNotice", "an open form")


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


def to_offer(session: Session, kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The drafts to offer after unlocking: those the last lock ``kept``, first, then the
    others stored; only those still in the vault (a draft of a disclosure naming a deleted
    case was not stored, and is not listed). When the drafts cannot be listed, ``kept``."""
    try:
        listed = [(str(entry[0]), str(entry[1])) for entry in draft_store.list_drafts(session)]
    except Exception:
        log_failure(_log, "The drafts could not be listed")
        return kept
    in_vault = set(listed)
    offered = [entry for entry in dict.fromkeys(kept + listed) if entry in in_vault]
    return [entry for entry in offered if known(entry[0])]


def not_kept(session: Session, kept: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of the drafts of a disclosure that forms said they ``kept`` at a lock, those the vault
    does not hold: each named a case the vault no longer has (storage/drafts.py ``save``).
    Read while the session is still open; none when the drafts cannot be listed."""
    asked = [entry for entry in kept if entry[0] in disclosure_drafts.KINDS]
    if not asked:
        return []
    try:
        listed = {(str(entry[0]), str(entry[1])) for entry in draft_store.list_drafts(session)}
    except Exception:
        log_failure(_log, "The drafts could not be listed")
        return []
    return [entry for entry in asked if entry not in listed]


def reopen(parent: QWidget, session: Session, kind: str, ref: str) -> QWidget | None:
    """The form of the draft ``kind``/``ref`` opened again, or None. A draft gone since it
    was offered (discarded in another window, or its case deleted) opens nothing: the main
    window says so, rather than showing an empty form as if its input were in it."""
    opener = _OPENERS.get(kind)
    if opener is None:
        return None
    try:
        if draft_store.load_draft(session, kind, ref) is None:
            window = main_window(parent)  # shown at once, in place of the notice clicked
            window.notice_area.show_notice(window.add_notice("drafts_gone", _gone_text))
            return None
        return opener(parent, session, ref)
    except Exception:
        log_failure(_log, "A form could not be opened again from its draft")
        return None


def _gone_text() -> str:
    return QCoreApplication.translate(
        "LockNotice",
        "A form's kept input is no longer in the vault (it was discarded, or what it was "
        "about was deleted), so there is nothing to open again.",
    )


def discard(session: Session, drafts: list[tuple[str, str]]) -> None:
    for kind, ref in drafts:
        try:
            draft_store.discard_draft(session, kind, ref)
        except Exception:
            log_failure(_log, "A draft could not be discarded")


def main_window(parent: QWidget) -> MainWindow:
    """An opener's ``parent``: drafts are reopened from the main window's draft menu."""
    return cast("MainWindow", parent)


def stored_id(ref: str) -> int | None:
    """The record id in a draft's ref: ``None`` for a record not saved yet (ref "new")."""
    return None if ref == "new" else int(ref)


def via_main_window(kind: str) -> Opener:
    """An opener for a record's form that the main window opens itself (``edit_record``: an
    incident, a concern, a lägesbild entry, a person, an organisation); ref: the record id,
    or "new"."""

    def opener(parent: QWidget, session: Session, ref: str) -> QWidget | None:
        return main_window(parent).edit_record(kind, stored_id(ref))  # type: ignore[no-any-return]

    return opener


def via_main_window_part(attribute: str, method: str) -> Opener:
    """An opener for a record's form that a part of the main window opens (its
    ``plan_actions.open_revision``, say: the list or view first, then the form over it); ref:
    the record id, or "new"."""

    def opener(parent: QWidget, session: Session, ref: str) -> QWidget | None:
        part = getattr(parent, attribute, None)
        return None if part is None else getattr(part, method)(stored_id(ref))

    return opener


def via_case_window(kind: str) -> Opener:
    """An opener for forms that belong to a case window (ref: the case id): the case is opened
    (audited, as any opening) and the form opened from its window."""

    def opener(parent: QWidget, session: Session, ref: str) -> QWidget | None:
        view = main_window(parent).open_case(int(ref))
        return None if view is None else view.open_form(kind)

    return opener

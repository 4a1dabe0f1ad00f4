"""The brief window's choices kept as a draft across a lock (issue 16).

What the coordinator chose in the brief window (which cases are in and what each contributes,
the attendees and lägesbild switches, the copies with their recipients, terms and per-copy
content) is the record forms' kind of unsaved input: locking calls the window's
``keep_as_draft()`` (:mod:`kopingplan.gui.common.drafts`), which stores it encrypted in the
vault (``drafts`` table, never a plain file) when anything was changed, and closes the window.
The draft is named by the brief (``meeting:<id>``, ``case:<id>``, ``situation``), so opening
the same brief again, by hand or from the notice after unlocking, brings the choices back.
Saving or printing the brief ends the draft, and so does closing a window that brought one
back (the coordinator threw the choices away). Values the vault no longer knows (a case
gone from the agenda, an organisation deleted) are left out when the draft comes back.
:mod:`kopingplan.gui.briefs.brief_reopen` opens a kept brief again from the notice.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from kopingplan.briefs import content_profiles as cp
from kopingplan.briefs.document import CaseContent
from kopingplan.domain.model import DisclosureTerms
from kopingplan.errors import log_failure
from kopingplan.gui.briefs.brief_copies import CopyChoice
from kopingplan.services import drafts as draft_store

if TYPE_CHECKING:
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

KIND = "brief"
ID_ROLE = Qt.ItemDataRole.UserRole
TERMS = ("legal_basis", "decided_by", "decided_by_role", "purpose")


def _changes_out(changes: Mapping[int, tuple[str, ...]] | None) -> dict[str, list[str]] | None:
    return None if changes is None else {str(k): list(v) for k, v in changes.items()}


def _changes_in(value: Any) -> dict[int, tuple[str, ...]] | None:
    if not isinstance(value, dict):
        return None
    known = set(cp.PARTS) | set(cp.SITUATION_PARTS)
    return {
        int(key): tuple(str(p) for p in parts if p in known)
        for key, parts in value.items()
        if str(key).isdigit() and isinstance(parts, list)
    }


class BriefDraft:
    """The draft side of one brief window (``dialog``: a :class:`BriefDialog`)."""

    def __init__(self, dialog: Any, ref: str) -> None:
        self.dialog = dialog
        self.ref = ref
        self.restored = False
        self.quiet = False  # closing for a lock, or the draft already ended
        self.baseline = self.values()

    # --- the values

    def values(self) -> dict[str, Any]:
        """The window's choices, JSON-safe (ids as text keys)."""
        ui, dialog = self.dialog.ui, self.dialog
        cases = {}
        for row in range(ui.caseList.count()):
            item = ui.caseList.item(row)
            case_id = int(item.data(ID_ROLE))
            content = dialog.contents.get(case_id) or CaseContent()
            cases[str(case_id)] = {
                "in": item.checkState() == Qt.CheckState.Checked,
                "parts": list(content.chosen()),
            }
        copies = [
            {
                "organisation_id": copy.organisation_id,
                **{name: getattr(copy.terms, name) for name in TERMS},
                "changes": _changes_out(copy.changes),
            }
            for copy in dialog.copy_editor.copies
        ]
        return {
            "cases": cases,
            "attendees": ui.attendeesCheck.isChecked(),
            "situation": ui.situationCheck.isChecked(),
            "copies": copies,
        }

    def apply(self, values: Mapping[str, Any]) -> None:
        """Puts kept ``values`` back into the window; what it no longer knows is left out."""
        ui, dialog = self.dialog.ui, self.dialog
        cases = values.get("cases") if isinstance(values.get("cases"), dict) else {}
        assert isinstance(cases, dict)
        ui.caseList.blockSignals(True)
        for row in range(ui.caseList.count()):
            item = ui.caseList.item(row)
            case_id = int(item.data(ID_ROLE))
            kept = cases.get(str(case_id))
            if not isinstance(kept, dict):
                continue
            parts = cp.clean(str(p) for p in kept.get("parts", ()) if isinstance(p, str))
            content = dialog.contents[case_id]
            dialog.contents[case_id] = replace(content, **{p: p in parts for p in cp.PARTS})
            on = bool(kept.get("in", True))
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        ui.caseList.blockSignals(False)
        ui.attendeesCheck.setChecked(bool(values.get("attendees", True)))
        ui.situationCheck.setChecked(bool(values.get("situation", True)))
        editor = dialog.copy_editor
        copies = []
        for kept in values.get("copies") or ():
            if not isinstance(kept, dict):
                continue
            organisation_id = kept.get("organisation_id")
            if organisation_id not in editor.choices:
                organisation_id = None
            terms = DisclosureTerms(**{name: str(kept.get(name) or "") for name in TERMS})
            changes = _changes_in(kept.get("changes")) if organisation_id is not None else None
            copies.append(CopyChoice(organisation_id, terms, changes))
        if copies:
            editor.set_copies(copies)
        dialog.choices_changed()

    # --- the draft protocol (gui/common/drafts.py)

    @property
    def dirty(self) -> bool:
        return self.restored or self.values() != self.baseline

    def take_up(self, session: Session) -> bool:
        """Brings a kept draft of this brief back; whether there was one."""
        try:
            payload = draft_store.load_draft(session, KIND, self.ref)
        except Exception:
            log_failure(_log, "A draft could not be read")
            return False
        values = payload.get("values") if isinstance(payload, dict) else None
        if not isinstance(values, dict):
            return False
        self.apply(values)
        self.restored = True
        return True

    def keep(self, session: Session | None) -> tuple[str, str] | None:
        """Locking: the choices into the vault when any was made; (kind, ref) or None. A
        draft that cannot be stored (a full disk) raises: the unlock window names it."""
        try:
            if session is None or self.quiet or not self.dirty:
                return None
            draft_store.save_draft(session, KIND, self.ref, {"values": self.values()})
            return (KIND, self.ref)
        finally:
            self.quiet = True

    def end(self, session: Session | None) -> None:
        """The brief was saved or printed: no draft of it is kept; the choices as they are
        now count as unchanged (a later lock keeps only what changes after this)."""
        if self.restored and session is not None:
            self._discard(session)
        self.restored = False
        self.baseline = self.values()

    def closing(self, session: Session | None) -> None:
        """The window closes by the coordinator's choice: a draft it brought back goes."""
        if not self.quiet and self.restored and session is not None:
            self._discard(session)
        self.quiet = True

    def _discard(self, session: Session) -> None:
        try:
            draft_store.discard_draft(session, KIND, self.ref)
        except Exception:
            log_failure(_log, "A draft could not be discarded")


def restored_text() -> str:
    return QCoreApplication.translate(
        "BriefDialog",
        "Your choices for this brief from before the vault was locked are back. Save or print "
        "it, or close the window to throw them away.",
    )

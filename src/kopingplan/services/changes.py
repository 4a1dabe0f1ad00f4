"""What a write changed, for the views that show it (Anki's ``OpChanges`` is the model).

Every write in the vault records itself in the audit log, in its own transaction; the vault
tells the session after each commit which rows that was (action, entity, id, never details),
and :class:`ChangeCollector` turns them into :class:`Changes`: the kinds of record that changed
(the audit log's entity, a table name such as ``"cases"`` or ``"notes"``) with their ids. The
GUI's hub (``gui/common/changes.py``) takes what was collected after a save or a background
task and tells every open view, which reads again what it shows of those kinds.

Rows that record a reading (a case opened, a list viewed, a print) are not changes: a view
that reads again writes no "opened" row, and an opening makes no view read again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

# The last word of an audit action that records a reading, a copy or a search, not a change.
# (A view that reads again after a change may write such a row: it must not come back here.)
READING_VERBS = frozenset(
    {
        "open",
        "view",
        "list",
        "search",
        "print",
        "copy",
        "export",
        "export_certificate",
        "recovery_sheet_printed",
        "unlock",
        "lock",
        "attempts",
    }
)

AuditRow = tuple[str, str, int | None]  # action, entity, entity id


@dataclass(frozen=True)
class Changes:
    """Kinds of record that changed (``"cases"``, ``"notes"``, ``"meetings"`` …), each with
    the ids the audit rows named (empty when a row named none, as for a batch import)."""

    records: Mapping[str, frozenset[int]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.records)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.records)

    def touches(self, *kinds: str) -> bool:
        """Whether any of ``kinds`` changed."""
        return any(kind in self.records for kind in kinds)

    def ids(self, kind: str) -> frozenset[int]:
        return self.records.get(kind, frozenset())

    def merged(self, other: Changes) -> Changes:
        records = dict(self.records)
        for kind, ids in other.records.items():
            records[kind] = records.get(kind, frozenset()) | ids
        return Changes(records)

    @classmethod
    def of(cls, *kinds: str, ids: Iterable[int] = ()) -> Changes:
        """Changes of ``kinds`` (all with ``ids``); for code and tests that know what changed."""
        known = frozenset(ids)
        return cls({kind: known for kind in kinds})

    @classmethod
    def from_audit(cls, rows: Iterable[AuditRow]) -> Changes:
        records: dict[str, set[int]] = {}
        for action, entity, entity_id in rows:
            prefix, _, verb = action.rpartition(".")
            if verb in READING_VERBS:
                continue
            kind = entity or prefix or action
            ids = records.setdefault(kind, set())
            if entity_id is not None:
                ids.add(entity_id)
        return cls({kind: frozenset(ids) for kind, ids in records.items()})


class ChangeCollector:
    """Gathers what each commit changed until someone takes it; any thread may add.

    ``on_pending`` (if set) is called after an addition that changed something, in the
    committing thread: the GUI's hub uses it to schedule telling the views."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending = Changes()
        self.on_pending: Callable[[], None] | None = None

    def add(self, rows: list[AuditRow]) -> None:
        changes = Changes.from_audit(rows)
        if not changes:
            return
        with self._lock:
            self._pending = self._pending.merged(changes)
        notify = self.on_pending
        if notify is not None:
            notify()

    def take(self) -> Changes:
        """What changed since the last take (empty if nothing did)."""
        with self._lock:
            taken, self._pending = self._pending, Changes()
        return taken

"""A working session in one unlocked vault: the use cases the GUI and the command line share.

Every change goes through here so that it is validated, written in one transaction and recorded
in the audit log together. The GUI and the CLI never touch SQL or the audit log themselves.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from cryptography import x509

from kopingplan import errors
from kopingplan.crypto.identity import Identity, create_identity
from kopingplan.domain import model, rules
from kopingplan.domain import passphrase as passphrase_rules
from kopingplan.services.batch import Batch as Batch  # re-exported: the demo generator
from kopingplan.services.changes import ChangeCollector
from kopingplan.storage import audit, drafts, identities, mapping, reading, repositories
from kopingplan.storage import keyfile as kf
from kopingplan.storage.repositories import versions
from kopingplan.storage.vault import Vault, VaultPaths

R = TypeVar("R")

# Row types of the lists, re-exported so the GUI need not import storage.
CaseRow = repositories.CaseRow
TimelineItem = repositories.TimelineItem
DueItem = repositories.DueItem

# Marks around the matched words in a search hit's snippet (for highlighting).
HIT_START = repositories.HIT_START
HIT_END = repositories.HIT_END

OWNER_NAME = "owner_name"
OWNER_ORGANISATION = "owner_organisation"


def require_strong(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Refuses a weak passphrase, naming what is wrong with it (translated by the caller).
    ``user_inputs``: the coordinator's name and organisation, which an attacker tries first."""
    strength = passphrase_rules.estimate(passphrase, user_inputs)
    if not strength.acceptable:
        raise errors.WeakPassphrase(problems=",".join(p.value for p in strength.problems))


@dataclass(frozen=True)
class VaultInfo:
    folder: Path
    schema_version: int
    created_at: str
    owner: str
    organisation: str
    certificate_fingerprint: str
    cipher: dict[str, str]
    counts: dict[str, int]


@dataclass(frozen=True)
class CheckReport:
    integrity_problems: list[str]
    audit_problems: list[audit.AuditProblem]
    audit_rows: int

    @property
    def ok(self) -> bool:
        return not self.integrity_problems and not self.audit_problems


class Session:
    """An unlocked vault and the coordinator working in it."""

    def __init__(self, vault: Vault, *, kdf_params: kf.KdfParams | None = None) -> None:
        self.vault = vault
        with vault.read() as conn:
            self.actor = identities.get_setting(conn, OWNER_NAME) or "?"
        # What each committed write changed, until the GUI tells its open views.
        self.changes = ChangeCollector()
        vault.on_commit = self.changes.add
        # Tests pass cheap Argon2id parameters; real vaults calibrate to ~0.5 s.
        self._kdf_params = kdf_params

    # --- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        paths: VaultPaths,
        passphrase: str,
        *,
        name: str,
        organisation: str,
        kdf_params: kf.KdfParams | None = None,
        identity: Identity | None = None,
    ) -> Session:
        require_strong(passphrase, (name, organisation))
        for field, value in (("name", name), ("organisation", organisation)):
            if not value.strip():
                raise errors.InvalidInput(
                    field, errors.QT_TRANSLATE_NOOP("Errors", "must be filled in")
                )
        identity = identity or create_identity(name, organisation)
        vault = Vault.create(paths, passphrase, kdf_params=kdf_params)
        try:
            with vault.transaction() as conn:
                identities.set_setting(conn, OWNER_NAME, name.strip())
                identities.set_setting(conn, OWNER_ORGANISATION, organisation.strip())
                identities.store(conn, identity, "self_signed")
                audit.append(conn, name.strip(), "vault.create")
        except BaseException:
            vault.close()
            raise
        return cls(vault, kdf_params=kdf_params)

    @classmethod
    def open(
        cls,
        paths: VaultPaths,
        secret: str,
        *,
        secret_kind: str = "passphrase",
        verify: bool | None = None,
        record_unlock: bool = True,
        kdf_params: kf.KdfParams | None = None,
    ) -> Session:
        vault = Vault.open(paths, secret, secret_kind=secret_kind, verify=verify)
        session = cls(vault, kdf_params=kdf_params)
        # Wrong tries since the last unlock (storage/attempts.py) are logged even when the
        # unlock itself is not (a command-line run), so the owner can see them later.
        tries = vault.unlock_report
        if record_unlock or tries.noteworthy:
            details: dict[str, Any] = {"with": secret_kind}
            if tries.failures:
                details["wrong_tries"] = tries.failures
            if tries.lost:
                details["attempts_record"] = "lost"
            try:
                session.record("vault.unlock", details=details)
            except BaseException:
                vault.close()
                raise
        return session

    @property
    def kdf_params(self) -> kf.KdfParams | None:
        """Argon2id parameters for new key slots; None means calibrate on this machine."""
        return self._kdf_params

    @property
    def vault_folder(self) -> Path:
        return self.vault.paths.folder

    def close(self) -> None:
        self.vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record(
        self,
        action: str,
        entity: str = "",
        entity_id: int | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Writes one audit row on its own, for acts that change nothing else (a print)."""
        with self.vault.transaction() as conn:
            audit.append(conn, self.actor, action, entity, entity_id, details)

    # --- keys --------------------------------------------------------------------------------

    def change_passphrase(self, current: str, new: str) -> None:
        """Rewraps the database key; the recovery slot, if any, is kept as it is."""
        require_strong(new, self.owner_words())
        keys = kf.read_keyfile(self.vault.paths.keyfile)
        key = keys.unlock(current)
        try:
            params = self._kdf_params or kf.calibrate()
            updated = keys.with_slot("passphrase", new, key, params)
        finally:
            kf.wipe(key)
        kf.write_keyfile(self.vault.paths.keyfile, updated)
        self.record("vault.passphrase_changed")

    def owner_words(self) -> tuple[str, str]:
        """The coordinator's name and organisation: what a passphrase must not be built on."""
        with self.vault.read() as conn:
            return (
                identities.get_setting(conn, OWNER_NAME) or "",
                identities.get_setting(conn, OWNER_ORGANISATION) or "",
            )

    # --- identity ----------------------------------------------------------------------------

    def identity(self) -> Identity:
        found = reading.run(self, identities.active)
        if found is None:
            raise errors.NotFound(kind="identity", id=0)
        return found

    def certificates(self) -> list[x509.Certificate]:
        """The active and every earlier identity's certificate, active first."""
        return [
            x509.load_pem_x509_certificate(pem)
            for pem in reading.run(self, identities.all_certificates)
        ]

    def export_certificate(self, destination: Path, *, overwrite: bool = True) -> None:
        """Writes the public certificate (PEM) where the coordinator chose; logged. Only a
        regular file is written; ``overwrite=False`` refuses an existing one."""
        from kopingplan import files

        identity = self.identity()
        files.write_output(
            Path(destination), identity.certificate_pem, overwrite=overwrite, mode=0o644
        )
        self.record("identity.export_certificate", details={"fingerprint": identity.fingerprint})

    # --- inspection ----------------------------------------------------------------------------

    def info(self) -> VaultInfo:
        with self.vault.read() as conn:
            identity = identities.active(conn)
            return VaultInfo(
                folder=self.vault.paths.folder,
                schema_version=self.vault.schema_version(),
                created_at=self.vault.meta("created_at") or "",
                owner=identities.get_setting(conn, OWNER_NAME),
                organisation=identities.get_setting(conn, OWNER_ORGANISATION),
                certificate_fingerprint=identity.fingerprint if identity else "",
                cipher=self.vault.cipher_settings(),
                counts=repositories.counts(conn),
            )

    def check(self) -> CheckReport:
        # One read block: the audit chain is streamed, not read into memory row by row
        # first (which vault.conn does outside a block), and no save comes in between.
        with self.vault.read() as conn:
            rows = audit.row_count(conn)
            return CheckReport(
                integrity_problems=self.vault.integrity_problems(),
                audit_problems=audit.verify(conn),
                audit_rows=rows,
            )

    # --- records -----------------------------------------------------------------------------

    def save(self, record: R) -> R:
        """Validates and stores a new or changed record, with its audit row, in one transaction.

        A case's level and status change only through :meth:`move_case_level`,
        :meth:`close_case` and :meth:`reopen_case`, which record why.
        """
        rules.validate(record)
        table = repositories.table_for(type(record))
        record_id: int | None = getattr(record, "id", None)
        with self.vault.transaction() as conn:
            if record_id is None:
                record_id = mapping.insert(conn, table, record)
                record = replace(record, id=record_id)  # type: ignore[type-var]
                if isinstance(record, model.Case):
                    self._insert_level_change(
                        conn, record_id, None, record.level, record.opened_on, ""
                    )
                audit.append(conn, self.actor, f"{table.name}.create", table.name, record_id)
                return record
            if isinstance(record, model.Case):
                stored = mapping.get(conn, repositories.CASES, record_id)
                if stored.level != record.level or stored.status != record.status:
                    raise errors.InvalidInput("level", LEVEL_NEEDS_REASON)
            # A note or contact keeps its earlier text, whichever way it is changed.
            versioned = table.name in versions.VERSIONED
            before = mapping.get(conn, table, record_id) if versioned else None
            changed = mapping.update(conn, table, record)
            if changed:
                if before is not None:
                    versions.keep_version(conn, table, before, self.actor)
                details = {"fields": list(changed)}
                audit.append(
                    conn, self.actor, f"{table.name}.update", table.name, record_id, details
                )
        return record

    def get(self, cls: type[R], record_id: int) -> R:
        return reading.run(self, mapping.get, repositories.table_for(cls), record_id)

    def delete(self, cls: type[Any], record_id: int) -> None:
        """Deletes one record for good (secure_delete overwrites it); the log keeps that it was."""
        table = repositories.table_for(cls)
        with self.vault.transaction() as conn:
            mapping.delete(conn, table, record_id)
            audit.append(conn, self.actor, f"{table.name}.delete", table.name, record_id)

    @contextlib.contextmanager
    def batch(self, reason: str) -> Iterator[Batch]:
        """Many inserts in one transaction with one audit row (demo data, imports)."""
        with self.vault.transaction() as conn:
            batch = Batch(conn)
            yield batch
            audit.append(conn, self.actor, reason, details={"created": batch.created})

    # --- cases ---------------------------------------------------------------------------------

    def list_cases(
        self,
        filter: CaseFilter | None = None,
        *,
        sort: str = "title",
        descending: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> list[repositories.CaseRow]:
        return reading.run(
            self,
            repositories.case_page,
            **_filter_args(filter),
            sort=sort,  # type: ignore[arg-type]
            descending=descending,
            limit=limit,
            offset=offset,
        )

    def count_cases(self, filter: CaseFilter | None = None) -> int:
        return reading.run(self, repositories.case_count, **_filter_args(filter))

    def open_case(self, case_id: int, *, timeline_limit: int = 50) -> CaseDetail:
        """Everything the case view shows; the opening itself is written to the audit log."""
        detail = self.reload_case(case_id, timeline_limit=timeline_limit)
        self.record("cases.open", "cases", case_id)
        return detail

    def reload_case(self, case_id: int, *, timeline_limit: int = 50) -> CaseDetail:
        """The same as :meth:`open_case` without an audit row: only for showing again what a
        window already opened (after a change made in it, which has its own row). Opening a
        record is one audited act; refreshing it is not, or the log the data protection
        officer reads would count every save as another opening."""
        with self.vault.read() as conn:  # one state of the case, not half before a save
            return CaseDetail(
                case=mapping.get(conn, repositories.CASES, case_id),
                participants=repositories.participants(conn, case_id),
                level_history=repositories.level_history(conn, case_id),
                timeline=repositories.case_timeline(conn, case_id, limit=timeline_limit),
                exit_plan=repositories.current_exit_plan(conn, case_id),
                removals=versions.removals(conn, case_id),
            )

    def move_case_level(
        self, case_id: int, to_level: model.Level, reason: str, on: date | None = None
    ) -> model.Case:
        if not reason.strip():
            raise errors.InvalidInput("reason", rules.REQUIRED)
        with self.vault.transaction() as conn:
            case = mapping.get(conn, repositories.CASES, case_id)
            if case.level == to_level:
                return case
            moved = replace(case, level=to_level)
            mapping.update(conn, repositories.CASES, moved)
            self._insert_level_change(
                conn, case_id, case.level, to_level, on or date.today(), reason
            )
            audit.append(
                conn,
                self.actor,
                "cases.level",
                "cases",
                case_id,
                {"from": case.level.value, "to": to_level.value},
            )
        return moved

    def close_case(self, case_id: int, reason: str, on: date | None = None) -> model.Case:
        if not reason.strip():
            raise errors.InvalidInput("reason", rules.REQUIRED)
        return self._set_status(case_id, model.CaseStatus.CLOSED, on or date.today(), reason)

    def reopen_case(self, case_id: int) -> model.Case:
        return self._set_status(case_id, model.CaseStatus.OPEN, None, "")

    def _set_status(
        self, case_id: int, status: model.CaseStatus, closed_on: date | None, reason: str
    ) -> model.Case:
        with self.vault.transaction() as conn:
            case = mapping.get(conn, repositories.CASES, case_id)
            changed = replace(case, status=status, closed_on=closed_on, close_reason=reason)
            rules.validate(changed)
            mapping.update(conn, repositories.CASES, changed)
            action = "cases.close" if status is model.CaseStatus.CLOSED else "cases.reopen"
            audit.append(conn, self.actor, action, "cases", case_id)
        return changed

    def _insert_level_change(
        self,
        conn: Any,
        case_id: int | None,
        from_level: model.Level | None,
        to_level: model.Level,
        on: date,
        reason: str,
    ) -> None:
        assert case_id is not None
        change = model.LevelChange(
            case_id=case_id, from_level=from_level, to_level=to_level, changed_on=on, reason=reason
        )
        mapping.insert(conn, repositories.LEVEL_CHANGES, change)

    # --- search and lists ---------------------------------------------------------------------

    def search(
        self, query: str, limit: int = 50, *, kind: str | None = None
    ) -> list[model.SearchHit]:
        """Search over every kind of record, grouped by kind (services/search.py), audited as a
        search with the number of hits; the query itself is never logged: it may be a name."""
        from kopingplan.services import search

        return search.search(self, query, limit, kind=kind)

    def due_items(self, until: date) -> list[repositories.DueItem]:
        return reading.run(self, repositories.due_items, until)

    # --- drafts ----------------------------------------------------------------------------------

    def save_draft(self, kind: str, ref: str, payload: dict[str, Any]) -> None:
        """Unsaved form input, kept encrypted in the vault (never in a plain file)."""
        with self.vault.transaction() as conn:
            drafts.save(conn, kind, ref, payload)

    def load_draft(self, kind: str, ref: str) -> dict[str, Any] | None:
        return reading.run(self, drafts.load, kind, ref)

    def list_drafts(self) -> list[tuple[str, str, str]]:
        """(kind, ref, saved_at) of every stored draft, newest first."""
        return reading.run(self, drafts.listing)

    def discard_draft(self, kind: str, ref: str) -> None:
        with self.vault.transaction() as conn:
            drafts.discard(conn, kind, ref)


LEVEL_NEEDS_REASON = errors.QT_TRANSLATE_NOOP(
    "Errors", "changes only with a reason (use “Move to level” or “Close case”)"
)


@dataclass(frozen=True)
class CaseFilter:
    level: model.Level | None = None
    orientation: model.Orientation | None = None
    status: model.CaseStatus | None = None
    group_id: int | None = None
    responsible_person_id: int | None = None
    text: str | None = None
    flag: str | None = None  # a FlagKind value, or "any" (triage, schema v7)
    priority: model.Priority | None = None


_FILTER_FIELDS = (
    "level", "orientation", "status", "group_id", "responsible_person_id", "text", "flag",
    "priority",
)  # fmt: skip


def _filter_args(filter: CaseFilter | None) -> dict[str, Any]:
    chosen = filter or CaseFilter()
    return {f: getattr(chosen, f) for f in _FILTER_FIELDS}


@dataclass(frozen=True)
class CaseDetail:
    case: model.Case
    participants: list[tuple[model.CaseParticipant, model.Person]]
    level_history: list[model.LevelChange]
    timeline: list[repositories.TimelineItem]
    exit_plan: model.ExitPlan | None
    # People taken out of the case, with when and why (newest first).
    removals: list[versions.Removal] = dataclass_field(default_factory=list)

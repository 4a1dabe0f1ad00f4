"""One owner of the vault's connection (storage/vault.py): the coordinator saves notes on the
GUI thread while a backup, an export and a re-key run on the task runner's worker thread.

Real threads and a real SQLCipher vault. Each long task is made to linger at the moment it
owns the connection (inside its snapshot) and the main thread saves right then, as the
coordinator would in a case window while the progress dialog shows. Before the owner lock
the save failed with "cannot start a transaction within a transaction" (backup, export), or
went into the old database and was lost at the switch (re-key).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from kopingplan.domain import model
from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import cms
from kopingplan.services import backup, brief_disclosures, cases, exchange, vault_health
from kopingplan.services import rekey as rekey_service
from kopingplan.services.session import Session
from kopingplan.storage import mapping, repositories, vault_copy
from kopingplan.storage import rekey as storage_rekey
from kopingplan.storage.vault import VaultPaths
from unit.test_exchange_fixtures import police_identity, private_key, register

from support import FAST_KDF, PASSPHRASE, shared_identity

LINGER = 0.3  # seconds a task keeps the connection after the first save was started
EARLY_TEXT = "Samtal med skolkuratorn om oron."


@pytest.fixture
def worker() -> Iterator[ThreadPoolExecutor]:
    """One worker thread, as gui/common/tasks.py's TaskRunner has."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="task-runner") as pool:
        yield pool


@pytest.fixture
def case(session: Session) -> model.Case:
    saved = session.save(
        model.Case(
            title="Ärende Norra skolan", level=model.Level.SPECIFIC,
            orientation=model.Orientation.RIGHT, opened_on=date(2026, 3, 2),
        )
    )  # fmt: skip
    session.save(model.Note(_id(saved), datetime(2026, 3, 3, 9, tzinfo=UTC), EARLY_TEXT))
    return saved


def _id(record: Any) -> int:
    assert record.id is not None
    return int(record.id)


class Linger:
    """Stops a task where it owns the connection until the main thread lets it go on."""

    def __init__(self) -> None:
        self.inside, self.go_on = threading.Event(), threading.Event()


def _linger_in(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> Linger:
    """Makes ``module.name`` (called while its task owns the connection) say so and wait."""
    linger = Linger()
    original: Callable[..., Any] = getattr(module, name)

    def lingering(*args: Any, **kwargs: Any) -> Any:
        assert threading.current_thread() is not threading.main_thread()
        linger.inside.set()
        linger.go_on.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, lingering)
    return linger


def _save_notes_meanwhile(
    session: Session, case_id: int, task: Future[Any], linger: Linger, label: str
) -> list[str]:
    """Saves notes from the main thread from the moment the task holds the connection until
    it has ended (and two more after): each through ``Session.save``, as the note form does.
    The task goes on ``LINGER`` seconds after the first save was started (which waits for
    it). Returns the texts saved."""
    assert linger.inside.wait(10), "the task never reached the point where it owns the vault"
    assert not task.done()  # it cannot end before it is let go on
    threading.Timer(LINGER, linger.go_on.set).start()
    texts: list[str] = []
    while not task.done() or len(texts) < 3:
        text = f"{label}: anteckning {len(texts) + 1} medan uppgiften körs"
        saved = session.save(model.Note(case_id, datetime.now(UTC), text))
        assert saved.id is not None
        texts.append(text)
        if len(texts) > 50:
            break
    return texts


def _note_texts(session: Session, case_id: int) -> list[str]:
    rows = session.vault.conn.execute("SELECT text FROM notes WHERE case_id = ?", (case_id,))
    return [str(row[0]) for row in rows]


def test_saves_on_the_gui_thread_while_backup_export_and_rekey_run_on_the_worker(
    session: Session,
    case: model.Case,
    worker: ThreadPoolExecutor,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    case_id = _id(case)
    police = register(session, police_identity())
    saved: list[str] = []

    # A backup: its copy is made and compared inside its snapshot.
    stick = tmp_path / "stick"
    stick.mkdir()
    linger = _linger_in(monkeypatch, vault_copy, "copy_and_compare")
    task = worker.submit(backup.backup, session, stick)
    saved += _save_notes_meanwhile(session, case_id, task, linger, "säkerhetskopia")
    made = task.result()
    monkeypatch.undo()

    # An export of the case: the disclosure record and the file are written in one transaction.
    request = exchange.ExportRequest(
        recipient_ids=(police.id,),
        terms=DisclosureTerms("osl-10-18a", "Anna Lindqvist", "samordnare", "Förhindra brott"),
        cases=(exchange.CasePart(case_id, all_notes=True),),
    )
    preview = exchange.preview_export(session, request)
    # (It lingers in recording the disclosures: the file comes to its name after the commit.)
    linger = _linger_in(monkeypatch, brief_disclosures, "record_attached")
    task = worker.submit(exchange.export_package, session, preview, tmp_path / "paket.p7m")
    saved += _save_notes_meanwhile(session, case_id, task, linger, "utlämnande")
    exported = task.result()
    monkeypatch.undo()

    # A re-key: from its snapshot to the switch, a save would land in the database it replaces.
    linger = _linger_in(monkeypatch, storage_rekey, "_check_new")
    task = worker.submit(rekey_service.rekey, session, PASSPHRASE)
    saved += _save_notes_meanwhile(session, case_id, task, linger, "omkryptering")
    rekeyed = task.result()
    monkeypatch.undo()

    # Every save is there, once, after the vault is locked and opened again.
    paths = session.vault.paths
    session.close()
    with Session.open(paths, PASSPHRASE, kdf_params=FAST_KDF, record_unlock=False) as again:
        assert sorted(_note_texts(again, case_id)) == sorted([EARLY_TEXT, *saved])
        assert vault_health.check(again).ok
        # The re-key's own audit row is in the vault that is now in use.
        assert again.vault.meta("vault_id") == session.vault.vault_id
    assert rekeyed.counts["notes"] >= 1 + len([t for t in saved if "omkryptering" not in t])

    # The backup opens with the passphrase of the time, passes every check, and holds the
    # notes saved before it (saves made during it wait for it and are not in it).
    with Session.open(
        VaultPaths(made.folder), PASSPHRASE, verify=True, record_unlock=False, kdf_params=FAST_KDF
    ) as copy:
        assert vault_health.check(copy).ok
        assert _note_texts(copy, case_id) == [EARLY_TEXT]

    # The export decrypts, its signature holds, and it is the previewed content, whole.
    sealed = (tmp_path / "paket.p7m").read_bytes()
    identity = police_identity()
    message = cms.read_signed(cms.decrypt(sealed, identity.certificate, private_key(identity)))
    assert cms.verify(message, shared_identity().certificate) == preview.zip_bytes
    assert exported.content_sha256 == preview.content_sha256
    assert EARLY_TEXT.encode() in _unzipped(preview.zip_bytes)


def _unzipped(data: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def test_a_save_never_joins_another_threads_transaction(
    session: Session, case: model.Case, worker: ThreadPoolExecutor
) -> None:
    """A transaction on the worker that is rolled back takes only its own work with it: the
    save made meanwhile waits for it, then commits on its own."""
    case_id = _id(case)
    inside, release = threading.Event(), threading.Event()

    def failing_task() -> None:
        with session.vault.transaction() as conn:
            conn.execute("UPDATE cases SET title = 'Ändrad av uppgiften' WHERE id = ?", (case_id,))
            inside.set()
            release.wait(10)
            raise RuntimeError("the task fails")

    task = worker.submit(failing_task)
    assert inside.wait(10)
    threading.Timer(LINGER, release.set).start()
    session.save(model.Note(case_id, datetime.now(UTC), "Sparad under uppgiften"))
    with pytest.raises(RuntimeError):
        task.result()
    assert session.get(model.Case, case_id).title == "Ärende Norra skolan"
    assert "Sparad under uppgiften" in _note_texts(session, case_id)


def test_a_list_never_shows_another_threads_uncommitted_work(
    session: Session, case: model.Case, worker: ThreadPoolExecutor
) -> None:
    """One connection: a read made during another thread's transaction would see its
    uncommitted rows (a case the task then rolls back). Through ``vault.conn`` it waits."""
    inside, release = threading.Event(), threading.Event()

    def rolled_back() -> None:
        with session.vault.transaction() as conn:
            never = model.Case("Aldrig sparat", model.Level.GENERAL, model.Orientation.UNCLEAR,
                               date(2026, 3, 1))  # fmt: skip
            mapping.insert(conn, repositories.CASES, never)
            inside.set()
            release.wait(10)
            raise RuntimeError("the task fails")

    task = worker.submit(rolled_back)
    assert inside.wait(10)
    threading.Timer(LINGER, release.set).start()
    assert cases.count_cases(session) == 1  # the list's count, as the case list asks for it
    assert [row.title for row in cases.list_cases(session)] == ["Ärende Norra skolan"]
    with pytest.raises(RuntimeError):
        task.result()


def test_opening_a_case_waits_for_another_threads_transaction(
    session: Session, case: model.Case, worker: ThreadPoolExecutor
) -> None:
    """Measured before the owner lock: ``cannot start a transaction within a transaction``."""
    case_id = _id(case)
    inside, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with session.vault.transaction() as conn:
            conn.execute(
                "UPDATE cases SET summary = 'Skrivet av uppgiften' WHERE id = ?", (case_id,)
            )
            inside.set()
            release.wait(10)

    task = worker.submit(long_write)
    assert inside.wait(10)
    threading.Timer(LINGER, release.set).start()
    detail = cases.open_case(session, case_id)  # started while the task's transaction is open
    task.result()
    assert detail.case.summary == "Skrivet av uppgiften"  # after the task's commit, not before


def test_a_cursor_from_vault_conn_cannot_outlive_its_statement(session: Session) -> None:
    """Outside a read block ``vault.conn`` reads the rows at once, so no half-read cursor
    stays open on the connection while another thread's work starts."""
    rows = session.vault.conn.execute("SELECT seq FROM audit_log ORDER BY seq")
    assert not isinstance(rows, sqlcipher3.Cursor)
    first = rows.fetchone()
    assert first is not None and [first, *rows.fetchall()] == [
        tuple(r) for r in session.vault.conn.execute("SELECT seq FROM audit_log ORDER BY seq")
    ]
    with session.vault.read() as conn:
        assert isinstance(conn.execute("SELECT 1"), sqlcipher3.Cursor)

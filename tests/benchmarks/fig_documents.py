"""Figures of what leaves the vault: signed meeting briefs, an export package, a backup."""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from measure import Figure, Log, clock

from kopingplan.briefs.document import BriefOptions
from kopingplan.domain import model as m
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import backup, briefs, meetings
from kopingplan.services import cases as case_service
from kopingplan.services import exchange as exchange_service
from kopingplan.services.cases import CaseFilter
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.vault import DATABASE_NAME, KEYFILE_NAME, VaultPaths


def _group(session: Session) -> m.Group:
    groups = meetings.groups(session)
    return next((g for g in groups if g.kind is m.GroupKind.INTERVENTION_GROUP), groups[0])


def _prepare_meeting(session: Session, pages: int, log: Log) -> tuple[int, BriefOptions, str]:
    """A meeting of the insatsgrupp whose brief has ``pages`` pages, or the fewest above (untimed).

    The group's default content; when the parts that do not depend on the agenda (open actions,
    lägesbild) alone fill more pages than wanted, open actions are left out. Case items are
    added until the page count is reached: in halving steps while far from it, then one at a time,
    trying a few cases for one that lands exactly.
    """
    group = _group(session)
    assert group.id is not None
    candidates = [
        row.id
        for row in case_service.list_cases(
            session, CaseFilter(status=m.CaseStatus.OPEN), sort="id", limit=600
        )
    ]
    meeting = meetings.create_meeting(
        session, group.id, datetime.now(UTC), "Benchmark", from_last=False
    )
    meeting_id = meeting.id
    assert meeting_id is not None
    options = BriefOptions()

    def render() -> int:
        made = briefs.meeting_brief(session, meeting_id, options)
        return briefs.produce(session, made)[0].pages

    def add(case_id: int) -> int:
        title = session.get(m.Case, case_id).title
        item = meetings.add_agenda_item(
            session, meeting_id, m.AgendaItemKind.CASE, title, case_id=case_id
        )
        assert item.id is not None
        return item.id

    base = render()
    note = ""
    if base >= pages:
        options = BriefOptions(open_actions=False)
        without = render()
        note = f"; open actions left out (alone {base - without} pages)"
        base = without
    made, cases, overshoots = base, 0, []
    queue = iter(candidates)
    while made < pages:
        per_case = (made - base) / cases if cases else None
        gap = pages - made
        if per_case and gap > 2 * per_case:
            # Half the estimated gap at a time: pages per case differ from case to case.
            bulk = [c for _, c in zip(range(max(1, int(gap / per_case / 2))), queue, strict=False)]
            if not bulk:
                break  # no open cases left: the brief stays shorter
            for case_id in bulk:
                add(case_id)
            cases += len(bulk)
            made = render()
            continue
        case_id = next(queue, None)
        if case_id is None:
            break
        item_id = add(case_id)
        now = render()
        if now <= pages:
            made, cases = now, cases + 1
            continue
        session.delete(m.AgendaItem, item_id)
        overshoots.append((now, case_id))
        if len(overshoots) >= 4:
            now, case_id = min(overshoots)
            add(case_id)
            made, cases = now, cases + 1
    log(f"  meeting brief for {pages} pages: {cases} cases, {made} pages{note}")
    return meeting_id, options, f"{cases} cases{note}"


def brief(session: Session, pages: int, target: float, runs: int, log: Log) -> Figure:
    meeting_id, options, made_of = _prepare_meeting(session, pages, log)
    made = 0
    samples, gather, signer, render_sign = [], [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        t_gather, made_brief = clock(lambda: briefs.meeting_brief(session, meeting_id, options))
        t_signer, key = clock(lambda: briefs.signer_for(session))
        t_sign, copies = clock(lambda b=made_brief, k=key: briefs.sign_copies(b, k))  # type: ignore[misc]
        samples.append((time.perf_counter() - started) * 1000)
        gather.append(t_gather)
        signer.append(t_signer)
        render_sign.append(t_sign)
        made = copies[0].pages
    return Figure(
        f"brief_{pages}_pages",
        f"signed meeting brief, {pages} pages",
        samples,
        target,
        extra={
            "pages": made,
            "made_of": made_of,
            "gather_ms": statistics.median(gather),
            "signer_ms": statistics.median(signer),
            "render_sign_ms": statistics.median(render_sign),
        },
        note=(
            f"{made} pages ({made_of}): gather {statistics.median(gather):.0f} ms, key "
            f"{statistics.median(signer):.0f} ms, "
            f"render+sign {statistics.median(render_sign):.0f} ms"
        ),
    )


def export(session: Session, runs: int, log: Log) -> Figure:
    from kopingplan.crypto.identity import create_identity

    police = create_identity("Kontaktpolis Karin Bänk", "Polisen (benchmark)")
    row = exchange_service.add_recipient(session, police.certificate_pem)
    exchange_service.verify_recipient(session, row.id, police.fingerprint)
    case_ids = [r.id for r in case_service.list_cases(session, sort="id", limit=100)]
    request = exchange_service.ExportRequest(
        recipient_ids=(row.id,),
        terms=DisclosureTerms(
            "osl-10-18a", "Bänk Benchmarksson", "samordnare", "Benchmark (påhittade uppgifter)"
        ),
        cases=tuple(
            exchange_service.CasePart(c, subjects=True, all_notes=True, all_measures=True)
            for c in case_ids
        ),
    )
    samples, preview_ms, size = [], [], 0
    with tempfile.TemporaryDirectory(prefix="kopingplan-bench-export-") as tmp:
        for i in range(runs):
            target = Path(tmp) / f"export-{i}.p7m"
            started = time.perf_counter()
            t_preview, preview = clock(lambda: exchange_service.preview_export(session, request))
            result = exchange_service.export_package(session, preview, target)
            samples.append((time.perf_counter() - started) * 1000)
            preview_ms.append(t_preview)
            size = result.size
            target.unlink()
    notes = preview.counts.get("notes", 0)
    return Figure(
        "export_100_cases",
        f"export of {len(case_ids)} cases, 1 recipient",
        samples,
        1000,
        extra={
            "cases": len(case_ids),
            "notes": notes,
            "bytes": size,
            "preview_ms": statistics.median(preview_ms),
        },
        note=(
            f"details, subjects, all {notes} notes, measures; preview "
            f"{statistics.median(preview_ms):.0f} ms, sign+encrypt+record the rest; "
            f"{size / 1e6:.1f} MB"
        ),
    )


def _plain_copy(paths: VaultPaths, folder: Path) -> None:
    """What a user's own copy of the vault folder does: the same two files, fsynced."""
    folder.mkdir()
    for name in (DATABASE_NAME, KEYFILE_NAME):
        shutil.copyfile(paths.folder / name, folder / name)
        with open(folder / name, "rb+") as handle:
            os.fsync(handle.fileno())
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _timed_backup(session: Session, destination: Path) -> tuple[float, dict[str, float], str]:
    """One backup: total ms, its parts in ms (from the progress stages) and how it was checked.

    The read-back runs while the copy is made, so the parts are: until the last byte is copied
    (``copy_ms``), the rest of the read-back and opening the copy (``after_copy_ms``), and
    before and after those (``rest_ms``: checkpoint, manifest, rotation, audit row).
    """
    first: dict[str, float] = {}
    last: dict[str, float] = {}

    def progress(done: int, total: int, stage: str) -> None:
        now = time.perf_counter()
        first.setdefault(stage, now)
        last[stage] = now

    started = time.perf_counter()
    result = backup.backup(session, destination, progress=progress)
    ended = time.perf_counter()
    copy_started, copied = first[backup.STAGE_COPY], last[backup.STAGE_COPY]
    rotate = first[backup.STAGE_ROTATE]
    parts = {
        "copy_ms": (copied - copy_started) * 1000,
        "after_copy_ms": (rotate - copied) * 1000,
        "rest_ms": (copy_started - started + ended - rotate) * 1000,
    }
    row = audit.entries(session.vault.conn, action="vault.backup", limit=1)[0]
    shutil.rmtree(result.folder)
    return (ended - started) * 1000, parts, str(row.details.get("check", "full"))


def backup_figure(session: Session, runs: int) -> Figure:
    paths = session.vault.paths
    samples, plain = [], []
    parts: dict[str, list[float]] = {"copy_ms": [], "after_copy_ms": [], "rest_ms": []}
    checks = set()
    with tempfile.TemporaryDirectory(prefix="kopingplan-bench-backup-") as tmp:
        destination = Path(tmp) / "stick"
        destination.mkdir()
        for i in range(runs):
            for step in ("backup", "plain") if i % 2 == 0 else ("plain", "backup"):
                if step == "backup":
                    elapsed, split, check = _timed_backup(session, destination)
                    samples.append(elapsed)
                    checks.add(check)
                    for name, value in split.items():
                        parts[name].append(value)
                else:
                    target = Path(tmp) / f"plain-{i}"
                    elapsed, _ = clock(lambda t=target: _plain_copy(paths, t))  # type: ignore[misc]
                    plain.append(elapsed)
                    shutil.rmtree(target)
    size = paths.database.stat().st_size
    medians = {name: round(statistics.median(values), 1) for name, values in parts.items()}
    how = (
        "kernel copy in 64 MB segments, each fdatasynced, dropped from the cache and read back "
        "and compared byte for byte while the next is copied; opened as this vault (id, schema, "
        "audit head)"
    )
    if "full" in checks:
        how += " + cipher_integrity_check + integrity_check + audit chain (≤ 64 MB)"
    return Figure(
        "backup",
        "backup, verified",
        samples,
        None,
        limit_samples=plain,
        limit_label="plain copy of vault.db + vault.key, fsynced",
        target_ratio=3.0,
        extra={"bytes": size, "check": sorted(checks), **medians},
        note=(
            f"{size / 1e6:.0f} MB; backup = {how}; medians: copy (and read-back) "
            f"{medians['copy_ms']:.0f} ms, then the last read-back and opening "
            f"{medians['after_copy_ms']:.0f} ms, the rest {medians['rest_ms']:.0f} ms"
        ),
    )

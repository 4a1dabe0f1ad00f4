"""What run.py measures: one function per figure of issue 8, each through the project's services.

Every function returns :class:`Figure` objects with the raw samples; run.py turns them into the
table and the JSON. Store figures run the same service call on the vault and on the plain
copies (see bench_vault.py) in the same loop, alternating which goes first, so load on the
machine hits both sides alike.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kopingplan.domain import model as m
from kopingplan.services import backup, briefs, demo, meetings
from kopingplan.services import exchange as exchange_service
from kopingplan.services.session import CaseFilter, Session
from kopingplan.storage import keyfile as kf
from kopingplan.storage.vault import DATABASE_NAME, KEYFILE_NAME, VaultPaths

HERE = Path(__file__).resolve().parent
Log = Callable[[str], None]

# What the case list model asks for on a refresh (gui/case_model.py): a count and one page.
PAGE_SIZE = 200
NOTE_TEXT = (
    "Samtal med mentor på skolan om hur eleven har det i klassen. Mentorn beskriver att eleven "
    "har dragit sig undan sina tidigare kamrater och i stället umgås med en äldre grupp efter "
    "skoltid. Eleven har vid två tillfällen visat klipp med våldsbejakande innehåll för "
    "klasskamrater. Vårdnadshavare har informerats. Nästa steg: gemensamt möte med elevhälsan "
    "och fältassistenterna inom två veckor."
)


@dataclass
class Figure:
    name: str
    label: str
    samples: list[float]  # ms, or MB for memory
    target: float | None = None
    unit: str = "ms"
    limit_samples: list[float] | None = None  # the physical limit, same engine / plain copy
    limit_label: str = ""
    target_ratio: float | None = None
    stdlib_samples: list[float] | None = None  # Python's own sqlite3 on the plain copy
    stdlib_error: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def limit(self) -> float | None:
        return statistics.median(self.limit_samples) if self.limit_samples else None

    @property
    def stdlib(self) -> float | None:
        return statistics.median(self.stdlib_samples) if self.stdlib_samples else None

    @property
    def ratio(self) -> float | None:
        limit = self.limit
        return self.median / limit if limit else None

    @property
    def passed(self) -> bool | None:
        checks = []
        if self.target is not None:
            checks.append(self.median <= self.target)
        if self.target_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.target_ratio)
        return all(checks) if checks else None


def clock(work: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return (time.perf_counter() - started) * 1000, result


Sides = dict[str, Session]


def paired(sides: Sides, runs: int, work: Callable[[Session, int], Any]) -> dict[str, Any]:
    """``work(session, i)`` timed on every side per run, the order rotating from run to run.

    A side other than "vault" that fails (an older stdlib SQLite lacks a function the schema's
    triggers use, say) is dropped with its error; the vault side's errors propagate.
    """
    samples: dict[str, Any] = {name: [] for name in sides}
    names = list(sides)
    for i in range(runs):
        order = names[i % len(names) :] + names[: i % len(names)]
        for name in order:
            if isinstance(samples[name], str):
                continue
            try:
                elapsed, _ = clock(lambda s=sides[name]: work(s, i))  # noqa: B023
            except Exception as error:
                if name == "vault":
                    raise
                samples[name] = f"{type(error).__name__}: {error}"
                continue
            samples[name].append(elapsed)
    return samples


def store_figure(
    name: str, label: str, samples: dict[str, Any], *, target: float | None, ratio: float | None
) -> Figure:
    stdlib = samples.get("stdlib")
    return Figure(
        name,
        label,
        samples["vault"],
        target,
        limit_samples=samples.get("plain") or None,
        limit_label="plain SQLite (same engine, no key)",
        target_ratio=ratio,
        stdlib_samples=stdlib if isinstance(stdlib, list) and stdlib else None,
        stdlib_error=stdlib if isinstance(stdlib, str) else "",
    )


# --- unlock and cold start ---------------------------------------------------------------------


def unlock(paths: VaultPaths, passphrase: str, runs: int) -> Figure:
    """Passphrase → open vault with Session.open (Argon2id, key check, integrity checks)."""
    samples, kdf, checks = [], [], []
    for _ in range(runs):
        elapsed, session = clock(lambda: Session.open(paths, passphrase))
        samples.append(elapsed)
        try:
            checks.append(clock(session.vault.integrity_problems)[0])
        finally:
            session.close()
        keys = kf.read_keyfile(paths.keyfile)
        elapsed, key = clock(lambda k=keys: k.unlock(passphrase))  # type: ignore[misc]
        kf.wipe(key)
        kdf.append(elapsed)
    params = kf.read_keyfile(paths.keyfile).slots[0].params
    return Figure(
        "unlock",
        "unlock: passphrase → open vault",
        samples,
        600,
        extra={
            "argon2id": {
                "memory_kib": params.memory_kib,
                "iterations": params.iterations,
                "lanes": params.lanes,
            },
            "kdf_median_ms": statistics.median(kdf),
            "integrity_checks_median_ms": statistics.median(checks),
        },
        note=(
            f"Argon2id {params.memory_kib // 1024} MiB × {params.iterations} passes "
            f"{statistics.median(kdf):.0f} ms; integrity checks on open "
            f"{statistics.median(checks):.0f} ms"
        ),
    )


def cold_start(
    paths: VaultPaths, passphrase: str, runs: int, log: Log
) -> tuple[Figure, Figure]:
    """The app in a subprocess (coldstart.py): process start → case list painted; and memory."""
    samples, window_mb, lifetime_mb, parts = [], [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="kopingplan-bench-home-") as home:
            env = dict(os.environ)
            env.update(
                QT_QPA_PLATFORM="offscreen",
                HOME=home,  # QSettings and platformdirs go here, not to a real profile
                XDG_CONFIG_HOME=f"{home}/config",
                XDG_DATA_HOME=f"{home}/data",
                XDG_CACHE_HOME=f"{home}/cache",
                XDG_STATE_HOME=f"{home}/state",
                PYTHONPATH=os.pathsep.join(p for p in sys.path if p),
            )
            with open(Path(home) / "stderr.txt", "w+") as errors:
                started = time.perf_counter()
                child = subprocess.Popen(
                    [sys.executable, str(HERE / "coldstart.py"), "--vault", str(paths.folder)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=errors,
                    text=True,
                    env=env,
                )
                assert child.stdin is not None and child.stdout is not None
                child.stdin.write(passphrase + "\n")
                child.stdin.flush()
                first = child.stdout.readline()
                painted = (time.perf_counter() - started) * 1000
                rest = child.stdout.read()
                child.wait(timeout=120)
                errors.seek(0)
                stderr = errors.read()
            if first.strip() != "PAINTED":
                raise RuntimeError(f"cold start failed: {first}{rest}\n{stderr[-2000:]}")
            report = json.loads(rest.strip().splitlines()[-1])
        samples.append(painted)
        window = report.get("peak_window_kib") or report["maxrss_kib"]
        window_mb.append(window * 1024 / 1e6)
        lifetime_mb.append(report["maxrss_kib"] * 1024 / 1e6)
        parts.append(report)
    last = parts[-1]
    start = Figure(
        "cold_start",
        "cold start → case list painted",
        samples,
        1500,
        extra={
            "imported_s": statistics.median(p["imported_s"] for p in parts),
            "unlocked_s": statistics.median(p["unlocked_s"] for p in parts),
            "painted_s": statistics.median(p["painted_s"] for p in parts),
            "rows": last.get("rows"),
        },
        note=(
            "subprocess with the app's controller and unlock dialog (no GUI hook); "
            f"in-process: Qt+app imported {statistics.median(p['imported_s'] for p in parts):.2f}"
            f" s, unlocked {statistics.median(p['unlocked_s'] for p in parts):.2f} s, "
            f"painted {statistics.median(p['painted_s'] for p in parts):.2f} s"
        ),
    )
    memory = Figure(
        "peak_memory",
        "peak memory, main window open",
        window_mb,
        150,
        unit="MB",
        extra={"lifetime_peak_mb": statistics.median(lifetime_mb)},
        note=(
            "RSS high-water mark from unlock to 1 s after the first paint; the process's "
            f"lifetime peak, with Argon2id's working memory, is {statistics.median(lifetime_mb):.0f}"
            " MB"
            + ("" if last.get("peak_reset") else " (peak reset unavailable: lifetime peak used)")
        ),
    )
    return start, memory


# --- the store: case list, case detail, search, save --------------------------------------------


def _some_cases(session: Session, count: int, seed: int) -> list[int]:
    total = session.count_cases()
    offsets = random.Random(seed).sample(range(total), min(count, total))
    return [session.list_cases(sort="id", limit=1, offset=o)[0].id for o in offsets]


def _first_page(session: Session, case_filter: CaseFilter | None, sort: str, desc: bool) -> Any:
    session.count_cases(case_filter)
    return session.list_cases(case_filter, sort=sort, descending=desc, limit=PAGE_SIZE)


def case_list(sides: Sides, runs: int) -> list[Figure]:
    vault = sides["vault"]
    first = vault.list_cases(limit=PAGE_SIZE)
    person = next((r.responsible_person_id for r in first if r.responsible_person_id), None)
    group = next((r.responsible_group_id for r in first if r.responsible_group_id), None)
    number = first[len(first) // 2].id if first else 1
    filters: dict[str, CaseFilter] = {
        "level=individual": CaseFilter(level=m.Level.INDIVIDUAL),
        "orientation=left": CaseFilter(orientation=m.Orientation.LEFT),
        "status=closed": CaseFilter(status=m.CaseStatus.CLOSED),
        "group": CaseFilter(group_id=group),
        "responsible person": CaseFilter(responsible_person_id=person),
        "text 'polis'": CaseFilter(text="polis"),
        f"text '#{number}'": CaseFilter(text=f"#{number}"),
        "specific+right+open": CaseFilter(
            level=m.Level.SPECIFIC, orientation=m.Orientation.RIGHT, status=m.CaseStatus.OPEN
        ),
    }
    sorts = [
        (key, desc)
        for key in ("title", "opened_on", "closed_on", "level", "orientation", "status", "id")
        for desc in (False, True)
        if (key, desc) != ("title", False)
    ]
    figures = [
        store_figure(
            "case_list_first_page",
            "case list: first page (count + 200 rows)",
            paired(sides, runs, lambda s, i: _first_page(s, None, "title", False)),
            target=30,
            ratio=1.3,
        )
    ]
    for name, label, variants in (
        ("case_list_filter", "case list: filter change (worst of {n})", filters),
        ("case_list_sort", "case list: sort change (worst of {n})", dict.fromkeys(sorts)),
    ):
        results = {}
        for variant, chosen in variants.items():
            if name == "case_list_filter":
                work = lambda s, i, f=chosen: _first_page(s, f, "title", False)  # noqa: E731
            else:
                key, desc = variant
                work = lambda s, i, k=key, d=desc: _first_page(s, None, k, d)  # noqa: E731
            text = variant if isinstance(variant, str) else f"{variant[0]} {'desc' if variant[1] else 'asc'}"
            results[text] = store_figure(
                name, label, paired(sides, runs, work), target=30, ratio=1.3
            )
        worst_name, worst = max(results.items(), key=lambda item: item[1].median)
        worst.label = label.format(n=len(results))
        worst.note = f"worst: {worst_name}"
        worst.extra["variants"] = {
            k: {"median_ms": f.median, "limit_ms": f.limit, "ratio": f.ratio}
            for k, f in results.items()
        }
        figures.append(worst)
    return figures


def case_detail(sides: Sides, runs: int, seed: int) -> Figure:
    ids = _some_cases(sides["vault"], max(runs, 1), seed)
    figure = store_figure(
        "case_detail",
        "case detail: open_case (+ audit row)",
        paired(sides, runs, lambda s, i: s.open_case(ids[i % len(ids)])),
        target=20,
        ratio=1.3,
    )
    figure.note = "case, people, level history, last 50 timeline items, exit plan; commits the audit row"
    return figure


def search(sides: Sides, runs: int) -> list[Figure]:
    rare = demo.RARE_INTERESTS
    hits: dict[str, list[int]] = {"rare": [], "common": []}

    def run(kind: str, word: str, session: Session) -> None:
        found = session.search(word, limit=50)
        if session is sides["vault"]:
            hits[kind].append(len(found))

    rare_figure = store_figure(
        "search_rare",
        "search: first 50 hits, rare word",
        paired(sides, runs, lambda s, i: run("rare", rare[i % len(rare)], s)),
        target=50,
        ratio=None,
    )
    rare_figure.note = f"words of demo.RARE_INTERESTS in turn; hits {min(hits['rare'])}–{max(hits['rare'])}"
    common_figure = store_figure(
        "search_common",
        f"search: first 50 hits, '{demo.COMMON_WORD}'",
        paired(sides, runs, lambda s, i: run("common", demo.COMMON_WORD, s)),
        target=50,
        ratio=None,
    )
    common_figure.note = f"demo.COMMON_WORD (in about half the notes); hits {max(hits['common'])}"
    return [rare_figure, common_figure]


def save_note(sides: Sides, runs: int, seed: int) -> Figure:
    ids = _some_cases(sides["vault"], max(runs, 1), seed + 1)

    def save(session: Session, i: int) -> None:
        session.save(
            m.Note(case_id=ids[i % len(ids)], written_at=datetime.now(UTC), text=NOTE_TEXT)
        )

    figure = store_figure(
        "save_note",
        "save a note (commit included)",
        paired(sides, runs, save),
        target=5,
        ratio=None,
    )
    figure.note = f"Session.save of a {len(NOTE_TEXT)}-character note: FTS trigger, audit row, fsync"
    return figure


# --- briefs, export, backup ---------------------------------------------------------------------


def _group(session: Session) -> m.Group:
    groups = meetings.groups(session)
    return next((g for g in groups if g.kind is m.GroupKind.INTERVENTION_GROUP), groups[0])


def _prepare_meeting(session: Session, pages: int, offset: int, log: Log) -> tuple[int, int]:
    """A meeting of the insatsgrupp with enough case items for about ``pages`` pages (untimed)."""
    group = _group(session)
    assert group.id is not None
    open_cases = [
        row.id
        for row in session.list_cases(
            CaseFilter(status=m.CaseStatus.OPEN), sort="id", limit=400, offset=offset
        )
    ]
    count = min(max(1, pages // 4), len(open_cases))
    meeting = meetings.create_meeting(
        session, group.id, datetime.now(UTC), "Benchmark", from_last=False,
        case_ids=open_cases[:count],
    )  # fmt: skip
    assert meeting.id is not None
    made = 0
    for _ in range(8):
        made = briefs.produce(session, briefs.meeting_brief(session, meeting.id))[0].pages
        if made >= pages or count >= len(open_cases):
            break
        wanted = min(len(open_cases), max(count + 1, math.ceil(count * pages / max(made, 1))))
        for case_id in open_cases[count:wanted]:
            title = session.get(m.Case, case_id).title
            meetings.add_agenda_item(session, meeting.id, m.AgendaItemKind.CASE, title,
                                     case_id=case_id)  # fmt: skip
        count = wanted
    log(f"  meeting brief for ~{pages} pages: {count} cases, {made} pages")
    return meeting.id, made


def brief(session: Session, pages: int, target: float, runs: int, log: Log) -> Figure:
    meeting_id, made = _prepare_meeting(session, pages, 0, log)
    samples, gather, signer, render_sign = [], [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        t_gather, made_brief = clock(lambda: briefs.meeting_brief(session, meeting_id))
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
            "gather_ms": statistics.median(gather),
            "signer_ms": statistics.median(signer),
            "render_sign_ms": statistics.median(render_sign),
        },
        note=(
            f"{made} pages: gather {statistics.median(gather):.0f} ms, key "
            f"{statistics.median(signer):.0f} ms, render+sign {statistics.median(render_sign):.0f} ms"
        ),
    )


def export(session: Session, runs: int, log: Log) -> Figure:
    from kopingplan.crypto.identity import create_identity

    police = create_identity("Kontaktpolis Karin Bänk", "Polisen (benchmark)")
    row = exchange_service.add_recipient(session, police.certificate_pem)
    exchange_service.verify_recipient(session, row.id, police.fingerprint)
    case_ids = [r.id for r in session.list_cases(sort="id", limit=100)]
    request = exchange_service.ExportRequest(
        recipient_ids=(row.id,),
        legal_basis="osl-10-18a",
        decided_by="Bänk Benchmarksson",
        decided_by_role="samordnare",
        purpose="Benchmark (påhittade uppgifter)",
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
        extra={"cases": len(case_ids), "notes": notes, "bytes": size,
               "preview_ms": statistics.median(preview_ms)},  # fmt: skip
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


def backup_figure(session: Session, runs: int) -> Figure:
    paths = session.vault.paths
    samples, plain = [], []
    with tempfile.TemporaryDirectory(prefix="kopingplan-bench-backup-") as tmp:
        destination = Path(tmp) / "stick"
        destination.mkdir()
        for i in range(runs):
            for step in ("backup", "plain") if i % 2 == 0 else ("plain", "backup"):
                if step == "backup":
                    elapsed, result = clock(lambda: backup.backup(session, destination))
                    samples.append(elapsed)
                    shutil.rmtree(result.folder)
                else:
                    target = Path(tmp) / f"plain-{i}"
                    elapsed, _ = clock(lambda t=target: _plain_copy(paths, t))  # type: ignore[misc]
                    plain.append(elapsed)
                    shutil.rmtree(target)
    size = paths.database.stat().st_size
    return Figure(
        "backup",
        "backup, verified",
        samples,
        None,
        limit_samples=plain,
        limit_label="plain copy of vault.db + vault.key, fsynced",
        target_ratio=3.0,
        extra={"bytes": size},
        note=(
            f"{size / 1e6:.0f} MB; backup = copy, fsync, drop from cache, cipher_integrity_check"
            " + integrity_check + audit chain read back"
        ),
    )

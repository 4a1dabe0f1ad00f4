"""No plaintext outside the vault (issue 7): a whole working session with HOME, TMPDIR and the
platformdirs/XDG folders pointed at one temporary tree leaves none of the stored strings in any
file there, except the brief and the package the coordinator explicitly saved.

The backup folder is a vault too, so it is scanned like everything else. Strings are looked for
as UTF-8 and as UTF-16-LE (Qt and Windows write the latter). Short strings are left out of the
needle set: three or four letters occur by chance in a megabyte of ciphertext.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import backup, briefs, demo, drafts, exchange, search
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths, default_vault_folder

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity

# Words and names shorter than this are not looked for (chance matches in ciphertext).
MIN_NEEDLE = 6
NOTE_WORD = re.compile(r"[^\W\d_]{7,}")
DRAFT_TEXT = "Utkastet nämner Quirinsdotters storebror Wilhelmsson"
# Logs, crash reports and core files: none of these may be written at all.
FORBIDDEN_NAMES = re.compile(r"(?i)(\.log$|crash|core(\.\d+)?$|\.dmp$|minidump)")


def point_everything_at(tree: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """HOME, TMPDIR, tempfile.tempdir and the XDG folders, all inside ``tree``."""
    places = {
        "HOME": tree / "home",
        "TMPDIR": tree / "tmp",
        "XDG_DATA_HOME": tree / "home" / ".local" / "share",
        "XDG_CONFIG_HOME": tree / "home" / ".config",
        "XDG_CACHE_HOME": tree / "home" / ".cache",
        "XDG_STATE_HOME": tree / "home" / ".local" / "state",
        "XDG_RUNTIME_DIR": tree / "run",
    }
    for variable, folder in places.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(places["TMPDIR"]))
    return places


def stored_strings(session: Session) -> set[str]:
    """Case titles, person names, note words of seven letters or more, and draft texts, read
    straight from the vault."""
    conn = session.vault.conn
    found: set[str] = set()
    found.update(row[0] for row in conn.execute("SELECT title FROM cases"))
    for given, family in conn.execute("SELECT given_name, family_name FROM persons"):
        found.update((given, family, f"{given} {family}"))
    for (text,) in conn.execute("SELECT text FROM notes"):
        found.update(NOTE_WORD.findall(text))
    for (payload,) in conn.execute("SELECT payload FROM drafts"):
        found.update(NOTE_WORD.findall(payload))
    # The coordinator's own name is not case content (it signs every brief and export).
    found.discard(OWNER)
    return {s for s in found if len(s.strip()) >= MIN_NEEDLE}


def scan(files: Iterable[Path], needles: set[str]) -> dict[str, list[str]]:
    """{file: [needles found in it]} for every file holding a needle as UTF-8 or UTF-16-LE
    (exact, and case-folded for the UTF-8 form)."""
    encoded = [
        (needle, forms)
        for needle in sorted(needles)
        for forms in [
            {
                needle.encode("utf-8"),
                needle.encode("utf-16-le"),
                needle.casefold().encode("utf-8"),
            }
        ]
    ]
    hits: dict[str, list[str]] = {}
    for path in files:
        data = path.read_bytes()
        lowered = data.lower()
        found = [
            needle
            for needle, forms in encoded
            if any(form in data or form in lowered for form in forms)
        ]
        if found:
            hits[str(path)] = found[:10]
    return hits


def all_files(tree: Path, *, except_: Iterable[Path] = ()) -> list[Path]:
    skipped = {p.resolve() for p in except_}
    return [p for p in sorted(tree.rglob("*")) if p.is_file() and p.resolve() not in skipped]


def test_a_full_session_leaves_no_plaintext_outside_the_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    tree = tmp_path / "tree"
    places = point_everything_at(tree, monkeypatch)
    folder = default_vault_folder()
    assert tree in folder.parents  # platformdirs follows XDG_DATA_HOME
    folder.parent.mkdir(parents=True, exist_ok=True)
    documents = places["HOME"] / "Dokument"
    documents.mkdir()
    stick = tree / "media" / "USB-minne"
    stick.mkdir(parents=True)

    with Session.create(
        VaultPaths(folder),
        PASSPHRASE,
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=FAST_KDF,
        identity=shared_identity(),
    ) as session:
        demo.fill(session, cases=8, seed=7, notes_per_case=6)
        case_ids = [r[0] for r in session.vault.conn.execute("SELECT id FROM cases ORDER BY id")]
        title = session.vault.conn.execute(
            "SELECT title FROM cases WHERE id = ?", (case_ids[0],)
        ).fetchone()[0]
        word = NOTE_WORD.findall(
            session.vault.conn.execute("SELECT text FROM notes LIMIT 1").fetchone()[0]
        )[0]
        assert search.search(session, word)  # a real hit, so the snippet machinery ran
        search.search(session, title)

        # A wizard's unsaved input, kept as a draft.
        drafts.save_draft(
            session, "case_form", "new", {"title": "Anteckning", "summary": DRAFT_TEXT}
        )

        # A brief preview in memory (rendered and signed, nothing written) ...
        preview = briefs.produce(session, briefs.case_brief(session, case_ids[0]))
        assert preview[0].data.startswith(b"%PDF")
        # ... and one brief saved where the coordinator chose.
        saved_brief = briefs.save(
            session, briefs.case_brief(session, case_ids[1]), documents / "pm.pdf"
        )

        # An export to a chosen file.
        from test_exchange_fixtures import police_identity, register  # tests/unit only

        police = register(session, police_identity())
        request = exchange.ExportRequest(
            recipient_ids=(police.id,),
            terms=DisclosureTerms("osl-10-18a", OWNER, "samordnare", "Förhindra brott"),
            cases=tuple(
                exchange.CasePart(i, all_notes=True, all_measures=True, subjects=True)
                for i in case_ids[:3]
            ),
        )
        package = documents / "utlamnande.p7m"
        exchange.export_package(session, exchange.preview_export(session, request), package)

        # A backup to a chosen folder (itself a vault: scanned below).
        made = backup.backup(session, stick, now=datetime.now(UTC))
        assert made is not None

        needles = stored_strings(session)
    # Locked: the session is closed here.

    assert len(needles) > 50 and title in needles and any(w in needles for w in DRAFT_TEXT.split())
    files = all_files(tree, except_=[*saved_brief, package])
    assert any(stick in p.parents for p in files)  # the backup is there, and scanned
    assert any(folder in p.parents for p in files)
    assert scan(files, needles) == {}

    # The explicitly saved files are outside the rule; they were written and nothing else was.
    assert saved_brief[0].read_bytes().startswith(b"%PDF") and package.stat().st_size > 0
    assert sorted(p.name for p in documents.iterdir()) == ["pm.pdf", "utlamnande.p7m"]

    # No log file, no crash report, no core dump anywhere in the tree.
    assert [p for p in files if FORBIDDEN_NAMES.search(p.name)] == []
    # And nothing logged (at any level) carries case content or the passphrase.
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert [n for n in [*needles, PASSPHRASE] if n in logged] == []


def test_the_scan_finds_plaintext_when_it_is_there(tmp_path: Path) -> None:
    """The detector itself: a leaked title in UTF-8 or UTF-16-LE is found."""
    leak = tmp_path / "leak.ini"
    leak.write_bytes("x=Ärende Västra skolan\n".encode("utf-16-le"))
    other = tmp_path / "other.json"
    other.write_text('{"note": "MIKAELSSON"}', encoding="utf-8")
    hits = scan([leak, other], {"Ärende Västra skolan", "Mikaelsson", "absent"})
    assert hits == {str(leak): ["Ärende Västra skolan"], str(other): ["Mikaelsson"]}

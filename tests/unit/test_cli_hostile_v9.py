"""Hostile input to the verbs the v9 round added (concern, triage, activity, attach,
attachments, attachment save, incoming link, extract, consent, disclosure, disclosures, report …,
situation assessment, plan, search): values that parse but mean nothing in this vault.

:mod:`test_cli_hostile` walks the parser and feeds every option the bad values of its kind (a
number out of range, a text too long, a file that is a folder …). This file is the sweep a
hostile tester makes past the parser: numbers of records that do not exist, a record of the
wrong kind, a decision taken twice, dates reversed or far in the future, a file whose name lies
about its content, a damaged PDF, text of 1 MB, NUL bytes, right-to-left and combining
characters, an output onto a folder or into a missing one, a wrong passphrase.

Each row must be answered the way the README promises: a non-zero exit code, exactly one line
on standard error in Swedish, no traceback, and nothing changed: the same number of rows in
every table of the vault (the audit log's unlock rows aside: opening is logged before the
refusal is known) and no file written.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_cli import Result, kopingplan
from test_cli_hostile import ENGLISH, LEAVES
from test_full_disk import _tmpfs, fill

from attachment_samples import pdf, png
from kopingplan.services import demo
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity

HUGE_ID = "9" * 18  # within the parser's range, far past any row
MEGABYTE = "å" * 600_000  # 1.2 MB of UTF-8 in one argument
RTL = "\u202eabc\u202c"  # right-to-left override
COMBINING = "a" + "\u0301" * 500  # one letter with 500 accents
DISCLOSE = ["disclosure", "add", "--what", "x", "--legal-basis", "osl-10-2", "--decided-by", "A"]
DISCLOSE += ["--role", "R", "--purpose", "P"]


@pytest.fixture(autouse=True)
def _swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOPINGPLAN_LANG", "sv")


@dataclass
class Place:
    folder: Path
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def vault(self) -> Path:
        return self.folder / "valv"

    def path(self, name: str) -> str:
        return str(self.folder / name)

    def cli(self, *argv: str, stdin: str = PASSPHRASE + "\n") -> Result:
        return kopingplan(
            "--vault", str(self.vault), "--passphrase-stdin", *argv, stdin=stdin, lang="sv"
        )


def _number(said: str, last: bool = False) -> str:
    numbers = re.findall(r"\d+", said)
    return numbers[-1 if last else 0]


def _good(place: Place, *argv: str) -> str:
    done = place.cli(*argv)
    assert done.returncode == 0, (argv, done.stderr)
    return done.stdout


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Place:
    folder = tmp_path_factory.mktemp("hostile-v9")
    here = Place(folder)
    # The suite's fast key derivation and shared identity: some 230 runs unlock this vault.
    owner = {"name": OWNER, "organisation": ORGANISATION, "identity": shared_identity()}
    with Session.create(VaultPaths(here.vault), PASSPHRASE, kdf_params=FAST_KDF, **owner) as made:
        demo.fill(made, cases=3, notes_per_case=2)
    files = {
        "good.pdf": pdf(1),
        "good.png": png(),
        "empty.pdf": b"",
        "damaged.pdf": pdf(1)[:200],
        "png-named.pdf": png(),
        "pdf-named.png": pdf(1),
        "exe.pdf": b"MZ\x90\x00" + b"\x00" * 200,
        "text.txt": "Lägesbilden är lugn.\n".encode(),
        "nul.txt": b"Lugnt\x00l\xe4ge\n",
        "latin1.txt": "Lägesbild".encode("latin-1"),
        "megabyte.txt": ("å" * 600_000).encode(),
        "empty.txt": b"",
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "a-folder.pdf").mkdir()
    (folder / "existing.pdf").write_bytes(b"mine")
    with open(folder / "huge.pdf", "wb") as handle:  # sparse: over every limit, no disk used
        handle.truncate(200 * 1024**2)
    # What the refusals below need to exist, by their numbers: an open and a decided concern,
    # a flag in force and a cleared one, a consent and a withdrawn one, an attachment, an
    # incoming item linked to a case.
    concern = ("concern", "add", "--from", "anonymous", "--how", "phone", "--what")
    here.ids["concern"] = _number(_good(here, *concern, "Oro 1"))
    here.ids["decided"] = _number(_good(here, *concern, "Oro 2"))
    _good(
        here,
        "concern",
        "decide",
        here.ids["decided"],
        "--decision",
        "no_action",
        "--reason",
        "Ingen grund",
    )
    case = here.ids["case"] = _number(_good(here, "concern", "decide", here.ids["concern"],
                                            "--decision", "case_opened", "--new-case", "Nytt"),
                                      last=True)  # fmt: skip
    here.ids["concern"] = _number(_good(here, *concern, "Oro 3"))
    here.ids["flag"] = _number(
        _good(here, "triage", "flag", case, "--kind", "weapons", "--reason", "Uppgift"), last=True
    )
    cleared = _good(here, "triage", "flag", case, "--kind", "travel_plans", "--reason", "U")
    here.ids["cleared"] = _number(cleared, last=True)
    _good(here, "triage", "clear", here.ids["cleared"], "--reason", "Inte längre")
    consent = (
        "--given-by",
        "subject",
        "--purpose",
        "Samverkan",
        "--form",
        "written",
        "--kind",
        "police",
    )
    add = ("consent", "add", case, *consent, "--given-on", "2026-01-10")
    here.ids["consent"] = _number(_good(here, *add))
    here.ids["withdrawn"] = _number(_good(here, *add))
    _good(here, "consent", "withdraw", here.ids["withdrawn"], "--on", "2026-02-01", "--form",
          "written")  # fmt: skip
    here.ids["attachment"] = _number(_good(here, "attach", f"case:{case}", here.path("good.pdf")))
    with Session.open(VaultPaths(here.vault), PASSPHRASE, record_unlock=False) as session:
        item = session.vault.conn.execute(
            "SELECT min(id) FROM incoming_items WHERE case_id IS NULL"
        ).fetchone()[0]
    here.ids["linked"] = str(item)
    _good(here, "incoming", "link", str(item), "--case", case)
    return here


def _state(place: Place) -> dict[str, int]:
    """Rows per table; the audit log without its unlock rows."""
    with Session.open(VaultPaths(place.vault), PASSPHRASE, record_unlock=False) as session:
        conn = session.vault.conn
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'"
                " AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        counts["audit_log"] = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action != 'vault.unlock'"
        ).fetchone()[0]
    return counts


def _files(place: Place) -> dict[str, bytes]:
    return {
        p.name: p.read_bytes() if p.is_file() and p.name != "huge.pdf" else b"<dir>"
        for p in place.folder.iterdir()
        if p.name != "valv"
    }


# --- the table: (what is tried, the arguments after --vault … --passphrase-stdin) --------------

Args = Callable[[Place], list[str]]


def _rows() -> Iterator[tuple[str, str, Args]]:
    """(kind of bad input, id, the arguments)."""
    concern_add = ["concern", "add", "--from", "anonymous", "--how", "phone"]
    # Records that are not there (unknown, huge), or of another kind than the verb names.
    for verb, words in {
        "concern decide": ["concern", "decide", "{id}", "--decision", "no_action"],
        "concern decide --case": ["concern", "decide", "{@concern}", "--decision", "case_opened",
                                  "--case", "{id}"],
        "concern decide --new-case": ["concern", "decide", "{id}", "--decision",
                                      "case_opened", "--new-case", "Nytt"],
        "concern correct": ["concern", "correct", "{id}", "--reason", "Fel", "--what", "x"],
        "concern correct --person": ["concern", "correct", "{@concern}", "--reason", "Fel",
                                     "--person", "{id}"],
        "concern correct --organisation": ["concern", "correct", "{@concern}", "--reason", "Fel",
                                           "--organisation", "{id}"],
        "concern add --person": [*concern_add[:3], "person", *concern_add[4:], "--what", "x",
                                 "--person", "{id}"],
        "concern add --organisation": [*concern_add[:3], "organisation", *concern_add[4:],
                                       "--what", "x", "--organisation", "{id}"],
        "triage flag": ["triage", "flag", "{id}", "--kind", "weapons", "--reason", "x"],
        "triage clear": ["triage", "clear", "{id}", "--reason", "x"],
        "triage priority": ["triage", "priority", "{id}", "--set", "high"],
        "activity remove": ["activity", "remove", "{id}"],
        "activity add --organiser": ["activity", "add", "--on", "2026-03-01", "--kind",
                                     "training", "--title", "x", "--organiser", "{id}"],
        "activity add --partner": ["activity", "add", "--on", "2026-03-01", "--kind",
                                   "training", "--title", "x", "--partner", "{id}"],
        "attach case": ["attach", "case:{id}", "{good.pdf}"],
        "attach note": ["attach", "note:{id}", "{good.pdf}"],
        "attach concern": ["attach", "concern:{id}", "{good.pdf}"],
        "attach meeting": ["attach", "meeting:{id}", "{good.pdf}"],
        "attach incident": ["attach", "incident:{id}", "{good.pdf}"],
        "attach plan": ["attach", "plan:{id}", "{good.pdf}"],
        "attachments case": ["attachments", "case:{id}"],
        "attachments note": ["attachments", "note:{id}"],
        "attachment save": ["attachment", "save", "{id}", "--out", "{new.pdf}"],
        "incoming link item": ["incoming", "link", "{id}", "--case", "1"],
        "incoming link --case": ["incoming", "link", "{@linked}", "--case", "{id}"],
        "incoming unlink item": ["incoming", "unlink", "{id}", "--reason", "Fel ärende"],
        "extract": ["extract", "{id}", "--out", "{new.pdf}"],
        "consent add": ["consent", "add", "{id}", "--given-by", "subject", "--purpose", "p",
                        "--form", "written", "--given-on", "2026-01-10", "--kind", "police"],
        "consent add --organisation": ["consent", "add", "1", "--given-by", "subject",
                                       "--purpose", "p", "--form", "written", "--given-on",
                                       "2026-01-10", "--organisation", "{id}"],
        "consent withdraw": ["consent", "withdraw", "{id}", "--on", "2026-02-01", "--form",
                             "oral"],
        "consent list": ["consent", "list", "{id}"],
        "disclosure add --case": [*DISCLOSE, "--person", "1",
                                  "--case", "{id}"],
        "disclosure add --person": [*DISCLOSE,
                                    "--person", "{id}"],
        "disclosure add --organisation": [*DISCLOSE,
                                          "--organisation", "{id}"],
        "disclosure add --about": [*DISCLOSE, "--person", "1",
                                   "--about", "{id}"],
        "disclosure add --meeting": [*DISCLOSE, "--person", "1",
                                     "--meeting", "{id}"],
        "situation assessment correct": ["situation", "assessment", "correct", "{id}",
                                         "--text-file", "{text.txt}", "--reason", "x"],
        "plan show": ["plan", "show", "{id}"],
        "plan commitment add --revision": ["plan", "commitment", "add", "--revision", "{id}",
                                           "--text", "x"],
        "plan commitment add --group": ["plan", "commitment", "add", "--revision", "1",
                                        "--text", "x", "--group", "{id}"],
        "plan commitment add --activity": ["plan", "commitment", "add", "--revision", "1",
                                           "--text", "x", "--activity", "{id}"],
        "plan commitment add --organisation": ["plan", "commitment", "add", "--revision", "1",
                                               "--text", "x", "--organisation", "{id}"],
        "plan commitment list": ["plan", "commitment", "list", "--revision", "{id}"],
        "brief case": ["brief", "case", "{id}", "--out", "{new.pdf}"],
        "brief meeting": ["brief", "meeting", "{id}", "--out", "{new.pdf}"],
    }.items():  # fmt: skip
        for label, number in (("unknown", "4242"), ("huge", HUGE_ID)):
            yield "no such record", f"{verb} {label}", _fill(words, number)

    # The state a record is in.
    for id_, words in {
        "concern decided twice": ["concern", "decide", "{@decided}", "--decision", "no_action"],
        "concern opened twice": ["concern", "decide", "{@decided}", "--decision", "case_opened",
                                 "--new-case", "Nytt"],
        "concern case_opened without a case": ["concern", "decide", "{@concern}", "--decision",
                                               "case_opened"],
        "concern --case and --new-case": ["concern", "decide", "{@concern}", "--decision",
                                          "case_opened", "--case", "1", "--new-case", "Nytt"],
        "concern from person without one": ["concern", "add", "--from", "person", "--how",
                                            "phone", "--what", "x"],
        "concern from anonymous with a person": ["concern", "add", "--from", "anonymous",
                                                 "--how", "phone", "--what", "x",
                                                 "--person", "1"],
        "flag cleared twice": ["triage", "clear", "{@cleared}", "--reason", "x"],
        "flag set twice": ["triage", "flag", "{@case}", "--kind", "weapons", "--reason", "x"],
        "consent withdrawn twice": ["consent", "withdraw", "{@withdrawn}", "--on", "2026-02-02",
                                    "--form",
                                    "oral"],
        "consent withdrawn before given": ["consent", "withdraw", "{@consent}", "--on",
                                           "2025-01-01",
                                           "--form", "oral"],
        "incoming item linked twice": ["incoming", "link", "{@linked}", "--case", "{@case}"],
        "concern no_action without a reason": ["concern", "decide", "{@concern}",
                                               "--decision", "no_action"],
        "concern referred without to whom": ["concern", "decide", "{@concern}", "--decision",
                                             "referred", "--reason", "x"],
        "concern no_action with a case": ["concern", "decide", "{@concern}", "--decision",
                                          "no_action", "--reason", "x", "--case", "{@case}"],
        "concern referred with a new case": ["concern", "decide", "{@concern}", "--decision",
                                             "referred", "--referred-to", "BUP",
                                             "--new-case", "Nytt"],
        "concern no_action referred to someone": ["concern", "decide", "{@concern}",
                                                  "--decision", "no_action", "--reason", "x",
                                                  "--referred-to", "BUP"],
        "consent covering no one": ["consent", "add", "{@case}", "--given-by", "subject",
                                    "--purpose", "p", "--form", "written", "--given-on",
                                    "2026-01-10"],
        "consent by a guardian without a name": ["consent", "add", "{@case}", "--given-by",
                                                 "guardian", "--purpose", "p", "--form",
                                                 "written", "--given-on", "2026-01-10",
                                                 "--kind", "police"],
        "consent oral without a witness": ["consent", "add", "{@case}", "--given-by",
                                           "subject", "--purpose", "p", "--form", "oral",
                                           "--given-on", "2026-01-10", "--kind", "police"],
        "concern correct nothing but a reason": ["concern", "correct", "{@decided}",
                                                 "--reason", "x", "--what", "  "],
        "attachment save onto itself": ["attachment", "save", "{@attachment}", "--out",
                                        "{existing.pdf}"],
        "extract withholding a part that is not there": [
            "extract", "1", "--out", "{new.pdf}", "--withhold", "note:4242", "--reason", "OSL"],
        "extract withholding a kind there is not": [
            "extract", "1", "--out", "{new.pdf}", "--withhold", "rocket:1", "--reason", "OSL"],
        "disclosure to nobody": [*DISCLOSE],
        "disclosure unknown legal basis": [*DISCLOSE[:4], "--legal-basis", "påhittad",
                                           *DISCLOSE[6:], "--person", "1"],
        "disclosure citing consent without one": [
            *DISCLOSE[:4], "--legal-basis", "osl-12-2", *DISCLOSE[6:-1], "Ny", "--person", "1",
            "--case", "{@case}"],
    }.items():  # fmt: skip
        yield "state", id_, _fill(words, "")

    # Dates: reversed, far in the future.
    for id_, words in {
        "consent until before given": ["consent", "add", "1", "--given-by", "subject",
                                       "--purpose", "p", "--form", "written", "--given-on",
                                       "2026-03-01", "--until", "2026-01-01", "--kind", "police"],
        "consent given in the future": ["consent", "add", "1", "--given-by", "subject",
                                        "--purpose", "p", "--form", "written", "--given-on",
                                        "2999-01-01"],
        "concern received next year": [*concern_add, "--what", "x", "--received-on",
                                       "2027-06-01"],
        "concern decided next year": ["concern", "decide", "{@concern}", "--decision",
                                      "no_action", "--reason", "x", "--on", "2027-06-01"],
        "disclosure next year": [*DISCLOSE, "--person", "1", "--on", "2027-06-01"],
        "concern received in the future": [*concern_add, "--what", "x", "--received-on",
                                           "2999-01-01"],
        "concern decided before received": ["concern", "decide", "{@concern}", "--decision",
                                            "no_action", "--on", "1990-01-01"],
        "activity follow-up before it": ["activity", "add", "--on", "2026-03-01", "--kind",
                                         "training", "--title", "x", "--follow-up-on",
                                         "2026-01-01"],
        "disclosure in the future": [*DISCLOSE, "--person", "1", "--on", "2999-01-01"],
        "disclosures reversed": ["disclosures", "--from", "2026-12-01", "--to", "2026-01-01"],
        "report statistics reversed": ["report", "statistics", "--from", "2026-12-01", "--to",
                                       "2026-01-01", "--out", "{new.pdf}"],
        "report situation reversed": ["report", "situation", "--from", "2026-12-01", "--to",
                                      "2026-01-01", "--out", "{new.pdf}"],
        "report disclosures reversed": ["report", "disclosures", "--from", "2026-12-01",
                                        "--to", "2026-01-01", "--out", "{new.pdf}"],
        "report access-log reversed": ["report", "access-log", "--from", "2026-12-01", "--to",
                                       "2026-01-01", "--out", "{new.pdf}"],
        "situation assessment reversed": ["situation", "assessment", "add", "--from",
                                          "2026-12-01", "--to", "2026-01-01", "--text-file",
                                          "{text.txt}"],
        "log reversed": ["log", "--from", "2026-12-01", "--to", "2026-01-01"],
        "plan adopted in the future": ["plan", "add", "--adopted-on", "2999-01-01",
                                       "--decided-by", "KF", "--text-file", "{text.txt}"],
    }.items():  # fmt: skip
        yield "dates", id_, _fill(words, "")

    # Text: 1 MB, NUL bytes, right-to-left and combining characters, only blanks.
    for id_, words in {
        "concern 1 MB": [*concern_add, "--what", MEGABYTE],
        "concern NUL": [*concern_add, "--what", "a\x00b"],
        "concern only blanks": [*concern_add, "--what", " \n\t "],
        "concern correct only blanks reason": ["concern", "correct", "{@concern}", "--reason", "  ",
                                               "--what", "y"],
        "triage reason only blanks": ["triage", "flag", "3", "--kind", "weapons", "--reason",
                                      "   "],
        "triage reason RTL": ["triage", "flag", "3", "--kind", "weapons", "--reason", RTL],
        "triage reason NUL": ["triage", "flag", "3", "--kind", "weapons", "--reason", "a\x00"],
        "activity title combining": ["activity", "add", "--on", "2026-03-01", "--kind",
                                     "training", "--title", COMBINING],
        "activity title blank": ["activity", "add", "--on", "2026-03-01", "--kind",
                                 "training", "--title", " "],
        "activity description 1 MB": ["activity", "add", "--on", "2026-03-01", "--kind",
                                      "training", "--title", "x", "--description", MEGABYTE],
        "consent purpose blank": ["consent", "add", "1", "--given-by", "subject", "--purpose",
                                  " ", "--form", "written", "--given-on", "2026-01-10",
                                  "--kind", "police"],
        "disclosure what 1 MB": [*DISCLOSE[:2], *DISCLOSE[4:], "--person", "1", "--what", MEGABYTE],
        "disclosure what NUL": [*DISCLOSE[:2], *DISCLOSE[4:], "--person", "1", "--what", "a\x00"],
        "extract reason RTL only": ["extract", "1", "--out", "{new.pdf}", "--withhold",
                                    "case:1", "--reason", "\u202e\u202c"],
        "extract reason NUL": ["extract", "1", "--out", "{new.pdf}", "--withhold", "case:1",
                               "--reason", "OSL\x00"],
        "search NUL": ["search", "a\x00b"],
        "search combining": ["search", COMBINING * 3],
        "report follow-up assessment 1 MB": ["report", "follow-up", "--year", "2026",
                                             "--assessment", MEGABYTE, "--out", "{new.pdf}"],
        "plan commitment text 1 MB": ["plan", "commitment", "add", "--revision", "1", "--text",
                                      MEGABYTE],
        "situation text file NUL": ["situation", "assessment", "add", "--from", "2026-01-01",
                                    "--to", "2026-02-01", "--text-file", "{nul.txt}"],
        "situation text file Latin-1": ["situation", "assessment", "add", "--from",
                                        "2026-01-01", "--to", "2026-02-01", "--text-file",
                                        "{latin1.txt}"],
        "situation text file 1 MB": ["situation", "assessment", "add", "--from", "2026-01-01",
                                     "--to", "2026-02-01", "--text-file", "{megabyte.txt}"],
        "situation text file empty": ["situation", "assessment", "add", "--from", "2026-01-01",
                                      "--to", "2026-02-01", "--text-file", "{empty.txt}"],
        "plan text file NUL": ["plan", "add", "--adopted-on", "2026-01-01", "--decided-by",
                               "KF", "--text-file", "{nul.txt}"],
        "plan text file empty": ["plan", "add", "--adopted-on", "2026-01-01", "--decided-by",
                                 "KF", "--text-file", "{empty.txt}"],
        "plan text file a PDF": ["plan", "add", "--adopted-on", "2026-01-01", "--decided-by",
                                 "KF", "--text-file", "{good.pdf}"],
    }.items():  # fmt: skip
        yield "text", id_, _fill(words, "")

    # Files to attach: a folder, missing, empty, damaged, lying names, over the limit.
    for name in ("a-folder.pdf", "missing.pdf", "empty.pdf", "damaged.pdf", "png-named.pdf",
                 "pdf-named.png", "exe.pdf", "huge.pdf", "text.txt"):  # fmt: skip
        yield "file", f"attach {name}", _fill(["attach", "case:1", f"{{{name}}}"], "")
    # Outputs: onto a folder, into a missing one, onto an existing file.
    outputs = {
        "attachment save": ["attachment", "save", "{@attachment}", "--out"],
        "extract": ["extract", "1", "--out"],
        "report statistics": ["report", "statistics", "--from", "2026-01-01", "--to",
                              "2026-06-30", "--out"],
        "report situation": ["report", "situation", "--from", "2026-01-01", "--to",
                             "2026-06-30", "--out"],
        "report follow-up": ["report", "follow-up", "--year", "2026", "--out"],
        "report where-to-turn": ["report", "where-to-turn", "--out"],
    }  # fmt: skip
    for verb, words in outputs.items():
        for target in ("a-folder.pdf", "no-such-folder/x.pdf", "existing.pdf"):
            yield "output", f"{verb} onto {target}", _fill([*words, f"{{{target}}}"], "")

    # A wrong passphrase, and none at all, for each verb family.
    for verb in (
        ["concern", "list"], ["triage", "list"], ["activity", "list"], ["attachments", "case:1"],
        ["consent", "list", "1"], ["disclosures"], ["search", "x"],
        ["attach", "case:1", "{good.pdf}"], ["extract", "1", "--out", "{new.pdf}"],
        ["report", "where-to-turn", "--out", "{new.pdf}"],
    ):  # fmt: skip
        yield "passphrase", f"wrong passphrase: {' '.join(verb[:2])}", _fill(verb, "", "fel\n")
        yield "passphrase", f"no passphrase: {' '.join(verb[:2])}", _fill(verb, "", "")


def _fill(words: list[str], number: str, stdin: str | None = None) -> Args:
    def made(place: Place) -> list[str]:
        filled = []
        for word in words:
            word = word.replace("{id}", number)
            for key, value in place.ids.items():
                word = word.replace(f"{{@{key}}}", value)
            if word.startswith("{") and word.endswith("}"):
                word = place.path(word[1:-1])
            filled.append(word)
        return filled

    made.stdin = stdin  # type: ignore[attr-defined]
    return made


ROWS = list(_rows())


def _positionals(argv: list[str]) -> set[str]:
    """The verb's positional arguments, by the names its help shows (``plan show number``)."""
    for leaf in LEAVES:
        if argv[: len(leaf.words)] == list(leaf.words):
            return {a.dest for a in leaf.parser._actions if not a.option_strings}
    return set()


def assert_refused(result: Result, argv: list[str]) -> str:
    assert result.returncode != 0, (result.returncode, result.stdout[-300:])
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("kopingplan: "), line
    assert "internt fel" not in line.lower() and "internal" not in line.lower(), line
    english = [f for f in ENGLISH if f in line]
    assert english == [], line
    # A program's field name (decision_reason:, to:) is not what the user typed; an option
    # (--reason:) or a positional argument as the help names it (query:) is.
    named = re.match(r"kopingplan: ([a-z_]+): ", line)
    assert named is None or named.group(1) in _positionals(argv), line
    assert " 0 MiB" not in line, line  # a limit under 1 MiB must not read as none
    return line


@pytest.mark.parametrize(("kind", "args"), [pytest.param(k, a, id=f"{k}: {i}") for k, i, a in ROWS])
def test_hostile_input_is_one_swedish_line_and_changes_nothing(
    place: Place, kind: str, args: Args
) -> None:
    before, files_before = _state(place), _files(place)
    stdin = getattr(args, "stdin", None)
    argv = args(place)
    result = place.cli(*argv, stdin=PASSPHRASE + "\n" if stdin is None else stdin)
    print(f"\n{kind}: {' '.join(args(place))[-70:]!r}\n  {result.stderr.strip()[:300]}")
    assert_refused(result, argv)
    assert _state(place) == before
    assert _files(place) == files_before


def test_the_table_is_broad() -> None:
    kinds = {kind for kind, _, _ in ROWS}
    assert kinds == {"no such record", "state", "dates", "text", "file", "output", "passphrase"}
    assert len(ROWS) >= 150


NAMED = {
    "the record not found": (["triage", "flag", "4242", "--kind", "weapons", "--reason", "x"],
                             "4242"),
    "the attachment's owner not found": (["attach", "note:4242", "{good.pdf}"], "4242"),
    "--reason, not decision_reason": (["concern", "decide", "{@concern}", "--decision",
                                       "no_action"], "--reason: "),
    "--organisation, --kind, not organisation_ids": (
        ["consent", "add", "{@case}", "--given-by", "subject", "--purpose", "p", "--form",
         "written", "--given-on", "2026-01-10"], "--organisation, --kind: "),
    "--until, not valid_until": (
        ["consent", "add", "{@case}", "--given-by", "subject", "--purpose", "p", "--form",
         "written", "--given-on", "2026-03-01", "--until", "2026-01-01", "--kind", "police"],
        "--until: "),
    "--title, not title": (["activity", "add", "--on", "2026-03-01", "--kind", "training",
                            "--title", " "], "--title: "),
    "--partner, not partner_ids": (["activity", "add", "--on", "2026-03-01", "--kind",
                                    "training", "--title", "x", "--partner", "4242"],
                                   "--partner: "),
    "--follow-up-on": (["activity", "add", "--on", "2026-03-01", "--kind", "training",
                        "--title", "x", "--follow-up-on", "2026-01-01"], "--follow-up-on: "),
    "--organisation, --person, not recipient": ([*DISCLOSE], "--organisation, --person: "),
    "--to, not to": (["disclosures", "--from", "2026-12-01", "--to", "2026-01-01"], "--to: "),
    "--group, not group_ids": (["plan", "commitment", "add", "--revision", "1", "--text", "x",
                                "--group", "4242"], "--group: "),
    "CASE, the positional": (["triage", "flag", "{@case}", "--kind", "other", "--reason",
                              " "], "--reason: "),
    "a limit under 1 MiB named as 1 MiB": (
        ["situation", "assessment", "add", "--from", "2026-01-01", "--to", "2026-02-01",
         "--text-file", "{megabyte.txt}"], "1 MiB"),
}  # fmt: skip


@pytest.mark.parametrize(("argv", "said"), NAMED.values(), ids=NAMED.keys())
def test_a_refusal_names_what_the_user_typed(place: Place, argv: list[str], said: str) -> None:
    """The option the user typed (--reason), not the program's field (decision_reason)."""
    filled = _fill(argv, "")(place)
    line = assert_refused(place.cli(*filled), filled)
    assert said in line, line


def test_the_good_paths_still_work(place: Place, tmp_path: Path) -> None:
    """The fixture's records are there: the refusals above are refusals of the bad part only."""
    listed = place.cli("attachments", f"case:{place.ids['case']}")
    assert listed.returncode == 0 and "good.pdf" in listed.stdout
    saved = place.cli(
        "attachment", "save", place.ids["attachment"], "--out", str(tmp_path / "copy.pdf")
    )
    assert saved.returncode == 0, saved.stderr
    assert (tmp_path / "copy.pdf").read_bytes() == (place.folder / "good.pdf").read_bytes()
    os.remove(tmp_path / "copy.pdf")


def test_outputs_onto_a_full_disk_say_so_and_leave_nothing(place: Place) -> None:
    """A plain copy, an extract and the reports onto a disk with 0 bytes free: one Swedish line
    that says the disk is full, no partial file, nothing recorded as disclosed or saved."""
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    disk = place.folder / "full-disk"
    with _tmpfs(disk, "2m"):
        fill(disk)
        before = _state(place)
        for verb in (
            ["attachment", "save", place.ids["attachment"], "--out"],
            ["extract", "1", "--out"],
            ["report", "where-to-turn", "--out"],
            ["report", "statistics", "--from", "2026-01-01", "--to", "2026-06-30", "--out"],
        ):
            argv = [*verb, str(disk / "ut.pdf")]
            line = assert_refused(place.cli(*argv), argv)
            assert "Disken är full" in line, line
            assert sorted(p.name for p in disk.iterdir()) == ["filler"], argv
        assert _state(place) == before


@pytest.mark.parametrize(
    "argv",
    [["concern", "list"], ["triage", "flag", "1", "--kind", "weapons", "--reason", "x"],
     ["attach", "case:1", "{good.pdf}"], ["extract", "1", "--out", "{new.pdf}"]],
    ids=lambda argv: " ".join(argv[:2]),
)  # fmt: skip
def test_a_vault_open_in_the_app_is_one_line(place: Place, argv: list[str]) -> None:
    """The desktop app has the vault open (it holds vault.lock): the command line says it is
    open elsewhere, in one Swedish line, and writes nothing."""
    filled = _fill(argv, "")(place)
    before, files_before = _state(place), _files(place)
    with Session.open(VaultPaths(place.vault), PASSPHRASE, record_unlock=False):
        line = assert_refused(place.cli(*filled), filled)
    assert "redan öppet" in line, line
    assert _state(place) == before and _files(place) == files_before


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[Path]:
    """``folder`` seen through a read-only bind mount (root writes anywhere else)."""
    seen = folder.with_name(folder.name + "-ro")
    seen.mkdir()
    steps = (["mount", "--bind", str(folder), str(seen)],
             ["mount", "-o", "remount,ro,bind", str(seen)])  # fmt: skip
    if any(subprocess.run(step, capture_output=True).returncode for step in steps):
        subprocess.run(["umount", str(seen)], capture_output=True)
        pytest.skip("bind mounts are not allowed here")
    try:
        yield seen
    finally:
        subprocess.run(["umount", "-l", str(seen)], check=False)


def test_outputs_into_a_read_only_folder_say_so_and_write_nothing(place: Place) -> None:
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root (and root writes through chmod)")
    (place.folder / "ro").mkdir(exist_ok=True)
    before = _state(place)
    with _read_only(place.folder / "ro") as seen:
        for verb in (
            ["attachment", "save", place.ids["attachment"], "--out"],
            ["extract", "1", "--out"],
            ["report", "where-to-turn", "--out"],
            ["report", "follow-up", "--year", "2026", "--out"],
        ):
            argv = [*verb, str(seen / "ut.pdf")]
            line = assert_refused(place.cli(*argv), argv)
            assert "skrivskyddad" in line, line
    assert list((place.folder / "ro").iterdir()) == []
    assert _state(place) == before


def test_a_file_the_user_may_not_read_is_one_line(place: Place, tmp_path: Path) -> None:
    """chmod 000 stops everyone but root, so the program runs as 'nobody' here."""
    if os.geteuid() != 0:
        pytest.skip("runs the program as another user, which needs root")
    import pwd

    nobody = pwd.getpwnam("nobody")
    folder = Path(tempfile.mkdtemp(prefix="kp-unreadable-"))
    try:
        folder.chmod(0o755)
        locked = folder / "brev.pdf"
        locked.write_bytes(pdf(1))
        locked.chmod(0)
        runtime = folder / "run"  # the user's own runtime folder, as a session gives them
        runtime.mkdir(mode=0o700)
        os.chown(runtime, nobody.pw_uid, nobody.pw_gid)
        done = subprocess.run(
            [sys.executable, "-m", "kopingplan", "--lang", "sv", "--vault", str(place.vault),
             "--passphrase-stdin", "attach", "case:1", str(locked)],
            input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=60,
            user=nobody.pw_uid, group=nobody.pw_gid, extra_groups=[],
            env={**os.environ, "HOME": str(folder), "XDG_RUNTIME_DIR": str(runtime)},
        )  # fmt: skip
    finally:
        shutil.rmtree(folder)
    lines = done.stderr.splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    assert "går inte att läsa" in lines[0] and "Traceback" not in done.stderr, lines[0]

"""Hostile input to the command line (issue 14), generated from the parser itself.

Every verb and every option of ``kopingplan`` is found by walking the argparse tree that
``cli.build_parser`` builds; each option's bad values come from the *kind* of value it
takes (its type: a number with a range, a one-line or a long text, a date, a file to read, a
file to write, a folder; or its choices). An option added tomorrow with one of these types is
tested the day it is added, and one added without a type fails
:func:`test_every_value_has_a_kind`.

Each bad value must be answered the way the README promises: exit code 2, exactly one line on
standard error, in Swedish (no English template of ours or of argparse's in it), no traceback,
and the vault's bytes unchanged (and no file written). Most runs are in-process for speed; a few
run the real program in a subprocess, where argv can hold bytes that are not UTF-8 and the
memory can be limited.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import io
import os
import re
import resource
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_exchange_fixtures import police_identity, register

from kopingplan import cli_args, files
from kopingplan.cli import build_parser, main
from kopingplan.cli_args import ARGPARSE_TEXTS, Folder, InputFile, Number, OutputFile, Text
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity, snapshot

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "kopingplan_sv.ts"
GLOBAL = ("--vault", "--lang", "--passphrase-stdin", "--self-test", "--recovery-key")


# --- the parser, walked -------------------------------------------------------------------------


@dataclass(frozen=True)
class Leaf:
    words: tuple[str, ...]  # e.g. ("report", "access-log")
    parser: argparse.ArgumentParser


def _leaves(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[Leaf]:
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        yield Leaf(words, parser)
        return
    for name, sub in subparsers[0].choices.items():
        yield from _leaves(sub, (*words, name))


PARSER = build_parser()
LEAVES = list(_leaves(PARSER))
TOP_OPTIONS = [a for a in PARSER._actions if a.option_strings and a.dest not in ("help",)]


def _takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(
        action, (argparse._HelpAction, argparse._VersionAction, argparse._SubParsersAction)
    )


def _own_actions(leaf: Leaf) -> list[argparse.Action]:
    return [a for a in leaf.parser._actions if _takes_value(a)]


def _kind(action: argparse.Action) -> str:
    """What kind of value the action takes; the bad values follow from it."""
    if action.choices is not None:
        return "choice"
    kinds = {Number: "number", Text: "text", InputFile: "input", OutputFile: "output"}
    for cls, name in kinds.items():
        if isinstance(action.type, cls):
            return name
    if isinstance(action.type, Folder):
        return "folder"
    if action.type is cli_args.day:
        return "day"
    if action.type is cli_args.vault_folder:
        return "vault"
    return "untyped"


def test_every_value_has_a_kind() -> None:
    """A new option must say what it takes (a cli_args type or choices): only then does it get
    a range, a length or a file check, and bad values in this suite."""
    untyped = [
        (" ".join(leaf.words), a.dest)
        for leaf in [Leaf((), PARSER), *LEAVES]
        for a in _own_actions(leaf)
        if not isinstance(a, argparse._SubParsersAction) and _kind(a) == "untyped"
    ]
    assert untyped == []
    assert len(LEAVES) >= 30  # the walk found the verbs


# --- running it ---------------------------------------------------------------------------------


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str


def run(*argv: str, stdin: str | io.TextIOBase = PASSPHRASE + "\n", lang: str = "sv") -> Run:
    out, err = io.StringIO(), io.StringIO()
    feed = io.StringIO(stdin) if isinstance(stdin, str) else stdin
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(["--lang", lang, *argv], stdin=feed, stdout=out)  # type: ignore[arg-type]
        except SystemExit as exit_:  # --help, --version
            code = int(exit_.code or 0)
    return Run(code, out.getvalue(), err.getvalue())


def _marked_in_source() -> set[str]:
    """English texts marked for contexts Cli and Errors anywhere in the program (also those
    not yet in the catalogue: an untranslated new message is English in a Swedish line)."""
    found = set()
    for path in (ROOT / "src" / "kopingplan").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            if name == "QT_TRANSLATE_NOOP" and texts[:1] in (["Cli"], ["Errors"]):
                found.add(str(texts[1]))
            elif (
                name == "tr"
                and texts
                and getattr(getattr(node.func, "value", None), "id", "") == "Cli"
            ):
                found.add(str(texts[0]))
    return found


def _english_fragments() -> list[str]:
    """Pieces of every English source text of the messages a refusal can show (argparse's and
    ours, contexts Cli and Errors): a Swedish line containing one was not translated."""
    texts = set(ARGPARSE_TEXTS) | _marked_in_source()
    tree = ET.parse(CATALOGUE)
    for context in tree.getroot().iter("context"):
        if context.findtext("name") in ("Cli", "Errors", "Verification"):
            for message in context.iter("message"):
                translation = message.findtext("translation") or ""
                source = message.findtext("source") or ""
                if translation.strip() == source.strip():
                    texts.discard(source)  # the same in both languages
    fragments = []
    for text in texts:
        for piece in re.split(r"\{[^}]*\}|%\(\w+\)[sr]|%[sr]|'[^']*'", text):
            piece = piece.strip(" .:;,()")
            if len(piece.split()) >= 3:
                fragments.append(piece)
    return fragments


ENGLISH = _english_fragments()


def assert_refused(result: Run, code: int = 2) -> str:
    """Exit ``code``, one line on standard error, in Swedish, no traceback; returns the line."""
    assert result.code == code, (result.code, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("kopingplan: "), line
    english = [f for f in ENGLISH if f in line]
    assert english == [], line
    return line


@pytest.fixture(autouse=True)
def _swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swedish also where --lang itself is the bad value (the fallback is the environment)."""
    monkeypatch.setenv("KOPINGPLAN_LANG", "sv")


# --- the vault and the files the bad values name ------------------------------------------------


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    paths = VaultPaths(folder / "valv")
    with Session.create(
        paths,
        PASSPHRASE,
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=FAST_KDF,
        identity=shared_identity(),
    ) as session:
        register(session, police_identity())  # recipient 1, for 'export --to 1'
    (folder / "in").mkdir()
    (folder / "in" / "one.bin").write_bytes(b"%PDF-1.7\n%%EOF\n")  # a file; content no matter
    (folder / "in" / "empty").write_bytes(b"")
    (folder / "in" / "folder").mkdir()
    (folder / "in" / "existing.pdf").write_bytes(b"already here")
    with open(folder / "in" / "huge", "wb") as handle:  # sparse: no disk is used
        handle.truncate(4 * 1024**3)
    (folder / "in" / "link-to-folder").symlink_to(folder / "in" / "folder")
    # Outputs are never aimed at the system's own devices: if the refusal ever broke, the
    # test would replace /dev/null for the whole machine. A private device node stands in.
    device = folder / "in" / "null-device"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        os.mkfifo(device)  # without the right to make a device: a pipe is not a file either
    (folder / "in" / "link-to-device").symlink_to(device)
    os.mkfifo(folder / "in" / "pipe")
    (folder / "out").mkdir()
    return folder


def _vault(place: Path) -> str:
    return str(place / "valv")


LONG = "x" * 10_000
NOT_UTF8 = os.fsdecode(b"caf\xe9")  # Latin-1 'café' in argv arrives as a lone surrogate


def bad_values(kind: str, action: argparse.Action, place: Path) -> list[str]:
    inside = place / "in"
    files_ = {
        "missing": str(inside / "nothing.pem"),
        "folder": str(inside / "folder"),
        "in missing folder": str(place / "no-such-folder" / "x.pem"),
        "long name": str(inside / ("n" * 10_000)),
        "newline": str(inside / "a\nb"),
        "not utf-8": str(inside / NOT_UTF8),
        "/dev/zero": "/dev/zero",
        "/dev/null": "/dev/null",
    }
    if kind == "number":
        number = action.type
        assert isinstance(number, Number)
        return ["abc", "1.5", "", " ", str(number.low - 1), str(number.high + 1), "9" * 40, LONG]
    if kind == "text":
        text = action.type
        assert isinstance(text, Text)
        values = [NOT_UTF8, "a\x1b[2Jb", "x" * (text.max_chars + 1)]
        if not text.lines:
            values += ["a\nb", LONG]
        return values
    if kind == "day":
        return ["junk", "", "2026-02-30", "2026-13-01", "9999-12-31", "0001-01-01", "a\nb", LONG]
    if kind == "choice":
        return ["bogus", "", LONG, NOT_UTF8]
    if kind == "input":
        return [
            *files_.values(),
            str(inside / "empty"),
            str(inside / "huge"),
            str(inside / "pipe"),
            str(inside / "link-to-folder"),
        ]
    if kind == "output":
        return [
            str(inside / "folder"),
            str(inside / "existing.pdf"),  # exists, and no --force
            str(inside / "link-to-folder"),
            str(inside / "link-to-device"),
            files_["in missing folder"],
            files_["long name"],
            str(inside / "null-device"),
            str(inside / "pipe"),
        ]
    if kind == "folder":
        return [files_["missing"], str(inside / "one.bin"), "/dev/zero", files_["long name"]]
    if kind == "vault":
        return ["", LONG, str(place / "no-such-folder"), str(inside / "one.bin"), "/dev/zero"]
    raise AssertionError(kind)


def good_value(action: argparse.Action, place: Path, serial: int) -> str:
    kind = _kind(action)
    if kind == "choice":
        return str(next(iter(action.choices)))  # type: ignore[arg-type]
    if kind == "number":
        number = action.type
        assert isinstance(number, Number)
        return str(max(number.low, min(1, number.high)))
    if kind == "text":
        return {"to": "1", "legal_basis": "osl-10-2", "record": "case:1"}.get(action.dest, "Anna")
    if kind == "day":
        return "2026-01-15"
    if kind == "input":
        return str(place / "in" / "one.bin")
    if kind == "output":
        return str(place / "out" / f"new-{serial}.pdf")
    if kind in ("folder", "vault"):
        return str(place / "out")
    raise AssertionError(kind)


def _argv(leaf: Leaf, place: Path, bad: argparse.Action, value: str) -> list[str]:
    """The verb with every required value good, and ``value`` for ``bad``."""
    serial = 0
    words: list[str] = list(leaf.words)
    positionals: list[str] = []
    for action in _own_actions(leaf):
        chosen = value if action is bad else None
        if chosen is None:
            needed = action.required or (not action.option_strings and action.nargs == "?")
            if not needed:
                continue
            serial += 1
            chosen = good_value(action, place, serial)
        if action.option_strings:
            # "--opt=value": a value that starts with "-" is still the option's value.
            words.append(f"{action.option_strings[-1]}={chosen}")
        else:
            positionals.append(chosen)
    if positionals and any(v.startswith("-") for v in positionals):
        positionals.insert(0, "--")
    return ["--vault", _vault(place), "--passphrase-stdin", *words, *positionals]


CASES = [
    pytest.param(leaf, action.dest, kind, id=f"{' '.join(leaf.words)}:{action.dest}")
    for leaf in LEAVES
    for action in _own_actions(leaf)
    if (kind := _kind(action)) != "untyped"
]


def _outputs(place: Path) -> dict[str, bytes]:
    return {
        p.name: (p.read_bytes() if p.is_file() and not p.is_symlink() and p.name != "huge" else b"")
        for folder in (place / "out", place / "in")
        for p in folder.iterdir()
        if p.name not in ("pipe", "null-device")
    }


@pytest.mark.parametrize(("leaf", "dest", "kind"), CASES)
def test_bad_values_of_every_option_are_refused_in_one_swedish_line(
    place: Path, leaf: Leaf, dest: str, kind: str
) -> None:
    action = next(a for a in _own_actions(leaf) if a.dest == dest)
    vault_before = snapshot(place / "valv")
    outputs_before = _outputs(place)
    for value in bad_values(kind, action, place):
        argv = _argv(leaf, place, action, value)
        result = run(*argv)
        assert_refused(result)
        assert snapshot(place / "valv") == vault_before, (argv[:6], value[:40])
        assert _outputs(place) == outputs_before, (argv[:6], value[:40])


@pytest.mark.parametrize("leaf", [pytest.param(leaf, id=" ".join(leaf.words)) for leaf in LEAVES])
def test_bad_vault_folders_and_languages_for_every_verb(place: Path, leaf: Leaf) -> None:
    vault_before = snapshot(place / "valv")
    vault_option = next(a for a in TOP_OPTIONS if a.dest == "vault")
    values = bad_values("vault", vault_option, place)
    if leaf.words == ("init",):  # init makes the folder; a missing one is not an error there
        values.remove(str(place / "no-such-folder"))
    if leaf.words == ("backups",):  # lists a folder; the vault is not used
        values = ["", LONG]
    for value in values:
        argv = _argv(leaf, place, vault_option, "")
        argv[1] = value
        assert_refused(run(*argv))
        assert not (place / "no-such-folder").exists()
    for value in ("xx", "", LONG):
        assert_refused(run(f"--lang={value}", *_argv(leaf, place, vault_option, "")[2:]))
    assert snapshot(place / "valv") == vault_before


def test_argparse_own_complaints_are_swedish(place: Path) -> None:
    vault = ["--vault", _vault(place), "--passphrase-stdin"]
    cases = [
        [*vault, "bogus"],  # invalid choice of verb
        [*vault, "search"],  # neither a query nor --query-stdin
        [*vault, "brief", "case"],  # the following arguments are required
        [*vault, "search", "a", "b"],  # unrecognized arguments
        [*vault, "search", "a", "--limit"],  # expected one argument
        [*vault, "export", "--case"],  # expected at least one argument
        [*vault, "recipient"],  # a required sub-command
        [*vault, "info", "--passphrase-stdin=yes"],  # ignored explicit argument
        ["--vault"],
    ]
    for argv in cases:
        line = assert_refused(run(*argv))
        assert "(se 'kopingplan --help')" in line or "kopingplan:" in line


@pytest.mark.parametrize("words", [(), *(leaf.words for leaf in LEAVES)], ids=" ".join)
def test_help_is_swedish(words: tuple[str, ...]) -> None:
    result = run(*words, "--help")
    assert result.code == 0
    assert result.stdout.startswith("användning: kopingplan")
    for english in ("usage:", "show this help message", "options:", "positional arguments"):
        assert english not in result.stdout
    english = [f for f in ENGLISH if f in result.stdout]
    assert english == [], english


def test_invalid_utf8_on_standard_input_is_one_line(place: Path) -> None:
    before = snapshot(place / "valv")
    for data in (b"\xff\xfe kaffe\n", PASSPHRASE.encode() + b"\ncaf\xe9\n"):
        stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        argv = ["--vault", _vault(place), "--passphrase-stdin", "search", "--query-stdin"]
        assert_refused(run(*argv, stdin=stdin))  # type: ignore[arg-type]
    assert snapshot(place / "valv") == before


def test_search_reads_its_query_from_standard_input(place: Path) -> None:
    argv = ["--vault", _vault(place), "--passphrase-stdin", "search", "--query-stdin"]
    found = run(*argv, stdin=PASSPHRASE + "\nAnna\n")
    assert found.code == 0, found.stderr
    assert_refused(run(*argv, stdin=PASSPHRASE + "\n" + "x" * 1001 + "\n"))
    assert_refused(run(*argv[:-1], "Anna", "--query-stdin"))  # both: which one?


def test_an_existing_file_is_replaced_only_with_force(place: Path) -> None:
    target = place / "out" / "cert.pem"
    vault = ["--vault", _vault(place), "--passphrase-stdin"]
    first = run(*vault, "identity", "export-cert", str(target))
    assert first.code == 0, first.stderr
    target.write_bytes(b"mine")
    assert_refused(run(*vault, "identity", "export-cert", str(target)))
    assert target.read_bytes() == b"mine"
    forced = run(*vault, "identity", "export-cert", str(target), "--force")
    assert forced.code == 0, forced.stderr
    assert target.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    device = place / "in" / "null-device"
    for name in (device, place / "in" / "link-to-device", place / "in" / "folder"):
        assert_refused(run(*vault, "identity", "export-cert", str(name), "--force"))
    assert device.is_char_device() or device.is_fifo()
    assert (place / "in" / "link-to-device").is_symlink()
    target.unlink()


# --- hypothesis over the argument layer ---------------------------------------------------------

WORDS = sorted(
    {s for leaf in LEAVES for a in leaf.parser._actions for s in a.option_strings}
    | {w for leaf in LEAVES for w in leaf.words}
    | {"--vault", "--lang", "--", "-", "=", "sv", "1", "-1", "2026-01-01"}
)
TOKENS = st.one_of(st.sampled_from(WORDS), st.text(max_size=30), st.sampled_from([LONG, NOT_UTF8]))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    leaf=st.sampled_from(LEAVES),
    tokens=st.lists(TOKENS, max_size=8),
    passphrase=st.booleans(),
)
def test_any_arguments_get_an_answer_never_a_traceback(
    place: Path, leaf: Leaf, tokens: list[str], passphrase: bool
) -> None:
    before = snapshot(place / "valv")
    if "--self-test" in tokens or "--help" in tokens or "-h" in tokens:
        tokens = [t for t in tokens if t not in ("--self-test", "--help", "-h")]
    argv = ["--vault", _vault(place), *leaf.words, *tokens]
    result = run(*argv, stdin=PASSPHRASE + "\n" if passphrase else "")
    assert result.code in (0, 1, 2), result.stderr
    assert "Traceback" not in result.stderr
    if result.code:
        assert len(result.stderr.splitlines()) == 1, result.stderr
    elif leaf.words[0] not in ("search", "info", "check", "log", "legal-bases", "disclosures"):
        return  # a valid command may well change the vault (a read is logged, too)
    if result.code:
        assert snapshot(place / "valv") == before


# --- a few real processes -------------------------------------------------------------------------


def _process(
    argv: list[bytes], stdin: bytes = b"", limit_memory: int | None = None
) -> subprocess.CompletedProcess[bytes]:
    def limit() -> None:
        if limit_memory:
            resource.setrlimit(resource.RLIMIT_AS, (limit_memory, limit_memory))

    environment = {**os.environ, "KOPINGPLAN_LANG": "sv"}
    return subprocess.run(
        [sys.executable.encode(), b"-m", b"kopingplan", *argv],
        input=stdin,
        capture_output=True,
        env=environment,
        preexec_fn=limit,  # only setrlimit, in the child
        timeout=60,
    )


def _one_swedish_line(done: subprocess.CompletedProcess[bytes], code: int = 2) -> str:
    stderr = done.stderr.decode("utf-8", "backslashreplace")
    return assert_refused(Run(done.returncode, "", stderr), code)


def test_a_real_process_with_bytes_that_are_not_utf8(place: Path) -> None:
    before = snapshot(place / "valv")
    vault = [b"--vault", os.fsencode(_vault(place)), b"--passphrase-stdin"]
    for argv in (
        [*vault, b"search", b"caf\xe9"],
        [*vault, b"verify", b"/tmp/caf\xe9\n.pdf"],
        [*vault, b"brief", b"case", b"1", b"--out", b"/no/such/\xff.pdf"],
        [*vault, b"search", b"--limit", b"99999999999999999999999", b"x"],
    ):
        _one_swedish_line(_process(argv, PASSPHRASE.encode() + b"\n"))
    assert snapshot(place / "valv") == before


@pytest.mark.parametrize(
    "verb", [["import"], ["verify"], ["recipient", "add"], ["identity", "import"]]
)
def test_a_4_gb_file_is_refused_in_under_a_second_with_little_memory(
    place: Path, verb: list[str]
) -> None:
    """Under a 2.5 GB address-space limit, reading the sparse 4 GB file whole would fail with
    MemoryError; the size is checked first, so it is refused at once."""
    argv = [b"--vault", os.fsencode(_vault(place)), b"--passphrase-stdin"]
    argv += [w.encode() for w in verb] + [os.fsencode(place / "in" / "huge")]
    # The memory limit is the proof: reading the file whole would end in MemoryError. (How
    # fast it is refused is the benchmark's business, never a timed assertion here.)
    done = _process(argv, PASSPHRASE.encode() + b"\n", limit_memory=2_500 * 1024**2)
    line = _one_swedish_line(done)
    assert "MiB" in line


def test_the_reader_refuses_a_4_gb_file_before_reading_it(
    place: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(files.InputTooLarge):
        files.read_input(place / "in" / "huge", files.PACKAGE_LIMIT)
    assert sum(read) <= files.PACKAGE_LIMIT + 1


def test_the_reader_refuses_a_file_that_grows_past_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "grows"
    path.write_bytes(b"x" * 10)
    with pytest.raises(files.InputTooLarge):
        files.read_input(path, 9)
    assert files.read_input(path, 10) == b"x" * 10


def test_refusals_say_what_is_wrong(place: Path) -> None:
    vault = ["--vault", _vault(place), "--passphrase-stdin"]
    for argv, said in (
        ([*vault, "retention", "keep", "case", "--reason", "x"], "TYP:NUMMER"),
        ([*vault, "retention", "keep", "case:-1", "--reason", "x"], "case, situation_entry"),
        ([*vault, "retention", "delete", "case:1"], "ingen att fråga"),
        ([*vault, "--recovery-key", "rekey", "--yes"], "behöver lösenfrasen"),
        ([*vault, "search", "--limit", "0", "x"], "ligger inte mellan 1 och 1000"),
        ([*vault, "brief", "case", "1", "--out", str(place / "out" / "x.pdf"),
          "--copies", "2", "--recipient", "A", "--recipient", "B", "--recipient", "C"],
         "lika många exemplar"),
    ):  # fmt: skip
        line = assert_refused(run(*argv, stdin=PASSPHRASE + "\n"))
        assert said in line, line


def test_a_real_process_with_standard_input_that_is_not_utf8(place: Path) -> None:
    before = snapshot(place / "valv")
    vault = [b"--vault", os.fsencode(_vault(place)), b"--passphrase-stdin"]
    for argv, stdin in (
        ([*vault, b"info"], b"\xff\xfe kaffe\n"),
        ([*vault, b"search", b"--query-stdin"], PASSPHRASE.encode() + b"\ncaf\xe9\n"),
    ):
        line = _one_swedish_line(_process(argv, stdin))
        assert "UTF-8" in line
    assert snapshot(place / "valv") == before


def test_a_vault_whose_files_are_folders_is_one_line(tmp_path: Path, place: Path) -> None:
    import shutil

    for broken in ("vault.key", "vault.db"):
        folder = tmp_path / broken
        shutil.copytree(place / "valv", folder)
        (folder / broken).unlink()
        (folder / broken).mkdir()
        for verb in (["info"], ["check"], ["search", "x"], ["passwd"]):
            assert_refused(run("--vault", str(folder), "--passphrase-stdin", *verb))


def test_the_readers_the_gui_calls_refuse_the_same_files(place: Path) -> None:
    """The desktop app opens files through the same readers: each refuses a device, a folder,
    a pipe, an empty or missing file and the 4 GB file with a typed, translated error."""
    from kopingplan.briefs.verify import read_brief_file
    from kopingplan.services import exchange
    from kopingplan.services import identity as identity_service

    readers = [
        exchange.read_package_file,
        exchange.read_certificate_file,
        identity_service.read_pkcs12_file,
        read_brief_file,
    ]
    inside = place / "in"
    for reader in readers:
        for name in ("/dev/zero", inside / "folder", inside / "pipe", inside / "empty",
                     inside / "nothing", inside / "huge"):  # fmt: skip
            with pytest.raises(files.FileError):
                reader(name)


def test_a_brief_to_attach_is_read_the_same_way(place: Path) -> None:
    from kopingplan.errors import KopingplanError
    from kopingplan.services.exchange import views

    with Session.open(VaultPaths(place / "valv"), PASSPHRASE) as session:
        for name in ("/dev/zero", place / "in" / "folder", place / "in" / "huge"):
            with pytest.raises(KopingplanError):
                views.brief_attachment(session, Path(name))
        with pytest.raises(views.AttachmentTooLarge):
            views.brief_attachment(session, place / "in" / "huge")


JUNK = {
    "bytes": bytes(range(256)) * 4,
    "not utf-8 text": b"caf\xe9 \xff\xfe\n",
    "half a pem": b"-----BEGIN CERTIFICATE-----\nMIIB\n",
    "a pdf header": b"%PDF-1.7\n%%EOF\n",
    "a der sequence": b"\x30\x82\xff\xff" + b"\x00" * 64,
    "a zip header": b"PK\x03\x04" + b"\x00" * 60,
}


INPUT_CASES = [
    pytest.param(leaf, action.dest, id=f"{' '.join(leaf.words)}:{action.dest}")
    for leaf in LEAVES
    for action in _own_actions(leaf)
    if _kind(action) == "input"
]


@pytest.mark.parametrize(("leaf", "dest"), INPUT_CASES)
def test_files_with_junk_inside_are_refused_in_one_line(
    place: Path, tmp_path: Path, leaf: Leaf, dest: str
) -> None:
    """Past the file checks, the content: every reader answers junk with one line and exit 1
    (a verification failed) or 2 (not a file of that kind), and changes nothing."""
    action = next(a for a in _own_actions(leaf) if a.dest == dest)
    before = snapshot(place / "valv")
    for name, data in JUNK.items():
        junk = tmp_path / name.replace(" ", "-")
        junk.write_bytes(data)
        extra = ["--yes"] if "yes" in _dests(leaf) else []
        # The passphrase, then a PKCS#12 file's password where one is asked for.
        result = run(
            *_argv(leaf, place, action, str(junk)), *extra, stdin=f"{PASSPHRASE}\nlösenord\n"
        )
        assert result.code in (1, 2), (name, result.code, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.splitlines()) <= 1, result.stderr
        if result.code == 2:
            line = assert_refused(result)
            assert "argument" not in line and "--help" not in line, line  # not a usage error
        assert snapshot(place / "valv") == before, name


def _dests(leaf: Leaf) -> set[str]:
    return {a.dest for a in leaf.parser._actions}


OUTPUT_CASES = [
    pytest.param(leaf, action.dest, id=f"{' '.join(leaf.words)}:{action.dest}")
    for leaf in LEAVES
    for action in _own_actions(leaf)
    if _kind(action) == "output"
]


@pytest.mark.parametrize(("leaf", "dest"), OUTPUT_CASES)
def test_force_never_writes_a_folder_a_device_or_through_a_link(
    place: Path, leaf: Leaf, dest: str
) -> None:
    """--force replaces a regular file, nothing else: not a device node (it once did), a
    folder, a pipe, or what a link to one of them points at."""
    assert "force" in _dests(leaf), "a verb that writes a file offers --force"
    action = next(a for a in _own_actions(leaf) if a.dest == dest)
    inside = place / "in"
    before = snapshot(place / "valv")
    for target in ("null-device", "link-to-device", "folder", "link-to-folder", "pipe"):
        result = run(*_argv(leaf, place, action, str(inside / target)), "--force")
        assert_refused(result)
    assert (inside / "link-to-device").is_symlink() and (inside / "folder").is_dir()
    assert snapshot(place / "valv") == before


def test_writing_without_hard_links_still_creates_only_new_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FAT USB stick has no hard links: the file is created exclusively instead."""
    import errno

    def no_links(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "pm.pdf"
    files.write_output(target, b"first")
    assert target.read_bytes() == b"first"
    with pytest.raises(files.OutputExists):
        files.write_output(target, b"second")
    assert target.read_bytes() == b"first"
    files.write_output(target, b"third", overwrite=True)
    assert target.read_bytes() == b"third"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pm.pdf"]  # no temporary left


def test_a_name_longer_than_the_drive_allows_is_named_so(tmp_path: Path) -> None:
    long = tmp_path / ("n" * 300)
    with pytest.raises(files.NameTooLong):
        files.read_input(long, 10)
    with pytest.raises(files.NameTooLong):
        files.write_output(long, b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_secret_typed_as_an_argument_is_refused_and_not_repeated(place: Path) -> None:
    secret = "tupplur-gradskiva-hemlig"
    for argv in (
        ["--passphrase", secret, "info"],
        [f"--passphrase={secret}", "info"],
        ["--password", secret, "info"],
        ["info", "--pass", secret],
        ["search", "x", secret],  # a stray word is not echoed either
        ["search", "x", secret, "--lim", "5"],  # no abbreviations: --lim is not --limit
    ):
        result = run("--vault", _vault(place), *argv, stdin="")
        line = assert_refused(result)
        assert secret not in result.stderr + result.stdout, line

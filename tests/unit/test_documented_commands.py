"""Every command the README and exchange/OPENSSL.md show in a ```sh block is run as written.

The blocks are read from the documents themselves, so a command that changes there is run in its
new form, and a new block fails :func:`test_every_documented_command_is_run` until a test here
runs it (or it is listed in ``NOT_RUN`` with the reason). Commands run in a shell, in a fresh
folder, with the machine's OpenSSL; the README's example types its passphrase at a real terminal
(a pty), as a person would. Nothing is substituted: placeholders the documents mark as such
(`Polisens kontaktperson`, "replace … with your name") are run as they stand.
"""

from __future__ import annotations

import hashlib
import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import package
from kopingplan.services import exchange
from kopingplan.services import identity as identity_service
from kopingplan.services.session import Session

from support import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
GUIDE = Path(package.__file__).with_name("OPENSSL.md")

# Blocks that a unit test cannot run, each with the reason; matched by their first command.
NOT_RUN = {
    "python3 packaging/dev.py run": (
        "'run' starts the desktop app and waits for a person; 'test' runs the whole suite, "
        "this test included"
    ),
    "PYTHONPATH=src .venv/bin/python tests/benchmarks/run.py": (
        "the benchmark: 20,000 cases and 500,000 notes, minutes of work (run by hand, its "
        "figures are the README's table)"
    ),
}


def sh_blocks(path: Path) -> list[str]:
    """The text of every ```sh block, in order."""
    return re.findall(r"^```sh\n(.*?)^```", path.read_text(encoding="utf-8"), re.M | re.S)


def block(path: Path, first: str) -> str:
    """The one block of ``path`` that begins with ``first``."""
    found = [b for b in sh_blocks(path) if b.lstrip().startswith(first)]
    assert len(found) == 1, (path.name, first, len(found))
    return found[0]


# The blocks the tests below run, by their first words.
RUN = {
    GUIDE: [
        "openssl x509 -in samordnare.pem",
        "openssl cms -decrypt",
        "python3 -m zipfile -e",
        "python3 -m zipfile -c",
        "openssl req -x509",
        "openssl x509 -in polis.pem",
    ],
    README: ["kopingplan --vault prov init"],
}


def test_every_documented_command_is_run() -> None:
    for path in (README, GUIDE):
        for text in sh_blocks(path):
            first = text.lstrip()
            runs = [key for key in RUN.get(path, []) if first.startswith(key)]
            skipped = [key for key in NOT_RUN if first.startswith(key)]
            assert len(runs) + len(skipped) == 1, (path.name, first.splitlines()[0])
    assert all(any(b.lstrip().startswith(k) for b in sh_blocks(README)) for k in NOT_RUN)


def shell(script: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """``script`` as bash runs it (stopping at the first failing command), in ``folder``."""
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=folder,
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": path},
        timeout=300,
    )


# --- OPENSSL.md: the liaison's whole round, as written --------------------------------------------


def test_the_openssl_guide_as_written(session: Session, tmp_path: Path) -> None:
    desk = tmp_path / "polis"
    desk.mkdir()

    # Making a certificate: a personal one (CA:FALSE), which Köpingplan registers.
    made = shell(block(GUIDE, "openssl req -x509"), desk)
    assert made.returncode == 0, made.stderr
    printed = shell(block(GUIDE, "openssl x509 -in polis.pem"), desk)
    assert printed.returncode == 0, printed.stderr
    police = exchange.add_recipient(
        session, exchange.read_certificate_file(desk / "polis.pem"), organisation="Polisen"
    )
    said = printed.stdout.strip().split("=", 1)[1].replace(":", "")
    assert said == police.fingerprint.replace(" ", "")
    exchange.verify_recipient(session, police.id, said)

    # The coordinator's certificate, and its fingerprint as the liaison reads it.
    identity_service.export_certificate(session, desk / "samordnare.pem")
    fingerprint = shell(block(GUIDE, "openssl x509 -in samordnare.pem"), desk)
    assert fingerprint.returncode == 0, fingerprint.stderr
    own = identity_service.active_identity(session).fingerprint.replace(" ", "")
    assert fingerprint.stdout.strip().split("=", 1)[1].replace(":", "") == own

    # A package for the liaison, opened and checked with the guide's commands.
    from kopingplan.domain import model

    case = session.save(
        model.Case("Ärende Norr", model.Level.INDIVIDUAL, model.Orientation.ISLAMIST,
                   date(2026, 2, 1), summary="Avhopparstöd pågår.")
    )  # fmt: skip
    assert case.id is not None
    preview = exchange.preview_export(
        session,
        exchange.ExportRequest(
            recipient_ids=(police.id,),
            terms=DisclosureTerms("osl-10-2", "Anna Lindqvist", "samordnare", "Samordning"),
            cases=(exchange.CasePart(case.id),),
        ),
    )
    result = exchange.export_package(session, preview, desk / "paket.p7m", overwrite=False)
    opened = shell(block(GUIDE, "openssl cms -decrypt"), desk)
    assert opened.returncode == 0, opened.stderr
    assert "decrypt: 0" in opened.stdout and "verify: 0" in opened.stdout
    assert "CMS Verification successful" in opened.stderr
    unpacked = shell(block(GUIDE, "python3 -m zipfile -e"), desk)
    assert unpacked.returncode == 0, unpacked.stderr
    assert result.content_sha256 in unpacked.stdout  # sha256sum paket.zip
    assert (desk / "paket" / "data.json").read_bytes() == preview.data_json

    # The answer: the guide's data.json, a manifest as it describes, then zip, sign, encrypt.
    data_json = re.search(r"```json\n(\{\"messages\".*?)\n```", GUIDE.read_text("utf-8"), re.S)
    assert data_json is not None
    (desk / "data.json").write_text(data_json[1] + "\n", encoding="utf-8")
    raw = (desk / "data.json").read_bytes()
    manifest = {
        "format": "kopingplan-exchange", "version": 1,
        "package_id": shell("openssl rand -hex 16", desk).stdout.strip(),
        "created": "2026-11-24T15:30:00+01:00",
        "sender": {"fingerprint": printed.stdout.strip().split("=", 1)[1]},
        "items": [{"name": "data.json", "size": len(raw),
                   "sha256": hashlib.sha256(raw).hexdigest()}],
    }  # fmt: skip
    (desk / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    answered = shell(block(GUIDE, "python3 -m zipfile -c"), desk)
    assert answered.returncode == 0, answered.stderr
    incoming = exchange.open_package(session, exchange.read_package_file(desk / "svar.p7m"))
    assert incoming.sender.fingerprint == police.fingerprint
    assert [r.kind for r in incoming.records] == ["message"]


def test_openssl_without_the_addext_makes_a_ca_certificate_that_is_refused_clearly(
    session: Session, tmp_path: Path
) -> None:
    """Why the guide's command has its two -addext: OpenSSL 3's default is CA:TRUE."""
    from kopingplan import errors

    command = block(GUIDE, "openssl req -x509").split(" -addext ")[0]
    made = shell(command, tmp_path)
    assert made.returncode == 0, made.stderr
    data = exchange.read_certificate_file(tmp_path / "polis.pem")
    with pytest.raises(errors.CertificateIsAuthority):
        exchange.add_recipient(session, data)


# --- README: the command-line example, at a terminal ------------------------------------------


def _at_a_terminal(command: str, folder: Path, env: dict[str, str]) -> tuple[int, str]:
    """Runs ``command`` with a terminal as a person would, typing the passphrase at each
    prompt; returns the exit code and what the terminal showed."""
    pid, terminal = pty.fork()
    if pid == 0:  # the child: a shell on the terminal
        os.chdir(folder)
        os.execvpe("bash", ["bash", "-c", command], env)
    shown = b""
    answered = 0
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        ready, _, _ = select.select([terminal], [], [], 1)
        if ready:
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
        if shown.lower().count(b"passphrase: ") > answered:
            os.write(terminal, PASSPHRASE.encode() + b"\n")
            answered += 1
    _, status = os.waitpid(pid, 0)
    os.close(terminal)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a pty needs fork")
def test_the_readme_example_as_written(tmp_path: Path) -> None:
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    env = {**os.environ, "PATH": path, "KOPINGPLAN_LANG": "en"}
    assert shutil.which("kopingplan", path=path)
    for command in block(README, "kopingplan --vault prov init").strip().splitlines():
        code, shown = _at_a_terminal(command, tmp_path, env)
        assert code == 0, (command, shown)
        assert "Traceback" not in shown
        assert PASSPHRASE not in shown  # typed without echo
    assert (tmp_path / "pm.pdf").read_bytes().startswith(b"%PDF-")
    assert "The vault is intact" in shown


def test_every_command_of_the_program_is_in_the_readme_table() -> None:
    """A verb added to the parser is added to the README's command table the same day: the
    table is where a coordinator or an IT department looks for what the program can do."""
    import argparse
    import re

    from kopingplan.cli import build_parser

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    rows = [line for line in readme.splitlines() if line.startswith("| `kopingplan ")]
    documented = " ".join(rows)
    parser = build_parser()
    (verbs,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    missing = []
    for verb, sub in verbs.choices.items():
        # A row may name more verbs after the first: "`kopingplan backup …` / `backups …`".
        if not re.search(rf"(`kopingplan |/ `){re.escape(verb)}\b", documented):
            missing.append(verb)
            continue
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        for action in nested:
            for word in action.choices:
                if not re.search(rf"\b{re.escape(word)}\b", documented):
                    missing.append(f"{verb} {word}")
    assert missing == []

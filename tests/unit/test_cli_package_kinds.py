"""`kopingplan verify PACKAGE` and `kopingplan import PACKAGE` list each file of the package with
its kind in words (by its content, from the table the GUI uses) and its size before its name,
in the messages' language; the other items keep their four columns (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import kopingplan
from test_cli_exchange import certificate_of, fingerprint_of, make_vault, run

import attachment_samples as samples
from kopingplan.cli_attachments import size_text

from support import PASSPHRASE

FILES = {"Brev.pdf": samples.pdf(), "Foto.png": samples.png(), "Protokoll.docx": samples.docx()}


def _size(data: bytes) -> str:
    return f"{max(1, round(len(data) / 1000))} kB"  # every sample is under a megabyte


@pytest.fixture
def package(tmp_path: Path) -> tuple[Path, Path]:
    """A package from the municipality carrying a PDF, an image and a Word document of its
    case, and the police vault it is addressed to (both know and trust each other)."""
    municipality = make_vault(tmp_path / "kommun", "Anna Lindqvist", "Köpings kommun", cases=1)
    police = make_vault(tmp_path / "polis", "Kim Berg", "Polisen")
    for sender, receiver in ((municipality, police), (police, municipality)):
        run(
            sender,
            "recipient",
            "add",
            str(certificate_of(receiver, tmp_path / f"{receiver.name}.pem")),
        )
        run(sender, "recipient", "verify", "1", "--fingerprint",
            fingerprint_of(run(sender, "recipient", "list").stdout))  # fmt: skip
    chosen: list[str] = []
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
        attached = run(municipality, "attach", "case:1", str(tmp_path / name))
        assert attached.returncode == 0, attached.stderr
        chosen += ["--case-file", attached.stdout.split("as attachment ")[1].split()[0]]
    out = tmp_path / "paket.p7m"
    sent = run(municipality, "export", "--to", "1", "--case", "1", "--legal-basis",
               "OSL 10 kap. 2 §", "--decided-by", "Eva Chef", "--role", "enhetschef",
               "--purpose", "Samverkan", "--out", str(out), *chosen)  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    return police, out


def _rows(stdout: str) -> list[list[str]]:
    return [line.split("\t") for line in stdout.splitlines() if "\t" in line]


def test_verify_and_import_give_each_files_kind_and_size(package: tuple[Path, Path]) -> None:
    police, out = package
    for verb in ("verify", "import"):
        result = run(police, verb, str(out))
        assert result.returncode == 0, result.stderr
        rows = _rows(result.stdout)
        assert [row[3:] for row in rows if row[0] == "attachment"] == [
            ["PDF", _size(FILES["Brev.pdf"]), "Brev.pdf"],
            ["PNG image", _size(FILES["Foto.png"]), "Foto.png"],
            ["Word document", _size(FILES["Protokoll.docx"]), "Protokoll.docx"],
        ]
        others = [row for row in rows if row[0] != "attachment"]
        assert others and all(len(row) == 4 for row in others)  # the case: no kind, no size


def test_the_kinds_are_in_swedish_when_the_messages_are(package: tuple[Path, Path]) -> None:
    police, out = package
    result = kopingplan("--vault", str(police), "--passphrase-stdin", "verify", str(out),
                        stdin=PASSPHRASE, lang="sv")  # fmt: skip
    assert result.returncode == 0, result.stderr
    kinds = [row[3] for row in _rows(result.stdout) if row[0] == "attachment"]
    assert kinds == ["PDF", "PNG-bild", "Word-dokument"]


@pytest.mark.parametrize(
    ("size", "shown"),
    [(1, "1 kB"), (6_341, "6 kB"), (999_499, "999 kB"), (1_040_000, "1.0 MB"),
     (32 * 1024**2, "33.6 MB")],
)  # fmt: skip
def test_a_size_is_given_as_the_gui_gives_it(size: int, shown: str) -> None:
    """Decimal kB and MB: a file of 1,040,000 bytes is 1.0 MB, not 1040 kB."""
    assert size_text(size) == shown

"""`kopingplan export … --case-file N`: attachments of a chosen case, of any kind (a PDF and an
image here), leave in the package, the disclosure names them and the recipient's vault imports
them; a file of a case not chosen is refused with one line, exit 2 and no package (issue 17)."""

from __future__ import annotations

import re
from pathlib import Path

from test_cli_exchange import certificate_of, fingerprint_of, make_vault, run

import attachment_samples as samples


def _export(folder: Path, out: Path, *extra: str):  # type: ignore[no-untyped-def]
    return run(folder, "export", "--to", "1", "--case", "1", "--legal-basis", "OSL 10 kap. 2 §",
               "--decided-by", "Eva Chef", "--role", "enhetschef", "--purpose", "Samverkan",
               "--out", str(out), *extra)  # fmt: skip


def _attached(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 0, result.stderr
    found = re.search(r"as attachment (\d+) ", result.stdout)
    assert found, result.stdout
    return found.group(1)


def test_a_case_file_leaves_and_the_recipient_imports_it(tmp_path: Path) -> None:
    municipality = make_vault(tmp_path / "kommun", "Anna Lindqvist", "Köpings kommun", cases=2)
    police = make_vault(tmp_path / "polis", "Kim Berg", "Polisen")
    run(municipality, "recipient", "add", str(certificate_of(police, tmp_path / "polis.pem")))
    run(municipality, "recipient", "verify", "1", "--fingerprint",
        fingerprint_of(run(municipality, "recipient", "list").stdout))  # fmt: skip
    run(police, "recipient", "add", str(certificate_of(municipality, tmp_path / "kommun.pem")))
    run(police, "recipient", "verify", "1", "--fingerprint",
        fingerprint_of(run(police, "recipient", "list").stdout))  # fmt: skip
    letter, picture, other = tmp_path / "Brev.pdf", tmp_path / "Foto.png", tmp_path / "Annat.png"
    letter.write_bytes(samples.pdf())
    picture.write_bytes(samples.png())
    other.write_bytes(samples.png(width=8, height=8))
    # The demo vault holds attachments of its own: the numbers are the ones "attach" says.
    letter_id, picture_id = (
        _attached(run(municipality, "attach", "case:1", str(path))) for path in (letter, picture)
    )
    other_id = _attached(run(municipality, "attach", "case:2", str(other)))

    refused = _export(municipality, tmp_path / "nej.p7m", "--case-file", other_id)
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert "Annat.png" in refused.stderr and not (tmp_path / "nej.p7m").exists()

    package = tmp_path / "paket.p7m"
    sent = _export(municipality, package, "--case-file", letter_id, "--case-file", picture_id)
    assert sent.returncode == 0, sent.stderr
    assert samples.MARKER_BYTES not in package.read_bytes()
    imported = run(police, "import", str(package))
    assert imported.returncode == 0, imported.stderr
    listed = [line.split("\t") for line in imported.stdout.splitlines() if "\t" in line]
    assert [fields[-1] for fields in listed if fields[0] == "attachment"] == [
        "Brev.pdf", "Foto.png"
    ]  # fmt: skip

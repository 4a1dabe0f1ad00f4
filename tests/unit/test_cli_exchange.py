"""The police-liaison exchange on the command line: two vaults, one package each way."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_cli import kopingplan

from support import PASSPHRASE


def make_vault(folder: Path, name: str, org: str, cases: int = 0) -> Path:
    made = kopingplan("--vault", str(folder), "--passphrase-stdin", "init", "--name", name,
                      "--org", org, stdin=PASSPHRASE + "\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    if cases:
        demo = kopingplan("--vault", str(folder), "--passphrase-stdin", "demo", "--cases",
                          str(cases), stdin=PASSPHRASE)  # fmt: skip
        assert demo.returncode == 0, demo.stderr
    return folder


def run(folder: Path, *args: str):  # type: ignore[no-untyped-def]
    return kopingplan("--vault", str(folder), "--passphrase-stdin", *args, stdin=PASSPHRASE)


def certificate_of(folder: Path, out: Path) -> Path:
    assert run(folder, "identity", "export-cert", str(out)).returncode == 0
    return out


def fingerprint_of(listing: str) -> str:
    return listing.strip().splitlines()[-1].split("\t")[2]


def test_export_to_a_verified_recipient_then_import_in_their_vault(tmp_path: Path) -> None:
    municipality = make_vault(tmp_path / "kommun", "Anna Lindqvist", "Köpings kommun", cases=4)
    police = make_vault(tmp_path / "polis", "Kim Berg", "Polisen")
    police_cert = certificate_of(police, tmp_path / "polis.pem")
    municipality_cert = certificate_of(municipality, tmp_path / "kommun.pem")

    assert run(municipality, "recipient", "add", str(police_cert)).returncode == 0
    listing = run(municipality, "recipient", "list").stdout
    assert "NOT verified" in listing
    refused = run(municipality, "export", "--to", "1", "--case", "1", "--legal-basis",
                  "OSL 10 kap. 2 §", "--decided-by", "Eva Chef", "--role", "enhetschef",
                  "--purpose", "Samverkan", "--out", str(tmp_path / "paket.p7m"))  # fmt: skip
    assert refused.returncode == 2
    assert not (tmp_path / "paket.p7m").exists()

    fingerprint = fingerprint_of(listing)
    assert run(municipality, "recipient", "verify", "1", "--fingerprint",
               fingerprint).returncode == 0  # fmt: skip
    sent = run(municipality, "export", "--to", "1", "--case", "1", "--notes", "--legal-basis",
               "OSL 10 kap. 2 §", "--decided-by", "Eva Chef", "--role", "enhetschef",
               "--purpose", "Samverkan", "--out", str(tmp_path / "paket.p7m"))  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    log = run(municipality, "disclosures").stdout
    assert "OSL 10 kap. 2 §" in log and "Eva Chef (enhetschef)" in log

    if shutil.which("openssl"):
        police_key = None  # the police vault's key never leaves it; OpenSSL is tested in
        # tests/unit/test_exchange_openssl.py with keys made for the purpose.
        assert police_key is None

    # The police vault must know and trust the sender before it imports anything.
    unknown = run(police, "import", str(tmp_path / "paket.p7m"))
    assert unknown.returncode == 1
    assert run(police, "recipient", "add", str(municipality_cert)).returncode == 0
    sender = fingerprint_of(run(police, "recipient", "list").stdout)
    assert run(police, "recipient", "verify", "1", "--fingerprint", sender).returncode == 0
    checked = run(police, "verify", str(tmp_path / "paket.p7m"))
    assert checked.returncode == 0, checked.stderr
    assert "Anna Lindqvist" in checked.stdout
    imported = run(police, "import", str(tmp_path / "paket.p7m"))
    assert imported.returncode == 0, imported.stderr
    again = run(police, "import", str(tmp_path / "paket.p7m"))
    assert again.returncode == 1  # a duplicate import changes nothing


def test_a_tampered_package_is_refused(tmp_path: Path) -> None:
    sender = make_vault(tmp_path / "a", "Anna Lindqvist", "Köpings kommun", cases=2)
    receiver = make_vault(tmp_path / "b", "Kim Berg", "Polisen")
    run(sender, "recipient", "add", str(certificate_of(receiver, tmp_path / "b.pem")))
    run(sender, "recipient", "verify", "1", "--fingerprint",
        fingerprint_of(run(sender, "recipient", "list").stdout))  # fmt: skip
    run(receiver, "recipient", "add", str(certificate_of(sender, tmp_path / "a.pem")))
    run(receiver, "recipient", "verify", "1", "--fingerprint",
        fingerprint_of(run(receiver, "recipient", "list").stdout))  # fmt: skip
    package = tmp_path / "p.p7m"
    assert run(sender, "export", "--to", "1", "--case", "1", "--legal-basis", "OSL 10 kap. 2 §",
               "--decided-by", "Eva", "--role", "chef", "--purpose", "Test",
               "--out", str(package)).returncode == 0  # fmt: skip
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0xFF
    package.write_bytes(bytes(data))
    result = run(receiver, "import", str(package))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not shutil.which("openssl"), reason="needs the openssl command")
def test_openssl_is_present_for_the_exchange_tests() -> None:
    version = subprocess.run(["openssl", "version"], capture_output=True, text=True).stdout
    assert version.startswith("OpenSSL 3")

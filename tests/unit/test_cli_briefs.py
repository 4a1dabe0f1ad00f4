"""`kopingplan brief` and `kopingplan verify` as a coordinator and a recipient use them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_cli import kopingplan

from support import PASSPHRASE


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    folder = tmp_path / "valv"
    made = kopingplan(
        "--vault", str(folder), "--passphrase-stdin", "init",
        "--name", "Anna Lindqvist", "--org", "Köpings kommun",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    demo = kopingplan(
        "--vault", str(folder), "--passphrase-stdin", "demo", "--cases", "6", stdin=PASSPHRASE
    )
    assert demo.returncode == 0, demo.stderr
    return folder


def vault_args(folder: Path) -> tuple[str, ...]:
    return ("--vault", str(folder), "--passphrase-stdin")


def test_case_brief_is_signed_and_verifies_then_a_changed_byte_is_caught(
    filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pm.pdf"
    made = kopingplan(*vault_args(filled), "brief", "case", "1", "--out", str(out),
                      stdin=PASSPHRASE)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert out.read_bytes().startswith(b"%PDF")

    good = kopingplan(*vault_args(filled), "verify", str(out), stdin=PASSPHRASE)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Signed by: Anna Lindqvist, Köpings kommun" in good.stdout

    # The recipient has no vault: they check against the exported certificate.
    cert = tmp_path / "samordnare.pem"
    kopingplan(*vault_args(filled), "identity", "export-cert", str(cert), stdin=PASSPHRASE)
    assert kopingplan("verify", str(out), "--trust", str(cert)).returncode == 0

    data = bytearray(out.read_bytes())
    position = data.index(b"/Contents", len(data) // 3) - 40  # inside the signed range
    data[position] ^= 0x01
    tampered = tmp_path / "pm-andrad.pdf"
    tampered.write_bytes(bytes(data))
    bad = kopingplan("verify", str(tampered), "--trust", str(cert))
    assert bad.returncode == 1
    assert "NOT VALID" in bad.stdout

    if shutil.which("pdfsig"):
        # pdfsig exits 0 even on a digest mismatch: read what it says.
        ok_text = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
        bad_text = subprocess.run(["pdfsig", str(tampered)], capture_output=True,
                                  text=True).stdout  # fmt: skip
        assert "Signature is Valid" in ok_text
        assert "Signature is Valid" not in bad_text


def test_brief_without_a_number_is_a_usage_error(filled: Path, tmp_path: Path) -> None:
    result = kopingplan(*vault_args(filled), "brief", "case", "--out", str(tmp_path / "x.pdf"),
                        stdin=PASSPHRASE)  # fmt: skip
    assert result.returncode == 2
    assert not (tmp_path / "x.pdf").exists()


def test_brief_for_a_missing_case_writes_nothing(filled: Path, tmp_path: Path) -> None:
    result = kopingplan(*vault_args(filled), "brief", "case", "9999", "--out",
                        str(tmp_path / "x.pdf"), stdin=PASSPHRASE)  # fmt: skip
    assert result.returncode == 2
    assert "9999" in result.stderr
    assert not list(tmp_path.glob("x*.pdf"))


def test_verify_an_unsigned_or_foreign_file(tmp_path: Path) -> None:
    cert_less = tmp_path / "inte.pdf"
    cert_less.write_bytes(b"not a pdf at all")
    pem = tmp_path / "c.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    broken_cert = kopingplan("verify", str(cert_less), "--trust", str(pem))
    assert broken_cert.returncode == 2
    missing = kopingplan("verify", str(tmp_path / "finns-inte.pdf"), "--trust", str(pem))
    assert missing.returncode == 2
    assert "finns-inte.pdf does not exist" in missing.stderr


def _embedded_certificates(path: Path) -> list[bytes]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    with path.open("rb") as handle:
        signature = PdfFileReader(handle).embedded_regular_signatures[0]
        return [c.chosen.dump() for c in signature.signed_data["certificates"]]


def test_the_signer_certificate_is_embedded_once_and_validates(
    filled: Path, tmp_path: Path
) -> None:
    from test_briefs_support import pyhanko_validate

    out, cert = tmp_path / "pm.pdf", tmp_path / "samordnare.pem"
    assert kopingplan(*vault_args(filled), "brief", "lagesbild", "--out", str(out),
                      stdin=PASSPHRASE).returncode == 0  # fmt: skip
    kopingplan(*vault_args(filled), "identity", "export-cert", str(cert), stdin=PASSPHRASE)
    embedded = _embedded_certificates(out)
    assert len(embedded) == len(set(embedded)) == 1
    valid, said = pyhanko_validate(out, cert)
    assert valid, said


def test_any_byte_after_the_signed_range_is_refused_though_pyhanko_accepts_some(
    filled: Path, tmp_path: Path
) -> None:
    """The README's claim: pyHanko accepts an appended unreferenced object as an allowed
    modification; ``kopingplan verify`` refuses every byte after the signed range."""
    from test_briefs_support import pyhanko_validate

    out, cert = tmp_path / "pm.pdf", tmp_path / "samordnare.pem"
    assert kopingplan(*vault_args(filled), "brief", "lagesbild", "--out", str(out),
                      stdin=PASSPHRASE).returncode == 0  # fmt: skip
    kopingplan(*vault_args(filled), "identity", "export-cert", str(cert), stdin=PASSPHRASE)
    signed = out.read_bytes()
    appended = tmp_path / "tillagd.pdf"
    appended.write_bytes(signed + b"\n99 0 obj\n<< /Note (tillagd) >>\nendobj\n")
    valid, said = pyhanko_validate(appended, cert)
    assert valid, said  # pyHanko: "ACCEPTABLE_MODIFICATIONS"
    for tail in (b"\n99 0 obj\n<< /Note (tillagd) >>\nendobj\n", b"\n", b" ", b"\x00"):
        appended.write_bytes(signed + tail)
        result = kopingplan("verify", str(appended), "--trust", str(cert))
        assert result.returncode == 1, tail
        assert "added to the document after it was signed" in result.stdout

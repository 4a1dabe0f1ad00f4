"""`kopingplan brief` and `kopingplan verify` as a coordinator and a recipient use them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from test_cli import kopingplan

from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

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
    clear_demo_records(folder)
    return folder


# Records the command-line tests of these verbs make themselves and count from one: the demo's
# own (it fills every table since issue 18's demo work) are taken out of this small vault.
VERB_TABLES = ("concerns", "consents", "case_flags", "case_priorities", "activities", "attachments")


def clear_demo_records(folder: Path) -> None:
    with (
        Session.open(VaultPaths(folder), PASSPHRASE) as session,
        session.vault.transaction() as conn,
    ):
        for table in VERB_TABLES:
            conn.execute(f"DELETE FROM {table}")


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


# --- Copies for recipients outside the own unit are disclosures (issue 16) ----------------------


def _registry(folder: Path) -> None:
    from kopingplan.domain import model
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
        session.save(
            model.Organisation("Samordningen", model.OrganisationKind.MUNICIPALITY, own_unit=True)
        )


def _vault_state(folder: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    with Session.open(VaultPaths(folder), PASSPHRASE, record_unlock=False) as session:
        conn = session.vault.conn
        rows = conn.execute("SELECT recipient, channel, content_sha256 FROM disclosures").fetchall()
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    return [tuple(r) for r in rows], actions


TERMS = ("--legal-basis", "osl-10-2", "--decided-by", "Anna Lindqvist", "--role", "samordnare",
         "--purpose", "Samverkan i insatsgruppen")  # fmt: skip


def test_a_copy_for_the_police_needs_its_terms_and_is_then_a_disclosure(
    filled: Path, tmp_path: Path
) -> None:
    import hashlib

    from support import snapshot

    _registry(filled)
    out = tmp_path / "ut"
    out.mkdir()
    target = out / "pm.pdf"
    before = _vault_state(filled)
    files_before = snapshot(filled)
    for missing in ((), TERMS[:2], TERMS[:6]):
        refused = kopingplan(*vault_args(filled), "brief", "case", "1", "--out", str(target),
                             "--recipient", "Polisen Köping", *missing, stdin=PASSPHRASE,
                             lang="sv")  # fmt: skip
        assert refused.returncode == 2, refused.stderr
        (line,) = refused.stderr.strip().splitlines()
        assert "Kopian till Polisen Köping" in line and "rättslig grund" in line, line
        assert list(out.iterdir()) == []
        assert snapshot(filled) == files_before
    assert _vault_state(filled) == before

    # The own unit's copy needs nothing more and is no disclosure.
    own = kopingplan(*vault_args(filled), "brief", "case", "1", "--out", str(target),
                     "--recipient", "Samordningen", stdin=PASSPHRASE)  # fmt: skip
    assert own.returncode == 0, own.stderr
    assert _vault_state(filled)[0] == before[0]

    made = kopingplan(*vault_args(filled), "brief", "case", "1", "--out", str(target),
                      "--recipient", "Polisen Köping", "--recipient", "Samordningen", *TERMS,
                      stdin=PASSPHRASE)  # fmt: skip
    assert made.returncode == 0, made.stderr
    police_copy = out / "pm-exemplar-1-av-2.pdf"
    digest = hashlib.sha256(police_copy.read_bytes()).hexdigest()
    assert _vault_state(filled)[0] == [*before[0], ("Polisen Köping", "brief", digest)]


def test_consent_cited_without_a_consent_is_refused_on_the_command_line(
    filled: Path, tmp_path: Path
) -> None:
    _registry(filled)
    target = tmp_path / "pm.pdf"
    before = _vault_state(filled)
    cited = ("--legal-basis", "osl-12-2", *TERMS[2:])
    refused = kopingplan(*vault_args(filled), "brief", "case", "1", "--out", str(target),
                         "--recipient", "Polisen Köping", *cited, stdin=PASSPHRASE,
                         lang="sv")  # fmt: skip
    assert refused.returncode == 2, refused.stderr
    (line,) = refused.stderr.strip().splitlines()
    assert "samtycke" in line.lower(), line
    assert not target.exists()
    assert _vault_state(filled) == before


def test_terms_without_a_recipient_are_a_usage_error(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "pm.pdf"
    refused = kopingplan(*vault_args(filled), "brief", "case", "1", "--out", str(target), *TERMS,
                         stdin=PASSPHRASE, lang="sv")  # fmt: skip
    assert refused.returncode == 2
    (line,) = refused.stderr.strip().splitlines()
    assert "--recipient" in line and "tillsammans med" in line, line
    assert not target.exists()


def test_a_meeting_brief_for_recipients_uses_their_content_profiles(
    filled: Path, tmp_path: Path
) -> None:
    """`brief meeting ID --recipient A --recipient B`: each copy as its organisation's content
    profile says (issue 16, per-recipient minimisation), each its own disclosure."""
    from test_briefs_support import text_of

    from kopingplan.domain import model
    from kopingplan.services import content_profiles
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    with Session.open(VaultPaths(filled), PASSPHRASE, record_unlock=False) as session:
        police = session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
        school = session.save(model.Organisation("Västra skolan", model.OrganisationKind.SCHOOL))
        assert police.id is not None and school.id is not None
        content_profiles.set_profile(session, police.id, ["level", "orientation", "summary"])
        content_profiles.set_profile(session, school.id, ["level"])
        meeting_id, case_id, summary = session.vault.conn.execute(
            "SELECT a.meeting_id, c.id, c.summary FROM agenda_items a JOIN cases c "
            "ON c.id = a.case_id WHERE c.summary <> '' ORDER BY a.meeting_id DESC LIMIT 1"
        ).fetchone()
    out = tmp_path / "ut"
    out.mkdir()
    made = kopingplan(*vault_args(filled), "brief", "meeting", str(meeting_id),
                      "--out", str(out / "mote.pdf"), "--recipient", "Polisen Köping",
                      "--recipient", "västra  SKOLAN", *TERMS, stdin=PASSPHRASE)  # fmt: skip
    assert made.returncode == 0, made.stderr
    police_text = " ".join(text_of(out / "mote-exemplar-1-av-2.pdf").split())
    school_text = " ".join(text_of(out / "mote-exemplar-2-av-2.pdf").split())
    flat = " ".join(summary.split())
    assert flat in police_text and flat not in school_text
    rows, _ = _vault_state(filled)
    held = dict(_descriptions(filled))
    assert f"Ärende {case_id}: nivå, inriktning, sammanfattning" in held["Polisen Köping"]
    assert f"Ärende {case_id}: nivå" in held["Västra skolan"]
    assert "inriktning" not in held["Västra skolan"]
    assert [r[0] for r in rows[-2:]] == ["Polisen Köping", "Västra skolan"]


def _descriptions(folder: Path) -> list[tuple[str, str]]:
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    with Session.open(VaultPaths(folder), PASSPHRASE, record_unlock=False) as session:
        rows = session.vault.conn.execute(
            "SELECT recipient, content_description FROM disclosures WHERE channel = 'brief'"
        ).fetchall()
    return [(str(r[0]), str(r[1])) for r in rows]

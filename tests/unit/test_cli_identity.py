"""``kopingplan identity import`` and ``identity show`` as a coordinator or a script uses them."""

from __future__ import annotations

import builtins
import getpass
import io
import sys
from pathlib import Path

import pytest
from test_cli import Result, kopingplan
from test_cli_exchange import make_vault

from identity_pki import P12_PASSWORD, UNIT, ec_p12, p12

from support import PASSPHRASE, snapshot


@pytest.fixture
def made(tmp_path: Path) -> Path:
    return make_vault(tmp_path / "valv", "Anna Lindqvist", "Köpings kommun")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _import(vault: Path, file: Path, *options: str, password: str = P12_PASSWORD) -> Result:
    return kopingplan(
        "--vault", str(vault), "--passphrase-stdin", "identity", "import", str(file), *options,
        stdin=f"{PASSPHRASE}\n{password}\n",
    )  # fmt: skip


def _show(vault: Path) -> str:
    result = kopingplan("--vault", str(vault), "--passphrase-stdin", "identity", "show",
                        stdin=PASSPHRASE)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_import_shows_the_facts_and_switches_with_yes(made: Path, tmp_path: Path) -> None:
    file = tmp_path / "samordnare.p12"
    file.write_bytes(p12())
    before = _show(made)
    assert before.count("Active identity:") == 1 and "Earlier identity" not in before
    assert "Source: self-signed, made with the vault" in before

    result = _import(made, file, "--yes")

    assert result.returncode == 0, result.stderr
    said = result.stdout
    assert f"Subject: C=SE,O=Köpings kommun,OU={UNIT},CN=Anna Lindqvist" in said
    assert "Issuer: C=SE,O=Köpings kommun,CN=Köpings kommun Utfärdande CA" in said
    assert "Key: RSA 2048" in said
    assert "Key usages: digitalSignature, nonRepudiation, keyEncipherment" in said
    assert "CA certificates in the file: 2" in said
    assert "is now your signing identity" in said
    assert P12_PASSWORD not in said + result.stderr
    fingerprint = next(ln for ln in said.splitlines() if ln.startswith("Fingerprint"))

    after = _show(made)
    active, earlier = after.split("Earlier identity:")
    assert fingerprint in active and "Source: imported PKCS#12" in active
    assert f"OU={UNIT}" in active
    assert "Source: self-signed, made with the vault" in earlier
    assert "In use since: " in earlier
    # Each identity's certificate is listed as the import showed it, its key included.
    assert "Key: RSA 2048" in active and "Key: RSA 3072" in earlier


def test_a_script_must_say_yes(made: Path, tmp_path: Path) -> None:
    file = tmp_path / "samordnare.p12"
    file.write_bytes(p12())
    before = snapshot(made)

    result = _import(made, file)

    assert result.returncode == 2
    assert "--yes" in result.stderr
    assert snapshot(made) == before


@pytest.mark.parametrize(
    ("content", "password", "says"),
    [
        (p12, "fel", "The password does not open the PKCS#12 file"),
        (ec_p12, P12_PASSWORD, "RSA-OAEP"),
        (lambda: b"not a certificate", P12_PASSWORD, "not a PKCS#12 identity"),
    ],
    ids=["wrong password", "EC key", "not PKCS#12"],
)
def test_a_refused_file_changes_nothing(
    made: Path, tmp_path: Path, content: object, password: str, says: str
) -> None:
    file = tmp_path / "samordnare.p12"
    file.write_bytes(content())  # type: ignore[operator]
    before = snapshot(made)

    result = _import(made, file, "--yes", password=password)

    assert result.returncode == 2, result.stdout
    assert says in result.stderr
    assert "is now your signing identity" not in result.stdout
    assert snapshot(made) == before


def test_a_missing_file_is_named_before_a_passphrase_is_asked(made: Path, tmp_path: Path) -> None:
    result = kopingplan("--vault", str(made), "--passphrase-stdin", "identity", "import",
                        str(tmp_path / "saknas.p12"), "--yes")  # fmt: skip
    assert result.returncode == 2
    assert "saknas.p12 does not exist" in result.stderr


def test_at_a_terminal_the_password_is_asked_without_echo_and_no_means_no(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "samordnare.p12"
    file.write_bytes(p12())
    prompts: list[str] = []
    answers = iter([PASSPHRASE, P12_PASSWORD])

    def hidden(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", hidden)
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr(builtins, "input", lambda question="": "n")
    before = snapshot(made)

    out = io.StringIO()
    from kopingplan.cli import main

    code = main(["--lang", "en", "--vault", str(made), "identity", "import", str(file)],
                stdin=sys.stdin, stdout=out)  # fmt: skip

    assert code == 0
    assert prompts == ["Passphrase: ", "Password of the PKCS#12 file: "]
    assert "Nothing was changed." in out.getvalue()
    assert snapshot(made) == before

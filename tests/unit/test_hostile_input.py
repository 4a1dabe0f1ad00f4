"""Hostile input (issue 7): every parser and importer either works or refuses with the
program's typed error (a :class:`~kopingplan.errors.KopingplanError`, or the module's own typed
error where that is its documented contract) — never another exception.

Covered: identity numbers, the passphrase estimate, search queries on a real vault, key files,
certificates, packages (ZIP, manifest and data.json, and the whole encrypted import), the
backup manifest, signed briefs (verify_pdf), free text on a Note, and dates on the command line.
Mutations start from real, valid input so that the parsers get past their first check.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_exchange_fixtures import (
    certificate,
    der,
    open_vault,
    police_identity,
    register,
    reply_zip,
)

from kopingplan import errors
from kopingplan.briefs import verify
from kopingplan.cli import main
from kopingplan.domain import model, passphrase, rules
from kopingplan.domain.identity_number import IdentityNumber, InvalidIdentityNumber
from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import certificates, cms, content, package, schema
from kopingplan.exchange import errors as ex
from kopingplan.services import backup, briefs, cases, exchange, search
from kopingplan.services.session import Session
from kopingplan.storage import keyfile
from kopingplan.storage.repositories.search import fts_query

from support import FAST_KDF, shared_identity

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)
FEW = settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


# --- mutation helpers ---------------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with a few bytes flipped, a slice cut out, inserted or truncated."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "truncate", "set"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "set":
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
        else:
            del data[at:]
    return bytes(data)


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=20,
)


@st.composite
def json_mutated(draw: st.DrawFn, document: dict[str, Any]) -> dict[str, Any]:
    """``document`` (nested dicts and lists) with one value somewhere replaced by any JSON."""
    copy = json.loads(json.dumps(document))
    node: Any = copy
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            break
        key = draw(st.sampled_from(keys))
        child = node[key]
        if isinstance(child, dict | list) and child and draw(st.booleans()):
            node = child
            continue
        if draw(st.integers(0, 5)) == 0 and isinstance(node, dict):
            del node[key]
        else:
            node[key] = draw(JSON)
        break
    return copy


# --- identity numbers ---------------------------------------------------------------------------

NUMBER_LIKE = st.from_regex(r"\A\s?([0-9]{2})?[0-9]{6}[-+ ]?[0-9]{3,4}\s?\Z") | st.text(
    alphabet="0123456789-+ ٠١٢٣٤٥٦٧٨٩０１２", max_size=16
)


@FEW
@given(st.text(max_size=40) | NUMBER_LIKE)
def test_identity_numbers_parse_or_raise_invalid_identity_number(text: str) -> None:
    try:
        number = IdentityNumber.parse(text, today=TODAY)
    except InvalidIdentityNumber:
        return
    assert number.digits.isascii() and len(number.digits) == 12
    assert number.birth_date <= TODAY
    assert IdentityNumber.parse(number.formatted(), today=TODAY) == number


# --- the passphrase estimate ------------------------------------------------------------------


@FEW
@given(st.text(max_size=200))
def test_the_passphrase_estimate_never_raises(text: str) -> None:
    strength = passphrase.estimate(text)
    assert 0 <= strength.score <= 4 and strength.bits >= 0


@pytest.mark.parametrize(
    "text",
    ["a" * 5000, "ab" * 3000, "\u0301" * 2000, "\ud800\udfff" * 100, "\x00" * 1000,
     "kaffe " * 800, "1" * 4000, "🙂" * 1000],
)  # fmt: skip
def test_the_passphrase_estimate_survives_long_and_odd_input(text: str) -> None:
    strength = passphrase.estimate(text)
    assert 0 <= strength.score <= 4


# --- search queries ------------------------------------------------------------------------------

FTS_SYNTAX = st.text(alphabet="\"*()^:-+ NEAROTDab åäö\\'{}[]", max_size=30)


@pytest.fixture(scope="module")
def search_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    folder = tmp_path_factory.mktemp("search") / "vault"
    with open_vault(folder, shared_identity(), "Anna Lindqvist", "Köpings kommun") as session:
        case = session.save(
            model.Case("Ärende Västra skolan", model.Level.SPECIFIC, model.Orientation.RIGHT,
                       date(2026, 3, 2), summary='Oro "NEAR" AND OR NOT * ^ fönster')
        )  # fmt: skip
        assert case.id is not None
        session.save(model.Note(case.id, NOW, "Samtal med mamman om fönster och cykel."))
        yield session


@FEW
@given(st.text(max_size=80) | FTS_SYNTAX)
def test_search_returns_hits_or_invalid_search_never_fts_errors(
    search_vault: Session, query: str
) -> None:
    try:
        hits = search.search(search_vault, query)
    except errors.InvalidSearch:
        return
    assert isinstance(hits, list)


def test_search_survives_a_very_long_query(search_vault: Session) -> None:
    assert search.search(search_vault, "fönster " + "x" * 100_000 + " NEAR(a b)") == []
    assert fts_query("a" * 500 + " " + " ".join(map(str, range(1000)))).count('"*') == 16


# --- key files ----------------------------------------------------------------------------------


def _valid_keyfile() -> bytes:
    return keyfile.KeyFile.create("vault-id-1", "kaffe morgon cykel fönster", b"k" * 32, FAST_KDF)\
        .to_bytes()  # fmt: skip


VALID_KEYFILE = _valid_keyfile()


def _read_keyfile(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "vault.key"
        path.write_bytes(data)
        with contextlib.suppress(errors.KeyFileDamaged):
            keyfile.read_keyfile(path)


@FEW
@given(st.binary(max_size=2000) | mutated(VALID_KEYFILE))
def test_a_damaged_key_file_is_key_file_damaged(data: bytes) -> None:
    _read_keyfile(data)
    # KeyFile.from_bytes's own contract: ValueError (UnicodeDecodeError, binascii.Error) or
    # TypeError, which read_keyfile turns into KeyFileDamaged.
    with contextlib.suppress(ValueError, TypeError):
        keyfile.KeyFile.from_bytes(data)


@FEW
@given(json_mutated(json.loads(VALID_KEYFILE)))
def test_a_key_file_with_odd_values_is_key_file_damaged(document: dict[str, Any]) -> None:
    _read_keyfile(json.dumps(document).encode())


def test_a_deeply_nested_key_file_is_key_file_damaged(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    path.write_bytes(b"[" * 60_000)  # under MAX_FILE_BYTES
    with pytest.raises(errors.KeyFileDamaged):
        keyfile.read_keyfile(path)


# --- the backup manifest ------------------------------------------------------------------------

VALID_BACKUP_MANIFEST = {
    "format": backup.MANIFEST_FORMAT, "version": backup.MANIFEST_VERSION,
    "made_at": "2026-11-24T12:00:00+00:00", "vault_id": "abc", "schema_version": 2,
    "program_version": "0.1",
}  # fmt: skip


def _read_backup_manifest(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / backup.MANIFEST_NAME).write_bytes(raw)
        info = backup.read_manifest(Path(folder))
        assert info is None or isinstance(info, backup.BackupInfo)


@FEW
@given(
    st.binary(max_size=500)
    | json_mutated(VALID_BACKUP_MANIFEST).map(lambda d: json.dumps(d).encode())
)
def test_a_backup_manifest_is_read_or_ignored(raw: bytes) -> None:
    _read_backup_manifest(raw)


@pytest.mark.parametrize(
    "raw",
    [b"[" * 60_000, json.dumps({**VALID_BACKUP_MANIFEST, "schema_version": 1e400}).encode()],
    ids=["deep", "overflow"],
)
def test_a_hostile_backup_manifest_is_ignored(raw: bytes) -> None:
    _read_backup_manifest(raw)


# --- certificates -------------------------------------------------------------------------------

CERT_PEM = shared_identity().certificate_pem
CERT_DER = der(certificate())


def _read_certificate_file(data: bytes) -> None:
    try:
        found = certificates.read_certificates(data)
    except errors.KopingplanError:
        return
    for cert in found:
        with contextlib.suppress(errors.KopingplanError):
            certificates.check_usable(cert, NOW)
    with contextlib.suppress(errors.KopingplanError):
        certificates.choose(data)


@FEW
@given(
    st.binary(max_size=1500) | mutated(CERT_PEM) | mutated(CERT_DER) | mutated(CERT_PEM + CERT_PEM)
)
def test_certificate_files_are_read_or_refused(data: bytes) -> None:
    _read_certificate_file(data)


def test_a_certificate_with_an_unknown_key_algorithm_is_refused() -> None:
    # Found by the property above: cryptography raises UnsupportedAlgorithm, not ValueError,
    # when the public key's algorithm is unknown.
    rsa_encryption = bytes.fromhex("06092a864886f70d010101")
    assert CERT_DER.count(rsa_encryption) == 1
    odd = CERT_DER.replace(rsa_encryption, bytes.fromhex("06092a864886f70d010163"))
    (found,) = certificates.read_certificates(odd)
    with pytest.raises(errors.KopingplanError):
        certificates.check_usable(found, NOW)


@FEW
@given(st.integers(0, len(CERT_PEM)), st.integers(0, len(CERT_DER)))
def test_truncated_certificates_are_refused(pem_at: int, der_at: int) -> None:
    _read_certificate_file(CERT_PEM[:pem_at])
    _read_certificate_file(CERT_DER[:der_at])


@FEW
@given(st.text(max_size=120))
def test_fingerprints_are_normalised_or_refused(text: str) -> None:
    with contextlib.suppress(errors.KopingplanError):
        certificates.choose(CERT_PEM, text)


# --- packages: ZIP, manifest, data.json -----------------------------------------------------------

DATA = {
    "messages": [{"text": "Hej, här är svaret."}],
    "cases": [{"title": "Ärende", "notes": [{"written_at": "2026-11-20", "text": "Känd."}]}],
}
VALID_ZIP = reply_zip(police_identity(), DATA)


def _read_package(zip_bytes: bytes) -> None:
    try:
        read = package.read(zip_bytes)
    except errors.KopingplanError:
        return
    attachments = {a.name: a.content for a in read.attachments}
    with contextlib.suppress(errors.KopingplanError):
        content.read(read.data_json, package_id=read.manifest.package_id, attachments=attachments)


@FEW
@given(st.binary(max_size=1000) | mutated(VALID_ZIP))
def test_package_zips_are_read_or_refused(data: bytes) -> None:
    _read_package(data)


@FEW
@given(json_mutated(DATA))
def test_data_json_is_read_or_refused(data: dict[str, Any]) -> None:
    _read_package(reply_zip(police_identity(), data))
    with contextlib.suppress(errors.KopingplanError):
        content.read(json.dumps(data).encode(), package_id="svar-0001-polisen", attachments={})


@FEW
@given(
    st.dictionaries(
        st.sampled_from(["format", "version", "package_id", "created", "sender", "items", "x"]),
        JSON,
        max_size=3,
    )
)
def test_manifests_are_read_or_refused(changes: dict[str, Any]) -> None:
    _read_package(reply_zip(police_identity(), DATA, manifest_changes=changes))


@FEW
@given(st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_json_readers_raise_only_package_malformed(raw: bytes) -> None:
    with contextlib.suppress(ex.PackageMalformed):
        schema.loads(raw)


@pytest.mark.parametrize(
    "raw",
    [b"[" * 100_000, b'{"a":' * 50_000, b"1" * 10_000, b"\xef\xbb\xbf{}", b'{"a":1,"a":2}',
     b"NaN", b"[1e400]", b'"\\ud800"'],
)  # fmt: skip
def test_json_readers_survive_pathological_documents(raw: bytes) -> None:
    with contextlib.suppress(ex.PackageMalformed):
        schema.loads(raw)
    with contextlib.suppress(errors.KopingplanError):
        content.read(raw, package_id="svar-0001-polisen", attachments={})


# --- the whole import: encrypted, signed packages ------------------------------------------------


@pytest.fixture(scope="module")
def exchange_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, bytes]]:
    """The police vault and a real package from the coordinator, sealed to the police."""
    root = tmp_path_factory.mktemp("exchange")
    with (
        open_vault(root / "kommun", shared_identity(), "Anna Lindqvist", "Köpings kommun") as ours,
        open_vault(root / "polis", police_identity(), "Karin Berg", "Polisen") as police,
    ):
        case = ours.save(
            model.Case("Ärende", model.Level.SPECIFIC, model.Orientation.RIGHT, date(2026, 3, 2))
        )
        assert case.id is not None
        ours.save(model.Note(case.id, NOW, "Samtal med skolan."))
        recipient = register(ours, police_identity())
        register(police, shared_identity())
        request = exchange.ExportRequest(
            recipient_ids=(recipient.id,),
            terms=DisclosureTerms("osl-10-18a", "Anna", "samordnare", "Förhindra brott"),
            cases=(exchange.CasePart(case.id, all_notes=True),),
        )
        out = root / "paket.p7m"
        exchange.export_package(ours, exchange.preview_export(ours, request), out)
        sealed = out.read_bytes()
        assert exchange.open_package(police, sealed).records  # the original opens
        yield police, sealed


def test_mutated_packages_are_refused_with_a_package_problem(
    exchange_pair: tuple[Session, bytes],
) -> None:
    police, sealed = exchange_pair

    @SLOW
    @given(st.binary(max_size=600) | mutated(sealed))
    def check(data: bytes) -> None:
        with contextlib.suppress(errors.KopingplanError):
            exchange.open_package(police, data)

    check()


# --- signed briefs ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def signed_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("brief") / "vault"
    with open_vault(folder, shared_identity(), "Anna Lindqvist", "Köpings kommun") as session:
        brief = briefs.situation_report(session, now=NOW)
        [made] = briefs.produce(session, brief)
        assert verify.verify_pdf(made.data, [shared_identity().certificate]).ok
        return made.data


def test_verify_pdf_reports_every_damage_as_a_result(signed_pdf: bytes) -> None:
    trusted = [shared_identity().certificate]

    @SLOW
    @given(st.binary(max_size=800) | mutated(signed_pdf) | st.just(b"%PDF-1.7\n" + bytes(200)))
    def check(data: bytes) -> None:
        result = verify.verify_pdf(data, trusted)
        assert isinstance(result, verify.VerificationResult)
        assert result.ok or result.problem  # a refusal always says why

    check()


# --- free text on a Note ------------------------------------------------------------------------

ODD_TEXT = st.text(
    alphabet=st.characters(codec=None, categories=None), max_size=300
) | st.sampled_from(
    ["\x00", "a\x1bb", "\u202eevil", "a\u2028b", "\ud800", "\ufffe", "e\u0301", "\r\n\r\n",
     "x" * rules.TEXT_MAX, "x" * (rules.TEXT_MAX + 1), "\t" * 10, " ", "🙂" * 500]
)  # fmt: skip


@FEW
@given(ODD_TEXT, st.text(max_size=60))
def test_note_text_is_valid_or_invalid_input(text: str, source: str) -> None:
    note = model.Note(1, NOW, text, source=source)
    try:
        rules.validate(note)
    except errors.InvalidInput:
        return
    stored = rules.normalise_text(text)
    assert not rules.has_forbidden_characters(stored)


def test_odd_text_is_stored_or_refused_by_a_real_vault(search_vault: Session) -> None:
    case_id = cases.list_cases(search_vault)[0].id

    @SLOW
    @given(ODD_TEXT)
    def check(text: str) -> None:
        try:
            saved = search_vault.save(model.Note(case_id, NOW, text))
        except errors.InvalidInput:
            return
        assert saved.id is not None
        assert search_vault.get(model.Note, saved.id).text == saved.text

    check()


# --- dates on the command line -----------------------------------------------------------------


def _cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        try:
            code = main(["--lang", "en", *args], stdin=io.StringIO(""), stdout=out)
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


@SLOW
@given(st.text(max_size=30).filter(lambda s: not s.startswith("-")))
def test_junk_dates_are_one_line_and_exit_2(junk: str) -> None:
    with contextlib.suppress(ValueError):
        date.fromisoformat(junk)
        assume(False)  # a real date: that is not junk
    with tempfile.TemporaryDirectory() as folder:
        for option in ("--from", "--to"):
            code, out, err = _cli(
                "--vault", str(Path(folder) / "none"), "disclosures", option, junk
            )
            assert code == 2 and out == ""
            assert err.startswith("kopingplan: ") and err.count("\n") == 1, err


# --- deeply nested and indefinite-length structures ---------------------------------------------


@pytest.mark.parametrize(
    "blob",
    [b"\x30\x80" * 20_000, b"\x24\x80" * 20_000, b"\xa0\x80" * 20_000],
    ids=["seq", "oct", "ctx"],
)
def test_deeply_nested_der_is_refused(exchange_pair: tuple[Session, bytes], blob: bytes) -> None:
    police, _ = exchange_pair
    with pytest.raises(errors.KopingplanError):
        exchange.open_package(police, blob)
    with pytest.raises(ex.PackageMalformed):
        cms.read_signed(blob)
    with pytest.raises(ex.CertificateUnreadable):
        certificates.read_certificates(blob)


def test_a_deeply_nested_pdf_is_not_a_readable_signed_pdf() -> None:
    nested = b"%PDF-1.7\n1 0 obj\n" + b"[" * 50_000 + b"\nendobj\ntrailer<</Root 1 0 R>>\n%%EOF"
    result = verify.verify_pdf(nested, [shared_identity().certificate])
    assert not result.ok and result.problem

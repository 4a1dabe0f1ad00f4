"""Every brief copy has a recipient; a copy outside the own unit is a disclosure.

A copy for the own unit (an organisation marked so in the registry) is logged as before and is
no disclosure; a copy for anyone else needs a legal basis, who decided and in what role, and a
purpose, and is stored as a disclosure (channel "brief") with the SHA-256 of the signed copy.
Every refusal is checked as a data protection officer would: no file, no disclosure row, no
audit row, the vault's bytes unchanged."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_briefs_support import pdfsig, pyhanko_validate

from days import on_the_test_day
from kopingplan.domain import model
from kopingplan.domain.consent import Consent, ConsentForm, ConsentGiver
from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import errors as ex
from kopingplan.services import accountability, briefs, consents
from kopingplan.services.brief_disclosures import CopyRecipient, DisclosureTermsMissing
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo

from support import shared_identity, snapshot

PURPOSE = "Samverkan kring stöd att lämna"
TERMS = DisclosureTerms("osl-10-2", "Anna Lindqvist", "Samordnare", PURPOSE)
CONSENT = dataclasses.replace(TERMS, legal_basis="osl-12-2")


@pytest.fixture
def world(session: Session) -> dict[str, Any]:
    case = session.save(
        model.Case("Ärende Norra", model.Level.INDIVIDUAL, model.Orientation.RIGHT,
                   date(2026, 1, 5), summary="Vill lämna miljön.")
    )  # fmt: skip
    own = session.save(
        model.Organisation("Samordning mot våldsbejakande extremism",
                           model.OrganisationKind.MUNICIPALITY, own_unit=True)
    )  # fmt: skip
    police = session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
    school = session.save(model.Organisation("Västra skolan", model.OrganisationKind.SCHOOL))
    return {"case": case, "own": own, "police": police, "school": school}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where the copies go: a folder of their own (the vault is in tmp_path too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _brief(session: Session, world: dict[str, Any]) -> Any:
    return briefs.case_brief(session, world["case"].id)


def _disclosures(session: Session) -> list[model.Disclosure]:
    return exchange_repo.disclosures(session.vault.conn)


def _consent(case_id: int, **changes: Any) -> Consent:
    values: dict[str, Any] = {
        "case_id": case_id,
        "given_by": ConsentGiver.SUBJECT,
        "purposes": (PURPOSE,),
        "given_on": date.today() - timedelta(days=30),
        "form": ConsentForm.WRITTEN,
        "recorded_at": datetime.now(UTC) - timedelta(days=30),
        "recorded_by": "Anna Lindqvist",
        "organisation_kinds": (model.OrganisationKind.POLICE.value,),
    }
    values.update(changes)
    return Consent(**values)


def _refused(session: Session, folder: Path, run: Any, error: type[Exception]) -> None:
    """``run()`` raises ``error``; no file, no disclosure, no audit row, vault bytes kept."""
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(session.vault_folder)
    log = audit.entries(session.vault.conn)
    rows = _disclosures(session)
    with pytest.raises(error):
        run()
    assert list(folder.iterdir()) == []
    assert _disclosures(session) == rows
    assert audit.entries(session.vault.conn) == log
    assert snapshot(session.vault_folder) == before


def test_a_copy_for_the_own_unit_is_logged_and_is_no_disclosure(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    to = [CopyRecipient(organisation_id=world["own"].id, name=world["own"].name)]
    (path,) = briefs.save(session, _brief(session, world), tmp_path / "pm.pdf", to=to)
    assert _disclosures(session) == []
    (row,) = audit.entries(session.vault.conn, action="brief.create")
    assert row.details["recipients"][0]["recipient"] == world["own"].name
    assert row.details["recipients"][0]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_copy_for_the_police_is_a_disclosure_with_the_copys_sha256(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    to = [
        CopyRecipient(world["police"].name, world["police"].id, TERMS),
        CopyRecipient(world["own"].name, world["own"].id),
    ]
    paths = briefs.save(session, _brief(session, world), tmp_path / "pm.pdf", to=to)
    assert [p.name for p in paths] == ["pm-exemplar-1-av-2.pdf", "pm-exemplar-2-av-2.pdf"]
    (disclosure,) = _disclosures(session)  # the own unit's copy is none
    assert disclosure.channel == model.DisclosureChannel.BRIEF
    assert disclosure.recipient == "Polisen Köping"
    assert disclosure.content_sha256 == hashlib.sha256(paths[0].read_bytes()).hexdigest()
    assert disclosure.legal_basis.startswith("OSL 10 kap. 2 §")
    assert (disclosure.decided_by, disclosure.decided_by_role) == ("Anna Lindqvist", "Samordnare")
    assert disclosure.purpose == PURPOSE
    assert disclosure.case_ids == (world["case"].id,)
    assert "exemplar 1 av 2" in disclosure.content_description
    assert "Vill lämna" not in disclosure.content_description  # never the content
    assert "delar: nivå, inriktning, sammanfattning" in disclosure.content_description
    (made,) = audit.entries(session.vault.conn, action="disclosures.create")
    assert made.details["channel"] == "brief"

    # The copy the police got verifies from outside.
    certificate = tmp_path / "samordnare.pem"
    certificate.write_bytes(shared_identity().certificate_pem)
    report = pdfsig(paths[0])
    assert "Signature is Valid." in report and "Total document signed" in report
    valid, said = pyhanko_validate(paths[0], certificate)
    assert valid, said


def test_a_name_the_registry_does_not_know_is_outside_the_own_unit(
    session: Session, world: dict[str, Any], out: Path
) -> None:
    brief = _brief(session, world)
    _refused(
        session,
        out,
        lambda: briefs.save(session, brief, out / "pm.pdf", to=[CopyRecipient("Grannkommunen")]),
        DisclosureTermsMissing,
    )
    briefs.save(session, brief, out / "pm.pdf", to=[CopyRecipient("Grannkommunen", terms=TERMS)])
    assert [d.recipient for d in _disclosures(session)] == ["Grannkommunen"]


@pytest.mark.parametrize(
    "terms",
    [
        None,
        dataclasses.replace(TERMS, legal_basis=""),
        dataclasses.replace(TERMS, decided_by=" "),
        dataclasses.replace(TERMS, decided_by_role=""),
        dataclasses.replace(TERMS, purpose=""),
    ],
)
def test_a_copy_outside_without_its_terms_is_refused_and_nothing_written(
    session: Session, world: dict[str, Any], out: Path, terms: DisclosureTerms | None
) -> None:
    brief = _brief(session, world)
    to = [CopyRecipient(world["police"].name, world["police"].id, terms)]
    _refused(
        session,
        out,
        lambda: briefs.save(session, brief, out / "pm.pdf", to=to),
        DisclosureTermsMissing,
    )


def test_an_unknown_legal_basis_is_refused(
    session: Session, world: dict[str, Any], out: Path
) -> None:
    brief = _brief(session, world)
    terms = dataclasses.replace(TERMS, legal_basis="osl-99-1")
    to = [CopyRecipient(world["police"].name, world["police"].id, terms)]
    _refused(
        session,
        out,
        lambda: briefs.save(session, brief, out / "pm.pdf", to=to),
        ex.LegalBasisUnknown,
    )


@pytest.mark.parametrize(
    ("consent", "error"),
    [
        (None, consents.ConsentMissing),
        ({"withdrawn_on": lambda: date.today() - timedelta(days=1)}, consents.ConsentWithdrawn),
        ({"valid_until": lambda: date.today() - timedelta(days=1)}, consents.ConsentExpired),
        ({"organisation_kinds": ("school",)}, consents.ConsentNotForRecipient),
        ({"purposes": ("Något annat",)}, consents.ConsentNotForPurpose),
    ],
)
def test_consent_cited_without_a_consent_that_covers_it_is_refused(
    session: Session,
    world: dict[str, Any],
    out: Path,
    consent: dict[str, Any] | None,
    error: type[Exception],
) -> None:
    case_id = world["case"].id
    if consent is not None:
        consent = on_the_test_day(consent)
        if "withdrawn_on" in consent:
            consent = {**consent, "withdrawal_form": ConsentForm.ORAL}
        consents.add_consent(session, _consent(case_id, **consent))
    brief = _brief(session, world)
    to = [CopyRecipient(world["police"].name, world["police"].id, CONSENT)]
    _refused(
        session,
        out,
        lambda: briefs.save(session, brief, out / "pm.pdf", to=to),
        error,
    )


def test_consent_cited_with_a_consent_on_file_is_recorded(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    consents.add_consent(session, _consent(world["case"].id))
    to = [CopyRecipient(world["police"].name, world["police"].id, CONSENT)]
    briefs.save(session, _brief(session, world), tmp_path / "pm.pdf", to=to)
    (disclosure,) = _disclosures(session)
    assert "12 kap. 2 §" in disclosure.legal_basis


def test_a_printed_copy_is_a_disclosure_and_a_refused_print_records_nothing(
    session: Session, world: dict[str, Any], out: Path
) -> None:
    brief = _brief(session, world)
    names = (world["police"].name, world["school"].name)
    made = briefs.produce(session, brief, recipients=names)
    no_terms = [CopyRecipient(world["police"].name, world["police"].id, TERMS),
                CopyRecipient(world["school"].name, world["school"].id)]  # fmt: skip
    _refused(
        session,
        out,
        lambda: briefs.record_print(session, brief, made, "Skrivaren", to=no_terms),
        DisclosureTermsMissing,
    )
    to = [no_terms[0], dataclasses.replace(no_terms[1], terms=TERMS)]
    briefs.record_print(session, brief, made, "Skrivaren", to=to)
    found = _disclosures(session)
    assert sorted(d.recipient for d in found) == sorted(names)
    assert {d.content_sha256 for d in found} == {c.sha256 for c in made}
    assert all("utskrivet" in d.content_description for d in found)
    (row,) = audit.entries(session.vault.conn, action="brief.print")
    assert row.details["printer"] == "Skrivaren"


def test_the_disclosure_report_names_brief_copies_as_such(
    session: Session, world: dict[str, Any], tmp_path: Path
) -> None:
    to = [CopyRecipient(world["police"].name, world["police"].id, TERMS)]
    briefs.save(session, _brief(session, world), tmp_path / "pm.pdf", to=to)
    report = accountability.disclosure_report(session)
    cover = dict(report.cover)
    assert cover["Varav kopior av underlag"] == "1"
    rows = report.body[1].rows  # type: ignore[attr-defined]
    assert "Kopia av underlag" in rows[0][0]

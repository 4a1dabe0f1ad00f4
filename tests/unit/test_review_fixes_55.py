"""Two privacy findings of the issue 16 review.

1. A brief attached to an export package must be the copy made for the package's recipients:
   the police's copy, another organisation's or the coordinator's own full copy is refused
   with the reason (for whom it was made), and nothing is attached.
2. The disclosure register names no file: a case's file is "ärendets bilaga N (kind)", a
   brief is its document id and copy; a name like "Anmalan-Anna-Svensson.docx" would outlive
   the case's retention in the register.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from test_exchange_fixtures import police_identity, register
from test_exchange_service import Filled, _request, filled

import attachment_samples as samples
from kopingplan.briefs.document import BriefOptions
from kopingplan.crypto.identity import Identity, create_identity
from kopingplan.domain import model
from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import gather
from kopingplan.filetypes import KIND_WORDS
from kopingplan.i18n import resources_dir
from kopingplan.services import attachments, briefs, exchange
from kopingplan.services.brief_disclosures import CopyRecipient
from kopingplan.services.exchange import brief_copies, views
from kopingplan.services.extract_attachments import KIND_WORDS as REGISTER_WORDS
from kopingplan.services.session import Session
from kopingplan.storage.repositories import exchange as repo

__all__ = ["filled"]

TERMS = DisclosureTerms("osl-10-2", "Anna Lindqvist", "Samordnare", "Samverkan")
POLICE = "Polisen lokalpolisområde Köping"  # police_identity()'s organisation
SOCIAL = "Socialtjänsten Köping"


@functools.cache
def social_identity() -> Identity:
    return create_identity("Socialsekreterare Sara Holm", SOCIAL)


@pytest.fixture
def copies(session: Session, filled: Filled, tmp_path: Path) -> dict[str, Any]:
    """A case brief saved as a copy for the police and one for social services (each named,
    a disclosure of its own), and the coordinator's own unnamed copy; the two recipients
    registered for exports."""
    police_org = session.save(model.Organisation(POLICE, model.OrganisationKind.POLICE))
    social_org = session.save(model.Organisation(SOCIAL, model.OrganisationKind.SOCIAL_SERVICES))
    assert filled.case.id is not None
    brief = briefs.case_brief(session, filled.case.id, BriefOptions())
    to = [CopyRecipient(POLICE, police_org.id, TERMS), CopyRecipient(SOCIAL, social_org.id, TERMS)]
    police_copy, social_copy = briefs.save(session, brief, tmp_path / "PM Åsa.pdf", to=to)
    (own,) = briefs.save(session, briefs.case_brief(session, filled.case.id), tmp_path / "eget.pdf")
    return {
        "police": police_copy,
        "social": social_copy,
        "own": own,
        "brief": brief,
        "police_row": register(session, police_identity()),
        "social_row": register(session, social_identity()),
    }


def test_the_copy_made_for_the_packages_recipient_is_attached(
    session: Session, copies: dict[str, Any]
) -> None:
    attachment = views.brief_attachment(session, copies["social"], [copies["social_row"].id])
    assert attachment.content == copies["social"].read_bytes()


def test_another_recipients_copy_is_refused_naming_for_whom_it_was_made(
    session: Session, copies: dict[str, Any]
) -> None:
    with pytest.raises(brief_copies.CopyForAnother) as refused:
        views.brief_attachment(session, copies["police"], [copies["social_row"].id])
    text = str(refused.value)
    assert f"made for {POLICE}" in text and f"goes to {SOCIAL}" in text
    assert copies["police"].name in text and "Nothing was attached" in text


def test_the_coordinators_own_unnamed_copy_is_refused(
    session: Session, copies: dict[str, Any]
) -> None:
    with pytest.raises(brief_copies.CopyForNoRecipient) as refused:
        views.brief_attachment(session, copies["own"], [copies["police_row"].id])
    assert f"make a copy for {POLICE}" in str(refused.value)


def test_a_signed_copy_the_vault_never_recorded_is_refused(
    session: Session, copies: dict[str, Any], tmp_path: Path
) -> None:
    # Signed with the vault's key but never written through briefs.write: no audit row.
    (made,) = briefs.produce(session, copies["brief"], recipients=[POLICE])
    loose = tmp_path / "lös.pdf"
    loose.write_bytes(made.data)
    assert briefs.verify(made.data, session).ok
    with pytest.raises(brief_copies.CopyNotRecorded):
        views.brief_attachment(session, loose, [copies["police_row"].id])


def test_a_package_to_two_organisations_takes_no_single_recipients_copy(
    session: Session, copies: dict[str, Any]
) -> None:
    both = [copies["police_row"].id, copies["social_row"].id]
    with pytest.raises(brief_copies.CopyForAnother) as refused:
        views.brief_attachment(session, copies["police"], both)
    assert f"goes to {SOCIAL}" in str(refused.value)  # the one who may not read it


def test_the_brief_windows_copies_are_sorted_for_the_package(
    session: Session, copies: dict[str, Any]
) -> None:
    paths = [copies["police"], copies["social"], copies["own"]]
    accepted, refused = views.copies_for_package(session, paths, [copies["police_row"].id])
    assert [a.content for a in accepted] == [copies["police"].read_bytes()]
    assert [type(e) for e in refused] == [
        brief_copies.CopyForAnother,
        brief_copies.CopyForNoRecipient,
    ]


def test_attached_copies_are_checked_again_when_the_recipients_change(
    session: Session, copies: dict[str, Any]
) -> None:
    attached = [views.brief_attachment(session, copies["police"], [copies["police_row"].id])]
    assert views.copies_not_for(session, attached, [copies["police_row"].id]) == {}
    refused = views.copies_not_for(session, attached, [copies["social_row"].id])
    assert list(refused) == [0] and isinstance(refused[0], brief_copies.CopyForAnother)


def test_the_register_names_files_by_number_and_kind_never_by_name(
    session: Session, filled: Filled, copies: dict[str, Any], tmp_path: Path
) -> None:
    assert filled.case.id is not None
    stored = attachments.attach_bytes(
        session, model.AttachmentOwner.CASE, filled.case.id, "Anmalan-Anna-Svensson.docx",
        samples.docx(),
    )  # fmt: skip
    police = copies["police_row"]
    brief = views.brief_attachment(session, copies["police"], [police.id])
    request = _request([police], filled.case.id, attachments=(brief,), attachment_ids=(stored.id,))
    preview = exchange.preview_export(session, request)
    document = copies["brief"].document_id
    assert (
        f"bilagor: signerat underlag {document} (exemplar 1 av 2), "
        f"ärendets bilaga {stored.id} (Word-dokument)"
    ) in preview.description
    result = exchange.export_package(session, preview, tmp_path / "paket.p7m")
    made = {d.id: d for d in repo.disclosures(session.vault.conn)}
    package_rows = [made[i] for i in result.disclosure_ids]
    assert [d.channel for d in package_rows] == ["export", "brief"]
    assert package_rows[1].content_description == (
        f"signerat underlag {document} (exemplar 1 av 2), bilaga i krypterat paket "
        f"{result.package_id}"
    )
    for disclosure in made.values():  # the brief copies' own records included
        words = disclosure.content_description
        assert "Anmalan" not in words and "Svensson" not in words and "PM Åsa" not in words


def test_a_brief_the_log_does_not_know_is_still_described_without_its_name() -> None:
    assert gather.brief_words() == "signerat underlag (PDF)"


def test_the_registers_kind_words_are_the_swedish_catalogues() -> None:
    """The register (and the extract) is Swedish whatever the UI language; its kind words
    match the catalogue's."""
    tree = ET.parse(resources_dir() / "i18n" / "kopingplan_sv.ts")
    swedish = {
        message.findtext("source"): message.findtext("translation")
        for context in tree.getroot()
        if context.findtext("name") == "FileKinds"
        for message in context.iter("message")
    }
    for kind, english in KIND_WORDS.items():
        assert REGISTER_WORDS[kind] == swedish[english], kind

"""The exchange screens' read-only helpers: which legal bases are cited, restoring the shipped
texts, the check that an attachment is a brief signed in this vault, and that a brief can be
signed after the exchange's own CMS code has run."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from test_exchange_fixtures import police_identity, register

from kopingplan.briefs.document import BriefOptions
from kopingplan.domain import model
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import brief_disclosures, briefs, exchange
from kopingplan.services.exchange import views
from kopingplan.services.session import Session

TERMS = DisclosureTerms("osl-10-2", "Anna Lindqvist", "Samordnare", "Samverkan")


def _case(session: Session) -> int:
    case = model.Case("Åsa", model.Level.SPECIFIC, model.Orientation.UNCLEAR, date(2026, 1, 2))
    return int(session.save(case).id)


SCRIPT = """
import sys
from datetime import date
from pathlib import Path
from kopingplan.briefs.document import BriefOptions
from kopingplan.domain import model
from kopingplan.exchange import cms
from kopingplan.services import briefs
from kopingplan.services import identity as identity_service
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths
from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE

assert "pyhanko" not in sys.modules
folder = Path(sys.argv[1])
session = Session.create(
    VaultPaths(folder / "vault"), PASSPHRASE, name=OWNER, organisation=ORGANISATION,
    kdf_params=FAST_KDF,
)
identity = identity_service.active_identity(session)
cms.sign(b"paket", identity.certificate, identity.private_key())
case = model.Case("Åsa", model.Level.SPECIFIC, model.Orientation.UNCLEAR, date(2026, 1, 2))
case = session.save(case)
path = folder / "pm.pdf"
briefs.save(session, briefs.case_brief(session, int(case.id), BriefOptions()), path)
print("ok" if briefs.verify(path.read_bytes(), session).ok else "not intact")
"""


def test_a_brief_is_signed_after_a_package_was(tmp_path: Path) -> None:
    """The exchange's CMS code ran first in a fresh process (where pyHanko is not loaded yet,
    as in the app), then a brief is signed: asn1crypto must still know pyHanko's attribute."""
    tests = Path(__file__).parents[1]
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tests), *sys.path])},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"


def test_restoring_keeps_the_own_bases_and_brings_back_the_shipped(session: Session) -> None:
    shipped = list(views.SHIPPED_LEGAL_BASES)
    own = exchange.LegalBasis(views.new_code(shipped), "Samverkansavtal", "Punkt 4.")
    assert own.code == "egen-1"
    edited = [views.edited(shipped[1], " OSL 10:2 ", "Ändrad."), *shipped[2:], own]
    assert edited[0].title == "OSL 10:2"
    restored = views.with_shipped_texts(edited)
    assert restored == [*shipped, own]
    assert views.new_code(restored) == "egen-2"


def test_a_basis_is_cited_by_its_title_whatever_the_spacing(session: Session) -> None:
    basis = exchange.LegalBasis("osl-10-2", "OSL 10 kap.  2 §", "")
    assert views.is_cited(basis, {"osl 10 kap. 2 §"})
    assert not views.is_cited(replace(basis, title="OSL 10 kap. 27 §"), {"osl 10 kap. 2 §"})
    assert views.cited_legal_bases(session) == set()


def test_only_a_brief_signed_in_this_vault_can_be_attached(
    session: Session, tmp_path: Path
) -> None:
    brief = tmp_path / "pm"
    police = register(session, police_identity())
    to = [brief_disclosures.CopyRecipient(police.organisation, terms=TERMS)]
    made = briefs.case_brief(session, _case(session), BriefOptions())
    (saved,) = briefs.save(session, made, brief, to=to)  # the copy made for the police
    saved.rename(brief)  # under a name without ".pdf"
    attachment = views.brief_attachment(session, brief, [police.id])
    assert attachment.name == "pm.pdf" and attachment.content == brief.read_bytes()
    other = tmp_path / "annat.pdf"
    other.write_bytes(b"%PDF-1.4\n%%EOF\n")
    with pytest.raises(views.NotOurBrief) as refused:
        views.brief_attachment(session, other, [police.id])
    assert "annat.pdf" in str(refused.value)

"""The lägesbild for a period and its copies carry the classification the other reports do: the
one chosen for this brief, else the vault's (services.briefs.issuer_for decides both)."""

from __future__ import annotations

from datetime import date

from kopingplan.briefs.document import BriefOptions
from kopingplan.services import briefs, situation_report
from kopingplan.services.brief_disclosures import CopyRecipient
from kopingplan.services.session import Session

FIRST, LAST = date(2026, 7, 1), date(2026, 12, 31)
VAULTS = "Sekretess enligt OSL 26 kap. 1 §"


def test_without_options_the_report_and_its_copies_carry_the_vaults_classification(
    session: Session,
) -> None:
    briefs.set_classification(session, VAULTS)
    brief, copies = situation_report.report_copies(session, FIRST, LAST, [CopyRecipient("")])
    assert [b.classification for b in (brief, *copies)] == [VAULTS, VAULTS]
    assert situation_report.report(session, FIRST, LAST).classification == VAULTS


def test_a_classification_chosen_for_the_brief_wins_over_the_vaults(session: Session) -> None:
    briefs.set_classification(session, VAULTS)
    chosen = BriefOptions(classification="Internt")
    brief, copies = situation_report.report_copies(
        session, FIRST, LAST, [CopyRecipient("")], options=chosen
    )
    assert [b.classification for b in (brief, *copies)] == ["Internt", "Internt"]
    assert situation_report.report(session, FIRST, LAST, options=chosen).classification == (
        "Internt"
    )

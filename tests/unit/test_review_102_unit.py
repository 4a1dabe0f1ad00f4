"""Review of the night's folds (helper-102), below the GUI: the reports whose default options
went to ``briefs.issuer_for`` (268d2f3) still carry the classification a reader sees at the
top of every page: the one chosen for the brief, else the vault's.

A guard, not a regression: it passes before (61548eb) and after the fold, and fails if a
report passed no options where its own default used to stand in for the vault's words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from kopingplan.briefs.document import BriefOptions
from kopingplan.domain import model as m
from kopingplan.services import accountability, briefs, plan, statistics, yearly_follow_up
from kopingplan.services.session import Session
from kopingplan.storage.repositories.audit_log import AccessFilter

VAULTS = "Sekretess enligt OSL 26 kap. 1 §"
NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

REPORTS: dict[str, Callable[..., Any]] = {
    "access log": lambda s, **o: accountability.access_log_report(s, AccessFilter(), **o),
    "disclosures": lambda s, **o: accountability.disclosure_report(s, **o),
    "record of processing": lambda s, **o: accountability.processing_record(s, **o),
    "yearly follow-up": lambda s, **o: yearly_follow_up.report(s, 2026, **o),
    "report to the board": lambda s, **o: statistics.report(
        s, date(2026, 1, 1), date(2026, 6, 30), **o
    ),
}


def _with_a_plan(session: Session) -> None:
    """A revision of the action plan in force in 2026 (the yearly follow-up needs one)."""
    plan.add_revision(session, m.PlanRevision(1, date(2026, 1, 20), "Kommunfullmäktige", "Text"))


@pytest.mark.parametrize("name", list(REPORTS))
def test_a_report_without_options_carries_the_vaults_classification(
    session: Session, name: str
) -> None:
    _with_a_plan(session)
    briefs.set_classification(session, VAULTS)
    assert REPORTS[name](session, now=NOW).classification == VAULTS


@pytest.mark.parametrize("name", list(REPORTS))
def test_a_classification_chosen_for_the_report_wins_over_the_vaults(
    session: Session, name: str
) -> None:
    _with_a_plan(session)
    briefs.set_classification(session, VAULTS)
    chosen = BriefOptions(classification="Internt")
    assert REPORTS[name](session, options=chosen, now=NOW).classification == "Internt"

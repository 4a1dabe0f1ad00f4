"""The report to kommunstyrelsen, the parts issue 18 added: disclosures by kind of recipient,
activities and their participants at the general level, and the action plan's commitments and
how far they got, each exact from a hand-made vault, protected like every table (1–4 as "<5",
nothing recoverable by subtraction) and with no name of the vault in the PDF's text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_briefs_support import text_of
from test_statistics import assert_column_safe

from kopingplan.briefs import statistics_report as sr
from kopingplan.domain import model as m
from kopingplan.services import activities, briefs, plan, statistics
from kopingplan.services.session import Session

FIRST, LAST = date(2026, 1, 1), date(2026, 6, 30)  # previous: 2025-07-04 … 2025-12-31
SHA = "ab" * 32
# Names and texts of the vault that must never reach the report.
SECRETS = (
    "Kommissarie Hjalmar Grönkvist",
    "Grönkvist",
    "Föreläsning om Vättlestigen",
    "Tallåsens moské",
    "Utbildning Björkhagaskolan",
    "Unggruppen träffas varje månad",
    "Skriftlig rutin för Kvarnbacken",
)
K = m.OrganisationKind
A = m.ActivityKind


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


@pytest.fixture
def board(session: Session) -> Session:
    """Disclosures: now 6 to the police, 2 to social services, 1 outside the registry, 1 a
    register extract; before 1 to the police. Activities: now 3 trainings (12, 30 and an
    uncounted one), 1 dialogue (4); before 1 information meeting (200). The plan: revision 1
    (2025-01-01) with one commitment; revision 2 (2026-03-01) with three: due 2026-05-31
    (passed by 2026-06-30), due 2026-12-31 (not yet) and without a due day."""
    with session.batch("test.fill") as batch:
        disclosures = [
            *((date(2026, 2, 1 + n), K.POLICE, m.DisclosureChannel.EXPORT) for n in range(6)),
            (date(2026, 3, 1), K.SOCIAL_SERVICES, m.DisclosureChannel.ORAL),
            (date(2026, 3, 2), K.SOCIAL_SERVICES, m.DisclosureChannel.ORAL),
            (date(2026, 3, 3), None, m.DisclosureChannel.ORAL),
            (date(2026, 3, 4), None, m.DisclosureChannel.EXTRACT),
            (date(2025, 9, 1), K.POLICE, m.DisclosureChannel.EXPORT),
        ]
        for day, kind, channel in disclosures:
            batch.add(
                m.Disclosure(_at(day), SECRETS[0], SECRETS[3], SHA, "OSL 10 kap. 2 §",
                             "Saga Berg", "Samordnare", channel=channel, recipient_kind=kind)
            )  # fmt: skip
    for day, kind, title, participants in (
        (date(2026, 2, 10), A.TRAINING, SECRETS[4], 12),
        (date(2026, 3, 10), A.TRAINING, SECRETS[4], 30),
        (date(2026, 4, 10), A.TRAINING, SECRETS[4], None),
        (date(2026, 5, 10), A.DIALOGUE, SECRETS[3], 4),
        (date(2025, 10, 10), A.INFORMATION_MEETING, SECRETS[2], 200),
    ):
        activities.add_activity(session, m.Activity(day, kind, title, participants=participants))
    old = plan.add_revision(session, m.PlanRevision(1, date(2025, 1, 1), "Kommunfullmäktige", "…"))
    plan.add_commitment(session, m.Commitment(int(old.id or 0), SECRETS[6], date(2025, 12, 1)))
    new = plan.add_revision(session, m.PlanRevision(2, date(2026, 3, 1), "Kommunstyrelsen", "…"))
    for text, due in (
        (SECRETS[5], date(2026, 5, 31)),
        (SECRETS[6], date(2026, 12, 31)),
        ("Samverkan med civilsamhället", None),
    ):
        plan.add_commitment(session, m.Commitment(int(new.id or 0), text, due))
    return session


def _raw(session: Session) -> dict[str, dict[str, tuple[int, int]]]:
    _, _, tables = statistics.raw_counts(session, FIRST, LAST)
    return {
        key: {row: (columns[0][i], columns[1][i]) for i, row in enumerate(rows)}
        for key, (rows, columns, _) in tables.items()
    }


def test_disclosures_by_kind_of_recipient_are_exact(board: Session) -> None:
    kinds = _raw(board)[sr.DISCLOSURE_RECIPIENTS]
    assert kinds["police"] == (6, 1)
    assert kinds["social_services"] == (2, 0)
    assert kinds[sr.UNKNOWN] == (1, 0)
    assert kinds[sr.THE_PERSON] == (1, 0)
    assert sum(now for now, _ in kinds.values()) == 10
    assert sum(before for _, before in kinds.values()) == 1


def test_activities_and_participants_are_exact(board: Session) -> None:
    raw = _raw(board)
    assert raw[sr.ACTIVITY_KINDS]["training"] == (3, 0)
    assert raw[sr.ACTIVITY_KINDS]["dialogue"] == (1, 0)
    assert raw[sr.ACTIVITY_KINDS]["information_meeting"] == (0, 1)
    assert raw[sr.ACTIVITY_PARTICIPANTS]["training"] == (42, 0)  # the uncounted one adds none
    assert raw[sr.ACTIVITY_PARTICIPANTS]["dialogue"] == (4, 0)
    assert raw[sr.ACTIVITY_PARTICIPANTS]["information_meeting"] == (0, 200)


def test_commitments_of_the_revision_in_force_by_due_day(board: Session) -> None:
    # Now: revision 2 (in force on 2026-06-30); before: revision 1, whose one commitment was
    # due 2025-12-01, passed by 2025-12-31.
    assert _raw(board)[sr.COMMITMENTS] == {
        "due_passed": (1, 1),
        "not_due": (1, 0),
        "no_due": (1, 0),
    }


def test_without_a_revision_in_force_there_are_no_commitments(session: Session) -> None:
    assert _raw(session)[sr.COMMITMENTS] == {"due_passed": (0, 0), "not_due": (0, 0),
                                             "no_due": (0, 0)}  # fmt: skip


def test_the_new_tables_are_protected(board: Session) -> None:
    tables = statistics.material(board, FIRST, LAST).tables
    kinds = tables[sr.DISCLOSURE_RECIPIENTS]
    now = dict(zip(kinds.rows, (row[0] for row in kinds.cells), strict=True))
    assert now["social_services"] == now[sr.UNKNOWN] == now[sr.THE_PERSON] == "<5"
    assert kinds.totals[0] == 10
    # 10 less the police's 6 leaves 4 for three "<5"s: each 1 or 2, not pinned.
    assert now["police"] == 6
    participants = tables[sr.ACTIVITY_PARTICIPANTS]
    now_people = dict(zip(participants.rows, (row[0] for row in participants.cells), strict=True))
    assert now_people["dialogue"] == "<5"
    assert now_people["training"] == sr.HIDDEN  # 46 minus "<5" would pin the dialogue's 4
    commitments = tables[sr.COMMITMENTS]
    # 1, 1 and 1 of 3 now, 1, 0 and 0 of 1 before: every count and total is "<5".
    assert commitments.cells == (("<5", "<5"), ("<5", 0), ("<5", 0))
    assert commitments.totals == ("<5", "<5")
    _, _, raw = statistics.raw_counts(board, FIRST, LAST)
    for key in (sr.DISCLOSURE_RECIPIENTS, sr.ACTIVITY_KINDS, sr.ACTIVITY_PARTICIPANTS,
                sr.COMMITMENTS):  # fmt: skip
        _rows, columns, _ = raw[key]
        table = tables[key]
        for index, column in enumerate(columns):
            cells = [row[index] for row in table.cells]
            assert_column_safe(column, cells, table.totals[index])


def test_the_pdf_shows_the_new_sections_and_names_no_one(board: Session, tmp_path: Path) -> None:
    path = briefs.save(board, statistics.report(board, FIRST, LAST), tmp_path / "ks.pdf")[0]
    flat = " ".join(text_of(path).split())
    for heading in ("Per slag av mottagare", "Arbete på generell nivå", "Aktiviteter per slag",
                    "Deltagare per slag av aktivitet", "Handlingsplanens åtaganden",
                    "Sista dag har passerat"):  # fmt: skip
        assert heading in flat
    assert "Polisen 6 <5" in flat
    assert "Kopia av underlag 0 0" in flat  # every channel in words, none as its code
    assert "Bostadsbolag" not in flat  # a kind without disclosures in either period
    for secret in SECRETS:
        assert secret not in flat
    assert "Saga Berg" not in flat and "Berg" not in flat

"""The action plan's commitments and their yearly follow-up, read as the board and an auditor
would: exact counts from a hand-made vault, every count from 1 to 4 shown as "<5" (the report
to kommunstyrelsen's own protection), what was not done said per link, no person's name, case
title or text of the vault in the PDF, and a signature that verifies."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_briefs_support import need, pdfsig, pyhanko_validate, run, text_of
from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

from kopingplan import errors
from kopingplan.briefs import yearly_follow_up as yf
from kopingplan.domain import model as m
from kopingplan.services import activities, briefs, plan, statistics, yearly_follow_up
from kopingplan.services.session import Session
from kopingplan.storage import audit

from support import PASSPHRASE, shared_identity

__all__ = ["filled"]

YEAR = 2026
NOW = datetime(2027, 1, 15, 12, 0, tzinfo=UTC)
NAMES = (("Leopold", "Fjällström"), ("Saga", "Wennerholm"), ("Ture", "Brokvist"))
TITLES = tuple(f"Ärendet Tallbacken {n}" for n in range(12))
TEXTS = (
    "Beslut om Fjärilsträdgården",  # an agenda item's decision
    "Anteckning om Blåklintsvägen",  # an agenda item's notes
    "Samtal om Kvarnbäckens föreningsliv",  # a contact's summary
    "Protokoll från Rönnbärsgatan",  # a meeting's minutes
)
C1 = "Unggruppen träffas varje månad."
C2 = "All personal på högstadieskolorna utbildas och dialogen med trossamfunden fortsätter."
C3 = "Insatsgruppen följer upp varje ärende på individnivå."
C4 = "Dialog med idrottsföreningarna."
C5 = "En informationskampanj om vart man vänder sig."


def _at(day: date, hour: int = 15) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


@dataclass
class Vault:
    revision: m.PlanRevision
    commitments: list[m.Commitment]
    youth: int
    intervention: int
    idle_group: int
    mosque: int
    club: int
    training: int


@pytest.fixture
def vault(session: Session) -> Vault:
    """Revision 2 (KS 2024) is in force at the end of 2026; revision 1 (2017) and revision 3
    (adopted 2027-01-10) are not. In 2026: unggruppen meets on the 10th of every month (and
    once in 2025 and 2027) with five general cases on its agendas; the insatsgrupp meets three
    times and takes up seven cases (two at individual level at the end of the year, one of
    them moved from specific in June; five specific, one moved to individual only in 2027);
    the mosque's association takes part in five activities and has six contacts; a training
    is held; the sports club does nothing."""
    first = plan.add_revision(
        session, m.PlanRevision(1, date(2017, 9, 25), "Kommunfullmäktige", "Plan 2017")
    )
    revision = plan.add_revision(
        session,
        m.PlanRevision(2, date(2024, 10, 28), "Kommunstyrelsen", "Plan 2024",
                       diary_number="KS 2024/311"),
    )  # fmt: skip
    # The vault as it is on NOW's day, later than the machine's: what happened up to then.
    with session.batch("test.fill", today=NOW.date()) as batch:
        batch.add(m.PlanRevision(3, date(2027, 1, 10), "Kommunstyrelsen", "Plan 2027"))
        people = [batch.add(m.Person(given, family)) for given, family in NAMES]
        youth = batch.add(m.Group("Unggruppen", m.GroupKind.YOUTH_GROUP))
        intervention = batch.add(m.Group("Insatsgruppen", m.GroupKind.INTERVENTION_GROUP))
        idle = batch.add(m.Group("Reservgruppen", m.GroupKind.INTERVENTION_GROUP))
        mosque = batch.add(m.Organisation("Moskéföreningen", m.OrganisationKind.FAITH_COMMUNITY))
        club = batch.add(m.Organisation("Köpings IS", m.OrganisationKind.SPORTS_CLUB))
        cases = []
        for n, title in enumerate(TITLES):
            level = m.Level.GENERAL if n < 5 else m.Level.SPECIFIC
            cases.append(batch.add(m.Case(title, level, m.Orientation.RIGHT, date(2025, 1, 1))))
        batch.add(m.CaseParticipant(cases[0].id, people[0].id, m.CaseRole.SUBJECT))
        # Case 5 moves to individual in June 2026; case 7 only in 2027 (after the year).
        batch.move_case_level(cases[5], m.Level.INDIVIDUAL, "Skärpt", date(2026, 6, 1))
        batch.move_case_level(cases[6], m.Level.INDIVIDUAL, "Skärpt", date(2025, 6, 1))
        batch.move_case_level(cases[7], m.Level.INDIVIDUAL, "Skärpt", date(2027, 1, 5))
        for month in range(1, 13):
            meeting = batch.add(m.Meeting(youth.id, _at(date(YEAR, month, 10)), minutes=TEXTS[3]))
            batch.add(m.MeetingAttendee(meeting.id, people[1].id, present=True))
            case = cases[(month - 1) % 5]  # the five general cases, each more than once
            batch.add(m.AgendaItem(meeting.id, 0, m.AgendaItemKind.CASE, case.title, case.id,
                                   TEXTS[1], TEXTS[0]))  # fmt: skip
        batch.add(m.Meeting(youth.id, _at(date(2025, 12, 10))))
        batch.add(m.Meeting(youth.id, _at(date(2027, 1, 10))))
        for n, day in enumerate((date(YEAR, 2, 1), date(YEAR, 6, 1), date(YEAR, 11, 1))):
            meeting = batch.add(m.Meeting(intervention.id, _at(day)))
            for position, case in enumerate(cases[5:12] if n == 0 else cases[5:7]):
                batch.add(m.AgendaItem(meeting.id, position, m.AgendaItemKind.CASE, case.title,
                                       case.id, decision=TEXTS[0]))  # fmt: skip
        # A case on the insatsgrupp's agenda in 2025 only does not count.
        old = batch.add(m.Meeting(intervention.id, _at(date(2025, 11, 1))))
        batch.add(m.AgendaItem(old.id, 0, m.AgendaItemKind.CASE, TITLES[0], cases[0].id))
        for n in range(6):
            batch.add(m.Contact(_at(date(YEAR, 3, 1 + n)), m.Channel.MEETING, TEXTS[2],
                                organisation_id=mosque.id))  # fmt: skip
        batch.add(m.Contact(_at(date(2025, 3, 1)), m.Channel.PHONE, TEXTS[2],
                            organisation_id=club.id))  # fmt: skip
    training = activities.add_activity(
        session, m.Activity(date(YEAR, 3, 10), m.ActivityKind.TRAINING, "Utbildning skolpersonal",
                            participants=40)
    )  # fmt: skip
    for n, participants in enumerate((25, 30, None, 12, 3)):
        activities.add_activity(
            session,
            m.Activity(date(YEAR, 4 + n, 2), m.ActivityKind.DIALOGUE, f"Dialog {n}",
                       organiser_id=mosque.id if n == 0 else None,
                       partner_ids=() if n == 0 else (mosque.id,), participants=participants),
        )  # fmt: skip
    activities.add_activity(
        session, m.Activity(date(2025, 5, 5), m.ActivityKind.DIALOGUE, "Dialog förra året",
                            partner_ids=(mosque.id,), participants=50)
    )  # fmt: skip
    assert first.id is not None and revision.id is not None and training.id is not None
    assert None not in (youth.id, intervention.id, idle.id, mosque.id, club.id)
    plan.add_commitment(session, m.Commitment(first.id, "Ett gammalt åtagande", None, (youth.id,)))
    made = [
        plan.add_commitment(session, m.Commitment(revision.id, C1, None, (youth.id,))),
        plan.add_commitment(
            session,
            m.Commitment(revision.id, C2, date(YEAR, 12, 31), (), (training.id,), (mosque.id,)),
        ),
        plan.add_commitment(
            session, m.Commitment(revision.id, C3, None, (intervention.id, idle.id))
        ),
        plan.add_commitment(
            session, m.Commitment(revision.id, C4, date(YEAR, 6, 30), organisation_ids=(club.id,))
        ),
        plan.add_commitment(session, m.Commitment(revision.id, C5)),
    ]
    return Vault(revision, made, youth.id, intervention.id, idle.id, mosque.id, club.id,
                 training.id)  # fmt: skip


def _done(result: yf.CommitmentResult) -> dict[str, statistics.Count]:
    return dict(result.done)


# --- Commitments -------------------------------------------------------------------------------


def test_commitments_are_listed_in_order_and_audited_without_their_words(
    session: Session, vault: Vault
) -> None:
    assert vault.revision.id is not None
    listed = plan.commitments(session, vault.revision.id)
    assert [c.text for c in listed] == [C1, C2, C3, C4, C5]
    assert listed[1].due_on == date(YEAR, 12, 31) and listed[1].organisation_ids == (vault.mosque,)
    changed = plan.save_commitment(session, replace(listed[4], text="Kampanj  om stöd\r\n"))
    assert plan.get_commitment(session, changed.id or 0).text == "Kampanj  om stöd"
    plan.delete_commitment(session, listed[4].id or 0)
    rows = audit.entries(session.vault.conn, entity="commitments")
    assert [r.action for r in rows[:2]] == ["commitments.delete", "commitments.change"]
    assert rows[1].details == {"fields": ["text"], "revision": 2}
    assert {r.details["revision"] for r in rows[2:]} == {1, 2}
    assert "Kampanj" not in str([r.details for r in rows]) and C1 not in str(rows)


def test_a_bad_commitment_is_refused_and_nothing_is_written(session: Session, vault: Vault) -> None:
    assert vault.revision.id is not None
    before = len(audit.entries(session.vault.conn, entity="commitments"))
    bad = (
        (m.Commitment(vault.revision.id, "  "), "text"),
        (
            m.Commitment(vault.revision.id, "Text", group_ids=(vault.youth, vault.youth)),
            "group_ids",
        ),
        (m.Commitment(vault.revision.id, "Text", group_ids=(9999,)), "group_ids"),
        (m.Commitment(vault.revision.id, "Text", activity_ids=(9999,)), "activity_ids"),
        (m.Commitment(vault.revision.id, "Text", organisation_ids=(9999,)), "organisation_ids"),
    )
    for commitment, field in bad:
        with pytest.raises(errors.InvalidInput) as caught:
            plan.add_commitment(session, commitment)
        assert caught.value.field == field
    with pytest.raises(errors.NotFound):
        plan.add_commitment(session, m.Commitment(9999, "Text"))
    assert len(audit.entries(session.vault.conn, entity="commitments")) == before
    assert len(plan.commitments(session, vault.revision.id)) == 5


def test_the_diary_number_is_kept_and_corrected(session: Session, vault: Vault) -> None:
    assert plan.get_revision(session, vault.revision.id or 0).diary_number == "KS 2024/311"
    plan.save_revision(session, replace(vault.revision, diary_number="KS 2024/312"))
    assert plan.get_revision(session, vault.revision.id or 0).diary_number == "KS 2024/312"
    with pytest.raises(errors.InvalidInput):
        plan.save_revision(session, replace(vault.revision, diary_number="KS\n2024"))


# --- Exact counts and protection ---------------------------------------------------------------


def test_the_follow_up_counts_each_commitment_exactly(session: Session, vault: Vault) -> None:
    made = yearly_follow_up.material(session, YEAR, now=NOW)
    assert (made.revision, made.diary_number, made.adopted_by) == (2, "KS 2024/311",
                                                                   "Kommunstyrelsen")  # fmt: skip
    assert [r.text for r in made.results] == [C1, C2, C3, C4, C5]
    one, two, three, four, five = made.results
    # Unggruppen: 12 meetings in 2026 (not the 2025 and 2027 ones); five general cases.
    assert _done(one)["Möten i Unggruppen"] == 12 and one.meetings == 12
    assert one.cases == (5, 0, 0) and one.cases_total == 5
    # The training and the mosque's five dialogues of 2026 (not 2025's): 6 activities,
    # 40+25+30+12+3 participants (one not counted); six contacts with the mosque.
    assert _done(two) == {
        "Aktiviteter under året": 6,
        "Deltagare i aktiviteterna": 110,
        "Aktiviteter med Moskéföreningen": 5,
        "Kontakter med Moskéföreningen": 6,
    }
    assert two.not_done == () and two.cases == ()
    # The insatsgrupp: 3 meetings ("<5"), seven cases: 2 individual at the end of 2026
    # (case 5 moved in June, case 6 in 2025; case 7 moves only in 2027), 5 specific.
    assert _done(three)["Möten i Insatsgruppen"] == "<5"
    assert _done(three)["Möten i Reservgruppen"] == 0
    assert "Reservgruppen höll inga möten under 2026." in three.not_done
    cells, total = statistics.protect_column([0, 5, 2], True)
    assert (list(three.cases), three.cases_total) == (cells, total)
    assert three.cases[2] == "<5" and three.cases[1] == "×"  # 5 and 7 would give the 2 away
    # Nothing with the sports club (its only contact is from 2025), due by mid-2026.
    assert _done(four) == {
        "Aktiviteter under året": 0,
        "Deltagare i aktiviteterna": 0,
        "Aktiviteter med Köpings IS": 0,
        "Kontakter med Köpings IS": 0,
    }
    assert four.not_done == (
        "Inga aktiviteter eller kontakter med Köpings IS under 2026.",
        "Skulle vara genomfört senast 2026-06-30; inget är registrerat.",
    )
    assert not four.anything_done
    assert "inte kopplat till någon arbetsgrupp" in five.not_done[0]


def test_a_year_not_over_counts_only_what_was_held_by_now(session: Session, vault: Vault) -> None:
    made = yearly_follow_up.material(session, YEAR, now=datetime(YEAR, 6, 15, 12, tzinfo=UTC))
    assert made.last == date(YEAR, 6, 15)
    assert _done(made.results[0])["Möten i Unggruppen"] == 6  # January–June
    two = _done(made.results[1])
    assert two["Aktiviteter under året"] == "<5"  # four: March–June
    assert two["Deltagare i aktiviteterna"] == 95  # 40 + 25 + 30 (June's not counted)


def test_every_count_from_one_to_four_is_hidden(session: Session, vault: Vault) -> None:
    made = yearly_follow_up.material(session, YEAR, now=NOW)
    shown = [count for r in made.results for _, count in r.done]
    shown += [c for r in made.results for c in (*r.cases, r.cases_total, r.meetings, r.activities)]
    assert shown and all(not (isinstance(c, int) and 1 <= c <= 4) for c in shown)
    assert "<5" in shown


def test_no_revision_in_force_or_a_year_not_begun_is_refused(
    session: Session, vault: Vault
) -> None:
    with pytest.raises(yearly_follow_up.NoRevisionInForce):
        yearly_follow_up.material(session, 2016, now=NOW)
    with pytest.raises(errors.InvalidInput):
        yearly_follow_up.material(session, 2028, now=NOW)
    with pytest.raises(errors.InvalidInput) as caught:
        yearly_follow_up.material(
            session, YEAR, yearly_follow_up.Assessment(proposals="Bra\x07"), now=NOW
        )
    assert caught.value.field == "proposals"


# --- The signed PDF ---------------------------------------------------------------------------


def test_the_pdf_names_no_one_and_its_signature_verifies(
    session: Session, vault: Vault, tmp_path: Path
) -> None:
    words = yearly_follow_up.Assessment(
        overall="Arbetet går enligt plan.",
        per_commitment={vault.commitments[0].id or 0: "Mötena hölls som planerat."},
        proposals="Lägg till ett åtagande om anhörigstöd.",
    )
    brief = yearly_follow_up.report(session, YEAR, words, now=NOW)
    assert brief.case_ids == ()
    path = briefs.save(session, brief, tmp_path / "Uppföljning.pdf")[0]
    flat = " ".join(text_of(path).split())
    assert "Årlig uppföljning av handlingsplanen 2026" in flat
    assert "KS 2024/311" in flat and "Kommunstyrelsen" in flat
    for words_in in ("Unggruppen träffas varje månad.", "Mötena hölls som planerat.",
                     "Arbetet går enligt plan.", "Lägg till ett åtagande om anhörigstöd.",
                     "Reservgruppen höll inga möten under 2026.", "<5", "×", "Metod"):  # fmt: skip
        assert words_in in flat, words_in
    assert "Ett gammalt åtagande" not in flat  # revision 1's
    for given, family in NAMES:
        assert given not in flat and family not in flat
    for words_out in (*TITLES, *TEXTS, "Tallbacken", "Skärpt"):
        assert words_out not in flat
    assert not re.search(r"Ärende(n)? \d", flat)
    report = pdfsig(path)
    assert "Signature is Valid." in report and "Total document signed" in report
    assert briefs.verify(path.read_bytes(), session).ok
    certificate = tmp_path / "samordnare.pem"
    certificate.write_bytes(shared_identity().certificate_pem)
    valid, said = pyhanko_validate(path, certificate)
    assert valid, said
    row = audit.entries(session.vault.conn, action="brief.create", limit=1)[0]
    assert row.details["kind"] == "follow_up" and row.details["year"] == YEAR
    assert row.details["revision"] == 2 and row.details["commitments"] == 5
    assert "planerat" not in str(row.details) and "anhörigstöd" not in str(row.details)


def test_the_pages_render_in_black_and_white(
    session: Session, vault: Vault, tmp_path: Path
) -> None:
    path = briefs.save(session, yearly_follow_up.report(session, YEAR, now=NOW), tmp_path / "u.pdf")
    result = run(need("pdftoppm"), "-gray", "-r", "40", "-png", str(path[0]), str(tmp_path / "p"))
    assert result.returncode == 0, result.stderr
    assert len(list(tmp_path.glob("p-*.png"))) >= 2


# --- The command line -----------------------------------------------------------------------


def test_the_command_line_adds_and_lists_commitments_and_writes_the_follow_up(
    filled: Path, tmp_path: Path
) -> None:
    args = vault_args(filled)
    text = tmp_path / "plan.txt"
    text.write_text("Handlingsplan 2026\n", encoding="utf-8")
    added = kopingplan(*args, "plan", "add", "--adopted-on", "2026-01-20", "--decided-by", "KS",
                       "--diary-number", "KS 2025/77", "--text-file", str(text),
                       "--number", "90", stdin=PASSPHRASE)  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = kopingplan(*args, "plan", "list", stdin=PASSPHRASE)
    assert "KS 2025/77" in listed.stdout
    made = kopingplan(*args, "plan", "commitment", "add", "--revision", "90", "--text",
                      "Unggruppen träffas varje månad", "--due", "2026-12-31", "--group", "1",
                      stdin=PASSPHRASE)  # fmt: skip
    assert made.returncode == 0, made.stderr
    bad = kopingplan(*args, "plan", "commitment", "add", "--revision", "90", "--text", "X",
                     "--group", "9999", stdin=PASSPHRASE)  # fmt: skip
    assert bad.returncode != 0 and "Traceback" not in bad.stderr
    shown = kopingplan(*args, "plan", "commitment", "list", stdin=PASSPHRASE)
    assert shown.returncode == 0, shown.stderr
    assert "Unggruppen träffas varje månad" in shown.stdout and "2026-12-31" in shown.stdout
    assert "Commitments: 1." in shown.stdout
    out = tmp_path / "uppföljning.pdf"
    report = kopingplan(*args, "report", "follow-up", "--year", "2026", "--out", str(out),
                        "--proposals", "Fler dialoger.", stdin=PASSPHRASE)  # fmt: skip
    assert report.returncode == 0, report.stderr
    flat = " ".join(text_of(out).split())
    assert "Unggruppen träffas varje månad" in flat and "Fler dialoger." in flat
    checked = kopingplan(*args, "verify", str(out), stdin=PASSPHRASE)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_command_line_refuses_a_year_not_begun_before_asking(
    filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "u.pdf"
    made = kopingplan(*vault_args(filled), "report", "follow-up", "--year", "2999",
                      "--out", str(out), stdin="", lang="sv")  # fmt: skip
    assert made.returncode == 2
    assert not out.exists()

"""Search over everything (schema v9, 40_search_all.sql): every kind is found by a word of its
own and opens the record it belongs to, a personnummer only whole, and a deleted record leaves
neither a hit nor its words in the index."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage import repositories as repo
from kopingplan.storage.repositories.activities import AGREEMENTS
from kopingplan.storage.repositories.concerns import CONCERNS
from kopingplan.storage.repositories.incidents import INCIDENT_SUPPORTS
from kopingplan.storage.repositories.search import KINDS, add_attachment_text

from storage_samples import D0, T0

# A personnummer of Skatteverket's published test numbers (valid check digit).
NUMBER = "191212121212"


def _found(conn: Any, word: str, kind: str | None = None) -> list[tuple[str, int, int | None]]:
    return [(h.kind, h.id, h.case_id) for h in repo.search(conn, word, kind=kind)]


def _index_bytes(conn: Any) -> bytes:
    blocks = conn.execute("SELECT block FROM search_index_data").fetchall()
    content = conn.execute("SELECT * FROM search_index_content").fetchall()
    return b"".join(bytes(b[0]) for b in blocks) + repr(content).encode()


@pytest.fixture
def world(conn: Any) -> dict[str, int]:
    """One record of every kind, each with a word no other record has."""
    ids: dict[str, int] = {}

    def add(name: str, table: Any, record: Any) -> int:
        ids[name] = mapping.insert(conn, table, record)
        return ids[name]

    case = add("case", repo.CASES, m.Case("Ärende", m.Level.INDIVIDUAL, m.Orientation.LEFT, D0))
    organisation = add(
        "organisation",
        repo.ORGANISATIONS,
        m.Organisation(
            "Idrottsföreningen Kvastfenan", m.OrganisationKind.SPORTS_CLUB, notes="Tränarkontakt"
        ),
    )
    add(
        "agreement",
        AGREEMENTS,
        m.Agreement(
            organisation, m.AgreementKind.OTHER, "Fritidsbussavtal", D0, note="Skjutsar lördagar"
        ),
    )
    add(
        "person",
        repo.PERSONS,
        m.Person(
            "Örjan",
            "Blåklint",
            identity_number=NUMBER,
            phone="0701234567",
            title="Fältassistent",
            notes="Nås på kvällar",
            organisation_id=organisation,
        ),
    )
    plan = add(
        "exit_plan",
        repo.EXIT_PLANS,
        m.ExitPlan(
            case,
            T0,
            situation="Situationsord",
            prerequisites="Förutsättningsord",
            needs="Behovsord",
            motivation_reason="Motivationsord",
            milieu_to_leave="Miljöord",
            assessment_participants="Deltagarord",
            social_items=(m.SocialItem(m.SocialKind.PARTNER, "Flickvännen stöttar"),),
            practical_needs=(m.PracticalNeed(m.PracticalArea.HOUSING, note="Bostadskö"),),
            no_measures_reason="Avvaktarord",
            police_sharing_note="Polisnotering",
        ),
    )
    add(
        "measure",
        repo.MEASURES,
        m.Measure(
            plan, "Körkortsstöd", m.ActorKind.OTHER, D0, actor_text="Trafikskolan",
            outcome="Uppkört",
        ),
    )  # fmt: skip
    thread = add(
        "relative_support",
        repo.RELATIVE_SUPPORTS,
        m.RelativeSupport(D0, "mamma", pseudonym="Mamma A", case_id=case),
    )
    add(
        "relative_contact",
        repo.RELATIVE_SUPPORT_CONTACTS,
        m.RelativeSupportContact(
            thread, T0, m.Channel.PHONE, "Oroar sig för nätforum", signs_other="Nya kläder",
            advice="Ringde socialjouren",
        ),
    )  # fmt: skip
    group = add("group", repo.GROUPS, m.Group("Unggruppen", m.GroupKind.YOUTH_GROUP))
    meeting = add(
        "meeting",
        repo.MEETINGS,
        m.Meeting(group, T0, place="Stadshuset", minutes="Protokollord fördes"),
    )
    item = add(
        "agenda_item",
        repo.AGENDA_ITEMS,
        m.AgendaItem(
            meeting, 0, m.AgendaItemKind.CASE, "Dagordningsord", case_id=case,
            notes="Punktanteckning", decision="Beslutsord",
        ),
    )  # fmt: skip
    add(
        "action",
        repo.MEETING_ACTIONS,
        m.MeetingAction(
            meeting, "Åtgärdsord", D0, agenda_item_id=item, responsible_text="Rektorn",
            outcome="Utfallsord",
        ),
    )  # fmt: skip
    incident = add(
        "incident",
        repo.INCIDENTS,
        m.Incident(
            D0, m.IncidentKind.THREAT, "Hotfullt sms", "Handläggare Berit", case_id=case,
            support_given="Stödsamtal",
        ),
    )  # fmt: skip
    add(
        "incident_support",
        INCIDENT_SUPPORTS,
        m.IncidentSupport(incident, D0, m.IncidentSupportKind.TALK, "Kuratorssamtal", "Chefen"),
    )
    add(
        "concern",
        CONCERNS,
        m.Concern(
            D0, m.ConcernSource.ANONYMOUS, m.ConcernChannel.PHONE, "Oroanmälningsord", T0, "jag"
        ),
    )
    conn.execute(
        "INSERT INTO imported_packages (package_id, content_sha256, sender_fingerprint, "
        "created_at, imported_at, items) VALUES ('p1', ?, 'fp', 'x', ?, 1)",
        ("a" * 64, T0.isoformat(timespec="microseconds")),
    )
    ids["incoming_item"] = conn.execute(
        "INSERT INTO incoming_items (package_id, received_at, source, sender_fingerprint, "
        "case_id, kind, reference, title, text) VALUES ('p1', ?, 'Polisen Bergslagen', 'fp', "
        "?, 'message', 'PM-2026-77', 'Inkommetrubrik', 'Inkommettext') RETURNING id",
        (T0.isoformat(timespec="microseconds"), case),
    ).fetchone()[0]
    ids["attachment"] = conn.execute(
        "INSERT INTO attachments (file_name, kind, size, sha256, added_at, added_by, case_id, "
        "pages) VALUES ('Orosanmälan skolan.pdf', 'pdf', 10, ?, ?, 'jag', ?, 1) RETURNING id",
        ("b" * 64, T0.isoformat(timespec="microseconds"), case),
    ).fetchone()[0]
    return ids


@pytest.mark.parametrize(
    ("word", "kind", "opens", "with_case"),
    [
        ("blåklint", "person", "person", False),
        ("örjan", "person", "person", False),
        ("fältassist", "person", "person", False),
        ("kvastfenan", "organisation", "organisation", False),
        ("tränarkontakt", "organisation", "organisation", False),
        ("fritidsbuss", "organisation", "organisation", False),  # an agreement's title
        ("lördagar", "organisation", "organisation", False),  # and its note
        ("situationsord", "exit_plan", "exit_plan", True),
        ("förutsättningsord", "exit_plan", "exit_plan", True),
        ("behovsord", "exit_plan", "exit_plan", True),
        ("motivationsord", "exit_plan", "exit_plan", True),
        ("miljöord", "exit_plan", "exit_plan", True),
        ("deltagarord", "exit_plan", "exit_plan", True),
        ("flickvännen", "exit_plan", "exit_plan", True),
        ("bostadskö", "exit_plan", "exit_plan", True),
        ("avvaktarord", "exit_plan", "exit_plan", True),
        ("polisnotering", "exit_plan", "exit_plan", True),
        ("körkortsstöd", "exit_plan", "exit_plan", True),  # a measure opens its plan
        ("trafikskolan", "exit_plan", "exit_plan", True),
        ("nätforum", "relative_support", "relative_support", True),
        ("socialjouren", "relative_support", "relative_support", True),
        ("kläder", "relative_support", "relative_support", True),
        ("protokollord", "meeting", "meeting", False),
        ("stadshuset", "meeting", "meeting", False),
        ("dagordningsord", "meeting", "meeting", True),  # an agenda item opens its meeting
        ("beslutsord", "meeting", "meeting", True),
        ("punktanteckning", "meeting", "meeting", True),
        ("åtgärdsord", "meeting", "meeting", True),  # an action opens its meeting
        ("utfallsord", "meeting", "meeting", True),
        ("hotfullt", "incident", "incident", True),
        ("stödsamtal", "incident", "incident", True),
        ("kuratorssamtal", "incident", "incident", True),  # a support entry opens its incident
        ("oroanmälningsord", "concern", "concern", False),
        ("inkommetrubrik", "incoming_item", "incoming_item", True),
        ("inkommettext", "incoming_item", "incoming_item", True),
        ("bergslagen", "incoming_item", "incoming_item", True),
        ("orosanmälan", "attachment", "attachment", True),
    ],
)
def test_each_kind_is_found_by_a_word_of_its_own(
    conn: Any, world: dict[str, int], word: str, kind: str, opens: str, with_case: bool
) -> None:
    hits = repo.search(conn, word)
    assert [(h.kind, h.id) for h in hits] == [(kind, world[opens])]
    assert hits[0].case_id == (world["case"] if with_case else None)
    assert repo.search(conn, word, kind=kind) == hits


def test_hits_carry_the_day_of_their_record(conn: Any, world: dict[str, int]) -> None:
    days = {h.kind: h.when for h in repo.search(conn, "kuratorssamtal beslutsord åtgärdsord")}
    assert days == {}  # all words must match one record: none does
    by_word = {word: repo.search(conn, word)[0].when for word in ("hotfullt", "protokollord")}
    assert by_word["hotfullt"] == D0
    assert by_word["protokollord"] == T0
    assert repo.search(conn, "blåklint")[0].when is None  # a person has no day


def test_hits_are_grouped_by_kind_and_every_kind_that_matched_is_shown(conn: Any) -> None:
    case = mapping.insert(
        conn, repo.CASES, m.Case("Gemensamt ord", m.Level.GENERAL, m.Orientation.LEFT, D0)
    )
    for i in range(80):
        mapping.insert(conn, repo.NOTES, m.Note(case, T0, f"gemensamt {i}"))
    person = mapping.insert(conn, repo.PERSONS, m.Person("Gemensamma", "Svensson"))
    hits = repo.search(conn, "gemensam", limit=20)
    assert len(hits) == 20
    kinds = [h.kind for h in hits]
    assert kinds[:2] == ["case", "person"] and set(kinds[2:]) == {"note"}
    assert ("person", person) in [(h.kind, h.id) for h in hits]
    assert kinds == sorted(kinds, key=KINDS.index)


def test_persons_are_listed_by_name_in_swedish_order(conn: Any) -> None:
    names = [("Åsa", "Lind"), ("Anna", "Zetterlund"), ("Anna", "Öst"), ("Anna", "Ahl")]
    for given, family in names:
        mapping.insert(conn, repo.PERSONS, m.Person(given, family))
    listed = [h.snippet.replace(repo.HIT_START, "").replace(repo.HIT_END, "") for h in
              repo.search(conn, "anna", kind="person")]  # fmt: skip
    assert listed == ["Anna Ahl", "Anna Zetterlund", "Anna Öst"]


@pytest.mark.parametrize("typed", [NUMBER, "19121212-1212", "121212+1212", " 191212121212 "])
def test_a_personnummer_finds_its_person_whole(
    conn: Any, world: dict[str, int], typed: str
) -> None:
    assert _found(conn, typed) == [("person", world["person"], None)]
    hit = repo.search(conn, typed)[0]
    assert "1212" not in hit.snippet  # the name is shown, not the number


@pytest.mark.parametrize(
    "typed", ["19121212", "191212", "1212", "12121212121", "191212121213", "0701234567"]
)
def test_no_part_of_a_personnummer_and_no_phone_number_finds_anyone(
    conn: Any, world: dict[str, int], typed: str
) -> None:
    assert _found(conn, typed, kind="person") == []


def test_the_personnummer_is_not_in_the_index(conn: Any, world: dict[str, int]) -> None:
    assert NUMBER[2:].encode() not in _index_bytes(conn)
    assert b"Bl\xc3\xa5klint".lower() in _index_bytes(conn).lower()  # control: the name is


@pytest.mark.parametrize(
    ("word", "table", "key"),
    [
        ("blåklint", repo.PERSONS, "person"),
        ("kvastfenan", repo.ORGANISATIONS, "organisation"),
        ("körkortsstöd", repo.MEASURES, "measure"),
        ("nätforum", repo.RELATIVE_SUPPORTS, "relative_support"),  # with its contacts
        ("åtgärdsord", repo.MEETING_ACTIONS, "action"),
        ("beslutsord", repo.AGENDA_ITEMS, "agenda_item"),
        ("kuratorssamtal", INCIDENT_SUPPORTS, "incident_support"),
        ("hotfullt", repo.INCIDENTS, "incident"),
        ("oroanmälningsord", CONCERNS, "concern"),
    ],
)
def test_a_deleted_record_leaves_no_hit_and_no_word(
    conn: Any, world: dict[str, int], word: str, table: Any, key: str
) -> None:
    assert repo.search(conn, word)
    mapping.delete(conn, table, world[key])
    assert repo.search(conn, word) == []
    assert word.encode() not in _index_bytes(conn)


def test_an_agreement_changed_or_removed_changes_its_organisations_hit(
    conn: Any, world: dict[str, int]
) -> None:
    agreement = mapping.get(conn, AGREEMENTS, world["agreement"])
    mapping.update(conn, AGREEMENTS, dataclasses.replace(agreement, title="Sommarlägeravtal"))
    assert repo.search(conn, "fritidsbuss") == []
    assert _found(conn, "sommarläger") == [("organisation", world["organisation"], None)]
    assert _found(conn, "kvastfenan") == [("organisation", world["organisation"], None)]
    mapping.delete(conn, AGREEMENTS, world["agreement"])
    assert repo.search(conn, "sommarläger") == []
    assert b"sommarl" not in _index_bytes(conn).lower()
    assert _found(conn, "tränarkontakt") == [("organisation", world["organisation"], None)]


def test_a_deleted_organisation_takes_its_agreements_words(
    conn: Any, world: dict[str, int]
) -> None:
    mapping.delete(conn, repo.ORGANISATIONS, world["organisation"])
    assert conn.execute("SELECT count(*) FROM agreements").fetchone()[0] == 0  # by cascade
    assert repo.search(conn, "fritidsbuss") == [] and repo.search(conn, "kvastfenan") == []
    assert b"fritidsbuss" not in _index_bytes(conn).lower()


def test_deleting_a_case_takes_every_hit_about_it(conn: Any, world: dict[str, int]) -> None:
    """Retention deletes a case: its exit plan and measures, relative support, agenda items and
    actions, incoming items and attachments go with it, and so do their words."""
    words = ["situationsord", "körkortsstöd", "nätforum", "beslutsord", "åtgärdsord",
             "inkommettext", "orosanmälan"]  # fmt: skip
    conn.execute("BEGIN")
    with repo.deleting_in_bulk(conn):
        mapping.delete(conn, repo.CASES, world["case"])
    conn.execute("COMMIT")
    index = _index_bytes(conn)
    for word in words:
        assert repo.search(conn, word) == [], word
        assert word.encode() not in index, word
    # What is not case content stays, without the case: the incident and the meeting.
    assert _found(conn, "hotfullt") == [("incident", world["incident"], None)]
    assert _found(conn, "kuratorssamtal") == [("incident", world["incident"], None)]
    assert _found(conn, "protokollord") == [("meeting", world["meeting"], None)]
    conn.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")


def test_changes_are_indexed_and_case_links_followed(conn: Any, world: dict[str, int]) -> None:
    person = mapping.get(conn, repo.PERSONS, world["person"])
    mapping.update(conn, repo.PERSONS, dataclasses.replace(person, family_name="Vitsippa"))
    assert repo.search(conn, "blåklint") == []
    assert _found(conn, "vitsippa") == [("person", world["person"], None)]
    other = mapping.insert(
        conn, repo.CASES, m.Case("Annat", m.Level.GENERAL, m.Orientation.LEFT, date(2026, 1, 1))
    )
    thread = mapping.get(conn, repo.RELATIVE_SUPPORTS, world["relative_support"])
    mapping.update(conn, repo.RELATIVE_SUPPORTS, dataclasses.replace(thread, case_id=other))
    assert repo.search(conn, "nätforum")[0].case_id == other
    incident = mapping.get(conn, repo.INCIDENTS, world["incident"])
    mapping.update(conn, repo.INCIDENTS, dataclasses.replace(incident, case_id=other))
    assert {h.case_id for h in repo.search(conn, "kuratorssamtal stödsamtal")} <= {other}
    assert repo.search(conn, "kuratorssamtal")[0].case_id == other
    conn.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")


def test_an_attachments_text_is_found_and_goes_with_it(conn: Any, world: dict[str, int]) -> None:
    add_attachment_text(conn, world["attachment"], "Brevet nämner Qxwpdfmarkör.")
    assert _found(conn, "qxwpdfmark") == [("attachment", world["attachment"], world["case"])]
    assert _found(conn, "orosanmälan") == [("attachment", world["attachment"], world["case"])]
    conn.execute("DELETE FROM attachments WHERE id = ?", (world["attachment"],))
    assert repo.search(conn, "qxwpdfmark") == []
    assert b"qxwpdfmark" not in _index_bytes(conn).lower()


def test_the_backfill_indexes_what_was_stored_before_version_9(tmp_path: Any) -> None:
    import importlib.util
    import os
    from pathlib import Path

    from kopingplan.storage import migrations

    # This folder's conftest by its path: "import conftest" may find another folder's.
    spec = importlib.util.spec_from_file_location(
        "storage_conftest", Path(__file__).parent / "conftest.py"
    )
    assert spec is not None and spec.loader is not None
    storage_conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(storage_conftest)
    conn = storage_conftest.open_keyed(tmp_path / "old.db", os.urandom(32).hex())
    migrations.migrate(conn, target=8)
    conn.execute("INSERT INTO persons (given_name, family_name) VALUES ('Gammal', 'Tidigare')")
    conn.execute("INSERT INTO groups (name, kind) VALUES ('G', 'youth_group')")
    conn.execute(
        "INSERT INTO meetings (group_id, starts_at, minutes) VALUES (1, ?, 'Förrförra mötet')",
        (T0.isoformat(timespec="microseconds"),),
    )
    assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0
    migrations.migrate(conn)
    assert [(h.kind, h.id) for h in repo.search(conn, "tidigare")] == [("person", 1)]
    assert [(h.kind, h.id) for h in repo.search(conn, "förrförra")] == [("meeting", 1)]
    conn.close()


def test_a_long_prefix_is_searched_as_the_words_it_starts(
    conn: Any, world: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Terms longer than the prefix index are looked up in the index's vocabulary once; the
    hits are those of the prefix phrase, also in capitals and when there are too many words."""
    for word in ("Kvastfenans", "kvastfenorna", "Kvastfenig"):
        mapping.insert(conn, repo.NOTES, m.Note(world["case"], T0, f"{word} igen"))
    expected = [(h.kind, h.id) for h in repo.search(conn, "kvastfen")]
    assert len(expected) == 4  # the organisation and three notes
    assert search_repo_match(conn, "kvastfen").count(" OR ") == 3
    assert [(h.kind, h.id) for h in repo.search(conn, "KVASTFEN")] == expected
    monkeypatch.setattr(sys.modules["kopingplan.storage.repositories.search"], "MAX_EXPANSION", 2)
    assert search_repo_match(conn, "kvastfen") == '"kvastfen"*'
    assert [(h.kind, h.id) for h in repo.search(conn, "kvastfen")] == expected
    assert repo.search(conn, "kvastfenx") == []


def search_repo_match(conn: Any, text: str) -> str:
    from kopingplan.storage.repositories.search import _match

    return _match(conn, text)

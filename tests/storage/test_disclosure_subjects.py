"""Schema v9's disclosure subjects and recipient kinds (issue 16): the backfill of rows made
before v9, the links a new disclosure gets, and the log's filter by person and channel."""

from __future__ import annotations

import importlib.util
import os
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.storage import migrations
from kopingplan.storage.repositories import exchange as repo

HERE = Path(__file__).resolve().parent
AT = "2026-11-02T10:00:00.000000+00:00"
SHA = "ab" * 32


def _open_keyed(path: Path, key_hex: str) -> Any:
    """tests/storage/conftest.py's connection; loaded by path, since a run over several test
    folders has more than one module called conftest."""
    spec = importlib.util.spec_from_file_location("storage_conftest", HERE / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.open_keyed(path, key_hex)


def _v8(tmp_path: Path) -> Any:
    conn = _open_keyed(tmp_path / "vault.db", os.urandom(32).hex())
    migrations.migrate(conn, target=8)
    return conn


def _run_v9_file(conn: Any) -> None:
    """Only this file of v9 (the others are other slices' business)."""
    script = (
        resources.files(migrations.SQL_PACKAGE) / "v9" / "50_disclosure_subjects.sql"
    ).read_text(encoding="utf-8")
    conn.execute("BEGIN")
    migrations._execute_script(conn, script)
    conn.execute("COMMIT")


def _insert(conn: Any, sql: str, *params: Any) -> int:
    return int(conn.execute(sql + " RETURNING id", params).fetchone()[0])


def _disclosure(conn: Any, recipient: str, channel: str, cases: str, **more: str) -> int:
    return _insert(
        conn,
        "INSERT INTO disclosures (disclosed_at, recipient, content_description, content_sha256,"
        " legal_basis, decided_by, case_ids, channel, recipient_fingerprint)"
        " VALUES (?, ?, ?, ?, 'OSL 10 kap. 2 §', 'Eva', ?, ?, ?)",
        AT,
        recipient,
        more.get("what", "uppgifter"),
        SHA,
        cases,
        channel,
        more.get("fingerprint", ""),
    )


def _world(conn: Any) -> dict[str, int]:
    ids = {
        key: _insert(conn, f"INSERT INTO organisations (name, kind) VALUES ({values})")
        for key, values in (
            ("police", "'Polisen Köping', 'police'"),
            ("school", "'Västra skolan', 'school'"),
            ("twin1", "'Fritid', 'culture_leisure'"),
            ("twin2", "'Fritid', 'sports_club'"),
        )
    }
    for key, given, family in (
        ("subject", "Adam", "A"),
        ("mother", "Berit", "A"),
        ("teacher", "Cecilia", "C"),
        ("other", "David", "D"),
    ):
        ids[key] = _insert(
            conn, "INSERT INTO persons (given_name, family_name) VALUES (?, ?)", given, family
        )
    case = _insert(
        conn,
        "INSERT INTO cases (title, title_key, level, orientation, opened_on) VALUES"
        " ('Norra', 'norra', 'individual', 'right', '2026-01-01')",
    )
    ids["case"] = case
    for person, role in (
        ("subject", "subject"),
        ("mother", "relative"),
        ("teacher", "professional"),
    ):
        conn.execute(
            "INSERT INTO case_participants (case_id, person_id, role) VALUES (?, ?, ?)",
            (case, ids[person], role),
        )
    conn.execute(
        "INSERT INTO recipients (name, organisation, certificate_der, fingerprint, subject,"
        " issuer, not_before, not_after, added_at, added_by) VALUES ('Polis P', ' polisen köping ',"
        " x'00', ?, 's', 'i', ?, ?, ?, 'eva')",
        ("F" * 79, AT, AT, AT),
    )
    return ids


def _subjects(conn: Any, disclosure_id: int) -> list[int]:
    rows = conn.execute(
        "SELECT person_id FROM disclosure_subjects WHERE disclosure_id = ? ORDER BY person_id",
        (disclosure_id,),
    )
    return [int(r[0]) for r in rows]


def _kind(conn: Any, disclosure_id: int) -> str | None:
    row = conn.execute("SELECT recipient_kind FROM disclosures WHERE id = ?", (disclosure_id,))
    kind: str | None = row.fetchone()[0]
    return kind


def test_rows_made_before_v9_learn_whom_they_were_about_and_the_recipient_kind(
    tmp_path: Path,
) -> None:
    conn = _v8(tmp_path)
    w = _world(conn)
    case = f"[{w['case']}]"
    export = _disclosure(conn, "Polis P, Polisen Köping", "export", case, fingerprint="F" * 79)
    oral = _disclosure(conn, "Cecilia C, Västra skolan", "oral", case)
    brief = _disclosure(conn, "västra skolan", "brief", "[]")
    twin = _disclosure(conn, "Fritid", "oral", case)  # two organisations of that name
    unknown = _disclosure(conn, "Okänd mottagare", "brief", case)
    extract = _disclosure(
        conn, "David D", "extract", case, what=f"Registerutdrag för person {w['other']}: dokument"
    )
    gone = _disclosure(conn, "Adam A", "extract", "[]", what="Registerutdrag för person 999: x")

    _run_v9_file(conn)

    assert _kind(conn, export) == "police"  # the certificate's organisation, spaces and case
    assert _kind(conn, oral) == "school"  # "Person, Organisation"
    assert _kind(conn, brief) == "school"
    assert _kind(conn, twin) is None  # ambiguous: no guess
    assert _kind(conn, unknown) is None
    assert _kind(conn, extract) is None  # to the person themself
    # The case's subject and relative, never its professional.
    assert _subjects(conn, export) == sorted([w["subject"], w["mother"]])
    assert _subjects(conn, oral) == sorted([w["subject"], w["mother"]])
    assert _subjects(conn, brief) == []
    assert _subjects(conn, extract) == [w["other"]]  # the person it was given to, alone
    assert _subjects(conn, gone) == []  # a person no longer in the vault
    conn.close()


def _oral(**more: Any) -> m.Disclosure:
    return m.Disclosure(
        disclosed_at=datetime(2026, 11, 2, 10, tzinfo=UTC),
        recipient="Västra skolan",
        content_description="muntligt",
        content_sha256=SHA,
        legal_basis="OSL 10 kap. 2 §",
        decided_by="Eva",
        channel=m.DisclosureChannel.ORAL,
        **more,
    )


def test_a_new_disclosure_is_about_its_cases_people_and_the_persons_named(
    conn: Any,
) -> None:
    w = _world(conn)
    disclosure = _oral(case_ids=(w["case"],), recipient_kind=m.OrganisationKind.SCHOOL)
    first = repo.insert_disclosure(conn, disclosure, about=(w["other"],))
    only = repo.insert_disclosure(conn, disclosure, about=(w["other"],), of_cases=False)
    assert _subjects(conn, first) == sorted([w["subject"], w["mother"], w["other"]])
    assert _subjects(conn, only) == [w["other"]]
    assert repo.disclosure_subjects(conn, [first, only]) == {
        first: tuple(sorted([w["subject"], w["mother"], w["other"]])),
        only: (w["other"],),
    }
    stored = repo.disclosures(conn, person_id=w["other"])
    assert [d.id for d in stored] == [only, first]
    assert stored[0].recipient_kind == m.OrganisationKind.SCHOOL
    assert repo.disclosure_count(conn, person_id=w["teacher"]) == 0  # the professional
    assert repo.disclosure_count(conn, person_id=w["subject"], channel="oral") == 1
    assert repo.disclosure_count(conn, channel="export") == 0


def test_a_person_not_in_the_vault_is_refused(conn: Any) -> None:
    disclosure = _oral()
    conn.execute("BEGIN")
    with pytest.raises(errors.NotFound):
        repo.insert_disclosure(conn, disclosure, about=(12345,))
    conn.execute("ROLLBACK")
    assert repo.disclosure_count(conn) == 0


def test_erasing_a_person_or_deleting_a_disclosure_takes_the_links(conn: Any) -> None:
    w = _world(conn)
    first = _disclosure(conn, "Västra skolan", "oral", f"[{w['case']}]")
    conn.execute(
        "INSERT INTO disclosure_subjects (disclosure_id, person_id) VALUES (?, ?), (?, ?)",
        (first, w["subject"], first, w["mother"]),
    )
    conn.execute("DELETE FROM persons WHERE id = ?", (w["mother"],))
    assert _subjects(conn, first) == [w["subject"]]
    conn.execute("DELETE FROM disclosures WHERE id = ?", (first,))
    assert conn.execute("SELECT count(*) FROM disclosure_subjects").fetchone()[0] == 0


def test_the_totals_count_every_disclosure_of_the_filter_in_sql(conn: Any) -> None:
    w = _world(conn)
    case = f"[{w['case']}]"
    _disclosure(conn, "Västra skolan", "oral", case)
    _disclosure(conn, "Västra skolan", "brief", "[]")
    _disclosure(conn, "David D", "extract", case)
    conn.execute("UPDATE disclosures SET recipient_kind = 'school' WHERE channel <> 'extract'")
    conn.execute(
        "INSERT INTO disclosure_subjects SELECT id, ? FROM disclosures WHERE channel <> 'brief'",
        (w["subject"],),
    )
    totals = repo.disclosure_totals(conn)
    assert totals.disclosures == 3 and totals.cases == 1 and totals.persons == 1
    assert totals.by_channel == {"oral": 1, "brief": 1, "extract": 1}
    assert totals.by_recipient == {"Västra skolan": 2, "David D": 1}
    assert totals.by_kind == {("school", False): 2, (None, True): 1}
    assert totals.by_basis == {"OSL 10 kap. 2 §": 3}
    oral = repo.disclosure_totals(conn, channel="oral")
    assert (oral.disclosures, oral.by_channel, oral.persons) == (1, {"oral": 1}, 1)
    nothing = repo.disclosure_totals(conn, person_id=w["teacher"])
    assert (nothing.disclosures, nothing.cases, nothing.persons) == (0, 0, 0)

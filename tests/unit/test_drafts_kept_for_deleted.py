"""A draft of a disclosure that names a case no longer in the vault is never stored again,
listed (offered after unlocking) or loaded (opened).

Deleting a case takes the drafts that name it (test_drafts_of_deleted_case.py). But a wizard
open on such a draft while the case is deleted (from the CLI, or another window) stored it
again at the lock, naming the deleted case with the purpose written about it, and the unlock
window offered it. Now storing such a draft stores nothing (and removes the one it would
replace); one that names the deleted case among others is not kept either (the decision of
delete_orphans' docstring). A draft stored before (by an earlier version) is neither listed
nor loaded. An oral disclosure's draft, whose case numbers are typed, is kept without the
numbers the vault lacks. Real SQLCipher vaults, as the other unit tests."""

from __future__ import annotations

import json

from test_drafts_of_deleted_case import ORAL, a_case, export_draft, oral_draft, stored

from kopingplan.domain import model as m
from kopingplan.domain.flows.export import DRAFT_KIND
from kopingplan.services import drafts
from kopingplan.services.session import Session


def test_a_wizard_keeping_its_draft_of_a_deleted_case_stores_nothing(session: Session) -> None:
    gone = a_case(session, "Ärende Södra")
    drafts.save_draft(session, DRAFT_KIND, "new", export_draft(gone))
    session.delete(m.Case, gone)  # takes the draft (delete_orphans)

    # The wizard still open on it keeps it again at the lock, as it did: nothing is stored.
    drafts.save_draft(session, DRAFT_KIND, "new", export_draft(gone))

    assert stored(session) == set()


def test_an_oral_draft_keeps_what_was_written_without_a_case_number_the_vault_lacks(
    session: Session,
) -> None:
    """Its case numbers are typed: a slip (or a case deleted meanwhile) must not cost what was
    said and the purpose at a lock. The number goes; the rest is kept, and the dialog asks
    for the case again."""
    kept = a_case(session, "Ärende Norra")
    drafts.save_draft(session, ORAL, "new", oral_draft(f"{kept}, 9999"))
    drafts.save_draft(session, ORAL, f"case:{kept}", oral_draft("9999"))

    assert drafts.load_draft(session, ORAL, "new") == oral_draft(str(kept))
    assert drafts.load_draft(session, ORAL, f"case:{kept}") == oral_draft("")


def test_one_naming_a_deleted_case_among_others_is_not_kept_nor_the_one_it_replaced(
    session: Session,
) -> None:
    kept, gone = a_case(session, "Ärende Norra"), a_case(session, "Ärende Södra")
    drafts.save_draft(session, DRAFT_KIND, "new", export_draft(kept))
    session.delete(m.Case, gone)

    drafts.save_draft(session, DRAFT_KIND, "new", export_draft(kept, gone))

    # Not the earlier draft either: the form's input named the deleted case when it was kept.
    assert stored(session) == set()


def test_drafts_of_cases_in_the_vault_are_kept_as_before(session: Session) -> None:
    first, second = a_case(session, "Ärende Norra"), a_case(session, "Ärende Södra")
    drafts.save_draft(session, DRAFT_KIND, "new", export_draft(first, second))
    drafts.save_draft(session, ORAL, f"case:{first}", oral_draft(f"{first}, {second}"))
    drafts.save_draft(session, ORAL, "new", oral_draft(""))  # names no case yet
    drafts.save_draft(session, "person", "new", {"values": {"cases": "99"}})  # another kind

    assert stored(session) == {
        (DRAFT_KIND, "new"),
        (ORAL, f"case:{first}"),
        (ORAL, "new"),
        ("person", "new"),
    }
    assert drafts.load_draft(session, DRAFT_KIND, "new") == export_draft(first, second)


def test_one_stored_before_is_neither_listed_nor_opened(session: Session) -> None:
    """As an earlier version left it: stored after its case was deleted."""
    gone = a_case(session, "Ärende Södra")
    session.delete(m.Case, gone)
    with session.vault.transaction() as conn:
        for kind, payload in ((DRAFT_KIND, export_draft(gone)), (ORAL, oral_draft(str(gone)))):
            conn.execute(
                "INSERT INTO drafts (kind, ref, payload, saved_at) VALUES (?, 'new', ?, "
                "'2026-12-06T05:00:00+00:00')",
                (kind, json.dumps(payload)),
            )

    assert stored(session) == set()
    assert drafts.load_draft(session, DRAFT_KIND, "new") is None
    assert drafts.load_draft(session, ORAL, "new") is None

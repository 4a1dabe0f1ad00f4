"""What the demo fills, in words: the command line's count line names each kind of record
("Added demo data: cases 8, notes 32, lägesbild entries 28, …"), not its table.

The words are marked for translation in context "DemoCounts" and translated by the caller
(``kopingplan.i18n.tr``); a table without words here is shown by its name, and
tests/unit/test_demo_counts.py fails until it has words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kopingplan.errors import QT_TRANSLATE_NOOP

CONTEXT = "DemoCounts"

# In the order the line lists them: cases and what hangs on them, the registry, the groups and
# meetings, the lägesbild, exchange with the police, the plan.
KIND_WORDS: dict[str, str] = {
    "cases": QT_TRANSLATE_NOOP("DemoCounts", "cases"),
    "level_changes": QT_TRANSLATE_NOOP("DemoCounts", "level changes"),
    "case_participants": QT_TRANSLATE_NOOP("DemoCounts", "participants in cases"),
    "participant_removals": QT_TRANSLATE_NOOP("DemoCounts", "participants taken off cases"),
    "case_priorities": QT_TRANSLATE_NOOP("DemoCounts", "case priorities"),
    "case_flags": QT_TRANSLATE_NOOP("DemoCounts", "case flags"),
    "consents": QT_TRANSLATE_NOOP("DemoCounts", "consents"),
    "notes": QT_TRANSLATE_NOOP("DemoCounts", "notes"),
    "note_versions": QT_TRANSLATE_NOOP("DemoCounts", "earlier versions of notes"),
    "contacts": QT_TRANSLATE_NOOP("DemoCounts", "contacts"),
    "contact_versions": QT_TRANSLATE_NOOP("DemoCounts", "earlier versions of contacts"),
    "follow_ups": QT_TRANSLATE_NOOP("DemoCounts", "follow-ups"),
    "exit_plans": QT_TRANSLATE_NOOP("DemoCounts", "exit plans"),
    "measures": QT_TRANSLATE_NOOP("DemoCounts", "measures"),
    "relative_supports": QT_TRANSLATE_NOOP("DemoCounts", "relatives' support threads"),
    "relative_support_contacts": QT_TRANSLATE_NOOP("DemoCounts", "contacts with relatives"),
    "concerns": QT_TRANSLATE_NOOP("DemoCounts", "incoming concerns"),
    "concern_versions": QT_TRANSLATE_NOOP("DemoCounts", "earlier versions of concerns"),
    "attachments": QT_TRANSLATE_NOOP("DemoCounts", "attachments"),
    "persons": QT_TRANSLATE_NOOP("DemoCounts", "persons"),
    "organisations": QT_TRANSLATE_NOOP("DemoCounts", "organisations"),
    "organisation_content_profiles": QT_TRANSLATE_NOOP("DemoCounts", "content profiles"),
    "agreements": QT_TRANSLATE_NOOP("DemoCounts", "agreements"),
    "groups": QT_TRANSLATE_NOOP("DemoCounts", "working groups"),
    "group_memberships": QT_TRANSLATE_NOOP("DemoCounts", "group memberships"),
    "meetings": QT_TRANSLATE_NOOP("DemoCounts", "meetings"),
    "meeting_attendees": QT_TRANSLATE_NOOP("DemoCounts", "meeting attendees"),
    "agenda_items": QT_TRANSLATE_NOOP("DemoCounts", "agenda items"),
    "meeting_actions": QT_TRANSLATE_NOOP("DemoCounts", "meeting actions"),
    "situation_entries": QT_TRANSLATE_NOOP("DemoCounts", "lägesbild entries"),
    "situation_entry_sources": QT_TRANSLATE_NOOP("DemoCounts", "sources of lägesbild entries"),
    "situation_assessments": QT_TRANSLATE_NOOP("DemoCounts", "period assessments"),
    "situation_assessment_versions": QT_TRANSLATE_NOOP(
        "DemoCounts", "earlier versions of period assessments"
    ),
    "incidents": QT_TRANSLATE_NOOP("DemoCounts", "incidents"),
    "incident_supports": QT_TRANSLATE_NOOP("DemoCounts", "support given after incidents"),
    "incident_situation_entries": QT_TRANSLATE_NOOP(
        "DemoCounts", "incidents linked to lägesbild entries"
    ),
    "disclosures": QT_TRANSLATE_NOOP("DemoCounts", "disclosures"),
    "imported_packages": QT_TRANSLATE_NOOP("DemoCounts", "imported packages"),
    "incoming_items": QT_TRANSLATE_NOOP("DemoCounts", "items received from the police"),
    "incoming_item_links": QT_TRANSLATE_NOOP("DemoCounts", "received items linked to records"),
    "plan_revisions": QT_TRANSLATE_NOOP("DemoCounts", "action plan revisions"),
    "commitments": QT_TRANSLATE_NOOP("DemoCounts", "commitments in the action plan"),
    "activities": QT_TRANSLATE_NOOP("DemoCounts", "activities at general level"),
}

# Stored parts of a record, not a kind of their own: a file's pieces are its attachment.
PARTS = frozenset({"attachment_chunks"})


def in_words(counts: Mapping[str, int], translate: Callable[[str, str], str]) -> list[str]:
    """ "cases 8", "notes 32", … for each kind with rows, in :data:`KIND_WORDS` order, then any
    table without words by its name."""
    known = [name for name in KIND_WORDS if counts.get(name)]
    others = sorted(
        n for n, rows in counts.items() if rows and n not in KIND_WORDS and n not in PARTS
    )
    return [f"{translate(CONTEXT, KIND_WORDS[name])} {counts[name]}" for name in known] + [
        f"{name} {counts[name]}" for name in others
    ]

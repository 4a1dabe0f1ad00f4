"""The access log's actions and records in words (the follow-up's columns and filter).

Used by :mod:`kopingplan.gui.reports.accountability`; the words follow the printed report.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kopingplan.errors import QT_TRANSLATE_NOOP

# --- Actions in words ----------------------------------------------------------------------------

# "<table>.<verb>" reads "<Verb> <record>"; the Swedish follows the printed report
# (kopingplan.briefs.reports), where a fixed Swedish text is used whatever the UI language.
_VERBS = {
    "create": QT_TRANSLATE_NOOP("AccessLog", "Created {record}"),
    "update": QT_TRANSLATE_NOOP("AccessLog", "Changed {record}"),
    "delete": QT_TRANSLATE_NOOP("AccessLog", "Deleted {record}"),
    "open": QT_TRANSLATE_NOOP("AccessLog", "Opened {record}"),
    "view": QT_TRANSLATE_NOOP("AccessLog", "Viewed {record}"),
    "done": QT_TRANSLATE_NOOP("AccessLog", "Completed {record}"),
    "list": QT_TRANSLATE_NOOP("AccessLog", "Listed {record}"),
}
_RECORDS = {
    "cases": QT_TRANSLATE_NOOP("AccessLogRecord", "case"),
    "level_changes": QT_TRANSLATE_NOOP("AccessLogRecord", "level change"),
    "persons": QT_TRANSLATE_NOOP("AccessLogRecord", "person"),
    "case_participants": QT_TRANSLATE_NOOP("AccessLogRecord", "participant in a case"),
    "organisations": QT_TRANSLATE_NOOP("AccessLogRecord", "organisation"),
    "contacts": QT_TRANSLATE_NOOP("AccessLogRecord", "contact"),
    "notes": QT_TRANSLATE_NOOP("AccessLogRecord", "note"),
    "situation_entries": QT_TRANSLATE_NOOP("AccessLogRecord", "situation entry"),
    "situation_assessments": QT_TRANSLATE_NOOP(
        "AccessLogRecord", "overall assessment of the situation picture"
    ),
    "groups": QT_TRANSLATE_NOOP("AccessLogRecord", "working group"),
    "group_memberships": QT_TRANSLATE_NOOP("AccessLogRecord", "group membership"),
    "meetings": QT_TRANSLATE_NOOP("AccessLogRecord", "meeting"),
    "meeting_attendees": QT_TRANSLATE_NOOP("AccessLogRecord", "meeting attendee"),
    "agenda_items": QT_TRANSLATE_NOOP("AccessLogRecord", "agenda item"),
    "meeting_actions": QT_TRANSLATE_NOOP("AccessLogRecord", "meeting action"),
    "exit_plans": QT_TRANSLATE_NOOP("AccessLogRecord", "exit plan"),
    "measures": QT_TRANSLATE_NOOP("AccessLogRecord", "measure"),
    "follow_ups": QT_TRANSLATE_NOOP("AccessLogRecord", "follow-up"),
    "relative_supports": QT_TRANSLATE_NOOP("AccessLogRecord", "relative support"),
    "relative_support_contacts": QT_TRANSLATE_NOOP("AccessLogRecord", "relative contact"),
    "disclosures": QT_TRANSLATE_NOOP("AccessLogRecord", "disclosure"),
    "incidents": QT_TRANSLATE_NOOP("AccessLogRecord", "incident (undue influence)"),
    "plan_revisions": QT_TRANSLATE_NOOP("AccessLogRecord", "action plan revision"),
    "recipients": QT_TRANSLATE_NOOP("AccessLogRecord", "recipient"),
    "incoming_items": QT_TRANSLATE_NOOP("AccessLogRecord", "incoming item"),
    "imported_packages": QT_TRANSLATE_NOOP("AccessLogRecord", "imported package"),
    "audit_log": QT_TRANSLATE_NOOP("AccessLogRecord", "access log"),
    "consents": QT_TRANSLATE_NOOP("AccessLogRecord", "consent"),
    "activities": QT_TRANSLATE_NOOP("AccessLogRecord", "activity at the general level"),
    "agreements": QT_TRANSLATE_NOOP("AccessLogRecord", "agreement with a partner"),
    "commitments": QT_TRANSLATE_NOOP("AccessLogRecord", "commitment of the action plan"),
    "attachments": QT_TRANSLATE_NOOP("AccessLogRecord", "attachment"),
}
_ACTIONS = {
    "vault.create": QT_TRANSLATE_NOOP("AccessLog", "Created the vault"),
    "vault.unlock": QT_TRANSLATE_NOOP("AccessLog", "Unlocked the vault"),
    "vault.backup": QT_TRANSLATE_NOOP("AccessLog", "Backed up the vault"),
    "vault.restore": QT_TRANSLATE_NOOP("AccessLog", "Restored the vault from a backup"),
    "vault.passphrase_changed": QT_TRANSLATE_NOOP("AccessLog", "Changed the passphrase"),
    "vault.recovery_key_created": QT_TRANSLATE_NOOP("AccessLog", "Made a recovery key"),
    "vault.recovery_key_removed": QT_TRANSLATE_NOOP("AccessLog", "Removed the recovery key"),
    "vault.recovery_sheet_printed": QT_TRANSLATE_NOOP("AccessLog", "Printed the recovery sheet"),
    "vault.rekey": QT_TRANSLATE_NOOP("AccessLog", "Re-encrypted the vault under a new key"),
    "vault.leftovers_removed": QT_TRANSLATE_NOOP(
        "AccessLog", "Removed half-written files an interrupted save had left"
    ),
    "brief.create": QT_TRANSLATE_NOOP("AccessLog", "Saved a signed document"),
    "brief.print": QT_TRANSLATE_NOOP("AccessLog", "Printed a signed document"),
    "audit.view": QT_TRANSLATE_NOOP("AccessLog", "Looked at the log (follow-up)"),
    "cases.open": QT_TRANSLATE_NOOP("AccessLog", "Opened case"),
    "cases.level": QT_TRANSLATE_NOOP("AccessLog", "Moved case to another level"),
    "cases.close": QT_TRANSLATE_NOOP("AccessLog", "Closed case"),
    "cases.reopen": QT_TRANSLATE_NOOP("AccessLog", "Reopened case"),
    "disclosures.create": QT_TRANSLATE_NOOP("AccessLog", "Recorded a disclosure"),
    "disclosures.list": QT_TRANSLATE_NOOP("AccessLog", "Looked at the disclosure log"),
    "exchange.export": QT_TRANSLATE_NOOP("AccessLog", "Exported an encrypted package"),
    "exchange.import": QT_TRANSLATE_NOOP("AccessLog", "Imported a package"),
    "exchange.legal_bases": QT_TRANSLATE_NOOP("AccessLog", "Changed the list of legal bases"),
    "recipients.create": QT_TRANSLATE_NOOP("AccessLog", "Registered a recipient"),
    "recipients.verify": QT_TRANSLATE_NOOP("AccessLog", "Verified a recipient's certificate"),
    "retention.delete": QT_TRANSLATE_NOOP("AccessLog", "Retention: deleted for good"),
    "retention.keep": QT_TRANSLATE_NOOP("AccessLog", "Retention: decided to keep"),
    "retention.policy": QT_TRANSLATE_NOOP("AccessLog", "Changed the retention periods"),
    "settings.update": QT_TRANSLATE_NOOP("AccessLog", "Changed a setting"),
    "backup.settings": QT_TRANSLATE_NOOP("AccessLog", "Changed the backup settings"),
    "identity.export_certificate": QT_TRANSLATE_NOOP("AccessLog", "Exported the certificate"),
    "identity.import": QT_TRANSLATE_NOOP(
        "AccessLog", "Changed the signing identity (imported PKCS#12)"
    ),
    "vault.lock": QT_TRANSLATE_NOOP("AccessLog", "Locked the vault"),
    "vault.search": QT_TRANSLATE_NOOP("AccessLog", "Searched the vault (the number of hits)"),
    "exit_plans.revise": QT_TRANSLATE_NOOP("AccessLog", "Revised an exit plan"),
    "group_memberships.hand_over": QT_TRANSLATE_NOOP(
        "AccessLog", "Handed a seat in a working group over"
    ),
    "agenda_items.move": QT_TRANSLATE_NOOP("AccessLog", "Moved an agenda item"),
    "demo.fill": QT_TRANSLATE_NOOP("AccessLog", "Filled the vault with fictional demo data"),
    "notes.correct": QT_TRANSLATE_NOOP("AccessLog", "Corrected note (earlier text kept)"),
    "situation_assessments.create": QT_TRANSLATE_NOOP(
        "AccessLog", "Wrote an overall assessment of the situation picture for a period"
    ),
    "situation_assessments.correct": QT_TRANSLATE_NOOP(
        "AccessLog", "Corrected an overall assessment of the situation picture (earlier text kept)"
    ),
    "situation_entries.take": QT_TRANSLATE_NOOP(
        "AccessLog", "Took an incoming item into the situation picture"
    ),
    "incoming_items.link": QT_TRANSLATE_NOOP("AccessLog", "Linked an incoming item to a case"),
    "incoming_items.relink": QT_TRANSLATE_NOOP(
        "AccessLog", "Moved an incoming item to another case"
    ),
    "incoming_items.unlink": QT_TRANSLATE_NOOP(
        "AccessLog", "Unlinked an incoming item from its case"
    ),
    "incoming_items.save": QT_TRANSLATE_NOOP(
        "AccessLog", "Saved an unencrypted copy of an incoming file"
    ),
    "attachments.add": QT_TRANSLATE_NOOP("AccessLog", "Attached a file"),
    "attachments.view": QT_TRANSLATE_NOOP("AccessLog", "Viewed an attachment"),
    "attachments.save": QT_TRANSLATE_NOOP(
        "AccessLog", "Saved an unencrypted copy of an attachment"
    ),
    "attachments.remove": QT_TRANSLATE_NOOP("AccessLog", "Removed an attachment"),
    "attachments.list": QT_TRANSLATE_NOOP("AccessLog", "Listed attachments"),
    "consents.add": QT_TRANSLATE_NOOP("AccessLog", "Recorded a consent"),
    "consents.withdraw": QT_TRANSLATE_NOOP("AccessLog", "Recorded that a consent was withdrawn"),
    "consents.list": QT_TRANSLATE_NOOP("AccessLog", "Looked at a case's consents"),
    "cases.flag": QT_TRANSLATE_NOOP("AccessLog", "Set a flag on a case"),
    "cases.unflag": QT_TRANSLATE_NOOP(
        "AccessLog", "Cleared a flag on a case (kept in its history)"
    ),
    "cases.priority": QT_TRANSLATE_NOOP("AccessLog", "Changed a case's priority"),
    "incidents.support": QT_TRANSLATE_NOOP("AccessLog", "Recorded support given after an incident"),
    "incidents.link": QT_TRANSLATE_NOOP("AccessLog", "Linked an incident to situation entries"),
    "incidents.follow_up_done": QT_TRANSLATE_NOOP(
        "AccessLog", "Marked an incident's follow-up done"
    ),
    "concerns.add": QT_TRANSLATE_NOOP("AccessLog", "Took in a concern"),
    "concerns.decide": QT_TRANSLATE_NOOP(
        "AccessLog", "Recorded the screening decision on a concern"
    ),
    "concerns.correct": QT_TRANSLATE_NOOP(
        "AccessLog", "Corrected a concern's intake (earlier version kept)"
    ),
    "concerns.open": QT_TRANSLATE_NOOP("AccessLog", "Opened a concern"),
    "concerns.list": QT_TRANSLATE_NOOP("AccessLog", "Listed incoming concerns"),
    "persons.extract": QT_TRANSLATE_NOOP("AccessLog", "Gave a register extract (GDPR art. 15)"),
    "persons.extract_review": QT_TRANSLATE_NOOP(
        "AccessLog", "Reviewed a register extract before giving it"
    ),
    "notes.copy": QT_TRANSLATE_NOOP("AccessLog", "Copied note to the clipboard"),
    "contacts.correct": QT_TRANSLATE_NOOP("AccessLog", "Corrected contact (earlier text kept)"),
    "contacts.copy": QT_TRANSLATE_NOOP("AccessLog", "Copied contact to the clipboard"),
    "case_participants.remove": QT_TRANSLATE_NOOP("AccessLog", "Removed person from case"),
    "plan_revisions.add": QT_TRANSLATE_NOOP("AccessLog", "Added a revision of the action plan"),
    "plan_revisions.change": QT_TRANSLATE_NOOP(
        "AccessLog", "Corrected a revision of the action plan"
    ),
    "commitments.add": QT_TRANSLATE_NOOP("AccessLog", "Added a commitment to the action plan"),
    "commitments.change": QT_TRANSLATE_NOOP(
        "AccessLog", "Corrected a commitment of the action plan"
    ),
    "commitments.delete": QT_TRANSLATE_NOOP("AccessLog", "Removed a commitment of the action plan"),
    "activities.add": QT_TRANSLATE_NOOP("AccessLog", "Recorded an activity at the general level"),
    "activities.change": QT_TRANSLATE_NOOP(
        "AccessLog", "Corrected an activity at the general level"
    ),
    "activities.delete": QT_TRANSLATE_NOOP("AccessLog", "Removed an activity at the general level"),
    "agreements.add": QT_TRANSLATE_NOOP("AccessLog", "Recorded an agreement with a partner"),
    "agreements.change": QT_TRANSLATE_NOOP("AccessLog", "Corrected an agreement with a partner"),
    "agreements.delete": QT_TRANSLATE_NOOP("AccessLog", "Removed an agreement with a partner"),
    "agreements.reminder_done": QT_TRANSLATE_NOOP(
        "AccessLog", "Recorded what was decided before an agreement ends"
    ),
    "where_to_turn.create": QT_TRANSLATE_NOOP(
        "AccessLog", "Saved the sheet 'Where do I turn?' (organisations only)"
    ),
}


def action_label(action: str) -> str:
    """``cases.open`` → "Opened case" (translated); an unknown action is shown as its code."""
    translate = QCoreApplication.translate
    if action in _ACTIONS:
        return translate("AccessLog", _ACTIONS[action])
    table, _, verb = action.partition(".")
    if table in _RECORDS and verb in _VERBS:
        record = translate("AccessLogRecord", _RECORDS[table])
        return translate("AccessLog", _VERBS[verb]).format(record=record)
    return action


def record_label(entity: str, entity_id: int | None) -> str:
    """ "Case 12", "Note 301", or the bare table name for a record the log does not know."""
    name = (
        QCoreApplication.translate("AccessLogRecord", _RECORDS[entity])
        if entity in _RECORDS
        else entity
    )
    name = name[:1].upper() + name[1:]
    return f"{name} {entity_id}" if entity_id is not None else name or "–"

"""Accountability: the access-log follow-up and the reports an auditor asks for.

The follow-up (logguppföljning) is the audit log as a list filtered by case, action and
period. Looking at it is itself an act the log records ("audit.view", with the filters and the
number of rows, never content): a follow-up of who opened what must also show who followed up.
The view is paged; :func:`record_view` is called once per filter the coordinator applies, not
per page.

The three reports — disclosure report, access-log report, record of processing (GDPR art.
30) — are briefs (:mod:`kopingplan.briefs.reports`): made here from the vault, then signed and
written by :mod:`kopingplan.services.briefs` (``produce``/``sign_copies``, ``write``/``save``),
whose "brief.create" row names the kind, the document id, the SHA-256 of the file and the
report's period and filters. The access-log report checks the whole audit chain when it is made
and says in print whether it was intact.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from kopingplan import errors
from kopingplan.briefs import disclosure_report as disclosure_brief
from kopingplan.briefs import processing_record as processing_brief
from kopingplan.briefs import reports
from kopingplan.briefs.document import Brief, BriefKind, BriefOptions
from kopingplan.domain.consent import CONSENT_BASIS_CODE
from kopingplan.services import backup, recovery, retention
from kopingplan.services.briefs import issuer_for
from kopingplan.services.exchange import recipients as exchange_recipients
from kopingplan.services.session import OWNER_NAME, OWNER_ORGANISATION, Session
from kopingplan.storage import audit, identities, reading, repositories
from kopingplan.storage.repositories import audit_log, consents, processing
from kopingplan.storage.repositories import exchange as exchange_repo
from kopingplan.storage.repositories.audit_log import AccessFilter, AccessRow

__all__ = [
    "MAX_REPORT_ROWS",
    "AccessFilter",
    "AccessRow",
    "access_filter",
    "access_log",
    "access_log_count",
    "access_log_report",
    "action_text",
    "actions",
    "day_period",
    "disclosure_report",
    "disclosure_subjects",
    "processing_record",
    "record_view",
]

PERIOD_ORDER = errors.QT_TRANSLATE_NOOP("Errors", "must not be before the start of the period")

# A printout past this many rows is no longer read by anyone; the report says how many rows
# matched and asks for a narrower filter (the counts per action still cover every row).
MAX_REPORT_ROWS = 5000


def day_period(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """Whole local days ``first``…``last`` (both included) as [since, until) instants; an
    open end stays ``None``. Raises ``InvalidInput`` when ``last`` is before ``first``."""
    if first is not None and last is not None and last < first:
        raise errors.InvalidInput("to", PERIOD_ORDER)
    since = datetime.combine(first, time()).astimezone() if first is not None else None
    until = (
        datetime.combine(last + timedelta(days=1), time()).astimezone()
        if last is not None
        else None
    )
    return since, until


def access_filter(
    case_id: int | None, action: str | None, first: date | None, last: date | None
) -> AccessFilter:
    """The follow-up's filters as the coordinator gives them: a case, an action ("" or
    ``None`` for all) and whole local days ``first``…``last`` (:func:`day_period`)."""
    since, until = day_period(first, last)
    return AccessFilter(case_id, action or None, since, until)


# Audit rows matching an AccessFilter, newest first, a page at a time, and how many match.
# Reading pages is not logged (the view fetches them as it scrolls); call :func:`record_view`
# when the coordinator applies a filter.
access_log = reading.query(audit_log.rows)
access_log_count = reading.query(audit_log.count)


# Every action the log holds (codes, sorted), for the filter's choices.
actions = reading.query(audit_log.actions)


def action_text(action: str) -> str:
    """The action in readable Swedish, as the report prints it."""
    return reports.action_text(action)


def record_view(session: Session, chosen: AccessFilter, *, rows: int | None = None) -> None:
    """Writes the "audit.view" row: the filters (ids, codes, instants) and the row count."""
    details: dict[str, Any] = {
        "case": chosen.case_id,
        "action": chosen.action,
        "since": chosen.since.isoformat() if chosen.since is not None else None,
        "until": chosen.until.isoformat() if chosen.until is not None else None,
    }
    if rows is not None:
        details["rows"] = rows
    session.record("audit.view", "audit_log", None, details)


# --- The reports ---------------------------------------------------------------------------------


def disclosure_report(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    *,
    options: BriefOptions | None = None,
    now: datetime | None = None,
) -> Brief:
    """Every disclosure in [since, until) — exports, brief copies, oral disclosures and
    register extracts — with whom each is about and the kind of recipient, totals per way,
    legal basis, recipient and kind of recipient, and the consents given, withdrawn and cited
    in the period. Reads one state of the vault."""
    consent_titles = {
        basis.title
        for basis in exchange_recipients.legal_bases(session)
        if basis.code == CONSENT_BASIS_CODE
    }
    with session.vault.read() as conn:
        totals = exchange_repo.disclosure_totals(conn, since=since, until=until)
        listed = exchange_repo.disclosures(
            conn, since=since, until=until, limit=disclosure_brief.MAX_LISTED
        )
        about = exchange_repo.disclosure_subjects(conn, [d.id for d in listed if d.id])
        given, withdrawn = processing.consents_in_period(conn, _day(since), _day(until))
    consent = disclosure_brief.ConsentLine(
        given=given,
        withdrawn=withdrawn,
        cited=sum(n for basis, n in totals.by_basis.items() if basis in consent_titles),
    )
    issuer = issuer_for(session, BriefKind.DISCLOSURE_REPORT, options, now)
    return disclosure_brief.disclosure_report(
        listed, totals, since, until, issuer, about=about, consent=consent
    )


def _day(instant: datetime | None) -> str | None:
    """The local day an instant falls on, as consents store days ('YYYY-MM-DD')."""
    return None if instant is None else instant.astimezone().date().isoformat()


# The persons (ids) each disclosure is about; one absent is about no known person.
disclosure_subjects = reading.query(exchange_repo.disclosure_subjects)


def access_log_report(
    session: Session,
    chosen: AccessFilter,
    *,
    options: BriefOptions | None = None,
    now: datetime | None = None,
) -> Brief:
    """The follow-up as a document: filters, counts per action, the newest
    :data:`MAX_REPORT_ROWS` rows, and whether the chain verified intact just now."""
    with session.vault.read() as conn:  # one state of the log; the chain streamed
        material = reports.AccessLogMaterial(
            chosen=chosen,
            rows=tuple(audit_log.rows(conn, chosen, limit=MAX_REPORT_ROWS)),
            matching=audit_log.count(conn, chosen),
            by_action=tuple(audit_log.counts_by_action(conn, chosen)),
            problems=tuple(audit.verify(conn)),
            log_rows=audit.row_count(conn),
        )
    return reports.access_log_report(
        material, issuer_for(session, BriefKind.ACCESS_LOG, options, now)
    )


def processing_record(
    session: Session, *, options: BriefOptions | None = None, now: datetime | None = None
) -> Brief:
    """The record of processing (GDPR art. 30) from the vault's settings and counts."""
    with session.vault.read() as conn:
        policy = retention.load_policy(session)
        settings = backup.load_settings(session)
        sent = processing.disclosures_by_fingerprint(conn)
        registered = exchange_recipients.list_recipients(session)
        lines = tuple(
            processing_brief.RecipientLine(
                name=row.name,
                organisation=row.organisation,
                fingerprint=row.fingerprint,
                verified=row.verified,
                valid_until=row.not_after,
                disclosures=sent.get(row.fingerprint, 0),
            )
            for row in registered
        )
        known = {row.fingerprint for row in registered}
        material = processing_brief.ProcessingMaterial(
            organisation=identities.get_setting(conn, OWNER_ORGANISATION),
            owner=identities.get_setting(conn, OWNER_NAME),
            vault_created=session.vault.meta("created_at") or "",
            # Consents and oral disclosures (schema v4) beside the rows per table.
            counts={
                **repositories.counts(conn),
                **consents.sharing_counts(conn, (now or datetime.now()).astimezone().date()),
                **processing.disclosures_by_channel(conn),
            },
            people=processing.people_by_role(conn),
            recipients=lines,
            unregistered_disclosures=sum(n for fp, n in sent.items() if fp not in known),
            retention_months={kind.value: policy.months(kind) for kind in retention.RetentionKind},
            backup_keep=settings.keep,
            backup_remind_days=settings.remind_after_days,
            last_backup=backup.last_backup_at(session),
            recovery_key=recovery.has_recovery_key(session.vault.paths),
            cipher=session.vault.cipher_settings(),
            audit_rows=audit.row_count(conn),
            legal_bases=tuple(basis.title for basis in exchange_recipients.legal_bases(session)),
        )
        issuer = issuer_for(session, BriefKind.PROCESSING_RECORD, options, now)
        return processing_brief.processing_record(material, issuer)

"""The lägesbild for a period as a signed brief (issue 18): the overall assessments written for
the period, its entries, and the comparison with the previous period of the same length.

:func:`report` reads everything in one state of the vault and makes the brief
(:mod:`kopingplan.briefs.situation_period`); :func:`kopingplan.services.briefs.save` (or, in
the GUI, ``sign_copies`` and ``write``) signs and writes it with the "brief.create" audit row,
which names the kind, the document id, the periods (dates) and the assessments' numbers.
The periods are those of the report to kommunstyrelsen (:func:`statistics.periods`): the same
refusal of a reversed or overlong period, the same previous period.

Copies and disclosure (issue 16, "every copy has a recipient"): the report is saved as the
brief window's copies, one signed PDF per recipient (``briefs.save``/``write`` with ``to``), and
a copy for a recipient outside the coordinator's own unit is a disclosure of its own with its
SHA-256 (:mod:`kopingplan.services.brief_disclosures`), refused and nothing written without a
legal basis, who decided it, their role and the purpose. Whom is such a disclosure about?
The report reads no case and no person (DOMAIN.md: the lägesbild is "dated entries per milieu
and orientation, with source and assessment"; its ``case_ids`` are empty), so it names no
data subject the vault knows: the disclosure is recorded with no cases and no persons
(``disclosure_subjects`` has no row for it), and the log finds it by recipient, channel and
period instead. It is still a disclosure, not a mere copy: what the entries say, their sources
(often the police or a school, given in confidence) and the assessments are secret under OSL
whether or not they name anyone, so it needs a legal basis like any other. Consent (OSL 12 kap.
2 §) cannot be that basis: only the person an item is about can consent, and here there is
none, so citing it is refused (:class:`kopingplan.services.consents.ConsentWithoutCase`).
A name in an entry's free text is not linked to a person in the vault and is not guessed at.

The entries' sources follow the rule of every lägesbild copy (issue 16,
:func:`kopingplan.briefs.content_profiles.situation_copy_options`): :func:`report_copies`
makes one brief per copy, and a copy outside the own unit (or for a name the registry does
not know) is without the sources ("Källorna är utelämnade i detta exemplar") unless the
coordinator keeps them for that copy; the own unit's copy and an unnamed one keep them. The
"brief.create" row names per copy whether it held them, and a disclosure's description says
"posternas källor" only for a copy that held them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from kopingplan.briefs import situation_period as sp
from kopingplan.briefs.document import Brief, BriefKind, BriefOptions
from kopingplan.services.brief_disclosures import CopyRecipient
from kopingplan.services.briefs import PeriodBrief, issuer_for
from kopingplan.services.content_profiles import CopyChanges, situation_copies_options
from kopingplan.services.session import Session
from kopingplan.services.statistics import periods
from kopingplan.storage.repositories import situation_periods as repo


def material(session: Session, first: date, last: date) -> sp.PeriodMaterial:
    """What the report shows for ``first``…``last``; ``InvalidInput`` for a bad period."""
    current, previous = periods(first, last)
    with session.vault.read() as conn:  # one state of the vault for both periods
        return sp.PeriodMaterial(
            first=current.first,
            last=current.last,
            previous_first=previous.first,
            previous_last=previous.last,
            assessments=repo.assessments_within(conn, current.first, current.last),
            entries=repo.entries_between(conn, current.first, current.last),
            counts=repo.milieu_counts(conn, current.first, current.last),
            previous_counts=repo.milieu_counts(conn, previous.first, previous.last),
        )


# The lägesbild for ``first``…``last`` as a brief: ``report(session, first, last)``.
report = PeriodBrief(BriefKind.SITUATION, material, sp.period_report)


def report_copies(
    session: Session,
    first: date,
    last: date,
    to: Sequence[CopyRecipient] = (),
    changes: Sequence[CopyChanges | None] = (),
    *,
    options: BriefOptions | None = None,
    now: datetime | None = None,
) -> tuple[Brief, list[Brief]]:
    """The report, and one brief per copy of ``to`` (none without recipients), under one
    document id and time, from one reading of the vault. A copy's change (key
    ``content_profiles.SITUATION``, as the brief window's) says whether it holds the sources;
    without one, a named copy outside the own unit is without them."""
    found = material(session, first, last)
    issuer = issuer_for(session, BriefKind.SITUATION, options, now)
    copies = [
        sp.period_report(found, issuer, sources=own.situation_sources)
        for own in situation_copies_options(session, BriefOptions(), to, changes)
    ]
    return sp.period_report(found, issuer), copies


def suggested_name(first: date, last: date) -> list[str]:
    """The parts of the file name the save dialog suggests: ``Lägesbild 2026-01-01–…``."""
    return ["Lägesbild", f"{first.isoformat()}–{last.isoformat()}"]

"""Command-line verbs for lawful sharing: consents on file and oral disclosures. Registered by
:mod:`kopingplan.cli_args` (parsers) and :mod:`kopingplan.cli` (commands).

``kopingplan consent add CASE …`` records a consent, ``consent withdraw CONSENT --on DAY …`` its
withdrawal, ``consent list CASE`` shows a case's consents (logged as looked at);
``kopingplan disclosure add …`` records an oral disclosure (muntligt utlämnande). Citing consent
(``--legal-basis osl-12-2``) is refused, writing nothing, unless a valid consent of every case
names the recipient and the purpose.
"""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time
from typing import Any, TextIO

from kopingplan.cli_args import (
    LINE,
    LONG_TEXT,
    RECORD_NUMBER,
    TERMS_FIELD_OPTIONS,
    Cli,
    terms_arguments,
)
from kopingplan.cli_session import (
    SecretReader,
    add_day,
    add_record,
    given_terms,
    open_session,
    print_rows,
    verb_group,
)
from kopingplan.domain import model
from kopingplan.domain.consent import ConsentForm, ConsentGiver

FORMS = tuple(f.value for f in ConsentForm)
# The options whose names differ from the fields of a Consent or an oral disclosure.
FIELD_OPTIONS = {
    "consent": {"case_id": "CASE", "organisation_ids": "--organisation, --kind",
                "purposes": "--purpose", "valid_until": "--until", "withdrawn_on": "--on",
                "withdrawal_form": "--form", "withdrawal_note": "--note"},
    "disclosure": {**TERMS_FIELD_OPTIONS, "disclosed_at": "--on",
                   "recipient": "--organisation, --person", "about_person_ids": "--about"},
}  # fmt: skip


def add_parsers(commands: Any) -> None:
    verbs = verb_group(commands, "consent", Cli.tr("consents on file for a case"))
    add = verbs.add_parser("add", help=Cli.tr("record a consent for a case"))
    add.add_argument("case", type=RECORD_NUMBER, help=Cli.tr("the case number"))
    add.add_argument(
        "--given-by", choices=tuple(g.value for g in ConsentGiver), required=True,
        help=Cli.tr("who gave it: the person, a guardian, or both"),
    )  # fmt: skip
    add.add_argument("--guardian", type=LINE, default="", help=Cli.tr("the guardian's name"))
    add_record(
        add,
        "--organisation",
        Cli.tr("an organisation it covers (its number in the registry); repeatable"),
        repeatable=True,
    )
    add.add_argument(
        "--kind", choices=tuple(k.value for k in model.OrganisationKind), action="append",
        default=[], help=Cli.tr("a kind of organisation it covers, e.g. police; repeatable"),
    )  # fmt: skip
    add.add_argument(
        "--purpose", type=LINE, action="append", required=True,
        help=Cli.tr("a purpose it covers, one line; repeatable"),
    )  # fmt: skip
    add.add_argument("--form", choices=FORMS, required=True, help=Cli.tr("written or oral"))
    add.add_argument(
        "--witness", type=LINE, default="", help=Cli.tr("who witnessed an oral consent")
    )
    add_day(add, "--given-on", Cli.tr("the day it was given"), required=True)
    add_day(add, "--until", Cli.tr("its last day (optional)"))
    withdraw = verbs.add_parser("withdraw", help=Cli.tr("record that a consent was withdrawn"))
    withdraw.add_argument("consent", type=RECORD_NUMBER, help=Cli.tr("the consent number"))
    add_day(withdraw, "--on", Cli.tr("the day it no longer holds"), required=True)
    withdraw.add_argument("--form", choices=FORMS, required=True, help=Cli.tr("written or oral"))
    withdraw.add_argument("--note", type=LINE, default="", help=Cli.tr("how, in a few words"))
    listing = verbs.add_parser("list", help=Cli.tr("a case's consents (logged as looked at)"))
    listing.add_argument("case", type=RECORD_NUMBER, help=Cli.tr("the case number"))

    kinds = verb_group(commands, "disclosure", Cli.tr("record a disclosure by word"))
    oral = kinds.add_parser("add", help=Cli.tr("record an oral disclosure (muntligt utlämnande)"))
    oral.add_argument("--what", type=LONG_TEXT, required=True, help=Cli.tr("what was said"))
    terms_arguments(oral, required=True)
    add_record(oral, "--case", Cli.tr("a case it was about; repeatable"), repeatable=True)
    add_record(
        oral, "--organisation", Cli.tr("the recipient organisation (its number in the registry)")
    )
    add_record(oral, "--person", Cli.tr("the recipient person (number in the registry)"))
    add_record(
        oral,
        "--about",
        Cli.tr("a person it was about beyond the cases' people; repeatable"),
        repeatable=True,
    )
    add_record(oral, "--meeting", Cli.tr("the meeting it was made at (its minutes list it)"))
    add_day(oral, "--on", Cli.tr("the day it was said (default: now)"))


def _moment(on: date | None, now: datetime) -> datetime:
    """Today (or no day) is now; an earlier day is its noon, local time."""
    if on is None or on == now.astimezone().date():
        return now
    return datetime.combine(on, time(12)).astimezone()


def _state_words(state: str) -> str:
    words = {
        "valid": Cli.tr("valid"),
        "expired": Cli.tr("expired"),
        "withdrawn": Cli.tr("withdrawn"),
        "not_yet": Cli.tr("not yet valid"),
    }
    return words[state]


def cmd_consent(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.domain.consent import Consent
    from kopingplan.services import consents

    now = datetime.now(UTC)
    with open_session(args, secrets) as session:
        if args.consent_command == "add":
            stored = consents.add_consent(
                session,
                Consent(
                    case_id=args.case,
                    given_by=ConsentGiver(args.given_by),
                    guardian=args.guardian.strip(),
                    organisation_ids=tuple(dict.fromkeys(args.organisation)),
                    organisation_kinds=tuple(dict.fromkeys(args.kind)),
                    purposes=tuple(dict.fromkeys(p.strip() for p in args.purpose)),
                    form=ConsentForm(args.form),
                    witness=args.witness.strip(),
                    given_on=args.given_on,
                    valid_until=args.until,
                    recorded_at=now,
                    recorded_by=session.actor,
                ),
            )
            print(Cli.tr("Recorded consent {id}.").format(id=stored.id), file=out)
        elif args.consent_command == "withdraw":
            consents.withdraw_consent(
                session, args.consent, args.on, ConsentForm(args.form), args.note
            )
            print(Cli.tr("Recorded the withdrawal of consent {id}.").format(id=args.consent),
                  file=out)  # fmt: skip
        else:
            today = now.astimezone().date()
            found = consents.list_consents(session, args.case)
            listed = [
                (c.id, _state_words(c.state(today).value), c.given_on.isoformat(),
                 c.valid_until.isoformat() if c.valid_until else "–",
                 ", ".join([f"#{i}" for i in c.organisation_ids] + list(c.organisation_kinds)),
                 "; ".join(c.purposes))
                for c in found
            ]  # fmt: skip
            print_rows(listed, Cli.tr("Consents: {n}."), out)
    return 0


def cmd_disclosure(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services.disclosures_oral import OralDisclosureRequest, record_oral_disclosure

    now = datetime.now(UTC)
    with open_session(args, secrets) as session:
        disclosure = record_oral_disclosure(
            session,
            OralDisclosureRequest(
                what=args.what,
                terms=given_terms(args),
                disclosed_at=_moment(args.on, now),
                case_ids=tuple(args.case),
                organisation_id=args.organisation,
                person_id=args.person,
                about_person_ids=tuple(args.about),
                meeting_id=args.meeting,
            ),
            now=now,
        )
    print(Cli.tr("Recorded oral disclosure {id}.").format(id=disclosure.id), file=out)
    return 0


COMMANDS = {
    "consent": cmd_consent,
    "disclosure": cmd_disclosure,
}

"""Command-line verbs for incoming concerns (inkommande oro). Registered by
:mod:`kopingplan.cli_args` (parsers) and :mod:`kopingplan.cli` (commands).

``kopingplan concern add --from … --how … --what …`` takes in a concern (open until screened),
``concern decide CONCERN --decision …`` records the screening decision (a case opened, existing
with ``--case`` or new with ``--new-case``; referred elsewhere; no action), ``concern correct
CONCERN --reason … [--what …]`` corrects the intake (the options given; the earlier version is
kept, the decision stays as decided), and ``concern list`` shows concerns, newest first (logged
as looked at). A refusal is one line, exit 2, and nothing
is written.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TextIO

from kopingplan.cli_args import (
    LINE,
    LONG_TEXT,
    RECORD_NUMBER,
    YEARS,
    Cli,
    Number,
    UsageError,
)
from kopingplan.cli_session import (
    SecretReader,
    add_day,
    add_record,
    first_words,
    open_session,
    print_rows,
    verb_group,
)
from kopingplan.domain import model
from kopingplan.i18n import word

SOURCES = tuple(s.value for s in model.ConcernSource)
CHANNELS = tuple(c.value for c in model.ConcernChannel)
DECISIONS = tuple(d.value for d in model.ConcernDecision)
STATES = ("open", *DECISIONS)
LEVELS = tuple(v.value for v in model.Level)
NO_LEVEL = "unclear"  # ``correct --level unclear``: the level is not yet clear
# Characters of a concern's words the list shows (the row stays one line).
LIST_CHARS = 80
# The options whose names differ from the Concern's fields (cli_session.named_by_option).
FIELD_OPTIONS = {
    "concern": {"description": "--what", "source": "--from", "channel": "--how",
                "decided_on": "--on", "decision_reason": "--reason"},
}  # fmt: skip


def add_parsers(commands: Any) -> None:
    verbs = verb_group(commands, "concern", Cli.tr("incoming concerns (inkommande oro)"))
    add = verbs.add_parser("add", help=Cli.tr("take in a concern (open until screened)"))
    add.add_argument(
        "--from", dest="source", choices=SOURCES, required=True,
        help=Cli.tr("who raised it: an organisation, a person, or anonymous"),
    )  # fmt: skip
    add_record(
        add,
        "--organisation",
        Cli.tr("the organisation that raised it (its number in the registry)"),
    )
    add_record(add, "--person", Cli.tr("the person who raised it (number in the registry)"))
    add.add_argument(
        "--raised-by", type=LINE, default="", help=Cli.tr("who raised it, in words (optional)")
    )
    add.add_argument("--how", choices=CHANNELS, required=True, help=Cli.tr("how it came in"))
    add_day(add, "--received-on", Cli.tr("the day it came in (default: today)"))
    add.add_argument("--what", type=LONG_TEXT, required=True, help=Cli.tr("the concern in words"))
    add.add_argument(
        "--orientation", choices=tuple(o.value for o in model.Orientation), default="unclear",
        help=Cli.tr("the orientation it seems to concern"),
    )  # fmt: skip
    add.add_argument(
        "--level", choices=tuple(v.value for v in model.Level),
        help=Cli.tr("the level it seems to concern (optional)"),
    )  # fmt: skip

    decide = verbs.add_parser("decide", help=Cli.tr("record the screening decision"))
    decide.add_argument("concern", type=RECORD_NUMBER, help=Cli.tr("the concern number"))
    decide.add_argument("--decision", choices=DECISIONS, required=True)
    add_record(decide, "--case", Cli.tr("the case it led to (case_opened)"))
    decide.add_argument(
        "--new-case", type=LINE, metavar="TITLE",
        help=Cli.tr("open a new case with this title (case_opened)"),
    )  # fmt: skip
    decide.add_argument(
        "--referred-to", type=LINE, default="", help=Cli.tr("to whom it was referred")
    )
    decide.add_argument(
        "--reason", type=LONG_TEXT, default="", help=Cli.tr("why (referred, no_action)")
    )
    add_day(decide, "--on", Cli.tr("the day of the decision (today)"))
    decide.add_argument(
        "--decided-by", type=LINE, metavar="NAME", help=Cli.tr("who decided (default: you)")
    )

    correct = verbs.add_parser(
        "correct", help=Cli.tr("correct the intake (the earlier version is kept)")
    )
    correct.add_argument("concern", type=RECORD_NUMBER, help=Cli.tr("the concern number"))
    correct.add_argument(
        "--reason", type=LONG_TEXT, required=True, help=Cli.tr("why it is corrected")
    )
    correct.add_argument("--from", dest="source", choices=SOURCES, help=Cli.tr("who raised it"))
    add_record(correct, "--organisation")
    add_record(correct, "--person")
    correct.add_argument("--raised-by", type=LINE, help=Cli.tr("who raised it, in words"))
    correct.add_argument("--how", choices=CHANNELS, help=Cli.tr("how it came in"))
    add_day(correct, "--received-on")
    correct.add_argument("--what", type=LONG_TEXT, help=Cli.tr("the concern in words"))
    correct.add_argument("--orientation", choices=tuple(o.value for o in model.Orientation))
    correct.add_argument("--level", choices=(*LEVELS, NO_LEVEL))

    listing = verbs.add_parser("list", help=Cli.tr("concerns, newest first (logged)"))
    listing.add_argument(
        "--state", choices=STATES, help=Cli.tr("open (to screen), or one decision")
    )
    listing.add_argument("--year", type=Number(*YEARS), help=Cli.tr("the year received"))
    listing.add_argument(
        "--limit", type=Number(1, 10_000), default=100, help=Cli.tr("at most this many")
    )


def _check_decision(args: argparse.Namespace) -> None:
    """The options that go with the decision, and no others: an option the decision would
    silently drop is refused (before the passphrase is asked for)."""
    opened = args.decision == "case_opened"
    if opened and args.case is not None and args.new_case:
        raise UsageError(detail=Cli.tr("--case and --new-case: give one of them, not both"))
    if opened and args.case is None and not args.new_case:
        problem = Cli.tr("--decision case_opened: give the case, --case N or --new-case TITLE")
        raise UsageError(detail=problem)
    if not opened and (args.case is not None or args.new_case):
        problem = Cli.tr("--case and --new-case go with --decision case_opened only")
        raise UsageError(detail=problem)
    if args.decision != "referred" and args.referred_to:
        raise UsageError(detail=Cli.tr("--referred-to goes with --decision referred only"))


def _state(concern: model.Concern) -> str:
    """The decision in the vocabulary's words, or "to screen", in the messages' language."""
    if concern.decision is None:
        return Cli.tr("to screen")
    return word(concern.decision)


def _corrected(stored: model.Concern, args: argparse.Namespace) -> model.Concern:
    """``stored`` with the intake options given; naming a source forgets what it does not name
    (as the form does), and naming an organisation or person sets the source to it."""
    source = model.ConcernSource(args.source) if args.source else stored.source
    if args.source is None and args.organisation is not None:
        source = model.ConcernSource.ORGANISATION
    elif args.source is None and args.person is not None:
        source = model.ConcernSource.PERSON
    organisation = args.organisation if args.organisation is not None else stored.organisation_id
    person = args.person if args.person is not None else stored.person_id
    level = stored.level
    if args.level is not None:
        level = None if args.level == NO_LEVEL else model.Level(args.level)
    return replace(
        stored,
        source=source,
        organisation_id=organisation if source is model.ConcernSource.ORGANISATION else None,
        person_id=person if source is model.ConcernSource.PERSON else None,
        raised_by=stored.raised_by if args.raised_by is None else args.raised_by,
        channel=model.ConcernChannel(args.how) if args.how else stored.channel,
        received_on=args.received_on or stored.received_on,
        description=args.what if args.what is not None else stored.description,
        orientation=model.Orientation(args.orientation) if args.orientation else stored.orientation,
        level=level,
    )


def cmd_concern(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import concerns

    now = datetime.now(UTC)
    today = now.astimezone().date()
    if args.concern_command == "decide":
        _check_decision(args)
    with open_session(args, secrets) as session:
        if args.concern_command == "add":
            stored = concerns.add_concern(
                session,
                model.Concern(
                    received_on=args.received_on or today,
                    source=model.ConcernSource(args.source),
                    channel=model.ConcernChannel(args.how),
                    description=args.what,
                    recorded_at=now,
                    recorded_by=session.actor,
                    organisation_id=args.organisation,
                    person_id=args.person,
                    raised_by=args.raised_by,
                    orientation=model.Orientation(args.orientation),
                    level=model.Level(args.level) if args.level else None,
                ),
            )
            print(Cli.tr("Took in concern {id}.").format(id=stored.id), file=out)
        elif args.concern_command == "decide":
            on = args.on or today
            decided_by = args.decided_by or session.actor
            if args.new_case:
                stored = concerns.get_concern(session, args.concern)
                case = model.Case(
                    title=args.new_case,
                    level=stored.level or model.Level.SPECIFIC,
                    orientation=stored.orientation,
                    opened_on=on,
                )
                decided, opened = concerns.open_case_from(
                    session, args.concern, case, on, decided_by
                )
                print(
                    Cli.tr("Concern {id}: opened case {case}.").format(
                        id=decided.id, case=opened.id
                    ),
                    file=out,
                )
            else:
                decided = concerns.decide(
                    session,
                    args.concern,
                    model.ConcernDecision(args.decision),
                    on,
                    decided_by,
                    case_id=args.case if args.decision == "case_opened" else None,
                    referred_to=args.referred_to,
                    reason=args.reason,
                )
                print(Cli.tr("Recorded the decision on concern {id}.").format(id=decided.id),
                      file=out)  # fmt: skip
        elif args.concern_command == "correct":
            stored = concerns.get_concern(session, args.concern)
            corrected = concerns.correct_intake(
                session, args.concern, _corrected(stored, args), args.reason
            )
            words = (
                Cli.tr("Corrected concern {id}; the earlier version is kept.")
                if corrected != stored
                else Cli.tr("Concern {id}: nothing to correct; nothing was changed.")
            )
            print(words.format(id=args.concern), file=out)
        else:
            found = concerns.ConcernFilter(state=args.state, year=args.year)
            rows = concerns.list_concerns(session, found, limit=args.limit)
            listed = [
                (c.id, c.received_on.isoformat(), _state(c),
                 "–" if c.case_id is None else c.case_id, first_words(c.description, LIST_CHARS))
                for c in rows
            ]  # fmt: skip
            print_rows(listed, Cli.tr("Concerns: {n}."), out)
    return 0


COMMANDS = {"concern": cmd_concern}

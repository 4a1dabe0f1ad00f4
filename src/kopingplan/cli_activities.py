"""Command-line verbs for work at the general level: activities (issue 18).

``kopingplan activity add --on DAY --kind KIND --title TEXT …`` records an information
meeting, a training of staff, a campaign, a dialogue or a school workshop (no personal data:
the participants are a number); ``activity list`` shows them newest first with the
participants added up; ``activity remove N`` removes one recorded by mistake. Organiser and
partners are organisations of the registry, by number. A refusal is one line, exit 2, and
nothing is written.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from kopingplan.cli_args import LINE, LONG_TEXT, RECORD_NUMBER, YEARS, Cli, Number
from kopingplan.cli_session import SecretReader, add_day, add_record, open_session, verb_group
from kopingplan.domain import model
from kopingplan.i18n import word

KINDS = tuple(k.value for k in model.ActivityKind)
ORIENTATIONS = tuple(o.value for o in model.Orientation)
PARTICIPANTS = Number(0, 1_000_000)
FIELD_OPTIONS = {"activity": {"held_on": "--on", "themes": "--theme"}}  # fmt: skip


def add_parsers(commands: Any) -> None:
    verbs = verb_group(
        commands, "activity", Cli.tr("activities at the general level (no personal data)")
    )
    add = verbs.add_parser("add", help=Cli.tr("record an activity"))
    add_day(add, "--on", Cli.tr("the day it was held"), required=True)
    add.add_argument("--kind", choices=KINDS, required=True, help=Cli.tr("what kind of activity"))
    add.add_argument("--title", type=LINE, required=True, help=Cli.tr("what it was called"))
    add_record(
        add, "--organiser", Cli.tr("the organisation that organised it (default: your own unit)")
    )
    add_record(
        add,
        "--partner",
        Cli.tr("a partner organisation that took part (repeatable)"),
        repeatable=True,
    )
    add.add_argument("--target-group", type=LINE, default="", help=Cli.tr("whom it was for"))
    add.add_argument(
        "--theme", choices=ORIENTATIONS, action="append", default=[],
        help=Cli.tr("an orientation it was about (repeatable)"),
    )  # fmt: skip
    add.add_argument("--participants", type=PARTICIPANTS, help=Cli.tr("how many took part"))
    add.add_argument("--description", type=LONG_TEXT, default="", help=Cli.tr("what was done"))
    add_day(add, "--follow-up-on", Cli.tr("the day to follow it up"))
    add.add_argument("--follow-up-note", type=LONG_TEXT, default="",
                     help=Cli.tr("how it is followed up"))  # fmt: skip

    listing = verbs.add_parser("list", help=Cli.tr("activities, newest first"))
    listing.add_argument("--kind", choices=KINDS, help=Cli.tr("only this kind"))
    listing.add_argument("--year", type=Number(*YEARS), help=Cli.tr("only this year"))
    listing.add_argument(
        "--limit", type=Number(1, 10_000), default=100, help=Cli.tr("at most this many")
    )

    remove = verbs.add_parser("remove", help=Cli.tr("remove an activity recorded by mistake"))
    remove.add_argument("activity", type=RECORD_NUMBER, help=Cli.tr("the activity's number"))


def cmd_activity(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import activities

    with open_session(args, secrets) as session:
        if args.activity_command == "add":
            stored = activities.add_activity(
                session,
                model.Activity(
                    held_on=args.on,
                    kind=model.ActivityKind(args.kind),
                    title=args.title,
                    organiser_id=args.organiser,
                    partner_ids=tuple(dict.fromkeys(args.partner)),
                    target_group=args.target_group,
                    themes=tuple(dict.fromkeys(model.Orientation(t) for t in args.theme)),
                    participants=args.participants,
                    description=args.description,
                    follow_up_on=args.follow_up_on,
                    follow_up_note=args.follow_up_note,
                ),
            )
            print(Cli.tr("Recorded activity {id}.").format(id=stored.id), file=out)
        elif args.activity_command == "remove":
            activities.delete_activity(session, args.activity)
            print(Cli.tr("Removed activity {id}.").format(id=args.activity), file=out)
        else:
            shown = activities.ActivityFilter(
                kind=model.ActivityKind(args.kind) if args.kind else None, year=args.year
            )
            rows = activities.activity_page(session, shown, limit=args.limit)
            for a in rows:
                counted = "–" if a.participants is None else str(a.participants)
                title = " ".join(a.title.split())
                kind = word(model.ActivityKind(a.kind))
                print(f"{a.id}\t{a.held_on.isoformat()}\t{kind}\t{counted}\t{title}", file=out)
            total = activities.activity_participants(session, shown)
            print(
                Cli.tr("Activities: {n}; participants: {total}.").format(
                    n=activities.activity_count(session, shown), total=total
                ),
                file=out,
            )
    return 0


COMMANDS = {"activity": cmd_activity}

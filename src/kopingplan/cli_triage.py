"""Command-line verbs for triage: a case's flags and priority (issue 17).

``kopingplan triage flag CASE --kind KIND --reason TEXT`` sets a flag, ``triage clear FLAG
--reason TEXT`` clears one (it is kept, with who cleared it, when and why), ``triage priority
CASE --set high|normal|low`` sets the priority, and ``triage list`` shows the cases that carry
a priority other than normal or a flag in force, by number only (as the case list's column
does), filtered like the case list. Each change is one audit row through ``services.triage``;
a refusal (no reason, the same flag twice, a case that is not there) is one line, exit 2, and
nothing is written.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any, TextIO

from kopingplan import errors
from kopingplan.cli_args import LINE, RECORD_NUMBER, Cli, Number
from kopingplan.cli_session import SecretReader, open_session, verb_group
from kopingplan.domain import model
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.i18n import word

FLAGS = tuple(f.value for f in model.FlagKind)
PRIORITIES = tuple(p.value for p in model.Priority)
FIELD_OPTIONS = {
    "triage": {"clear_reason": "--reason", "priority": "--set", "case_id": "CASE"},
}  # fmt: skip


class FlagClearedAlready(errors.KopingplanError):
    """``triage clear`` of a flag cleared before: the service leaves it as it was; the command
    line says so rather than "cleared"."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "Flag {id} was cleared already on {day}. Nothing was changed."
    )


def add_parsers(commands: Any) -> None:
    verbs = verb_group(commands, "triage", Cli.tr("a case's flags and priority"))
    flag = verbs.add_parser("flag", help=Cli.tr("set a flag on a case, with a reason"))
    flag.add_argument("case", type=RECORD_NUMBER, help=Cli.tr("the case number"))
    flag.add_argument("--kind", choices=FLAGS, required=True, help=Cli.tr("what the flag says"))
    flag.add_argument("--reason", type=LINE, required=True, help=Cli.tr("why, in words"))

    clear = verbs.add_parser("clear", help=Cli.tr("clear a flag (it is kept, with the reason)"))
    clear.add_argument("flag", type=RECORD_NUMBER, help=Cli.tr("the flag's number"))
    clear.add_argument("--reason", type=LINE, required=True, help=Cli.tr("why, in words"))

    priority = verbs.add_parser("priority", help=Cli.tr("set a case's priority"))
    priority.add_argument("case", type=RECORD_NUMBER, help=Cli.tr("the case number"))
    priority.add_argument("--set", dest="value", choices=PRIORITIES, required=True)

    listing = verbs.add_parser(
        "list", help=Cli.tr("cases with a flag or a priority other than normal")
    )
    listing.add_argument(
        "--flag", choices=("any", *FLAGS), help=Cli.tr("only cases with this flag (any: some)")
    )
    listing.add_argument("--priority", choices=PRIORITIES, help=Cli.tr("only this priority"))
    listing.add_argument(
        "--limit", type=Number(1, 10_000), default=100, help=Cli.tr("at most this many")
    )


def cmd_triage(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import cases, triage
    from kopingplan.services.cases import CaseFilter

    with open_session(args, secrets) as session:
        if args.triage_command == "flag":
            flag = triage.set_flag(session, args.case, model.FlagKind(args.kind), args.reason)
            print(
                Cli.tr("Case {case}: flag {id} set ({kind}).").format(
                    case=args.case, id=flag.id, kind=word(flag.kind)
                ),
                file=out,
            )
        elif args.triage_command == "clear":
            started = datetime.now(UTC)
            cleared = triage.clear_flag(session, args.flag, args.reason)
            if cleared.cleared_at is not None and cleared.cleared_at < started:
                day = cleared.cleared_at.astimezone().date().isoformat()
                raise FlagClearedAlready(id=cleared.id, day=day)
            print(
                Cli.tr("Case {case}: flag {id} cleared ({kind}).").format(
                    case=cleared.case_id, id=cleared.id, kind=word(model.FlagKind(cleared.kind))
                ),
                file=out,
            )
        elif args.triage_command == "priority":
            chosen = model.Priority(args.value)
            triage.set_priority(session, args.case, chosen)
            print(
                Cli.tr("Case {case}: priority {priority}.").format(
                    case=args.case, priority=word(chosen)
                ),
                file=out,
            )
        else:
            # Without a filter: every case with a flag; a priority alone filters by priority.
            if args.priority is None:
                shown = CaseFilter(flag=args.flag or "any")
            else:
                shown = CaseFilter(flag=args.flag, priority=model.Priority(args.priority))
            rows = cases.list_cases(session, shown, sort="id", limit=args.limit)
            marks = triage.case_marks(session, [row.id for row in rows])
            listed = 0
            for row in rows:
                priority, flags = marks.get(row.id, (model.Priority.NORMAL, ()))
                if priority == model.Priority.NORMAL and not flags:
                    continue  # "--priority normal" without a flag: nothing to say
                words = ", ".join(word(f) for f in flags) or "–"
                print(f"{row.id}\t{word(priority)}\t{words}", file=out)
                listed += 1
            print(Cli.tr("Cases: {n}.").format(n=listed), file=out)
    return 0


COMMANDS = {"triage": cmd_triage}

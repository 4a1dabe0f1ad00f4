"""Command-line verbs for accountability: the signed reports an auditor asks for and the access
log as text (logguppföljning). Registered by :mod:`kopingplan.cli`.

``kopingplan report disclosures|access-log|processing|statistics --out FILE`` writes a signed
PDF (the "brief.create" audit row names it); ``kopingplan log`` prints the access log,
filtered, and records that it was looked at ("audit.view"). Periods are whole days in local
time, both ends included. ``statistics`` is the report to kommunstyrelsen
(:mod:`kopingplan.services.statistics`): no names, small counts hidden. ``situation`` (the
lägesbild for a period) takes ``--recipient NAME``… as ``kopingplan brief`` does: one signed
copy per recipient, and a copy outside the own unit needs ``--legal-basis``, ``--decided-by``,
``--role`` and ``--purpose`` and is recorded as a disclosure; without them nothing is written.
Such a copy is without the entries' sources unless ``--with-sources`` keeps them (in every
named copy); the own unit's copy keeps them (issue 16, as ``brief lagesbild``).
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from kopingplan import files
from kopingplan.cli_args import (
    LINE,
    LONG_TEXT,
    OUTPUT_FILE,
    RECORD_NUMBER,
    Cli,
    Number,
    copy_arguments,
)
from kopingplan.cli_session import (
    SecretReader,
    add_period,
    copy_recipients,
    kept_sources,
    open_session,
    verb_group,
)


def _filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--case", type=RECORD_NUMBER, help=Cli.tr("only rows concerning this case number")
    )
    parser.add_argument("--action", type=LINE, help=Cli.tr("only this action, e.g. cases.open"))
    add_period(parser)


def _out_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", type=OUTPUT_FILE, required=True, help=Cli.tr("the PDF file to write")
    )
    parser.add_argument("--force", action="store_true", help=Cli.tr("overwrite existing files"))


def add_parsers(commands: Any) -> None:
    kinds = verb_group(
        commands,
        "report",
        Cli.tr("signed accountability reports (disclosures, access log, art. 30)"),
        "KIND",
    )
    disclosures = kinds.add_parser(
        "disclosures", help=Cli.tr("every disclosure of a period, with totals")
    )
    add_period(disclosures)
    _out_arguments(disclosures)
    access = kinds.add_parser(
        "access-log", help=Cli.tr("the access-log follow-up, with the audit chain checked")
    )
    _filter_arguments(access)
    _out_arguments(access)
    processing = kinds.add_parser(
        "processing", help=Cli.tr("the record of processing (GDPR art. 30)")
    )
    _out_arguments(processing)
    statistics = kinds.add_parser(
        "statistics",
        help=Cli.tr("the report to kommunstyrelsen: counts of a period, small numbers hidden"),
    )
    add_period(statistics, required=True)
    _out_arguments(statistics)
    situation = kinds.add_parser(
        "situation",
        help=Cli.tr("the lägesbild for a period: the assessment, the entries, the comparison"),
    )
    add_period(situation, required=True)
    _out_arguments(situation)
    copy_arguments(situation, sources=True)
    follow_up = kinds.add_parser(
        "follow-up",
        help=Cli.tr("the yearly follow-up of the action plan's commitments, small numbers hidden"),
    )
    follow_up.add_argument(
        "--year", type=Number(2000, 2100), required=True, help=Cli.tr("the year followed up")
    )
    follow_up.add_argument(
        "--assessment", type=LONG_TEXT, default="", help=Cli.tr("your overall assessment")
    )
    follow_up.add_argument(
        "--proposals", type=LONG_TEXT, default="",
        help=Cli.tr("your proposals for the next revision"),
    )  # fmt: skip
    _out_arguments(follow_up)
    where = kinds.add_parser(
        "where-to-turn",
        help=Cli.tr("'Vart vänder jag mig?': who to call for what, from the partner registry"),
    )
    _out_arguments(where)

    log = commands.add_parser("log", help=Cli.tr("the access log as text (logged as viewed)"))
    _filter_arguments(log)
    log.add_argument(
        "--limit", type=Number(1, 100_000), default=100, help=Cli.tr("at most this many rows")
    )


def cmd_report(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import accountability, briefs, statistics, yearly_follow_up

    if args.report_command == "where-to-turn":
        from kopingplan.cli_plan import cmd_where_to_turn

        return cmd_where_to_turn(args, secrets, out)
    since, until = accountability.day_period(
        getattr(args, "first", None), getattr(args, "last", None)
    )
    if args.report_command in ("statistics", "situation"):
        statistics.periods(args.first, args.last)  # a bad period before the passphrase too
    if args.report_command == "follow-up":
        yearly_follow_up.check_year(args.year)  # a year not begun before the passphrase too
    # Recipients and their terms, then the file, before the passphrase is asked for.
    to = copy_recipients(args) if args.report_command == "situation" else ()
    changes = kept_sources(args, len(to)) if args.report_command == "situation" else []
    files.check_output(args.out, overwrite=args.force)
    per_copy: list[Any] = []  # the lägesbild's copies, each with or without the sources
    with open_session(args, secrets, record_unlock=False) as session:
        if args.report_command == "follow-up":
            words = yearly_follow_up.Assessment(args.assessment, {}, args.proposals)
            made = yearly_follow_up.report(session, args.year, words)
        elif args.report_command == "statistics":
            made = statistics.report(session, args.first, args.last)
        elif args.report_command == "situation":
            from kopingplan.services import situation_report

            made, per_copy = situation_report.report_copies(
                session, args.first, args.last, to, changes
            )
        elif args.report_command == "disclosures":
            made = accountability.disclosure_report(session, since, until)
        elif args.report_command == "access-log":
            chosen = accountability.AccessFilter(args.case, args.action or None, since, until)
            made = accountability.access_log_report(session, chosen)
        else:
            made = accountability.processing_record(session)
        paths = briefs.save(session, made, args.out, overwrite=args.force, to=to, per_copy=per_copy)
    for path in paths:
        print(
            Cli.tr("Wrote the signed report {path} ({id}).").format(path=path, id=made.document_id),
            file=out,
        )
    return 0


def cmd_log(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import accountability

    chosen = accountability.access_filter(args.case, args.action, args.first, args.last)
    with open_session(args, secrets, record_unlock=False) as session:
        total = accountability.access_log_count(session, chosen)
        rows = accountability.access_log(session, chosen, limit=args.limit)
        accountability.record_view(session, chosen, rows=total)
    for row in rows:
        moment = row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        record = f"{row.entity} {row.entity_id}" if row.entity_id is not None else row.entity
        print(f"{moment}\t{row.actor}\t{row.action}\t{record or '-'}\t{row.cases or '-'}", file=out)
    print(Cli.tr("{shown} of {total} rows.").format(shown=len(rows), total=total), file=out)
    return 0


# A period's last day before its first is refused by the services as field "to".
FIELD_OPTIONS = {"report": {"to": "--to", "from": "--from"}, "log": {"to": "--to"}}

COMMANDS = {
    "report": cmd_report,
    "log": cmd_log,
}

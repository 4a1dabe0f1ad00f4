"""Command-line verbs for the lägesbild for a period (issue 18).

``kopingplan situation assessment add --from DAY --to DAY --text-file FILE`` stores the
coordinator's overall assessment (samlad bedömning) of the period, written by the vault's
owner now (the "situation_assessments.create" audit row); ``situation assessment correct N
--text-file FILE --reason TEXT`` writes a corrected text over it, keeping the earlier text as a
version with the reason (as "Correct…" in the app); ``situation assessment list`` shows the
assessments, the latest period first, with who wrote them and the first words. The period
report itself is ``kopingplan report situation`` (:mod:`kopingplan.cli_reports`). A refusal is
one line, exit 2, and nothing is written.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any, TextIO

from kopingplan import errors, files
from kopingplan.cli_args import LONG_TEXT, RECORD_NUMBER, Cli, InputFile, Number
from kopingplan.cli_plan import read_plain_text
from kopingplan.cli_session import (
    SecretReader,
    add_period,
    add_text_file,
    first_words,
    local_minute,
    open_session,
    print_rows,
    verb_group,
)
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP

# Whole MiB, so that a refusal names the limit it applies (the text's length is checked after).
TEXT_FILE = InputFile(files.MIB * (1 + 4 * rules.TEXT_MAX // files.MIB))
FIRST_WORDS = 70
FIELD_OPTIONS = {
    "situation assessment": {"first_day": "--from", "last_day": "--to", "to": "--to",
                             "text": "--text-file"},
}  # fmt: skip


class TextNotPlain(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not plain text (UTF-8). Nothing was changed; save the text as plain text "
        "(UTF-8) and try again.",
    )


def add_parsers(commands: Any) -> None:
    parts = verb_group(
        commands, "situation", Cli.tr("the lägesbild for a period: overall assessments"), "PART"
    )
    verbs = verb_group(
        parts, "assessment", Cli.tr("the overall assessment of the situation picture for a period")
    )
    add = verbs.add_parser("add", help=Cli.tr("write the overall assessment of a period"))
    add_period(add, required=True)
    add_text_file(add, TEXT_FILE, Cli.tr("the assessment (a UTF-8 text file)"))
    correct = verbs.add_parser(
        "correct", help=Cli.tr("correct an assessment; the earlier text is kept")
    )
    correct.add_argument(
        "assessment_id", type=RECORD_NUMBER, metavar="N",
        help=Cli.tr("the assessment's number (situation assessment list)"),
    )  # fmt: skip
    add_text_file(correct, TEXT_FILE, Cli.tr("the corrected assessment (a UTF-8 text file)"))
    correct.add_argument(
        "--reason", type=LONG_TEXT, required=True, metavar="TEXT",
        help=Cli.tr("why it is corrected; kept with the earlier text"),
    )  # fmt: skip
    listing = verbs.add_parser("list", help=Cli.tr("the assessments, the latest period first"))
    listing.add_argument(
        "--limit", type=Number(1, 10_000), default=100, help=Cli.tr("at most this many")
    )


def cmd_situation(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import situation

    if args.assessment_command == "add":
        from kopingplan.services.statistics import periods

        periods(args.first, args.last)  # a reversed period before the passphrase
        text = read_plain_text(
            TEXT_FILE, args.text_file, TextNotPlain
        )  # a bad file before the passphrase too
        with open_session(args, secrets) as session:
            stored = situation.add_assessment(session, args.first, args.last, text)
        print(Cli.tr("Stored assessment {id}.").format(id=stored.id), file=out)
        return 0
    if args.assessment_command == "correct":
        return _correct(args, secrets, out)
    with open_session(args, secrets) as session:
        found = situation.assessments(session, limit=args.limit)
    listed = [
        (a.id, a.first_day.isoformat(), a.last_day.isoformat(), a.written_by,
         local_minute(a.written_at), first_words(a.text, FIRST_WORDS))
        for a in found
    ]  # fmt: skip
    print_rows(listed, Cli.tr("Assessments: {n}."), out)
    return 0


def _correct(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import situation

    text = read_plain_text(TEXT_FILE, args.text_file, TextNotPlain)  # before the passphrase
    now = datetime.now(UTC)
    with open_session(args, secrets) as session:
        stored = situation.correct_assessment(
            session, args.assessment_id, text, reason=args.reason, now=now
        )
    if stored.written_at != now:  # the same text: nothing was written
        print(Cli.tr("Assessment {id} already says this; nothing was changed.").format(
            id=stored.id), file=out)  # fmt: skip
        return 0
    print(
        Cli.tr("Corrected assessment {id}; the earlier text is kept.").format(id=stored.id),
        file=out,
    )
    return 0


COMMANDS = {"situation": cmd_situation}

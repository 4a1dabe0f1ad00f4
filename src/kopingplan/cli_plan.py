"""Command-line verbs for the action plan's revisions (:mod:`kopingplan.services.plan`).
Registered by :mod:`kopingplan.cli_args` (parsers) and :mod:`kopingplan.cli` (commands).

``kopingplan plan list`` prints the revisions newest first; ``plan show NUMBER`` prints one
revision's text; ``plan add --adopted-on DAY --decided-by KF|KS|NAME [--diary-number DNR]
--text-file FILE [--changes TEXT] [--number N]`` adds a revision (the "plan_revisions.add"
audit row). ``plan commitment add --revision N --text TEXT [--due DAY] [--group ID]…
[--activity ID]… [--organisation ID]…`` adds a commitment (åtagande) to a revision, ``plan
commitment list [--revision N]`` lists those of a revision (the newest by default). The
plan's text is read from a UTF-8 file: a plan is a document, too long for an argument. A bad
file or value is refused before the passphrase is asked for, and writes nothing.

Also here, for ``kopingplan report where-to-turn --out FILE`` (parsed by
:mod:`kopingplan.cli_reports`): the sheet "Vart vänder jag mig?" from the partner registry.
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from kopingplan import errors
from kopingplan.cli_args import LINE, LONG_TEXT, RECORD_NUMBER, Cli, InputFile, Number
from kopingplan.cli_session import (
    SecretReader,
    add_day,
    add_text_file,
    open_session,
    print_rows,
    verb_group,
)
from kopingplan.domain import model, rules
from kopingplan.errors import QT_TRANSLATE_NOOP

# A plan of rules.PLAN_TEXT_MAX characters, each up to four bytes in UTF-8.
PLAN_FILE = InputFile(4 * rules.PLAN_TEXT_MAX)
REVISION_NUMBER = Number(1, 100_000)
FIELD_OPTIONS = {
    "plan add": {"revision": "--number", "adopted_by": "--decided-by", "text": "--text-file",
                 "change_summary": "--changes"},
    "plan commitment add": {"due_on": "--due"},
}  # fmt: skip


class PlanTextNotPlain(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not the plan as plain text (it is not UTF-8 text, or it is a PDF, a Word "
        "document or a certificate). Nothing was changed; save the plan as plain text (UTF-8).",
    )


# Files of another kind that are easily picked by mistake: the plan as PDF or Word (ZIP), a
# certificate or key (PEM, DER). Their bytes may well decode as text.
_OTHER_KINDS = (b"%PDF-", b"PK\x03\x04", b"\x30\x82", b"{\\rtf")
_ARMOUR = "-----BEGIN "


class NoSuchRevision(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP("Errors", "The action plan has no revision {number}.")


def add_parsers(commands: Any) -> None:
    verbs = verb_group(commands, "plan", Cli.tr("the action plan's revisions"))
    verbs.add_parser("list", help=Cli.tr("every revision of the plan, newest first"))
    show = verbs.add_parser("show", help=Cli.tr("the text of one revision"))
    show.add_argument("number", type=REVISION_NUMBER, help=Cli.tr("the revision's number"))
    add = verbs.add_parser("add", help=Cli.tr("record a new revision of the plan"))
    add_day(add, "--adopted-on", Cli.tr("the day it was adopted"), required=True)
    add.add_argument(
        "--decided-by", type=LINE, required=True, metavar="KF|KS|NAME",
        help=Cli.tr("who adopted it: KF (kommunfullmäktige), KS (kommunstyrelsen) or a name"),
    )  # fmt: skip
    add_text_file(add, PLAN_FILE, Cli.tr("the plan's text as adopted (a UTF-8 text file)"))
    add.add_argument(
        "--diary-number", type=LINE, default="", metavar="DNR",
        help=Cli.tr("the decision's diary number (diarienummer), e.g. KS 2026/123"),
    )  # fmt: skip
    add.add_argument(
        "--changes", type=LONG_TEXT, default="", help=Cli.tr("what changed since the last revision")
    )
    add.add_argument(
        "--number", type=REVISION_NUMBER,
        help=Cli.tr("the revision's number (default: one past the highest)"),
    )  # fmt: skip
    _commitment_parsers(verbs)


def _commitment_parsers(verbs: Any) -> None:
    kinds = verb_group(verbs, "commitment", Cli.tr("the commitments of a revision"))
    add = kinds.add_parser("add", help=Cli.tr("add a commitment to a revision"))
    listing = kinds.add_parser("list", help=Cli.tr("the commitments of a revision"))
    listing.add_argument(
        "--revision", type=REVISION_NUMBER, help=Cli.tr("the revision's number (default: newest)")
    )
    add.add_argument(
        "--revision", type=REVISION_NUMBER, required=True, help=Cli.tr("the revision's number")
    )
    add.add_argument(
        "--text", type=LONG_TEXT, required=True, help=Cli.tr("what the plan commits to")
    )
    add_day(add, "--due", Cli.tr("the day it is due, if it has one"))
    for option, meta, words in (
        ("--group", "GROUP", Cli.tr("a working group that carries it out (repeatable)")),
        ("--activity", "ACTIVITY", Cli.tr("an activity that carries it out (repeatable)")),
        (
            "--organisation",
            "ORG",
            Cli.tr("a partner organisation that carries it out (repeatable)"),
        ),
    ):
        add.add_argument(
            option, type=RECORD_NUMBER, action="append", default=[], metavar=meta, help=words
        )


def read_plain_text(
    source: InputFile, path: Any, refusal: type[errors.KopingplanError] = PlanTextNotPlain
) -> str:
    """A UTF-8 text file as the vault stores text; ``refusal`` for a file that is not plain
    text (also used by ``situation assessment add``)."""
    data = source.read(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise refusal() from None
    if data.startswith(_OTHER_KINDS) or _ARMOUR in text:
        raise refusal()
    return rules.normalise_text(text.removeprefix("\ufeff"))


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def cmd_plan(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import plan

    if args.plan_command == "commitment":
        return _cmd_commitment(args, secrets, out)
    if args.plan_command == "add":
        text = read_plain_text(
            PLAN_FILE, args.text_file
        )  # before the passphrase: a bad file costs none
        revision = model.PlanRevision(
            revision=args.number or 1,
            adopted_on=args.adopted_on,
            adopted_by=plan.adopter_name(args.decided_by),
            text=text,
            change_summary=rules.normalise_text(args.changes),
            diary_number=rules.normalise_text(args.diary_number),
        )
        rules.validate(revision)
        with open_session(args, secrets) as session:
            if args.number is None:
                revision.revision = plan.next_number(session)
            stored = plan.add_revision(session, revision)
        print(Cli.tr("Recorded revision {n} of the action plan.").format(n=stored.revision),
              file=out)  # fmt: skip
        return 0
    with open_session(args, secrets) as session:
        found = plan.revisions(session)
    if args.plan_command == "show":
        chosen = next((r for r in found if r.revision == args.number), None)
        if chosen is None:
            raise NoSuchRevision(number=args.number)
        print(chosen.text, file=out)
        return 0
    listed = [
        (r.revision, r.adopted_on.isoformat(), r.adopted_by, r.diary_number or "-",
         _first_line(r.change_summary))
        for r in found
    ]  # fmt: skip
    print_rows(listed, Cli.tr("Revisions: {n}."), out)
    return 0


def _revision(found: list[model.PlanRevision], number: int | None) -> model.PlanRevision:
    if number is None and found:
        return found[0]  # the newest
    chosen = next((r for r in found if r.revision == number), None)
    if chosen is None:
        raise NoSuchRevision(number=number or 1)
    return chosen


def _cmd_commitment(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import plan

    with open_session(args, secrets) as session:
        revision = _revision(plan.revisions(session), args.revision)
        assert revision.id is not None
        if args.commitment_command == "add":
            stored = plan.add_commitment(
                session,
                model.Commitment(
                    revision.id,
                    args.text,
                    args.due,
                    tuple(args.group),
                    tuple(args.activity),
                    tuple(args.organisation),
                ),
            )
            print(
                Cli.tr("Recorded commitment {id} of revision {n}.").format(
                    id=stored.id, n=revision.revision
                ),
                file=out,
            )
            return 0
        found = plan.commitments(session, revision.id)
    listed = [(c.id, c.due_on.isoformat() if c.due_on else "-", _first_line(c.text)) for c in found]
    print_rows(listed, Cli.tr("Commitments: {n}."), out)
    return 0


def cmd_where_to_turn(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    """``kopingplan report where-to-turn --out FILE``: the sheet for relatives and
    professionals (:mod:`kopingplan.services.where_to_turn`), not signed, its writing logged."""
    from kopingplan import files
    from kopingplan.services import where_to_turn

    files.check_output(args.out, overwrite=args.force)  # before the passphrase is asked for
    with open_session(args, secrets, record_unlock=False) as session:
        made = where_to_turn.make(session)
        path = where_to_turn.save(session, made, args.out, overwrite=args.force)
    print(Cli.tr("Wrote {path}: {n} organisations.").format(path=path, n=made.listed), file=out)
    if made.left_out:
        print(
            Cli.tr("{n} organisations did not fit on the page.").format(n=made.left_out),
            file=out,
        )
    return 0


COMMANDS = {"plan": cmd_plan}

"""Command-line verb for the register extract (registerutdrag, GDPR art. 15). Registered by
:mod:`kopingplan.cli_args` (parser) and :mod:`kopingplan.cli` (command).

``kopingplan extract PERSON --out FILE.pdf [--withhold KIND:ID --reason TEXT]…`` writes the
signed extract of a person as a new file (``--force`` to replace one) and records it as a
disclosure to the person (:mod:`kopingplan.services.extract`). Each ``--withhold`` names a
part by kind and number as the review shows them (``note:12``, ``case:3``); its ``--reason`` is
the ground printed in its place, e.g. "OSL 26 kap. 1 §". One ``--reason`` per ``--withhold``,
in the same order, or a single one for all of them. Every refusal writes nothing.
"""

from __future__ import annotations

import argparse
import re
from typing import Any, TextIO

from kopingplan import files
from kopingplan.cli_args import LINE, OUTPUT_FILE, RECORD_NUMBER, Cli, UsageError
from kopingplan.cli_session import SecretReader, open_session

PART = re.compile(r"[a-z_]+:[0-9]{1,19}")


def add_parsers(commands: Any) -> None:
    extract = commands.add_parser(
        "extract", help=Cli.tr("a person's signed register extract (GDPR art. 15)")
    )
    extract.add_argument("person", type=RECORD_NUMBER, help=Cli.tr("the person's number"))
    extract.add_argument(
        "--out", type=OUTPUT_FILE, required=True, help=Cli.tr("the PDF file to write")
    )
    extract.add_argument(
        "--withhold", type=LINE, action="append", default=[], metavar="KIND:ID",
        help=Cli.tr("a part to withhold, e.g. note:12; repeatable, each with --reason"),
    )  # fmt: skip
    extract.add_argument(
        "--reason", type=LINE, action="append", default=[], metavar="TEXT",
        help=Cli.tr("the ground for withholding, e.g. 'OSL 26 kap. 1 §'"),
    )  # fmt: skip
    extract.add_argument("--force", action="store_true", help=Cli.tr("overwrite existing files"))


def _withholdings(args: argparse.Namespace) -> list[Any]:
    from kopingplan.services.extract import Withholding

    parts, reasons = list(args.withhold), list(args.reason)
    for part in parts:
        if not PART.fullmatch(part.strip()):
            problem = Cli.tr("--withhold {part}: name a part by kind and number, e.g. note:12")
            raise UsageError(detail=problem.format(part=files.shown(part)))
    if reasons and not parts:
        raise UsageError(detail=Cli.tr("--reason needs a --withhold to go with"))
    if parts and len(reasons) == 1:
        reasons = reasons * len(parts)
    if len(reasons) != len(parts):
        raise UsageError(
            detail=Cli.tr("give one --reason for each --withhold, or one for all of them")
        )
    return [Withholding(part.strip(), reason) for part, reason in zip(parts, reasons, strict=True)]


def cmd_extract(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import extract

    withholdings = _withholdings(args)  # before the passphrase is asked for
    files.check_output(args.out, overwrite=args.force)
    with open_session(args, secrets, record_unlock=False) as session:
        made = extract.save(session, args.person, args.out, withholdings, overwrite=args.force)
    print(
        Cli.tr(
            "Wrote the signed register extract {path} ({id}), recorded as disclosure {number}; "
            "withheld parts: {withheld}."
        ).format(
            path=made.path, id=made.document_id, number=made.disclosure_id,
            withheld=len(made.withheld),
        ),
        file=out,
    )  # fmt: skip
    return 0


COMMANDS = {"extract": cmd_extract}

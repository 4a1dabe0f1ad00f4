"""The command line's ``search``: one hit a line, with the kind of record in words.

A line is ``KIND<TAB>ID<TAB>CASE<TAB>DAY<TAB>SNIPPET``: the kind in the UI language ("ärende",
"person", "möte", …), the id of the record the hit opens (a meeting for a hit in its agenda or
actions, an exit plan for one in its measures, a relative-support thread for one in its
contacts), the case number as ``#12`` and the record's day, or ``-`` where there is none, and
the matching text on one line. The search is audited with the number of hits, never the words.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import TextIO

from kopingplan.cli_args import Cli, UsageError, read_stdin_line
from kopingplan.cli_session import SecretReader, open_session
from kopingplan.errors import QT_TRANSLATE_NOOP

# The kind of each hit in words (singular, lower case: they start a line of a listing).
KIND_WORDS = {
    "case": QT_TRANSLATE_NOOP("Cli", "case"),
    "concern": QT_TRANSLATE_NOOP("Cli", "incoming concern"),
    "person": QT_TRANSLATE_NOOP("Cli", "person"),
    "organisation": QT_TRANSLATE_NOOP("Cli", "organisation"),
    "note": QT_TRANSLATE_NOOP("Cli", "note"),
    "contact": QT_TRANSLATE_NOOP("Cli", "contact"),
    "exit_plan": QT_TRANSLATE_NOOP("Cli", "exit plan"),
    "relative_support": QT_TRANSLATE_NOOP("Cli", "relative support"),
    "meeting": QT_TRANSLATE_NOOP("Cli", "meeting"),
    "incident": QT_TRANSLATE_NOOP("Cli", "incident"),
    "incoming_item": QT_TRANSLATE_NOOP("Cli", "incoming item"),
    "situation_entry": QT_TRANSLATE_NOOP("Cli", "situation entry"),
    "situation_assessment": QT_TRANSLATE_NOOP("Cli", "situation assessment"),
    "activity": QT_TRANSLATE_NOOP("Cli", "activity"),
    "commitment": QT_TRANSLATE_NOOP("Cli", "commitment"),
    "plan_revision": QT_TRANSLATE_NOOP("Cli", "plan revision"),
    "attachment": QT_TRANSLATE_NOOP("Cli", "attachment"),
}


def kind_word(kind: str) -> str:
    """A hit's kind in the UI language; an unknown kind as its code."""
    return Cli.tr(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def day_text(when: date | datetime | None) -> str:
    """The day of a hit: an instant (stored in UTC) as the local day, "-" for none."""
    if when is None:
        return "-"
    if isinstance(when, datetime):
        return when.astimezone().date().isoformat()
    return when.isoformat()


def cmd_search(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.cli_args import Text
    from kopingplan.services import search
    from kopingplan.services.session import HIT_END, HIT_START

    if (args.query is None) == (not args.query_stdin):
        raise UsageError(detail=Cli.tr("give the words to look for, or --query-stdin"))
    with open_session(args, secrets, record_unlock=False) as session:
        query = args.query
        if args.query_stdin:  # after the passphrase line; read only once the vault is open
            try:
                query = Text(1000)(read_stdin_line(secrets.stdin))
            except argparse.ArgumentTypeError as problem:
                raise UsageError(detail=f"--query-stdin: {problem}") from None
        hits = search.search(session, query, limit=args.limit)
    for hit in hits:
        # The match markers are for the GUI's highlighting; a terminal shows plain text.
        plain = hit.snippet.replace(HIT_START, "").replace(HIT_END, "")
        snippet = " ".join(plain.split())
        case = "-" if hit.case_id is None else f"#{hit.case_id}"
        line = "\t".join([kind_word(hit.kind), str(hit.id), case, day_text(hit.when), snippet])
        print(line, file=out)
    return 0

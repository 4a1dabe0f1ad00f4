"""What every verb of the command line does around its work: reading the secrets (without echo,
or from standard input), finding the vault folder, checking its files, unlocking, telling of
wrong passphrases since the last unlock, and asking before something that cannot be undone.
Below :mod:`kopingplan.cli` and the ``cli_*`` verb modules, which all import it.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import re
import sys
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from kopingplan import errors
from kopingplan.cli_args import RECORD_NUMBER, Cli, NotUtf8Input, Parser, UsageError, day
from kopingplan.errors import log_failure
from kopingplan.files import shown

if TYPE_CHECKING:
    from kopingplan.domain import model
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)


class SecretReader:
    """Reads passphrases from the terminal (no echo) or line by line from standard input."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    @property
    def stdin(self) -> TextIO:
        """Standard input, for what follows the secrets on it (``search --query-stdin``)."""
        return self._stdin

    def read(self, prompt: str) -> str:
        if self._from_stdin:
            try:
                line = self._stdin.readline()
            except UnicodeDecodeError:
                raise NotUtf8Input() from None
            if any("\udc80" <= c <= "\udcff" for c in line):  # read with surrogateescape
                raise NotUtf8Input()
            if not line:
                raise errors.NoPassphrase()
            return line.rstrip("\r\n")
        if not self._stdin.isatty():
            raise errors.NoPassphrase()
        secret = getpass.getpass(prompt)
        if not secret:
            raise errors.NoPassphrase()
        return secret

    def read_new(self) -> str:
        first = self.read(Cli.tr("New passphrase: "))
        if self._from_stdin:
            return first
        if first != self.read(Cli.tr("Repeat the new passphrase: ")):
            raise errors.PassphraseMismatch()
        return first


def vault_paths(args: argparse.Namespace) -> Any:
    from kopingplan.storage.vault import VaultPaths, default_vault_folder

    return VaultPaths.from_user_path(args.vault or default_vault_folder())


def open_session(args: argparse.Namespace, secrets: SecretReader, **options: Any) -> Any:
    """Checks the vault's files, then asks for the secret and unlocks."""
    from kopingplan.services.session import Session
    from kopingplan.storage.rekey_recovery import finish_interrupted
    from kopingplan.storage.vault import check_database_file

    paths = vault_paths(args)
    finish_interrupted(paths)  # a re-key a crash interrupted: finish or undo it first
    # Check the files before asking for a passphrase: a typo in --vault should not cost one.
    check_database_file(paths)
    if getattr(args, "recovery_key", False):
        from kopingplan.services import recovery

        code = secrets.read(Cli.tr("Recovery key: "))
        session = recovery.open_with_recovery_key(paths, code, **options)
    else:
        session = Session.open(paths, secrets.read(Cli.tr("Passphrase: ")), **options)
    note_unlock(session.vault.unlock_report)
    note_leftovers(session)
    note_unshown_recovery_key(session)
    return session


def note_unlock(report: Any) -> None:
    """Wrong tries since the last unlock, and a lost record of them, on standard error."""
    if report.failures:
        print(
            Cli.tr(
                "Note: %n wrong passphrase(s) were tried since the vault was last opened.",
                "",
                report.failures,
            ),
            file=sys.stderr,
        )
    if report.lost:
        print(
            Cli.tr(
                "Note: the record of wrong passphrases (vault.attempts) was missing or damaged "
                "and was started again. That is expected the first time this version opens the "
                "vault or after a restore; otherwise someone may have removed it."
            ),
            file=sys.stderr,
        )


def note_leftovers(session: Session) -> None:
    """Removes what interrupted saves left outside the vault (services/pending_outputs.py), as
    the GUI does after unlocking; a file that cannot be reached now is named once, on standard
    error. A failed sweep does not stop the verb: it is tried again at the next unlock."""
    from kopingplan.services import pending_outputs

    try:
        swept = pending_outputs.sweep(session)
    except Exception:
        log_failure(_log, "Leftover files not swept")
        return
    if swept.unreachable:
        print(
            Cli.tr(
                "Note: %n half-written file(s) from an interrupted save could not be removed "
                "(the folder or drive is not there now, or is read-only), and may hold "
                "unencrypted data: {paths}. The program tries again at the next unlock; you can "
                "also delete them yourself.",
                "",
                len(swept.unreachable),
            ).format(paths="; ".join(shown(path, None) for path in swept.unreachable)),
            file=sys.stderr,
        )


def note_unshown_recovery_key(session: Session) -> None:
    """A recovery key that was made but never shown (the vault locked, or the program was
    stopped, before its sheet was on screen), on standard error at every command until a new
    key is shown or the recovery key is removed (services/recovery.py)."""
    from kopingplan.services import recovery

    try:
        since = recovery.unshown_since(session)
    except Exception:
        log_failure(_log, "Unshown recovery key not checked")
        return
    if since is not None:
        print(
            Cli.tr(
                "Note: the recovery key made on {day} was never shown: the vault locked, or the "
                "program stopped, before its sheet was on screen. The recovery sheet on paper "
                "may no longer open the vault, and nobody has seen the new key. Make a new "
                "recovery key now ('kopingplan recovery-key new') and print its sheet."
            ).format(day=since.astimezone().date().isoformat()),
            file=sys.stderr,
        )


def named_by_option(
    invalid: errors.InvalidInput, options: dict[str, str], args: argparse.Namespace
) -> errors.InvalidInput:
    """The domain names a field (``decision_reason``, ``organisation_ids``); on the command
    line the user typed an option (``--reason``, ``--organisation``). ``options`` names the
    option where the two differ (a verb module's ``FIELD_OPTIONS``); otherwise a field whose
    name, without ``_id``/``_ids``, is an option's is named as that option. Any other stays."""
    option = options.get(invalid.field)
    name = re.sub(r"_ids?$", "", invalid.field)
    if option is None and name in vars(args) and not name.endswith("_command"):
        option = "--" + name.replace("_", "-")
    if option is None:
        return invalid
    params = {k: v for k, v in invalid.params.items() if k not in ("field", "problem")}
    return errors.InvalidInput(option, invalid.problem, **params)


def confirm(args: argparse.Namespace, question: str) -> bool:
    """--yes, or an interactive yes. With --passphrase-stdin there is no one to ask."""
    if args.yes:
        return True
    if args.passphrase_stdin or not sys.stdin.isatty():
        problem = Cli.tr(
            "--yes: there is no one to ask (standard input is not a terminal); add --yes to go "
            "ahead"
        )
        raise UsageError(detail=problem)
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "j", "ja")


# --- what the verb modules share: their parsers and their listings ----------------------------


def verb_group(commands: Any, name: str, words: str, metavar: str = "VERB") -> Any:
    """``kopingplan NAME VERB …``: the command ``name`` and the place for its verbs; which verb
    ran is ``args.<name>_command``."""
    parser = commands.add_parser(name, help=words)
    return parser.add_subparsers(
        dest=f"{name}_command", metavar=metavar, parser_class=Parser, required=True
    )


def add_day(parser: Any, flag: str, words: str | None = None, **options: Any) -> None:
    """An option that takes a day, YYYY-MM-DD (checked by :func:`kopingplan.cli_args.day`)."""
    parser.add_argument(flag, type=day, metavar="YYYY-MM-DD", help=words, **options)


def add_record(
    parser: Any, flag: str, words: str | None = None, *, repeatable: bool = False, **options: Any
) -> None:
    """An option naming a record by its number (``--case 12``); ``repeatable``: a list of them
    (``--partner 3 --partner 5``), empty when not given."""
    if repeatable:
        options.update(action="append", default=[])
    parser.add_argument(flag, type=RECORD_NUMBER, help=words, **options)


def add_text_file(parser: Any, source: Any, words: str) -> None:
    """``--text-file FILE``: a UTF-8 text file, within ``source``'s size limit (an
    :class:`~kopingplan.cli_args.InputFile`), read before the passphrase is asked for."""
    parser.add_argument("--text-file", type=source, required=True, metavar="FILE", help=words)


def add_period(parser: Any, *, required: bool = False) -> None:
    """``--from DAY --to DAY`` (``args.first``, ``args.last``): a period, both days included."""
    add_day(parser, "--from", Cli.tr("the first day of the period"), dest="first",
            required=required)  # fmt: skip
    add_day(parser, "--to", Cli.tr("the last day of the period (included)"), dest="last",
            required=required)  # fmt: skip


def print_rows(rows: Iterable[Sequence[object]], total: str, out: TextIO) -> None:
    """A listing: one tab-separated line per row, then ``total`` with their number
    (``"Consents: {n}."``)."""
    lines = ["\t".join(str(cell) for cell in row) for row in rows]
    for line in lines:
        print(line, file=out)
    print(total.format(n=len(lines)), file=out)


def first_words(text: str, most: int) -> str:
    """``text`` on one line, cut to ``most`` characters with an ellipsis."""
    words = " ".join(text.split())
    return words if len(words) <= most else words[: most - 1] + "…"


def local_minute(moment: datetime | None) -> str:
    """A moment in local time to the minute, as listings show it ("" for none)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def kept_sources(args: argparse.Namespace, copies: int) -> list[Any]:
    """Each named copy's change for ``--with-sources`` (:func:`kopingplan.cli_args.
    copy_arguments`): the lägesbild's sources kept. None without the flag: the default leaves
    them out of a copy outside the own unit. The flag without ``--recipient`` is a usage error."""
    from kopingplan.briefs import content_profiles as cp

    if not args.with_sources:
        return []
    if not args.recipient:
        raise UsageError(detail=Cli.tr("--with-sources is given only with --recipient"))
    return [{cp.SITUATION: ("sources",)}] * copies


def copy_recipients(args: argparse.Namespace) -> tuple[Any, ...]:
    """Each ``--recipient`` of :func:`kopingplan.cli_args.copy_arguments` with the disclosure's
    terms (used when it is outside the own unit; the service refuses, writing nothing, when
    they are needed and missing). Too many names, or terms without a name, are a usage error
    before anything is read."""
    from kopingplan.briefs.document import MAX_COPIES
    from kopingplan.services.brief_disclosures import CopyRecipient

    given = any(given_terms(args).required())
    if len(args.recipient) > MAX_COPIES:
        raise UsageError(detail=Cli.tr("--recipient: at most {n} names").format(n=MAX_COPIES))
    if given and not args.recipient:
        problem = Cli.tr(
            "--legal-basis, --decided-by, --role and --purpose are given only with --recipient"
        )
        raise UsageError(detail=problem)
    terms = given_terms(args) if given else None
    return tuple(CopyRecipient(name, terms=terms) for name in args.recipient)


def given_terms(args: argparse.Namespace) -> model.DisclosureTerms:
    """The disclosure's terms as :func:`kopingplan.cli_args.terms_arguments` read them."""
    from kopingplan.domain.model import DisclosureTerms

    return DisclosureTerms(
        args.legal_basis, args.decided_by, args.role, args.purpose, args.legal_basis_note
    )

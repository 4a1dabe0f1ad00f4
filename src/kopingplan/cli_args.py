"""The command line's grammar: the parser, the types of its values and argparse in Swedish.

Every value is checked by its type while the arguments are parsed, before a passphrase is asked
for: a number has a range (:class:`Number`), a text a length and a shape (:class:`Text`), a date
a sane year (:func:`day`), a file to read is a regular file under its size limit
(:class:`InputFile`), a file to write goes into an existing folder and is not a folder or a
device (:class:`OutputFile`). The hostile-input tests walk the parser and derive their bad values
from these types, so an option added with one of them is tested the day it is added.

argparse's own messages ("the following arguments are required", "invalid choice", "usage:" …)
come from its gettext calls; :func:`argparse_in_ui_language` routes them through the catalogue
(context "Cli"), so a Swedish line never carries English text.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from kopingplan import errors, files
from kopingplan.errors import QT_TRANSLATE_NOOP

CONTEXT = "Cli"
MESSAGE_MAX = 400  # characters of an argparse complaint; a 10,000-character value is cut
ID_MAX = 2**63 - 1  # SQLite's largest integer: a record number beyond it cannot exist


class Cli:
    """Holder of the command line's ``tr``: lupdate files ``Cli.tr("…")`` under "Cli"."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        from kopingplan.i18n import tr as translate

        return translate(CONTEXT, text, n)


class UsageError(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP("Errors", "{detail} (see 'kopingplan --help')")


# argparse's own texts (Python 3.11–3.13), translated in context "Cli". A text not listed here
# passes through unchanged; tests/unit/test_cli_hostile.py fails if one reaches a Swedish line.
ARGPARSE_TEXTS = frozenset(
    {
        QT_TRANSLATE_NOOP("Cli", "usage: "),
        QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("Cli", "positional arguments"),
        QT_TRANSLATE_NOOP("Cli", "options"),
        QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
        QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("Cli", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("Cli", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("Cli", "expected one argument"),
        QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
        QT_TRANSLATE_NOOP("Cli", "expected at least one argument"),
        QT_TRANSLATE_NOOP("Cli", "expected %s argument"),
        QT_TRANSLATE_NOOP("Cli", "expected %s arguments"),
        QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("Cli", "unexpected option string: %s"),
        QT_TRANSLATE_NOOP("Cli", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("Cli", "%(prog)s: error: %(message)s\n"),
    }
)


def _gettext(message: str) -> str:
    return Cli.tr(message) if message in ARGPARSE_TEXTS else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextlib.contextmanager
def argparse_in_ui_language() -> Iterator[None]:
    """argparse looks its texts up through module-level ``_`` and ``ngettext``: while the
    command line builds and parses, they answer from our catalogue."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """Turns argparse's multi-line usage complaint into one translated line and exit code 2.

    Options are never abbreviated: ``--passphrase SECRET`` must not be taken for
    ``--passphrase-stdin`` followed by a stray word. And a stray word is not repeated in the
    complaint (only the options are), since it may be exactly such a secret."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            options = [files.shown(a.split("=", 1)[0]) for a in extras if a.startswith("-")]
            words = len(extras) - len(options)
            shown = ", ".join(options[:3])
            if words:
                more = Cli.tr("%n other word(s), not repeated here", "", words)
                shown = f"{shown}; {more}" if shown else more
            self.error(Cli.tr("unrecognized arguments: %s") % shown)
        return parsed

    def error(self, message: str) -> NoReturn:
        line = " ".join(message.split())
        if len(line) > MESSAGE_MAX:
            line = line[: MESSAGE_MAX - 1] + "…"
        raise UsageError(detail=line)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        # argparse would quote the whole value and every choice with repr: a 10,000-character
        # typo made a 10,000-character line.
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(str, action.choices))
            problem = Cli.tr("{value} is not one of: {choices}")
            raise argparse.ArgumentError(
                action, problem.format(value=files.shown(str(value)), choices=choices)
            )


# --- the types of values --------------------------------------------------------------------------


def _quoted(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:39] + "…")


class Number:
    """A whole number from ``low`` to ``high``: 'abc', '1.5' and 10**30 are refused here, not
    by SQLite or by an OverflowError later."""

    def __init__(self, low: int, high: int) -> None:
        self.low, self.high = low, high
        self.__name__ = "number"

    def __call__(self, text: str) -> int:
        if not re.fullmatch(r"\s*[+-]?[0-9]{1,30}\s*", text):
            problem = Cli.tr("{text} is not a whole number").format(text=_quoted(text))
            raise argparse.ArgumentTypeError(problem)
        value = int(text)
        if not self.low <= value <= self.high:
            problem = Cli.tr("{value} is not between {low} and {high}")
            raise argparse.ArgumentTypeError(
                problem.format(value=_quoted(text.strip()), low=self.low, high=self.high)
            )
        return value

    def __repr__(self) -> str:
        return f"Number({self.low}, {self.high})"


RECORD_NUMBER = Number(1, ID_MAX)


class Text:
    """A text of at most ``max_chars`` characters; on one line unless ``lines``. Invalid UTF-8
    in an argument (Python keeps it as lone surrogates) and control characters are refused:
    they would end up in the vault, in a PDF or on the terminal."""

    def __init__(self, max_chars: int, *, lines: bool = False) -> None:
        self.max_chars, self.lines = max_chars, lines
        self.__name__ = "text"

    def __call__(self, text: str) -> str:
        if any("\ud800" <= c <= "\udfff" for c in text):
            raise argparse.ArgumentTypeError(Cli.tr("the text is not valid UTF-8"))
        if len(text) > self.max_chars:
            problem = Cli.tr("the text is longer than {n} characters")
            raise argparse.ArgumentTypeError(problem.format(n=self.max_chars))
        allowed = "\n\t" if self.lines else ""
        if any(not c.isprintable() and c not in allowed and c != " " for c in text):
            problem = (
                Cli.tr("the text contains control characters")
                if self.lines
                else Cli.tr("the text must be one line without control characters")
            )
            raise argparse.ArgumentTypeError(problem)
        return text

    def __repr__(self) -> str:
        return f"Text({self.max_chars}, lines={self.lines})"


LINE = Text(300)  # domain.rules.LINE_MAX: names, titles, single-line fields
LONG_TEXT = Text(100_000, lines=True)  # domain.rules.TEXT_MAX
YEARS = (1900, 2100)  # domain.rules.YEAR_MIN, YEAR_MAX


def day(text: str) -> date:
    """The type of a YYYY-MM-DD argument: anything else is refused in the user's language."""
    try:
        value = date.fromisoformat(text.strip())
    except ValueError:
        # repr: a line break or control character in the junk stays on the one error line.
        problem = Cli.tr("{text} is not a date (YYYY-MM-DD)").format(text=_quoted(text))
        raise argparse.ArgumentTypeError(problem) from None
    if not YEARS[0] <= value.year <= YEARS[1]:
        problem = Cli.tr("{text} is not a date between the years {first} and {last}")
        raise argparse.ArgumentTypeError(
            problem.format(text=_quoted(text), first=YEARS[0], last=YEARS[1])
        )
    return value


day.__name__ = "date"


class InputFile:
    """A file to read whole, of at most ``limit`` bytes: checked now, read later with
    :func:`kopingplan.files.read_input`, which checks again."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.__name__ = "file"

    def __call__(self, text: str) -> Path:
        files.check_input(text, self.limit)  # a FileError is one translated line, exit 2
        return Path(text)

    def read(self, path: Path) -> bytes:
        return files.read_input(path, self.limit)

    def __repr__(self) -> str:
        return f"InputFile({self.limit})"


class InputFileOrStdin(InputFile):
    """An :class:`InputFile`, or ``-`` for standard input (returned as ``Path("-")``)."""

    def __call__(self, text: str) -> Path:
        return Path(STDIN) if text == STDIN else super().__call__(text)


STDIN = "-"


class OutputFile:
    """A file to write: its folder exists and the name is not a folder or a device. Whether an
    existing file may be replaced is the command's ``--force``."""

    __name__ = "file"

    def __call__(self, text: str) -> Path:
        files.check_output(text, overwrite=True)
        return Path(text)

    def __repr__(self) -> str:
        return "OutputFile()"


class Folder:
    """An existing folder (a backup destination or a backup)."""

    __name__ = "folder"

    def __call__(self, text: str) -> Path:
        path = Path(text)
        try:
            is_folder = stat.S_ISDIR(os.stat(path).st_mode)
        except (OSError, ValueError):  # missing, a name too long, a NUL character
            is_folder = False
        if not is_folder:
            raise FolderMissing(path)
        return path

    def __repr__(self) -> str:
        return "Folder()"


class FolderMissing(files.FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The folder {path} does not exist or is not a folder. Check the path."
    )


CERTIFICATE_FILE = InputFile(files.CERTIFICATE_LIMIT)
PKCS12_FILE = InputFile(files.PKCS12_LIMIT)
PACKAGE_FILE = InputFile(files.PACKAGE_LIMIT)
BRIEF_FILE = InputFile(files.BRIEF_LIMIT)
OUTPUT_FILE = OutputFile()
FOLDER = Folder()


def vault_folder(text: str) -> Path:
    """--vault: a path on one line; whether a vault is there is checked when it is opened."""
    if not text or len(text) > 4096 or "\0" in text:
        problem = Cli.tr("{text} is not a folder name").format(text=files.shown(text))
        raise argparse.ArgumentTypeError(problem)
    return Path(text)


vault_folder.__name__ = "folder"

ValueType = Callable[[str], Any]


def read_stdin_line(stream: Any) -> str:
    """One line of standard input, without its line break; invalid UTF-8 is a typed error."""
    try:
        line = str(stream.readline())
    except UnicodeDecodeError:
        raise NotUtf8Input() from None
    if any("\udc80" <= c <= "\udcff" for c in line):  # a stream read with surrogateescape
        raise NotUtf8Input()
    return line.rstrip("\r\n")


class NotUtf8Input(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Standard input is not valid UTF-8 text. Nothing was changed; save the text as UTF-8.",
    )


# --- the parser -----------------------------------------------------------------------------------


def copy_arguments(parser: argparse.ArgumentParser, *, sources: bool = False) -> None:
    """Each copy's recipient and, for one outside the own unit, the disclosure's terms (then
    required: the service refuses without them): ``brief`` and ``report situation``. Read
    them with :func:`kopingplan.cli_session.copy_recipients`. ``sources``: also
    ``--with-sources`` (``brief``, ``report situation``), which keeps the lägesbild's sources
    in every named copy (without it a copy outside the own unit has none)."""
    parser.add_argument(
        "--recipient", action="append", type=LINE, default=[], metavar="NAME",
        help=Cli.tr("one numbered copy per name"),
    )  # fmt: skip
    if sources:
        parser.add_argument(
            "--with-sources",
            action="store_true",
            help=Cli.tr(
                "keep the situation picture's sources in every named copy (without it a "
                "copy outside your own unit has none)"
            ),
        )
    terms_arguments(parser, required=False)


# The terms' fields that the options of :func:`terms_arguments` name otherwise (a verb's
# FIELD_OPTIONS), so that a refused term names the option the user typed.
TERMS_FIELD_OPTIONS = {"decided_by_role": "--role"}


def terms_arguments(
    parser: argparse.ArgumentParser, *, required: bool, purpose: Text = LINE
) -> None:
    """A disclosure's terms (``disclosure add``, ``export``, a copy of :func:`copy_arguments`,
    which needs them only outside the own unit: ``required=False``); the note is optional.
    ``purpose``: the text it takes (an export's may have several lines). Read them with
    :func:`kopingplan.cli_session.given_terms`."""
    terms = (
        ("--legal-basis", None, LINE, Cli.tr("a code or title from 'legal-bases'"), required),
        ("--legal-basis-note", None, LONG_TEXT, None, False),
        ("--decided-by", "NAME", LINE, Cli.tr("who decided the disclosure"), required),
        ("--role", None, LINE, Cli.tr("the decider's role"), required),
        ("--purpose", None, purpose, None, required),
    )
    for flag, metavar, kind, words, needed in terms:
        parser.add_argument(
            flag, type=kind, default="", metavar=metavar, help=words, required=needed
        )


def build_parser(verbs: Sequence[Callable[[Any], None]]) -> argparse.ArgumentParser:
    from kopingplan import __version__
    from kopingplan.briefs.document import MAX_COPIES

    parser = Parser(
        prog="kopingplan",
        description=Cli.tr(
            "Köpingplan: the coordinator's encrypted vault. Without a command, the "
            "desktop app starts."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kopingplan {__version__}",
        help=Cli.tr("show the program's version and exit"),
    )
    parser.add_argument(
        "--vault", type=vault_folder, help=Cli.tr("the vault folder (default: %(default)s)")
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=Cli.tr("read the passphrase from the first line of standard input"),
    )
    parser.add_argument("--lang", choices=("sv", "en"), help=Cli.tr("language of messages"))
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=Cli.tr("check this installation with a temporary vault and exit (no window)"),
    )
    parser.add_argument(
        "--recovery-key",
        action="store_true",
        help=Cli.tr("unlock with the recovery key instead of the passphrase"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    init = commands.add_parser("init", help=Cli.tr("create a new vault and your signing identity"))
    init.add_argument(
        "--name", type=LINE, help=Cli.tr("your name, for the certificate and the audit log")
    )
    init.add_argument("--org", type=LINE, help=Cli.tr("your organisation, e.g. Köpings kommun"))

    demo = commands.add_parser("demo", help=Cli.tr("fill the vault with fictional demo data"))
    demo.add_argument(
        "--cases", type=Number(0, 1_000_000), default=50, help=Cli.tr("number of cases")
    )
    demo.add_argument(
        "--seed",
        type=Number(0, 2**32 - 1),
        default=1,
        help=Cli.tr("random seed (same seed, same data)"),
    )

    commands.add_parser("info", help=Cli.tr("counts, schema, cipher settings; never content"))
    commands.add_parser("check", help=Cli.tr("integrity checks and the audit chain"))
    commands.add_parser("passwd", help=Cli.tr("change the passphrase"))

    search = commands.add_parser("search", help=Cli.tr("full-text search"))
    search.add_argument(
        "query", nargs="?", type=Text(1000), help=Cli.tr("words to look for (prefixes match)")
    )
    search.add_argument(
        "--query-stdin",
        action="store_true",
        help=Cli.tr(
            "read the words from standard input (after the passphrase line), so that other "
            "users cannot see them in the process list"
        ),
    )
    search.add_argument(
        "--limit", type=Number(1, 1000), default=50, help=Cli.tr("at most this many hits")
    )

    brief = commands.add_parser("brief", help=Cli.tr("make a signed PDF brief"))
    brief.add_argument("kind", choices=("meeting", "case", "lagesbild"))
    brief.add_argument("id", nargs="?", type=RECORD_NUMBER, help=Cli.tr("meeting or case number"))
    brief.add_argument(
        "--out", type=OUTPUT_FILE, required=True, help=Cli.tr("the PDF file to write")
    )
    brief.add_argument(
        "--copies", type=Number(1, MAX_COPIES), default=1, help=Cli.tr("numbered copies")
    )
    copy_arguments(brief, sources=True)
    brief.add_argument("--force", action="store_true", help=Cli.tr("overwrite existing files"))

    verify = commands.add_parser(
        "verify", help=Cli.tr("check a signed brief: who signed it and that it is unchanged")
    )
    verify.add_argument("file", type=InputFile(max(files.BRIEF_LIMIT, files.PACKAGE_LIMIT)))
    verify.add_argument(
        "--trust",
        type=CERTIFICATE_FILE,
        action="append",
        default=[],
        help=Cli.tr("a signer's certificate (PEM); without it the vault is unlocked"),
    )

    for add_parsers in verbs:  # each verb module's commands (kopingplan.cli.build_parser)
        add_parsers(commands)
    return parser


def pre_parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options alone, before Qt starts: the GUI needs a QApplication, the commands
    only a QCoreApplication, and only one of them can exist in a process."""
    pre = Parser(add_help=False)
    pre.add_argument("--vault", type=Path)
    pre.add_argument("--lang", choices=("sv", "en"))
    pre.add_argument("--passphrase-stdin", action="store_true")
    pre.add_argument("--recovery-key", action="store_true")
    return pre.parse_known_args(argv)

"""Command-line verbs for attachments (bilagor). Registered by :mod:`kopingplan.cli_args`
(parsers) and :mod:`kopingplan.cli` (commands).

``kopingplan attach KIND:ID FILE`` stores a file with a case, note, meeting, incident or an
incoming concern (``case:12``, ``note:40``, ``concern:3`` …); ``kopingplan attachments KIND:ID``
lists them (logged as looked at); ``kopingplan attachment save N --out FILE`` writes a plain
copy, logged, and never over an existing file without ``--force``. The file to attach is checked
(a regular file within the limits) while the arguments are parsed, and read and judged (its kind
by content) before the passphrase is asked for.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from kopingplan import files, filetypes
from kopingplan.cli_args import ID_MAX, OUTPUT_FILE, Cli, InputFile, Text
from kopingplan.cli_session import SecretReader, local_minute, open_session, print_rows, verb_group
from kopingplan.domain.model.attachments import AttachmentOwner

ATTACHMENT_FILE = InputFile(filetypes.ATTACHMENT_LIMIT)


class RecordRef(Text):
    """``KIND:ID``: what an attachment belongs to, e.g. ``case:12``. A text to the hostile-input
    tests (it refuses what any one-line text refuses), then a kind and a record number."""

    def __init__(self) -> None:
        super().__init__(40)
        self.__name__ = "KIND:ID"

    def __call__(self, text: str) -> tuple[AttachmentOwner, int]:  # type: ignore[override]
        text = super().__call__(text)
        kind, _, number = text.strip().partition(":")
        kinds = ", ".join(o.value for o in AttachmentOwner)
        problem = Cli.tr("{text} is not KIND:NUMBER with KIND one of: {kinds}")
        refused = argparse.ArgumentTypeError(problem.format(text=files.shown(text), kinds=kinds))
        if kind.lower() not in {o.value for o in AttachmentOwner}:
            raise refused
        if not number.isascii() or not number.isdigit() or not 1 <= int(number) <= ID_MAX:
            raise refused
        return AttachmentOwner(kind.lower()), int(number)

    def __repr__(self) -> str:
        return "RecordRef()"


RECORD_REF = RecordRef()


def add_parsers(commands: Any) -> None:
    from kopingplan.cli_args import RECORD_NUMBER

    attach = commands.add_parser(
        "attach", help=Cli.tr("keep a file (PDF, image, Office file, e-mail) with a record")
    )
    attach.add_argument(
        "record", type=RECORD_REF, metavar="KIND:ID",
        help=Cli.tr("what it belongs to: case:N, note:N, meeting:N, incident:N or concern:N"),
    )  # fmt: skip
    attach.add_argument("file", type=ATTACHMENT_FILE, help=Cli.tr("the file to attach"))
    listing = commands.add_parser(
        "attachments", help=Cli.tr("a record's attachments (logged as looked at)")
    )
    listing.add_argument(
        "record", type=RECORD_REF, metavar="KIND:ID",
        help=Cli.tr(
            "case:N (with its notes' and concerns'), note:N, meeting:N, incident:N or concern:N"
        ),
    )  # fmt: skip
    verbs = verb_group(commands, "attachment", Cli.tr("one attachment"))
    save = verbs.add_parser("save", help=Cli.tr("save a plain copy to a file (logged)"))
    save.add_argument("attachment", type=RECORD_NUMBER, help=Cli.tr("the attachment number"))
    save.add_argument(
        "--out", type=OUTPUT_FILE, required=True, metavar="FILE", help=Cli.tr("the file to write")
    )
    save.add_argument("--force", action="store_true", help=Cli.tr("overwrite existing files"))


def size_text(size: int) -> str:
    """A file's size as every listing of files gives it (attachments, a package's files)."""
    if size >= 1_000_000:  # decimal units both ways, as the GUI's viewer and lists give them
        return Cli.tr("{n} MB").format(n=f"{size / 1_000_000:.1f}")
    return Cli.tr("{n} kB").format(n=f"{max(1, round(size / 1000))}")


def cmd_attach(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import attachments

    owner, owner_id = args.record
    # Read and judged before the passphrase: a wrong or damaged file is refused with the vault
    # untouched (not even an unlock row). The size was checked while parsing; the total needs
    # the vault, so it is checked after unlocking and before anything is stored.
    data = ATTACHMENT_FILE.read(args.file)
    filetypes.identify(args.file.name, data)
    with open_session(args, secrets) as session:
        attachments.check_file(session, args.file)
        stored = attachments.attach_bytes(session, owner, owner_id, args.file.name, data)
    kind = filetypes.kind_word(filetypes.FileKind(stored.kind))
    print(
        Cli.tr("Attached {name} as attachment {id} ({kind}, {size}).").format(
            name=files.shown(stored.file_name), id=stored.id, kind=kind, size=size_text(stored.size)
        ),
        file=out,
    )
    return 0


def cmd_attachments(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import attachments

    owner, owner_id = args.record
    with open_session(args, secrets) as session:
        found = attachments.list_attachments(session, owner, owner_id)
    listed = [
        (a.id, files.shown(a.file_name), filetypes.kind_word(filetypes.FileKind(a.kind)),
         size_text(a.size), local_minute(a.added_at), files.shown(a.added_by), a.sha256)
        for a in found
    ]  # fmt: skip
    print_rows(listed, Cli.tr("Attachments: {n}."), out)
    return 0


def cmd_attachment(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import attachments

    files.check_output(args.out, overwrite=args.force)  # before the passphrase is asked for
    with open_session(args, secrets) as session:
        attachments.save_copy(session, args.attachment, args.out, overwrite=args.force)
    print(Cli.tr("Saved a copy to {path}.").format(path=files.shown(args.out)), file=out)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, SecretReader, TextIO], int]] = {
    "attach": cmd_attach,
    "attachments": cmd_attachments,
    "attachment": cmd_attachment,
}

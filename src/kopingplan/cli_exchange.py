"""Command-line verbs of the exchange with the police liaison: recipients, export, import and
the disclosure log. Registered by :mod:`kopingplan.cli`; each verb calls the exchange service."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from kopingplan import files, filetypes
from kopingplan.cli_args import (
    BRIEF_FILE,
    CERTIFICATE_FILE,
    LINE,
    LONG_TEXT,
    OUTPUT_FILE,
    PACKAGE_FILE,
    RECORD_NUMBER,
    STDIN,
    TERMS_FIELD_OPTIONS,
    Cli,
    InputFileOrStdin,
    NotUtf8Input,
    Parser,
    Text,
    day,
    terms_arguments,
)
from kopingplan.cli_attachments import size_text
from kopingplan.cli_plan import read_plain_text
from kopingplan.cli_session import SecretReader, given_terms, open_session
from kopingplan.cli_situation import TextNotPlain
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.exchange import errors as ex
from kopingplan.i18n import word

FINGERPRINT = Text(200)  # 64 hex digits, in groups as the holder reads them out
FIELD_OPTIONS = {
    "disclosures": {"to": "--to"},
    "incoming": {"reason": "--reason"},
    "export": TERMS_FIELD_OPTIONS,
}
# A link reason as a file: services.exchange.incoming_actions.REASON_MAX (1000) characters of
# UTF-8, at most 4 bytes each, and a byte order mark.
REASON_FILE = InputFileOrStdin(4 * 1000 + 3)


def add_reason(parser: Any, words: str, *, required: bool) -> None:
    """``--reason TEXT`` or ``--reason-file FILE``: a reason may name a person, and the command
    line is visible to other users of the computer (``ps``) and kept in shell history."""
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument(
        "--reason", type=LONG_TEXT, default="", metavar="TEXT",
        help=words + Cli.tr(
            "; on the command line, which other users of this computer can see (ps) and the "
            "shell keeps in its history: only a short reason that names no one"
        ),
    )  # fmt: skip
    group.add_argument(
        "--reason-file", type=REASON_FILE, metavar="FILE",
        help=Cli.tr(
            "the reason from a UTF-8 text file, or - for standard input (after the passphrase "
            "line with --passphrase-stdin): for a reason that names a person"
        ),
    )  # fmt: skip


def read_reason(args: argparse.Namespace) -> str | None:
    """The reason given by ``--reason`` or in a ``--reason-file`` (read before the passphrase is
    asked for: a bad file costs no unlock); None for ``--reason-file -``
    (:func:`read_stdin_reason` once the vault is open)."""
    if args.reason_file is None:
        return str(args.reason)
    if args.reason_file == Path(STDIN):
        return None
    return read_plain_text(REASON_FILE, args.reason_file, TextNotPlain)


def read_stdin_reason(stream: TextIO) -> str:
    """The rest of standard input (after the passphrase line with --passphrase-stdin)."""
    try:
        text = str(stream.read(REASON_FILE.limit + 1))  # longer is refused as too long
    except UnicodeDecodeError:
        raise NotUtf8Input() from None
    if any("\udc80" <= c <= "\udcff" for c in text):  # a stream read with surrogateescape
        raise NotUtf8Input()
    return text.removeprefix("\ufeff")


def add_parsers(commands: Any) -> None:

    recipient = commands.add_parser("recipient", help=Cli.tr("recipients of encrypted packages"))
    recipient_commands = recipient.add_subparsers(
        dest="recipient_command", metavar="ACTION", parser_class=Parser, required=True
    )
    recipient_add = recipient_commands.add_parser(
        "add", help=Cli.tr("register a recipient's certificate (PEM, DER or PKCS#7)")
    )
    recipient_add.add_argument("file", type=CERTIFICATE_FILE)
    recipient_add.add_argument(
        "--name", type=LINE, default="", help=Cli.tr("default: from the certificate")
    )
    recipient_add.add_argument(
        "--org", type=LINE, default="", help=Cli.tr("default: from the certificate")
    )
    recipient_add.add_argument(
        "--fingerprint",
        type=FINGERPRINT,
        help=Cli.tr("choose one certificate of a bundle by its SHA-256"),
    )
    recipient_verify = recipient_commands.add_parser(
        "verify", help=Cli.tr("mark verified after comparing the fingerprint with its holder")
    )
    recipient_verify.add_argument(
        "recipient", type=LINE, help=Cli.tr("number, fingerprint or name")
    )
    recipient_verify.add_argument(
        "--fingerprint",
        type=FINGERPRINT,
        required=True,
        help=Cli.tr("the SHA-256 fingerprint the holder read out"),
    )
    recipient_commands.add_parser("list", help=Cli.tr("registered recipients"))

    export_package = commands.add_parser(
        "export", help=Cli.tr("make an encrypted package for recipients (a disclosure)")
    )
    export_package.add_argument(
        "--to",
        action="append",
        required=True,
        type=LINE,
        metavar="RECIPIENT",
        help=Cli.tr("number, fingerprint or name; repeat for several"),
    )
    export_package.add_argument("--case", type=RECORD_NUMBER, nargs="+", default=[], metavar="ID")
    export_package.add_argument(
        "--notes", action="store_true", help=Cli.tr("all notes of the cases")
    )
    export_package.add_argument(
        "--measures", action="store_true", help=Cli.tr("the measures of the current exit plans")
    )
    export_package.add_argument(
        "--subjects", action="store_true", help=Cli.tr("names and identity numbers of the subjects")
    )
    export_package.add_argument(
        "--situation", type=RECORD_NUMBER, nargs="+", default=[], metavar="ID"
    )
    export_package.add_argument(
        "--attach",
        type=BRIEF_FILE,
        action="append",
        default=[],
        metavar="PDF",
        help=Cli.tr(
            "a signed brief to send along: the copy made for the package's recipients "
            "(kopingplan brief … --recipient NAME)"
        ),
    )
    export_package.add_argument(
        "--case-file", type=RECORD_NUMBER, action="append", default=[], metavar="ATTACHMENT",
        help=Cli.tr("an attachment of a chosen case to send along (any kind), by its number"),
    )  # fmt: skip
    export_package.add_argument(
        "--message", type=LONG_TEXT, default="", help=Cli.tr("a covering note")
    )
    terms_arguments(export_package, required=True, purpose=LONG_TEXT)
    export_package.add_argument("--out", type=OUTPUT_FILE, required=True, metavar="FILE")
    export_package.add_argument(
        "--force", action="store_true", help=Cli.tr("overwrite an existing file")
    )
    export_package.add_argument(
        "--preview", action="store_true", help=Cli.tr("print data.json and write nothing")
    )

    import_package = commands.add_parser("import", help=Cli.tr("import a package sent to you"))
    import_package.add_argument("file", type=PACKAGE_FILE)
    import_package.add_argument(
        "--case", type=RECORD_NUMBER, help=Cli.tr("link everything to this case")
    )

    incoming = commands.add_parser("incoming", help=Cli.tr("incoming information"))
    incoming_commands = incoming.add_subparsers(
        dest="incoming_command", metavar="ACTION", parser_class=Parser, required=True
    )
    incoming_link = incoming_commands.add_parser(
        "link", help=Cli.tr("link an incoming item to a case, or move it to another case")
    )
    incoming_link.add_argument("item", type=RECORD_NUMBER, metavar="ITEM")
    incoming_link.add_argument("--case", type=RECORD_NUMBER, required=True)
    add_reason(incoming_link, Cli.tr("why (needed to move a linked item)"), required=False)
    incoming_unlink = incoming_commands.add_parser(
        "unlink", help=Cli.tr("take an incoming item out of its case")
    )
    incoming_unlink.add_argument("item", type=RECORD_NUMBER, metavar="ITEM")
    add_reason(incoming_unlink, Cli.tr("why it is taken out of its case"), required=True)

    disclosures = commands.add_parser("disclosures", help=Cli.tr("the disclosure log"))
    disclosures.add_argument("--from", dest="since", type=day, metavar="YYYY-MM-DD")
    disclosures.add_argument("--to", dest="until", type=day, metavar="YYYY-MM-DD")
    disclosures.add_argument(
        "--recipient", type=LINE, help=Cli.tr("part of the name, or the fingerprint")
    )
    disclosures.add_argument("--case", type=RECORD_NUMBER)
    disclosures.add_argument(
        "--person", type=RECORD_NUMBER, help=Cli.tr("only disclosures about this person")
    )
    disclosures.add_argument(
        "--channel",
        choices=("export", "oral", "brief", "extract"),
        help=Cli.tr("only disclosures that left this way"),
    )
    commands.add_parser("legal-bases", help=Cli.tr("the legal bases a disclosure can cite"))


def cmd_recipient(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import exchange

    with open_session(args, secrets, record_unlock=False) as session:
        if args.recipient_command == "add":
            row = exchange.add_recipient(
                session,
                CERTIFICATE_FILE.read(args.file),
                name=args.name,
                organisation=args.org,
                fingerprint=args.fingerprint,
            )
            info = exchange.describe_recipient(row)
            print(
                Cli.tr("Registered recipient {id}: {label}").format(id=row.id, label=row.label),
                file=out,
            )
            print(Cli.tr("Subject: {subject}").format(subject=info.subject), file=out)
            print(Cli.tr("Issuer: {issuer}").format(issuer=info.issuer), file=out)
            print(
                Cli.tr("Valid: {start} to {end}").format(
                    start=info.not_before.date(), end=info.not_after.date()
                ),
                file=out,
            )
            print(Cli.tr("Fingerprint (SHA-256): {fp}").format(fp=row.fingerprint), file=out)
            print(
                Cli.tr(
                    "Not verified: compare the fingerprint with its holder, then run "
                    "'kopingplan recipient verify {id} --fingerprint …'."
                ).format(id=row.id),
                file=out,
            )
        elif args.recipient_command == "verify":
            row = exchange.find_recipient(session, args.recipient)
            row = exchange.verify_recipient(session, row.id, args.fingerprint)
            print(Cli.tr("Recipient {id} is verified.").format(id=row.id), file=out)
        else:
            for row in exchange.list_recipients(session):
                mark = Cli.tr("verified") if row.verified else Cli.tr("NOT verified")
                print(
                    f"{row.id}\t{row.label}\t{row.fingerprint}\t{row.not_after.date()}\t{mark}",
                    file=out,
                )
            for row in exchange.expiring_recipients(session):
                print(
                    Cli.tr("Warning: the certificate of {label} ends on {date}.").format(
                        label=row.label, date=row.not_after.date()
                    ),
                    file=sys.stderr,
                )
    return 0


def cmd_export(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import exchange
    from kopingplan.services.exchange import views

    if not args.preview:  # before the passphrase is asked for
        files.check_output(args.out, overwrite=args.force)
    with open_session(args, secrets, record_unlock=False) as session:
        recipients = tuple(exchange.find_recipient(session, text).id for text in args.to)
        parts = tuple(
            exchange.CasePart(
                case_id, subjects=args.subjects, all_notes=args.notes, all_measures=args.measures
            )
            for case_id in args.case
        )
        # Only a copy of a brief signed here and made for these recipients, as in the wizard:
        # never another recipient's copy, nor the coordinator's own unnamed one.
        attachments = tuple(views.brief_attachment(session, p, recipients) for p in args.attach)
        request = exchange.ExportRequest(
            recipient_ids=recipients,
            terms=given_terms(args),
            cases=parts,
            situation_entry_ids=tuple(args.situation),
            attachments=attachments,
            attachment_ids=tuple(args.case_file),
            message=args.message,
        )
        preview = exchange.preview_export(session, request)
        for row in preview.expiring:
            print(
                Cli.tr("Warning: the certificate of {label} ends on {date}.").format(
                    label=row.label, date=row.not_after.date()
                ),
                file=sys.stderr,
            )
        if args.preview:
            out.write(preview.data_json.decode("utf-8"))
            return 0
        result = exchange.export_package(session, preview, args.out, overwrite=args.force)
    print(
        Cli.tr("Wrote {path} for {count} recipient(s); disclosure recorded.").format(
            path=result.destination, count=len(recipients)
        ),
        file=out,
    )
    print(Cli.tr("Content SHA-256: {sha}").format(sha=result.content_sha256), file=out)
    return 0


def _print_package(preview: Any, out: TextIO) -> None:
    print(
        Cli.tr("From: {label} (SHA-256 {fp}), verified signature").format(
            label=preview.sender.label, fp=preview.sender.fingerprint
        ),
        file=out,
    )
    print(
        Cli.tr("Package: {id}, created {created}").format(
            id=preview.package_id, created=preview.created.isoformat()
        ),
        file=out,
    )
    for record in preview.records:
        fields = [record.kind, record.reference, record.dated]
        if record.attachment is not None:  # a file: its kind by content and its size, then name
            kind = filetypes.kind_word(filetypes.sniff(record.attachment))
            fields += [kind, size_text(len(record.attachment)), files.shown(record.title)]
        else:
            fields.append(record.title)
        print("\t".join(fields), file=out)


def cmd_import(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import exchange

    with open_session(args, secrets, record_unlock=False) as session:
        preview = exchange.open_package(session, PACKAGE_FILE.read(args.file))
        _print_package(preview, out)
        result = exchange.accept_import(session, preview, case_id=args.case)
    print(Cli.tr("Imported {count} item(s).").format(count=len(result.item_ids)), file=out)
    return 0


def cmd_incoming(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import exchange

    given = read_reason(args)
    with open_session(args, secrets, record_unlock=False) as session:
        reason = read_stdin_reason(secrets.stdin) if given is None else given
        if args.incoming_command == "unlink":
            exchange.unlink_incoming(session, args.item, reason)
            print(Cli.tr("Incoming item {id} is linked to no case.").format(id=args.item),
                  file=out)  # fmt: skip
            return 0
        exchange.link_incoming(session, args.item, args.case, reason)
    print(
        Cli.tr("Incoming item {id} is linked to case {case}.").format(id=args.item, case=args.case),
        file=out,
    )
    return 0


def cmd_disclosures(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    """The log, newest first, one disclosure a line: when, how it left (in words), to whom and
    what kind of recipient, the legal basis, who decided, the cases, the persons it is about
    and the SHA-256 of what left."""
    from kopingplan.services import accountability, exchange

    since, until = accountability.day_period(args.since, args.until)
    with open_session(args, secrets, record_unlock=False) as session:
        rows = exchange.disclosures(
            session,
            since=since,
            until=until,
            recipient=args.recipient,
            case_id=args.case,
            person_id=args.person,
            channel=args.channel,
        )
        about = accountability.disclosure_subjects(session, [d.id for d in rows if d.id])
        session.record("disclosures.list", details={"rows": len(rows)})
    for d in rows:
        persons = about.get(d.id or 0, ())
        print(
            "\t".join(
                [
                    d.disclosed_at.astimezone().isoformat(timespec="minutes"),
                    word(d.channel),
                    d.recipient,
                    "–" if d.recipient_kind is None else word(d.recipient_kind),
                    d.legal_basis,
                    f"{d.decided_by} ({d.decided_by_role})",
                    Cli.tr("cases: {ids}").format(ids=",".join(map(str, d.case_ids)) or "–"),
                    Cli.tr("about persons: {ids}").format(ids=",".join(map(str, persons)) or "–"),
                    d.content_sha256,
                ]
            ),
            file=out,
        )
    return 0


def cmd_legal_bases(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import exchange

    with open_session(args, secrets, record_unlock=False) as session:
        bases = exchange.legal_bases(session)
    for basis in bases:
        print(f"{basis.code}\t{basis.title}\t{basis.description}", file=out)
    return 0


class NotBriefOrPackage(ex.PackageProblem):
    """`kopingplan verify` given a file that is neither of the two it checks (a text file, a
    PDF damaged before its header): "not an encrypted package" alone misled someone who
    meant to check a signed brief."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file is neither a signed brief (a PDF) nor an encrypted package (CMS, DER form): "
        "'kopingplan verify' checks those two. Nothing was changed; check that you chose the "
        "right file.",
    )


def verify_package(
    data: bytes, args: argparse.Namespace, secrets: SecretReader, out: TextIO
) -> int:
    """`kopingplan verify FILE` for a package (anything that is not a PDF): decrypts and checks
    it exactly as an import would, and changes nothing. A refusal is a PackageProblem (exit 1)."""
    from kopingplan.services import exchange

    with open_session(args, secrets, record_unlock=False) as session:
        try:
            preview = exchange.open_package(session, data)
        except ex.NotAPackage:
            raise NotBriefOrPackage() from None
    _print_package(preview, out)
    return 0


COMMANDS = {
    "recipient": cmd_recipient,
    "export": cmd_export,
    "import": cmd_import,
    "incoming": cmd_incoming,
    "disclosures": cmd_disclosures,
    "legal-bases": cmd_legal_bases,
}

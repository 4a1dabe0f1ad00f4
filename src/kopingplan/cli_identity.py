"""Command-line verbs of the signing identity: export the certificate, show the identities,
import an organisation-issued PKCS#12 file. Registered by :mod:`kopingplan.cli`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from kopingplan import files
from kopingplan.cli_args import OUTPUT_FILE, PKCS12_FILE, Cli
from kopingplan.cli_session import SecretReader, open_session, verb_group

if TYPE_CHECKING:
    from kopingplan.exchange.certificates import CertificateInfo
    from kopingplan.services.identity import IdentityEntry


def add_parsers(commands: Any) -> None:
    identity_commands = verb_group(commands, "identity", Cli.tr("your certificate"), "ACTION")
    export = identity_commands.add_parser(
        "export-cert", help=Cli.tr("write your certificate (PEM)")
    )
    export.add_argument("out", type=OUTPUT_FILE)
    export.add_argument("--force", action="store_true", help=Cli.tr("overwrite an existing file"))
    identity_commands.add_parser(
        "show", help=Cli.tr("your active signing identity and the earlier ones")
    )
    imported = identity_commands.add_parser(
        "import",
        help=Cli.tr(
            "sign with a PKCS#12 identity your organisation issued; the password is asked for"
        ),
    )
    imported.add_argument("file", type=PKCS12_FILE, help=Cli.tr("the PKCS#12 file (.p12, .pfx)"))
    imported.add_argument("--yes", action="store_true", help=Cli.tr("do not ask before switching"))


def cmd_identity(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    if args.identity_command == "show":
        return _identity_show(args, secrets, out)
    if args.identity_command == "import":
        return _identity_import(args, secrets, out)
    from kopingplan.services import identity as identity_service

    files.check_output(args.out, overwrite=args.force)  # before the passphrase is asked for
    with open_session(args, secrets, record_unlock=False) as session:
        identity_service.export_certificate(session, args.out, overwrite=args.force)
        fingerprint = identity_service.active_identity(session).fingerprint
    print(
        Cli.tr("Wrote the certificate to {path} (SHA-256 {fp}).").format(
            path=args.out, fp=fingerprint
        ),
        file=out,
    )
    return 0


def _identity_show(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import identity as identity_service

    with open_session(args, secrets, record_unlock=False) as session:
        entries = identity_service.history(session)
    for entry in entries:
        heading = Cli.tr("Active identity") if entry.active else Cli.tr("Earlier identity")
        print(f"{heading}:", file=out)
        for label, value in _identity_lines(entry):
            print(f"  {label}: {value}", file=out)
    return 0


def _certificate_lines(info: CertificateInfo) -> list[tuple[str, str]]:
    """A certificate as the identity list and the import's preview both show it."""
    return [
        (Cli.tr("Subject"), info.subject),
        (Cli.tr("Issuer"), info.issuer),
        (Cli.tr("Valid"), f"{info.not_before:%Y-%m-%d} – {info.not_after:%Y-%m-%d}"),
        (Cli.tr("Fingerprint (SHA-256)"), info.fingerprint),
        (Cli.tr("Key"), info.key_description),
    ]


def _identity_lines(entry: IdentityEntry) -> list[tuple[str, str]]:
    source = {
        "self_signed": Cli.tr("self-signed, made with the vault"),
        "pkcs12": Cli.tr("imported PKCS#12"),
    }.get(entry.source, entry.source)
    return [
        *_certificate_lines(entry),
        (Cli.tr("Source"), source),
        (Cli.tr("In use since"), entry.since.astimezone().strftime("%Y-%m-%d %H:%M")),
    ]


def _identity_import(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.cli_session import confirm
    from kopingplan.services import identity as identity_service

    data = identity_service.read_pkcs12_file(args.file)  # before any secret is asked for
    with open_session(args, secrets, record_unlock=False) as session:
        password = secrets.read(Cli.tr("Password of the PKCS#12 file: "))
        info = identity_service.inspect_pkcs12(data, password)
        usages = ", ".join(info.key_usages) or Cli.tr("none")
        for label, value in (
            *_certificate_lines(info),
            (Cli.tr("Key usages"), usages),
            (Cli.tr("CA certificates in the file"), str(info.chain_length)),
        ):
            print(f"{label}: {value}", file=out)
        identity_service.check_usable(session, info)
        question = Cli.tr(
            "Sign from now on with this certificate? The current one is kept for checking "
            "earlier briefs and opening packages sent to it."
        )
        if not confirm(args, question):
            print(Cli.tr("Nothing was changed."), file=out)
            return 0
        identity_service.import_pkcs12(session, data, password)
    print(
        Cli.tr("The imported certificate is now your signing identity (SHA-256 {fp}).").format(
            fp=info.fingerprint
        ),
        file=out,
    )
    return 0


COMMANDS = {"identity": cmd_identity}

"""The ``kopingplan`` command: the desktop app by default, subcommands for headless work.

Exit codes: 0 success, 1 a check or verification failed, 2 bad input or usage. Errors are one
line on standard error in the UI language. Secrets are read from the terminal without echo, or
from standard input with ``--passphrase-stdin`` (first line; a second line is the new
passphrase for ``passwd``) — never from the command line, where other users could see them.
"""

from __future__ import annotations

import argparse
import getpass
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn, TextIO

from kopingplan import __version__, errors
from kopingplan.errors import QT_TRANSLATE_NOOP

CONTEXT = "Cli"


class Cli:
    """Holder of the command line's ``tr``: lupdate files ``Cli.tr("…")`` under "Cli"."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        from kopingplan.i18n import tr as translate

        return translate(CONTEXT, text, n)


class UsageError(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP("Errors", "{detail} (see 'kopingplan --help')")


class UnreadableFile(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP("Errors", "The file {path} cannot be read. Check the path.")


class _Parser(argparse.ArgumentParser):
    """Turns argparse's multi-line usage complaint into one translated line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        # "argument --from: …" → "--from: …": the rest of the line is in the user's language.
        found = re.fullmatch(r"argument (\S+): (.*)", message, flags=re.S)
        raise UsageError(detail=f"{found[1]}: {found[2]}" if found else message)


def day(text: str) -> date:
    """The type of a YYYY-MM-DD argument: anything else is refused in the user's language."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        # repr: a line break or control character in the junk stays on the one error line.
        shown = repr(text if len(text) <= 40 else text[:39] + "…")
        problem = Cli.tr("{text} is not a date (YYYY-MM-DD)").format(text=shown)
        raise argparse.ArgumentTypeError(problem) from None


class SecretReader:
    """Reads passphrases from the terminal (no echo) or line by line from standard input."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self._from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def read(self, prompt: str) -> str:
        if self._from_stdin:
            line = self._stdin.readline()
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kopingplan",
        description=Cli.tr(
            "Köpingplan: the coordinator's encrypted vault. Without a command, the "
            "desktop app starts."
        ),
    )
    parser.add_argument("--version", action="version", version=f"kopingplan {__version__}")
    parser.add_argument(
        "--vault", type=Path, help=Cli.tr("the vault folder (default: %(default)s)")
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser("init", help=Cli.tr("create a new vault and your signing identity"))
    init.add_argument("--name", help=Cli.tr("your name, for the certificate and the audit log"))
    init.add_argument("--org", help=Cli.tr("your organisation, e.g. Köpings kommun"))

    demo = commands.add_parser("demo", help=Cli.tr("fill the vault with fictional demo data"))
    demo.add_argument("--cases", type=int, default=50, help=Cli.tr("number of cases"))
    demo.add_argument(
        "--seed", type=int, default=1, help=Cli.tr("random seed (same seed, same data)")
    )

    commands.add_parser("info", help=Cli.tr("counts, schema, cipher settings; never content"))
    commands.add_parser("check", help=Cli.tr("integrity checks and the audit chain"))
    commands.add_parser("passwd", help=Cli.tr("change the passphrase"))

    search = commands.add_parser("search", help=Cli.tr("full-text search"))
    search.add_argument("query", help=Cli.tr("words to look for (prefixes match)"))
    search.add_argument("--limit", type=int, default=50)

    brief = commands.add_parser("brief", help=Cli.tr("make a signed PDF brief"))
    brief.add_argument("kind", choices=("meeting", "case", "lagesbild"))
    brief.add_argument("id", nargs="?", type=int, help=Cli.tr("meeting or case number"))
    brief.add_argument("--out", type=Path, required=True, help=Cli.tr("the PDF file to write"))
    brief.add_argument("--copies", type=int, default=1, help=Cli.tr("numbered copies"))
    brief.add_argument(
        "--recipient", action="append", default=[], help=Cli.tr("one numbered copy per name")
    )
    brief.add_argument("--force", action="store_true", help=Cli.tr("overwrite existing files"))

    verify = commands.add_parser(
        "verify", help=Cli.tr("check a signed brief: who signed it and that it is unchanged")
    )
    verify.add_argument("file", type=Path)
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        help=Cli.tr("a signer's certificate (PEM); without it the vault is unlocked"),
    )

    from kopingplan import cli_exchange, cli_reports, cli_safety

    cli_exchange.add_parsers(commands)
    cli_safety.add_parsers(commands)
    cli_reports.add_parsers(commands)

    identity = commands.add_parser("identity", help=Cli.tr("your certificate"))
    identity_commands = identity.add_subparsers(
        dest="identity_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    export = identity_commands.add_parser(
        "export-cert", help=Cli.tr("write your certificate (PEM)")
    )
    export.add_argument("out", type=Path)
    identity_commands.add_parser(
        "show", help=Cli.tr("your active signing identity and the earlier ones")
    )
    imported = identity_commands.add_parser(
        "import",
        help=Cli.tr(
            "sign with a PKCS#12 identity your organisation issued; the password is asked for"
        ),
    )
    imported.add_argument("file", type=Path, help=Cli.tr("the PKCS#12 file (.p12, .pfx)"))
    imported.add_argument("--yes", action="store_true", help=Cli.tr("do not ask before switching"))
    return parser


# --- commands -----------------------------------------------------------------------------------


def _paths(args: argparse.Namespace) -> Any:
    from kopingplan.storage.vault import VaultPaths, default_vault_folder

    return VaultPaths.from_user_path(args.vault or default_vault_folder())


def _open(args: argparse.Namespace, secrets: SecretReader, **options: Any) -> Any:
    """Checks the vault's files, then asks for the secret and unlocks."""
    from kopingplan.services.session import Session
    from kopingplan.storage.rekey import finish_interrupted
    from kopingplan.storage.vault import _check_database_file

    paths = _paths(args)
    finish_interrupted(paths)  # a re-key a crash interrupted: finish or undo it first
    # Check the files before asking for a passphrase: a typo in --vault should not cost one.
    _check_database_file(paths)
    if getattr(args, "recovery_key", False):
        from kopingplan.services import recovery

        code = secrets.read(Cli.tr("Recovery key: "))
        return recovery.open_with_recovery_key(paths, code, **options)
    return Session.open(paths, secrets.read(Cli.tr("Passphrase: ")), **options)


def cmd_init(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services.session import Session

    paths = _paths(args)
    if paths.exists():
        raise errors.VaultExists(path=str(paths.folder))
    interactive = not args.passphrase_stdin and sys.stdin.isatty()
    name = args.name or (input(Cli.tr("Your name: ")) if interactive else "")
    organisation = args.org or (input(Cli.tr("Your organisation: ")) if interactive else "")
    passphrase = secrets.read_new()
    with Session.create(paths, passphrase, name=name, organisation=organisation) as session:
        info = session.info()
    print(Cli.tr("Created the vault in {folder}.").format(folder=info.folder), file=out)
    print(
        Cli.tr("Certificate fingerprint (SHA-256): {fp}").format(fp=info.certificate_fingerprint),
        file=out,
    )
    return 0


def cmd_info(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args, secrets, record_unlock=False) as session:
        info = session.info()
    lines = [
        (Cli.tr("Vault"), str(info.folder)),
        (Cli.tr("Schema version"), str(info.schema_version)),
        (Cli.tr("Created"), info.created_at),
        (Cli.tr("Owner"), f"{info.owner}, {info.organisation}"),
        (Cli.tr("Certificate fingerprint (SHA-256)"), info.certificate_fingerprint),
        *info.cipher.items(),
        *((Cli.tr("Rows in {table}").format(table=t), str(n)) for t, n in info.counts.items()),
    ]
    for label, value in lines:
        print(f"{label}: {value}", file=out)
    return 0


def cmd_check(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    # Opened without the open-time check so that problems are reported, not just refused.
    with _open(args, secrets, verify=False, record_unlock=False) as session:
        report = session.check()
    for problem in report.integrity_problems:
        print(Cli.tr("Integrity: {problem}").format(problem=problem), file=out)
    for audit_problem in report.audit_problems:
        from kopingplan.i18n import tr as translate

        described = translate("Audit", audit_problem.template).format(seq=audit_problem.seq)
        print(Cli.tr("Audit log: {problem}").format(problem=described), file=out)
    if report.ok:
        print(
            Cli.tr(
                "The vault is intact: integrity checks passed and the audit log's {n} rows "
                "are unbroken."
            ).format(n=report.audit_rows),
            file=out,
        )
        return 0
    print(
        Cli.tr("The vault has problems; see above. Restore from a backup if in doubt."),
        file=sys.stderr,
    )
    return 1


def cmd_passwd(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import _check_database_file

    paths = _paths(args)
    _check_database_file(paths)
    if args.recovery_key:
        from kopingplan.services import recovery

        code = secrets.read(Cli.tr("Recovery key: "))
        with recovery.open_with_recovery_key(paths, code, record_unlock=False) as session:
            recovery.set_passphrase(session, code, secrets.read_new())
        print(
            Cli.tr(
                "The passphrase was set with the recovery key. Make a new recovery key now "
                "('kopingplan recovery-key new') and destroy the old sheet."
            ),
            file=out,
        )
        return 0
    current = secrets.read(Cli.tr("Current passphrase: "))
    with Session.open(paths, current, record_unlock=False) as session:
        session.change_passphrase(current, secrets.read_new())
    print(Cli.tr("The passphrase was changed."), file=out)
    return 0


def cmd_search(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services.session import HIT_END, HIT_START

    with _open(args, secrets, record_unlock=False) as session:
        hits = session.search(args.query, limit=args.limit)
    for hit in hits:
        # The match markers are for the GUI's highlighting; a terminal shows plain text.
        plain = hit.snippet.replace(HIT_START, "").replace(HIT_END, "")
        snippet = " ".join(plain.split())
        print(f"{hit.kind}\t{hit.id}\t{snippet}", file=out)
    return 0


def cmd_demo(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import demo

    if args.cases < 0 or args.cases > 1_000_000:
        raise UsageError(detail="--cases")
    with _open(args, secrets, record_unlock=False) as session:
        counts = demo.fill(session, cases=args.cases, seed=args.seed)
    print(
        Cli.tr("Added demo data: {counts}").format(
            counts=", ".join(f"{k} {v}" for k, v in counts.items())
        ),
        file=out,
    )
    return 0


def cmd_identity(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    if args.identity_command == "show":
        return _identity_show(args, secrets, out)
    if args.identity_command == "import":
        return _identity_import(args, secrets, out)
    with _open(args, secrets, record_unlock=False) as session:
        session.export_certificate(args.out)
        fingerprint = session.identity().fingerprint
    print(
        Cli.tr("Wrote the certificate to {path} (SHA-256 {fp}).").format(
            path=args.out, fp=fingerprint
        ),
        file=out,
    )
    return 0


def _identity_show(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import identity as identity_service

    with _open(args, secrets, record_unlock=False) as session:
        entries = identity_service.history(session)
    for entry in entries:
        heading = Cli.tr("Active identity") if entry.active else Cli.tr("Earlier identity")
        print(f"{heading}:", file=out)
        for label, value in _identity_lines(entry):
            print(f"  {label}: {value}", file=out)
    return 0


def _identity_lines(entry: Any) -> list[tuple[str, str]]:
    source = {
        "self_signed": Cli.tr("self-signed, made with the vault"),
        "pkcs12": Cli.tr("imported PKCS#12"),
    }.get(entry.source, entry.source)
    return [
        (Cli.tr("Fingerprint (SHA-256)"), entry.fingerprint),
        (Cli.tr("Subject"), entry.subject),
        (Cli.tr("Issuer"), entry.issuer),
        (Cli.tr("Valid"), f"{entry.not_before:%Y-%m-%d} – {entry.not_after:%Y-%m-%d}"),
        (Cli.tr("Source"), source),
        (Cli.tr("In use since"), entry.since.astimezone().strftime("%Y-%m-%d %H:%M")),
    ]


def _identity_import(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.cli_safety import _confirm
    from kopingplan.services import identity as identity_service

    data = _read_input_file(args.file)  # before any secret is asked for
    with _open(args, secrets, record_unlock=False) as session:
        password = secrets.read(Cli.tr("Password of the PKCS#12 file: "))
        info = identity_service.inspect_pkcs12(data, password)
        usages = ", ".join(info.key_usages) or Cli.tr("none")
        for label, value in (
            (Cli.tr("Subject"), info.subject),
            (Cli.tr("Issuer"), info.issuer),
            (Cli.tr("Valid"), f"{info.not_before:%Y-%m-%d} – {info.not_after:%Y-%m-%d}"),
            (Cli.tr("Fingerprint (SHA-256)"), info.fingerprint),
            (Cli.tr("Key"), info.key_description),
            (Cli.tr("Key usages"), usages),
            (Cli.tr("CA certificates in the file"), str(info.chain_length)),
        ):
            print(f"{label}: {value}", file=out)
        identity_service.check_usable(session, info)
        question = Cli.tr(
            "Sign from now on with this certificate? The current one is kept for checking "
            "earlier briefs and opening packages sent to it."
        )
        if not _confirm(args, question):
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


def cmd_brief(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import briefs

    if args.kind != "lagesbild" and args.id is None:
        raise UsageError(detail=Cli.tr("a meeting or case number is needed"))
    with _open(args, secrets, record_unlock=False) as session:
        if args.kind == "meeting":
            made = briefs.meeting_brief(session, args.id)
        elif args.kind == "case":
            made = briefs.case_brief(session, args.id)
        else:
            made = briefs.situation_report(session)
        paths = briefs.save(
            session,
            made,
            args.out,
            copies=args.copies,
            recipients=tuple(args.recipient),
            overwrite=args.force,
        )
    for path in paths:
        print(Cli.tr("Wrote the signed brief {path}.").format(path=path), file=out)
    return 0


def _read_input_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise UnreadableFile(path=str(path)) from None


def _load_certificates(paths: list[Path]) -> list[object]:
    from cryptography import x509

    certificates = []
    for path in paths:
        try:
            certificates.append(x509.load_pem_x509_certificate(_read_input_file(path)))
        except ValueError:
            raise errors.CertificateProblem(detail=str(path)) from None
    return certificates


def cmd_verify(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.briefs.labels import timestamp
    from kopingplan.i18n import tr as translate
    from kopingplan.services import briefs

    data = _read_input_file(args.file)
    if not data.startswith(b"%PDF-"):
        from kopingplan import cli_exchange

        return cli_exchange.verify_package(data, args, secrets, out)
    trusted = _load_certificates(args.trust)
    if trusted:
        result = briefs.verify(data, None, trusted)  # type: ignore[arg-type]
    else:
        with _open(args, secrets, record_unlock=False) as session:
            result = briefs.verify(data, session)
    if result.signer:
        print(Cli.tr("Signed by: {signer}").format(signer=result.signer), file=out)
        print(Cli.tr("Certificate (SHA-256): {fp}").format(fp=result.fingerprint), file=out)
    if result.signed_at is not None:
        when = timestamp(result.signed_at)
        print(Cli.tr("Signed at: {when}").format(when=when), file=out)
    if result.ok:
        print(Cli.tr("The document is intact and signed by a trusted certificate."), file=out)
        return 0
    problem = translate("Verification", result.problem or "")
    print(Cli.tr("NOT VALID: {problem}").format(problem=problem), file=out)
    return 1


COMMANDS: dict[str, Callable[[argparse.Namespace, SecretReader, TextIO], int]] = {
    "init": cmd_init,
    "info": cmd_info,
    "check": cmd_check,
    "passwd": cmd_passwd,
    "search": cmd_search,
    "demo": cmd_demo,
    "identity": cmd_identity,
    "brief": cmd_brief,
    "verify": cmd_verify,
}


def _all_commands() -> dict[str, Callable[[argparse.Namespace, SecretReader, TextIO], int]]:
    from kopingplan import cli_exchange, cli_reports, cli_safety

    return {**COMMANDS, **cli_exchange.COMMANDS, **cli_safety.COMMANDS, **cli_reports.COMMANDS}


def _start_translations(language: str | None) -> None:
    from PySide6.QtCore import QCoreApplication

    from kopingplan import i18n

    app = QCoreApplication.instance() or QCoreApplication(["kopingplan"])
    i18n.install_translators(app, i18n.chosen_language(language))


def _pre_parse(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options alone, before Qt starts: the GUI needs a QApplication, the commands
    only a QCoreApplication, and only one of them can exist in a process."""
    pre = _Parser(add_help=False)
    pre.add_argument("--vault", type=Path)
    pre.add_argument("--lang", choices=("sv", "en"))
    pre.add_argument("--passphrase-stdin", action="store_true")
    pre.add_argument("--recovery-key", action="store_true")
    return pre.parse_known_args(argv)


def main(
    argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    from kopingplan import hardening

    hardening.apply()
    argv = list(sys.argv[1:] if argv is None else argv)
    out = stdout or sys.stdout
    if "--self-test" in argv:  # before Qt starts: the self-test makes its own offscreen app
        from kopingplan import selftest

        return selftest.run(lambda line: print(line, file=out))
    try:
        try:
            options, rest = _pre_parse(argv)
        except UsageError:
            options, rest = argparse.Namespace(lang=None), argv
        if not rest:
            from kopingplan.gui.app import run

            return run(vault=options.vault, language=options.lang)
        _start_translations(options.lang)
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError(detail=" ".join(rest))
        secrets = SecretReader(args.passphrase_stdin, stdin)
        return _all_commands()[args.command](args, secrets, out)
    except errors.KopingplanError as error:
        from kopingplan.i18n import tr as translate

        print(f"kopingplan: {error.translated(translate)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

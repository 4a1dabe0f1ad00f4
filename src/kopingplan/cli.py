"""The ``kopingplan`` command: the desktop app by default, subcommands for headless work.

Exit codes: 0 success, 1 a check or verification failed, 2 bad input or usage. Errors are one
line on standard error in the UI language. Secrets are read from the terminal without echo, or
from standard input with ``--passphrase-stdin`` (first line; a second line is the new
passphrase for ``passwd``) — never from the command line, where other users could see them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

from kopingplan import errors, files
from kopingplan.cli_args import (
    Cli,
    UsageError,
    argparse_in_ui_language,
    pre_parse,
)
from kopingplan.cli_session import (
    SecretReader,
    copy_recipients,
    kept_sources,
    named_by_option,
    note_unlock,
    open_session,
    vault_paths,
)

# --- commands -----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import vault_health
    from kopingplan.services.session import Session

    paths = vault_paths(args)
    if paths.exists():
        raise errors.VaultExists(path=str(paths.folder))
    interactive = not args.passphrase_stdin and sys.stdin.isatty()
    name = args.name or (input(Cli.tr("Your name: ")) if interactive else "")
    organisation = args.org or (input(Cli.tr("Your organisation: ")) if interactive else "")
    passphrase = secrets.read_new()
    with Session.create(paths, passphrase, name=name, organisation=organisation) as session:
        info = vault_health.info(session)
    print(Cli.tr("Created the vault in {folder}.").format(folder=info.folder), file=out)
    print(
        Cli.tr("Certificate fingerprint (SHA-256): {fp}").format(fp=info.certificate_fingerprint),
        file=out,
    )
    return 0


def cmd_info(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    import sqlcipher3

    from kopingplan.services import vault_health
    from kopingplan.storage.vault import translate_sqlite_error

    with open_session(args, secrets, record_unlock=False) as session:
        try:
            info = vault_health.info(session)
        except sqlcipher3.Error as error:  # a damaged page the open-time check did not read
            raise translate_sqlite_error(error, session.vault.paths) or error from None
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
    from kopingplan.i18n import tr as translate
    from kopingplan.storage.rekey_recovery import finish_interrupted
    from kopingplan.storage.vault import Vault, check_database_file

    paths = vault_paths(args)
    finish_interrupted(paths)
    check_database_file(paths)
    kind = "recovery" if getattr(args, "recovery_key", False) else "passphrase"
    if kind == "recovery":
        from kopingplan.services import recovery

        secret = recovery.normalise(secrets.read(Cli.tr("Recovery key: ")))
    else:
        secret = secrets.read(Cli.tr("Passphrase: "))
    # Nothing read before the checks: every kind of damage becomes a finding, not a refusal.
    report, unlock_report = Vault.check_folder(paths, secret, secret_kind=kind)
    note_unlock(unlock_report)
    for finding in report.findings:
        line = Cli.tr("Audit log: {problem}") if finding.context == "Audit" else None
        line = line or Cli.tr("Integrity: {problem}")
        print(line.format(problem=finding.describe(translate)), file=out)
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
    from kopingplan.services.passphrase import change_passphrase
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import check_database_file

    paths = vault_paths(args)
    check_database_file(paths)
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
        change_passphrase(session, current, secrets.read_new())
    print(Cli.tr("The passphrase was changed."), file=out)
    return 0


def cmd_demo(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.i18n import tr
    from kopingplan.services import demo
    from kopingplan.services.demo.kinds import in_words

    if args.cases < 0 or args.cases > 1_000_000:
        raise UsageError(detail=Cli.tr("--cases: from 0 to 1000000"))
    with open_session(args, secrets, record_unlock=False) as session:
        counts = demo.fill(session, cases=args.cases, seed=args.seed, every_kind=True)
    listed = ", ".join(in_words(counts, tr))
    print(Cli.tr("Added demo data: {counts}").format(counts=listed), file=out)
    return 0


def cmd_brief(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import briefs

    if args.kind != "lagesbild" and args.id is None:
        raise UsageError(detail=Cli.tr("a meeting or case number is needed"))
    to = copy_recipients(args)
    if args.recipient and args.copies not in (1, len(args.recipient)):
        raise UsageError(detail=Cli.tr("--copies: give as many copies as --recipient names"))
    changes = _kept_sources(args, len(to))
    files.check_output(args.out, overwrite=args.force)  # before the passphrase is asked for
    per_copy: list[Any] = []
    with open_session(args, secrets, record_unlock=False) as session:
        from kopingplan.services import content_profiles

        # Each recipient's copy holds what its organisation's content profile says (the
        # lägesbild: the whole picture, a profile names parts of a case); the lägesbild's
        # sources stay out of a copy outside the own unit unless --with-sources keeps them.
        if args.kind == "meeting":
            made, per_copy = content_profiles.meeting_copies(
                session, args.id, to=to, changes=changes
            )
        elif args.kind == "case":
            made, per_copy = content_profiles.case_copies(session, args.id, to=to)
        else:
            made, per_copy = content_profiles.situation_copies(session, to=to, changes=changes)
        paths = briefs.save(
            session,
            made,
            args.out,
            copies=args.copies,
            recipients=tuple(args.recipient),
            overwrite=args.force,
            to=to,
            per_copy=per_copy,
        )
    for path in paths:
        print(Cli.tr("Wrote the signed brief {path}.").format(path=path), file=out)
    return 0


def _kept_sources(args: argparse.Namespace, copies: int) -> list[Any]:
    """:func:`kopingplan.cli_session.kept_sources`, for a brief that has a lägesbild."""
    if args.with_sources and args.kind == "case":
        raise UsageError(detail=Cli.tr("--with-sources: only for a meeting or lagesbild brief"))
    return kept_sources(args, copies)


def _load_certificates(paths: list[Path]) -> list[object]:
    from cryptography import x509

    from kopingplan.services.exchange.recipients import read_certificate_file

    certificates: list[object] = []
    for path in paths:
        try:
            certificates.append(x509.load_pem_x509_certificate(read_certificate_file(path)))
        except ValueError:
            problem = Cli.tr(
                "{path} is not a certificate in PEM form (-----BEGIN CERTIFICATE-----)"
            )
            raise errors.CertificateProblem(detail=problem.format(path=files.shown(path))) from None
    return certificates


def cmd_verify(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.briefs.labels import timestamp
    from kopingplan.i18n import tr as translate
    from kopingplan.services import briefs

    # A brief or a package: at most the larger of the two limits.
    data = files.read_input(args.file, max(files.BRIEF_LIMIT, files.PACKAGE_LIMIT))
    if not data.startswith(b"%PDF-"):
        from kopingplan import cli_exchange

        return cli_exchange.verify_package(data, args, secrets, out)
    trusted = _load_certificates(args.trust)
    if trusted:
        result = briefs.verify(data, None, trusted)  # type: ignore[arg-type]
    else:
        with open_session(args, secrets, record_unlock=False) as session:
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
    "demo": cmd_demo,
    "brief": cmd_brief,
    "verify": cmd_verify,
}


def _verb_modules() -> tuple[ModuleType, ...]:
    """The verb modules: each has ``add_parsers(commands)`` and ``COMMANDS``."""
    from kopingplan import (
        cli_activities,
        cli_attachments,
        cli_concerns,
        cli_consent,
        cli_exchange,
        cli_extract,
        cli_identity,
        cli_plan,
        cli_reports,
        cli_safety,
        cli_situation,
        cli_triage,
    )

    return (
        cli_exchange,
        cli_safety,
        cli_reports,
        cli_identity,
        cli_attachments,
        cli_extract,
        cli_consent,
        cli_plan,
        cli_concerns,
        cli_triage,
        cli_activities,
        cli_situation,
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the core verbs (cli_args.py) and each verb module's."""
    from kopingplan import cli_args

    return cli_args.build_parser([module.add_parsers for module in _verb_modules()])


def _all_commands() -> dict[str, Callable[[argparse.Namespace, SecretReader, TextIO], int]]:
    from kopingplan.cli_search import cmd_search

    commands = {**COMMANDS, "search": cmd_search}
    for module in _verb_modules():
        commands.update(module.COMMANDS)
    return commands


def _field_options(args: argparse.Namespace) -> dict[str, str]:
    """The option that sets each domain field for the verb that ran: each verb module's
    ``FIELD_OPTIONS`` by verb words ("concern", "plan commitment add"), the longest match last."""
    words = {args.command, *(v for k, v in vars(args).items() if k.endswith("_command"))}
    found = [
        (verb, options)
        for module in _verb_modules()
        for verb, options in getattr(module, "FIELD_OPTIONS", {}).items()
        if set(verb.split()) <= words
    ]
    chosen: dict[str, str] = {}
    for _, options in sorted(found, key=lambda pair: len(pair[0].split())):
        chosen.update(options)
    return chosen


def _start_translations(language: str | None) -> None:
    from PySide6.QtCore import QCoreApplication

    from kopingplan import i18n

    app = QCoreApplication.instance() or QCoreApplication(["kopingplan"])
    i18n.install_translators(app, i18n.chosen_language(language))


def _refuse_secret_arguments(argv: Sequence[str]) -> None:
    """``--passphrase SECRET`` (or ``--password=…``): refused without repeating anything, since
    what follows is likely the secret itself, and it must not land in a terminal's scrollback
    or a log as well as in the process list."""
    for word in argv:
        name = word.split("=", 1)[0].lower()
        if name.startswith(("--pass", "--secret", "--pw")) and name != "--passphrase-stdin":
            raise UsageError(
                detail=Cli.tr(
                    "a passphrase is never given on the command line, where other users can "
                    "see it: type it at the prompt, or give it on standard input with "
                    "--passphrase-stdin"
                )
            )


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
            options, rest = pre_parse(argv)
        except UsageError:
            options, rest = argparse.Namespace(lang=None), argv
        if not rest:
            from kopingplan.gui.app import run

            return run(vault=options.vault, language=options.lang)
        _start_translations(options.lang)
        _refuse_secret_arguments(argv)
        with argparse_in_ui_language():
            args = build_parser().parse_args(argv)
        if args.command is None:
            problem = Cli.tr("{words}: a command is missing, e.g. 'info'")
            raise UsageError(detail=problem.format(words=files.shown(" ".join(rest))))
        if sys.stdin is None:  # started with standard input closed (`<&-`): Python has none
            # It reads as empty (no passphrase, no query), not as a bug; and descriptor 0 is
            # taken, so no file the command opens becomes the process's standard input.
            sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - for the process
        secrets = SecretReader(args.passphrase_stdin, stdin)
        try:
            return _all_commands()[args.command](args, secrets, out)
        except errors.InvalidInput as invalid:  # the option the user typed, not the field
            raise named_by_option(invalid, _field_options(args), args) from None
    except errors.KopingplanError as error:
        from kopingplan.i18n import tr as translate

        print(f"kopingplan: {error.translated(translate)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: one line without content; frames only when asked
        from kopingplan.i18n import tr as translate

        if os.environ.get("KOPINGPLAN_DEBUG"):
            print(errors.scrubbed_report(type(error), error.__traceback__), file=sys.stderr)
        internal = errors.InternalError(kind=type(error).__name__)
        print(f"kopingplan: {internal.translated(translate)}", file=sys.stderr)
        return internal.exit_code


if __name__ == "__main__":
    raise SystemExit(main())

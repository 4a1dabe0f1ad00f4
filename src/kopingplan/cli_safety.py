"""Command-line verbs that keep the vault safe: backups, restore, the recovery key and
retention (gallring). Registered by :mod:`kopingplan.cli`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from kopingplan import files
from kopingplan.cli_args import FOLDER, LINE, LONG_TEXT, RECORD_NUMBER, Cli, Number, UsageError, day
from kopingplan.cli_args import Parser as _Parser
from kopingplan.cli_session import SecretReader, confirm, open_session, vault_paths


def add_parsers(commands: Any) -> None:
    make = commands.add_parser("backup", help=Cli.tr("make a checked backup in a folder"))
    make.add_argument("destination", type=FOLDER, help=Cli.tr("the folder, e.g. on a USB stick"))
    make.add_argument(
        "--keep", type=Number(1, 100), help=Cli.tr("how many backups of this vault to keep")
    )

    listing = commands.add_parser("backups", help=Cli.tr("list the backups in a folder"))
    listing.add_argument("destination", type=FOLDER)

    back = commands.add_parser("restore", help=Cli.tr("replace the vault with a backup"))
    back.add_argument("source", type=FOLDER, help=Cli.tr("the backup folder"))
    back.add_argument("--yes", action="store_true", help=Cli.tr("do not ask before switching"))

    key = commands.add_parser("recovery-key", help=Cli.tr("the recovery key for the safe"))
    key_actions = key.add_subparsers(
        dest="recovery_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    key_actions.add_parser("new", help=Cli.tr("make a new recovery key (revokes the old one)"))
    key_actions.add_parser("remove", help=Cli.tr("remove the recovery key"))

    gallring = commands.add_parser("retention", help=Cli.tr("retention: what is due, decide"))
    actions = gallring.add_subparsers(
        dest="retention_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    due = actions.add_parser("list", help=Cli.tr("records whose retention period has run out"))
    due.add_argument("--today", type=day, help="YYYY-MM-DD")
    delete = actions.add_parser("delete", help=Cli.tr("delete records for good"))
    delete.add_argument("items", nargs="+", type=LINE, metavar="KIND:ID")
    delete.add_argument("--yes", action="store_true")
    keep = actions.add_parser("keep", help=Cli.tr("keep a record, with a reason"))
    keep.add_argument("item", type=LINE, metavar="KIND:ID")
    keep.add_argument("--reason", type=LONG_TEXT, required=True)
    keep.add_argument("--until", type=day, help="YYYY-MM-DD")
    rekey = commands.add_parser(
        "rekey",
        help=Cli.tr("re-encrypt the vault under a new key (old key files then open nothing)"),
    )
    rekey.add_argument("--yes", action="store_true", help=Cli.tr("do not ask before starting"))


def _secret_kind(args: argparse.Namespace) -> str:
    return "recovery" if getattr(args, "recovery_key", False) else "passphrase"


def cmd_backup(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import backup

    if not Path(args.destination).is_dir():  # before the passphrase is asked for
        raise backup.BackupDestinationMissing(path=str(args.destination))
    with open_session(args, secrets, record_unlock=False) as session:
        result = backup.backup(session, args.destination, keep=args.keep)
    print(
        Cli.tr("Backed up to {folder} ({size} MB, checked).").format(
            folder=result.folder, size=round(result.size_bytes / 1e6, 1)
        ),
        file=out,
    )
    for removed in result.removed:
        print(Cli.tr("Removed the older backup {folder}.").format(folder=removed), file=out)
    if result.same_device:
        print(
            Cli.tr("Note: this backup is on the vault's own drive; keep one elsewhere too."),
            file=out,
        )
    return 0


def cmd_backups(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import backup

    if not Path(args.destination).is_dir():
        raise backup.BackupDestinationMissing(path=str(args.destination))
    for info in backup.list_backups(args.destination):
        made = info.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{made}\t{info.vault_id[:8]}\t{info.folder.name}", file=out)
    return 0


def cmd_restore(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import restore
    from kopingplan.storage import keyfile as kf

    paths = vault_paths(args)
    current_id = kf.read_keyfile(paths.keyfile).vault_id if paths.keyfile.exists() else None
    secret = secrets.read(
        Cli.tr("Recovery key of the backup: ")
        if _secret_kind(args) == "recovery"
        else Cli.tr("Passphrase of the backup (as it was when the backup was made): ")
    )
    prepared = restore.prepare_restore(
        args.source, paths, secret, secret_kind=_secret_kind(args), current_vault_id=current_id
    )
    try:
        summary = prepared.summary
        made = summary.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if summary.made_at else "?"
        print(Cli.tr("Backup made: {when}").format(when=made), file=out)
        print(Cli.tr("Schema version: {n}").format(n=summary.schema_version), file=out)
        for table, number in summary.counts.items():
            if number:
                print(Cli.tr("Rows in {table}").format(table=table) + f": {number}", file=out)
        print(Cli.tr("Audit log rows: {n}").format(n=summary.audit_rows), file=out)
        if summary.same_vault is False:
            print(Cli.tr("Warning: this backup is of another vault."), file=out)
        if not confirm(args, Cli.tr("Replace the current vault with this backup?")):
            restore.discard_restore(prepared)
            print(Cli.tr("Nothing was changed."), file=out)
            return 0
        result = restore.finish_restore(prepared, secret)
    except BaseException:
        restore.discard_restore(prepared)
        raise
    result.session.close()
    print(Cli.tr("Restored the backup into {folder}.").format(folder=paths.folder), file=out)
    if result.safety_copy is not None:
        print(
            Cli.tr("The previous vault was kept as {folder}.").format(folder=result.safety_copy),
            file=out,
        )
    return 0


def cmd_recovery_key(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.i18n import tr as translate
    from kopingplan.services import recovery
    from kopingplan.services.session import Session

    paths = vault_paths(args)
    from kopingplan.storage.vault import check_database_file

    check_database_file(paths)
    passphrase = secrets.read(Cli.tr("Passphrase: "))
    with Session.open(paths, passphrase, record_unlock=False) as session:
        if args.recovery_command == "remove":
            recovery.remove(session, passphrase)
            print(Cli.tr("The recovery key was removed."), file=out)
            return 0
        sheet = recovery.create(session, passphrase)
        # Shown once, on the terminal: print it or write it down now; it is stored nowhere.
        for line in sheet.lines(translate):
            print(line, file=out)
        out.flush()
        recovery.mark_shown(session)  # only now: the next unlock stops warning about it
    return 0


def _item(text: str) -> tuple[str, int]:
    from kopingplan.services.retention import RetentionKind

    kind, _, number = text.partition(":")
    try:
        return RetentionKind(kind).value, RECORD_NUMBER(number)
    except (ValueError, argparse.ArgumentTypeError):
        problem = Cli.tr("{text} is not KIND:NUMBER with KIND one of {kinds}").format(
            text=files.shown(text), kinds=", ".join(k.value for k in RetentionKind)
        )
        raise UsageError(detail=problem) from None


def cmd_retention(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.services import retention

    with open_session(args, secrets, record_unlock=False) as session:
        if args.retention_command == "list":
            for item in retention.review_list(session, args.today):
                kept = f"\t({item.kept_reason})" if item.kept_reason else ""
                print(f"{item.kind.value}:{item.id}\t{item.due_on}\t{item.label}{kept}", file=out)
            return 0
        if args.retention_command == "keep":
            kind, number = _item(args.item)
            until = retention.keep(session, kind, number, args.reason, args.until)
            print(Cli.tr("Kept until {day}.").format(day=until), file=out)
            return 0
        items = [_item(text) for text in args.items]
        if not confirm(args, Cli.tr("Delete {n} records for good?").format(n=len(items))):
            print(Cli.tr("Nothing was changed."), file=out)
            return 0
        report = retention.delete(session, items)
    print(
        Cli.tr("Deleted: {counts}; persons: {persons}.").format(
            counts=", ".join(f"{k} {v}" for k, v in report.deleted.items()),
            persons=report.persons,
        ),
        file=out,
    )
    return 0


def cmd_rekey(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from kopingplan.i18n import tr as translate
    from kopingplan.services import recovery, rekey
    from kopingplan.services.session import Session
    from kopingplan.storage.rekey_recovery import finish_interrupted
    from kopingplan.storage.vault import check_database_file

    if args.recovery_key:
        # The new key file is sealed with the passphrase; with only the recovery key there is
        # none to seal it with. Set one first ('passwd --recovery-key').
        problem = Cli.tr(
            "rekey needs the passphrase, not the recovery key: set a passphrase first with "
            "'kopingplan --recovery-key passwd'"
        )
        raise UsageError(detail=problem)
    paths = vault_paths(args)
    finish_interrupted(paths)  # an earlier re-key a crash interrupted, before the file check
    check_database_file(paths)
    if recovery.has_recovery_key(paths) and not confirm(
        args,
        Cli.tr(
            "The recovery key will stop working and a new one must be printed afterwards. "
            "Re-encrypt the vault now?"
        ),
    ):
        print(Cli.tr("Nothing was changed."), file=out)
        return 0
    passphrase = secrets.read(Cli.tr("Passphrase: "))

    def progress(step: int, steps: int, stage: str) -> None:
        line = "[{step}/{steps}] {stage}".format(
            step=step, steps=steps, stage=translate("Rekey", stage)
        )
        print(line, file=out, flush=True)

    with Session.open(paths, passphrase, record_unlock=False) as session:
        result = rekey.rekey(session, passphrase, progress=progress)
    print(
        Cli.tr(
            "The vault was re-encrypted under a new key and checked ({size} MB, {seconds} s). "
            "It opens with the same passphrase; copies of the old key file open nothing in it."
        ).format(size=round(result.database_bytes / 1e6, 1), seconds=round(result.seconds, 1)),
        file=out,
    )
    if result.recovery_key_removed:
        warning = translate("Rekey", rekey.RECOVERY_KEY_REMOVED)
        print(Cli.tr("Warning: {text}").format(text=warning), file=out)
        print(Cli.tr("Make it with 'kopingplan recovery-key new'."), file=out)
    print(translate("Rekey", rekey.OLD_BACKUPS), file=out)
    return 0


COMMANDS = {
    "rekey": cmd_rekey,
    "backup": cmd_backup,
    "backups": cmd_backups,
    "restore": cmd_restore,
    "recovery-key": cmd_recovery_key,
    "retention": cmd_retention,
}

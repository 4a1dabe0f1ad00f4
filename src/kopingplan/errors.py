"""Typed errors of the core, with their user-facing text.

The core (domain, storage, services) never imports Qt, but its messages must reach the user in
Swedish. Each error class carries an English source text marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` extracts it into ``resources/i18n/*.ts``; the GUI and the command line
translate it with :func:`kopingplan.i18n.tr` and fill in the parameters afterwards. A message
says what happened and what to do next, and never contains vault content or a secret.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, ClassVar

CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` without translating it here."""
    return text


class KopingplanError(Exception):
    """Base of every error the user is meant to read. ``exit_code`` is the CLI's exit status."""

    template: ClassVar[str] = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")
    exit_code: ClassVar[int] = 2
    # Parameters whose values are marked texts themselves: name -> the context they are
    # translated in before they fill the template.
    translated_params: ClassVar[dict[str, str]] = {}

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.template.format(**params))

    def shown_params(self, translate: Any = None) -> dict[str, Any]:
        """The parameters as the message shows them (the marked texts among them translated)."""
        shown = dict(self.params)
        if translate:
            for name, context in self.translated_params.items():
                shown[name] = str(translate(context, str(shown.get(name, ""))))
        return shown

    def translated(self, translate: Any = None) -> str:
        """The message in the UI language; ``translate(context, text)`` is usually ``i18n.tr``."""
        params = self.shown_params(translate)
        text = translate(CONTEXT, self.template) if translate else self.template
        try:
            return str(text).format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation must not hide the error
            return self.template.format(**params)


# --- Opening and keying a vault -------------------------------------------------------------


class VaultNotFound(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "There is no vault at {path}. Check the path, or create one with 'init'."
    )


class VaultDirectoryMissing(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The folder {path} does not exist. Create it first or choose another place."
    )


class VaultExists(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "A vault already exists at {path}. Nothing was changed; choose another place."
    )


class WrongPassphrase(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Wrong passphrase. Nothing was changed; try again (check Caps Lock)."
    )
    # Seconds the next try must wait (storage/attempts.py), for the unlock dialog's countdown.
    retry_after: float = 0.0


class EmptyPassphrase(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase is empty. Type the vault's passphrase; an empty one never opens it.",
    )


class UnlockThrottled(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Too many wrong passphrases. Wait {seconds} seconds, then try again. Nothing in the "
        "vault was changed or deleted.",
    )


class KeyFileMissing(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file {path} is missing, so the vault cannot be unlocked. Restore it from a "
        "backup of the vault folder, or use the recovery key.",
    )


class KeyFileDamaged(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file {path} is damaged or not a Köpingplan key file. Restore the vault "
        "folder from a backup.",
    )


class NotAVault(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a Köpingplan vault (or it is damaged). Nothing was changed.",
    )


class KeyFileOfAnotherVault(NotAVault):
    """The key file opened with the passphrase, and its key reads no page of the database."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file {path} does not belong to this vault.db: its key opens another vault "
        "(or vault.db is not a Köpingplan vault). Nothing was changed. Put back the key file and "
        "database that belong together, e.g. both from the same backup.",
    )


class EmptyVaultFile(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault file {path} is empty or cut short. Restore the vault from a backup.",
    )


class PlainDatabase(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is an unencrypted SQLite database, not a Köpingplan vault. It was not opened.",
    )


class VaultTooNew(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault was written by a newer version of Köpingplan (schema {found}; this version "
        "knows up to {known}). Update the program; the vault was not changed.",
    )


class VaultInUse(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault is already open in another Köpingplan window or program. Close it there first.",
    )


class VaultReadOnly(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault at {path} cannot be written (read-only file or folder). Check the file "
        "permissions or copy the vault to a writable place.",
    )


class VaultDamaged(KopingplanError):
    exit_code = 1
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault failed its integrity check: {detail}. Restore it from a backup.",
    )


class VaultDamagedAt(VaultDamaged):
    """Found when opening: ``count`` problems, ``first`` an object whose ``describe(translate)``
    gives the first in the UI language (a storage.checkup.Finding); ``detail`` the same in
    English, for callers of :class:`VaultDamaged` (a restore names the broken backup)."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault is damaged: {first}. Nothing was changed. Problems found: {count} "
        "('kopingplan check' lists them all). Restore the vault from a backup.",
    )

    def shown_params(self, translate: Any = None) -> dict[str, Any]:
        return {"count": self.params["count"], "first": self.params["first"].describe(translate)}


class VaultUnreadable(KopingplanError):
    """SQLite met a damaged page while working in an open vault."""

    exit_code = 1
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Part of the vault cannot be read: it is damaged. Nothing was changed. Lock the vault, "
        "run 'kopingplan check' to see where, and restore it from a backup.",
    )


class WeakPassphrase(KopingplanError):
    """``problems`` holds PassphraseProblem values; they are translated one by one."""

    def shown_params(self, translate: Any = None) -> dict[str, Any]:
        keys = str(self.params.get("problems", "")).split(",")
        texts = [
            PASSPHRASE_PROBLEM_TEXTS.get(k.strip(), PASSPHRASE_PROBLEM_TEXTS["low_entropy"])
            for k in keys
            if k.strip()
        ] or [PASSPHRASE_PROBLEM_TEXTS["low_entropy"]]
        if translate:
            texts = [str(translate(CONTEXT, t)) for t in texts]
        return {"problems": "; ".join(texts)}

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase is too weak: {problems}. Anyone who takes the laptop can try "
        "passphrases offline for as long as they like, so it must resist billions of guesses. "
        "Use four or more unrelated words, or at least 12 varied characters.",
    )


# What each passphrase weakness (domain.passphrase.PassphraseProblem) means to the user.
PASSPHRASE_PROBLEM_TEXTS = {
    "too_short": QT_TRANSLATE_NOOP("Errors", "it is shorter than 12 characters"),
    "common": QT_TRANSLATE_NOOP("Errors", "it is a common password or built on one"),
    "personal": QT_TRANSLATE_NOOP(
        "Errors", "it contains your name, your organisation or the program's name"
    ),
    "name": QT_TRANSLATE_NOOP("Errors", "it is built on a common first name or surname"),
    "repeated": QT_TRANSLATE_NOOP("Errors", "it repeats the same characters"),
    "sequence": QT_TRANSLATE_NOOP("Errors", "it contains a keyboard or alphabet sequence"),
    "one_class": QT_TRANSLATE_NOOP("Errors", "it uses only one kind of character"),
    "date_or_number": QT_TRANSLATE_NOOP("Errors", "it is mostly a date or a number"),
    "low_entropy": QT_TRANSLATE_NOOP("Errors", "it is too easy to guess"),
}


class PassphraseMismatch(KopingplanError):
    template = QT_TRANSLATE_NOOP("Errors", "The two passphrases differ. Nothing was changed.")


class NoPassphrase(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No passphrase was given. Type it at the prompt, or give it on the first line of "
        "standard input with --passphrase-stdin.",
    )


class DiskFull(KopingplanError):
    """No space left where Köpingplan had to write: when opening (SQLite's index file), when
    saving, or where a backup, brief or export goes. Partial files are removed."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full, so this could not be done and nothing was changed. Everything saved "
        "before is intact. Free some space and try again.",
    )


# --- Domain input ---------------------------------------------------------------------------


class InvalidInput(KopingplanError):
    """A field of a domain object failed validation. ``field`` is the English field name (the
    GUI shows the problem beside the field itself); ``problem`` is a marked "Errors" text."""

    template = QT_TRANSLATE_NOOP("Errors", "{field}: {problem}")
    translated_params: ClassVar[dict[str, str]] = {"problem": CONTEXT}

    def __init__(self, field: str, problem: str, **params: Any) -> None:
        super().__init__(field=field, problem=problem, **params)
        self.field = field
        self.problem = problem


class NotFound(KopingplanError):
    """``kind`` is a record name marked in context "Kinds" (see storage.repositories.tables)."""

    template = QT_TRANSLATE_NOOP("Errors", "There is no {kind} with number {id} in the vault.")
    translated_params: ClassVar[dict[str, str]] = {"kind": "Kinds"}


class InvalidSearch(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The search has no words to look for. Type at least one letter or digit."
    )


class CertificateIsAuthority(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file holds only a certificate authority's certificate (CA:TRUE), not a person's. "
        "Ask the recipient for their own certificate; one made with 'openssl req -x509' needs "
        "-addext basicConstraints=critical,CA:FALSE (see OPENSSL.md).",
    )


class CertificateProblem(KopingplanError):
    template = QT_TRANSLATE_NOOP("Errors", "The certificate cannot be used: {detail}.")


class InternalError(KopingplanError):
    """An error nobody expected (a bug), told in one line: its kind, never its message, which
    may quote vault content. The frames go to the log (:func:`scrubbed_report`)."""

    exit_code = 70  # EX_SOFTWARE
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "An unexpected error ({kind}) stopped the command. What was saved before it is safe; "
        "run 'kopingplan check' if in doubt, and tell support what you ran.",
    )


def scrubbed_report(kind: type[BaseException], traceback_: Any, thread_name: str = "") -> str:
    """The traceback's frames (file, line, function) and the exception's type: no message, no
    variable, so nothing of the vault reaches a log or a crash report."""
    import traceback

    lines = ["Unexpected error" + (f" in thread {thread_name}" if thread_name else "")]
    lines += [
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}'
        for frame in traceback.extract_tb(traceback_)
    ]
    lines.append(f"{kind.__module__}.{kind.__qualname__} (its message is not logged)")
    return "\n".join(lines)


def log_failure(
    logger: logging.Logger,
    what: str,
    error: BaseException | None = None,
    *,
    level: int = logging.ERROR,
) -> None:
    """Logs ``what`` went wrong with ``error``'s type and frames (:func:`scrubbed_report`),
    never its message: a message may quote a person's name, a note or a file name. Without
    ``error`` it is the exception being handled. Use it instead of ``logger.exception`` or
    ``exc_info``, which write the message (tests/unit/test_code_health.py bans them)."""
    if error is None:
        error = sys.exc_info()[1]
    if error is None:
        logger.log(level, "%s", what)
        return
    logger.log(level, "%s\n%s", what, scrubbed_report(type(error), error.__traceback__))

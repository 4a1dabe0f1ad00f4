"""Files a person names: read with a size limit checked before reading, written only as new
regular files unless replacing was asked for.

Reading: a certificate, a PKCS#12 file, a package or a brief is read whole, so the size is
checked against the limit for that kind of file *before* a byte is read (a 4 GB file named by
mistake is refused at once instead of filling the memory), and only a regular file is read (a
device such as /dev/zero never ends; a pipe would block). The limits are stated in the README.

Writing: a brief, a report, a package or a certificate is written to a temporary file beside the
target and then linked into place, which fails if the name exists: nothing is replaced unless
the caller says so (``overwrite``, the command line's ``--force``; the GUI's save dialog asks),
and even then only a regular file, never a folder, a device or what a symbolic link points to.
The temporary file holds plaintext, so its path is first recorded in the vault (``record``, see
:mod:`kopingplan.services.pending_outputs`): one that a crash or a ``kill -9`` leaves behind is
removed at the next unlock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from kopingplan import errors
from kopingplan.errors import QT_TRANSLATE_NOOP

MIB = 1024 * 1024

# What each kind of input may weigh (the README's "Limits" table repeats these).
CERTIFICATE_LIMIT = 1 * MIB  # a PEM/DER certificate or a PKCS#7 bundle is a few kilobytes
PKCS12_LIMIT = 1 * MIB  # a key, its certificate and a chain: a few kilobytes
BRIEF_LIMIT = 72 * MIB  # a signed PDF; as large as a package may carry as an attachment
PACKAGE_LIMIT = 80 * MIB  # the package's ZIP (at most 72 MiB) plus the CMS envelope

SHOWN_MAX = 80  # characters of a path shown in a message

# The name of a file being written, beside its target, until it is put in place.
_TEMPORARY_NAME = re.compile(r"\.kopingplan-[0-9]+-[0-9a-f]{8}\.tmp")

# Records a temporary file's path (committed) before the file is made, for as long as the block
# runs; the record goes when it ends (services/pending_outputs.py).
TemporaryRecord = Callable[[Path], AbstractContextManager[None]]


def is_temporary_name(name: str) -> bool:
    """Whether ``name`` is one :func:`output_after` gives the file it writes before placing it."""
    return _TEMPORARY_NAME.fullmatch(name) is not None


def shown(path: str | os.PathLike[str], most: int | None = SHOWN_MAX) -> str:
    """The path as a message shows it: on one line, printable, at most ``most`` characters
    with the file's name kept whole (None: whole, for a path the person must find). A name
    with a line break, a control character or bytes that are not UTF-8 is quoted with
    escapes, so the message stays one readable line."""
    text = os.fspath(path)
    plain = text.isprintable() and not any("\udc80" <= c <= "\udcff" for c in text)
    if most is not None and len(text) > most:
        # Cut from the middle: the file's name, the part the person looks for, stays whole
        # (or its end, when the name alone is too long), and the start says which drive.
        tail = min(max(len(os.path.basename(text)) + 1, most // 2), most - 1)
        text = text[: most - 1 - tail] + "…" + text[len(text) - tail :]
    if plain:
        return text
    return ascii(text) if any("\udc80" <= c <= "\udcff" for c in text) else repr(text)


class FileError(errors.KopingplanError):
    """A file named for reading or writing cannot be used; ``path`` is already :func:`shown`."""

    def __init__(self, path: str | os.PathLike[str], **params: object) -> None:
        super().__init__(path=shown(path), **params)


class InputFileMissing(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The file {path} does not exist. Check the name and the folder."
    )


class InputIsFolder(FileError):
    template = QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file. Name a file.")


class InputNotRegular(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not an ordinary file (it is a device, a pipe or a socket). Name a file.",
    )


class InputTooLarge(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} is larger than {limit_mib} MiB, the most this kind of file can be. "
        "Nothing was read; check that you named the right file.",
    )


class InputTooLargeBytes(InputTooLarge):
    """:class:`InputTooLarge` for a kind of file whose limit is under 1 MiB (a reason's text
    file: 4003 bytes), which in whole MiB read 'larger than 0 MiB'."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} is larger than {limit_bytes} bytes, the most this kind of file can "
        "be. Nothing was read; check that you named the right file.",
    )


def _too_large(path: Path, limit: int) -> InputTooLarge:
    if limit < MIB:
        return InputTooLargeBytes(path, limit_bytes=limit)
    return InputTooLarge(path, limit_mib=limit // MIB)


class InputEmpty(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The file {path} is empty. Check that you named the right file."
    )


class InputNotReadable(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} cannot be read (no permission, or the drive failed). Check the "
        "file's permissions.",
    )


class NameTooLong(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The name {path} is longer than the drive allows. Choose a shorter name."
    )


class OutputExists(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} already exists and was not replaced. Choose another name (on the "
        "command line, --force replaces it).",
    )


class OutputNotRegular(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not an ordinary file (it is a folder, a device or a link to one). Nothing "
        "was written; choose a file name.",
    )


class OutputFolderMissing(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The folder {path} does not exist. Create it first or choose another place."
    )


class OutputNotWritable(FileError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing can be written in {path} (no permission, or a read-only drive). Choose "
        "another place.",
    )


# --- reading ------------------------------------------------------------------------------------


def _refuse_kind(path: Path, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise InputIsFolder(path)
    if not stat.S_ISREG(mode):
        raise InputNotRegular(path)


def _stat_error(path: Path, error: OSError) -> FileError:
    if isinstance(error, PermissionError):
        return InputNotReadable(path)
    if isinstance(error, IsADirectoryError):
        return InputIsFolder(path)
    if error.errno == errno.ENAMETOOLONG:
        return NameTooLong(path)
    if error.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):
        return InputFileMissing(path)
    return InputNotReadable(path)


def check_input(path: str | os.PathLike[str], limit: int) -> None:
    """Refuses what :func:`read_input` would refuse, without opening the file: the command
    line checks its arguments this way before it asks for a passphrase."""
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError as error:
        raise _stat_error(path, error) from None
    except ValueError:  # a NUL character in the name
        raise InputFileMissing(path) from None
    _refuse_kind(path, info.st_mode)
    if info.st_size > limit:
        raise _too_large(path, limit)
    if info.st_size == 0:
        raise InputEmpty(path)


def read_input(path: str | os.PathLike[str], limit: int) -> bytes:
    """The whole of a regular file of at most ``limit`` bytes. The kind and the size are
    checked before reading (and again on the open file, which may have been swapped); a file
    that grows while it is read is cut off at ``limit`` + 1 bytes and refused."""
    path = Path(path)
    check_input(path, limit)  # a device is refused before it is opened: opening can act
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise _stat_error(path, error) from None
    try:
        info = os.fstat(fd)
        _refuse_kind(path, info.st_mode)
        if info.st_size > limit:
            raise _too_large(path, limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(limit + 1 - total, MIB) or 1)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError:
        raise InputNotReadable(path) from None
    finally:
        os.close(fd)
    if total > limit:
        raise _too_large(path, limit)
    if total == 0:
        raise InputEmpty(path)
    return b"".join(chunks)


# --- writing ------------------------------------------------------------------------------------


def check_output(path: str | os.PathLike[str], *, overwrite: bool = False) -> None:
    """Refuses a target that :func:`write_output` would refuse, before any work is done: a
    missing folder, a name that is not a regular file, or an existing file without
    ``overwrite``."""
    path = Path(path)
    folder = path.parent
    try:
        folder_mode = os.stat(folder).st_mode
    except (OSError, ValueError):
        raise OutputFolderMissing(folder) from None
    if not stat.S_ISDIR(folder_mode):
        raise OutputFolderMissing(folder)
    try:
        own = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as error:
        raise (NameTooLong if error.errno == errno.ENAMETOOLONG else OutputNotRegular)(
            path
        ) from None
    except ValueError:  # a NUL character in the name
        raise OutputNotRegular(path) from None
    if stat.S_ISLNK(own.st_mode):
        try:
            target_mode = os.stat(path).st_mode
        except OSError:
            target_mode = stat.S_IFREG  # a dangling link: replacing it writes no device
        if not stat.S_ISREG(target_mode):
            raise OutputNotRegular(path)
    elif not stat.S_ISREG(own.st_mode):
        raise OutputNotRegular(path)
    if not overwrite:
        raise OutputExists(path)


def _write_error(path: Path, error: OSError) -> errors.KopingplanError:
    if error.errno == errno.ENOSPC:
        return errors.DiskFull()
    if isinstance(error, FileExistsError):
        return OutputExists(path)
    if isinstance(error, PermissionError) or error.errno == errno.EROFS:
        return OutputNotWritable(path.parent)
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return OutputFolderMissing(path.parent)
    if error.errno == errno.ENAMETOOLONG:
        return NameTooLong(path)
    if error.errno == errno.EISDIR:
        return OutputNotRegular(path)
    return OutputNotWritable(path.parent)


def write_output(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    overwrite: bool = False,
    mode: int = 0o600,
    record: TemporaryRecord | None = None,
) -> None:
    """Writes ``data`` as a new regular file at ``path`` (fsynced, never seen half-written),
    or, with ``overwrite``, replaces a regular file there. Refusals are :class:`FileError`
    (or :class:`~kopingplan.errors.DiskFull`) and leave nothing behind."""
    with output_after(path, data, overwrite=overwrite, mode=mode, record=record):
        pass


@contextlib.contextmanager
def output_after(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    overwrite: bool = False,
    mode: int = 0o600,
    record: TemporaryRecord | None = None,
) -> Iterator[None]:
    """:func:`write_output` with a block between writing the bytes and the file's arrival at
    ``path``: they are written and fsynced under a temporary name beside it, the block runs
    (a caller commits its record of the file there), and only then is the file put at
    ``path``. An exception in the block leaves nothing behind; a process killed before the
    file is in place leaves a temporary name at most, never the file under its own name
    without its record. ``record`` (every save of vault data passes one) keeps the temporary
    name's path in the vault from before the file is made until it is placed or removed, so
    that the next unlock removes what a killed process left."""
    path = Path(path)
    check_output(path, overwrite=overwrite)
    # A short name of its own: the target's name may be as long as the drive allows.
    temporary = path.with_name(f".kopingplan-{os.getpid()}-{secrets.token_hex(4)}.tmp")
    from kopingplan.storage.atomic import fsync_directory

    with contextlib.ExitStack() as recorded:
        if record is not None:
            recorded.enter_context(record(temporary))
        try:
            yield from _written_and_placed(path, temporary, data, overwrite=overwrite, mode=mode)
        finally:
            # While the record stands: a power cut after its removal but before the folder is
            # synced could bring the temporary name (the plaintext) back with nothing to sweep it.
            with contextlib.suppress(OSError):
                fsync_directory(path.parent)


def _written_and_placed(
    path: Path, temporary: Path, data: bytes, *, overwrite: bool, mode: int
) -> Iterator[None]:
    """:func:`output_after`'s work between its record's start and end."""
    try:
        fd = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode
        )
    except OSError as error:
        raise _write_error(path, error) from None
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise _write_error(path, error) from None
        yield
        try:
            if overwrite:
                check_output(path, overwrite=True)  # the name may have changed meanwhile
                os.replace(temporary, path)
            else:
                _link_new(temporary, path)
        except OSError as error:
            raise _write_error(path, error) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _link_new(temporary: Path, path: Path) -> None:
    """Puts the written file at ``path`` only if nothing is there (a hard link is atomic and
    fails on an existing name). A drive without hard links (FAT on a USB stick) gets the name
    taken by an exclusive create, then the written file renamed over it: never a copy made
    under the name itself, which a crash would leave half-written there."""
    try:
        os.link(temporary, path)
        return
    except FileExistsError:
        raise
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK):
            raise
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise

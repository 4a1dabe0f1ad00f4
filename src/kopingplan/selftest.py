"""``kopingplan --self-test``: proves that an installed program works, without showing a window.

Meant for the municipality's IT department after installing a build (and for the build itself:
``packaging/build_bundle.py`` runs it from the finished bundle). It exercises what a missing
file in a bundle would break: Qt with its plugins, the translations, the fonts, the bundled
SQLCipher and OpenSSL, Argon2id, and the whole path from a new vault through demo data, search
and the integrity checks to a signed brief, printed through pdfium and Qt's print engine, and an
encrypted export package.

Everything happens in a temporary folder from :func:`tempfile.mkdtemp` (``TMPDIR`` / ``TEMP``),
removed at the end whatever happened; nothing is written to the user's real vault, to the
settings or anywhere else. The vault there is a real one (real SQLCipher, real Argon2id with
modest parameters, a fresh RSA-3072 identity) filled with the fictional demo data, so nothing
personal is ever involved. A brief is rendered and signed in memory and never written to disk:
a brief is plain text by nature. Printing it writes, as a PDF printer does, pictures of its
pages into the temporary folder, and the plain-text scan checks that they hold no text.

Output: one line per step, ``[ok] name: detail``, ``[FAILED] name: reason`` or
``[skipped] name: reason``, then a summary line. The exit code is 0 only when every mandatory
step passed.

Steps whose module is listed in :data:`OPTIONAL_MODULES` are skipped while that module is
absent from the build; once it is present they run and must pass. Removing a module from the
mapping makes its step mandatory (absent module = failure).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# step name -> module that must be importable for the step to run. While the module is absent
# the step reports "skipped: not in this build". Remove an entry to make the step mandatory.
# Briefs and the exchange are part of every build now, so none is optional.
OPTIONAL_MODULES: dict[str, str] = {}

OK, FAILED, SKIPPED = "ok", "FAILED", "skipped"
NOT_IN_BUILD = "not in this build"

# Names the self-test puts into its vault; the plain-text scan looks for them in every file.
OWNER = "Selftest Samordnare"
ORGANISATION = "Kopingplan sjalvtest"
LIAISON = "Selftest Mottagare"
LIAISON_ORGANISATION = "Polisen sjalvtest"


class StepFailed(Exception):
    """A step's check did not hold; the message says which."""


class StepSkipped(Exception):
    """A step that cannot run in this build (its module is absent)."""


@dataclass
class Outcome:
    name: str
    status: str
    detail: str
    seconds: float

    def line(self) -> str:
        return f"[{self.status}] {self.name}: {self.detail} ({self.seconds:.2f} s)"


@dataclass
class _State:
    """What the steps hand to each other."""

    workdir: Path
    app: Any = None
    session: Any = None
    vault_paths: Any = None
    passphrase: str = ""
    kdf_params: Any = None
    brief_pdf: bytes = b""
    secrets_seen: set[str] = field(default_factory=set)  # demo strings for the plain-text scan
    outcomes: list[Outcome] = field(default_factory=list)


def _default_progress(line: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed Windows program has no console
        return
    try:
        print(line, file=stream, flush=True)
    except UnicodeEncodeError:  # a console with a legacy code page: keep the line, lose å ä ö
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(line.encode(encoding, "replace").decode(encoding), file=stream, flush=True)


# --- the steps --------------------------------------------------------------------------------


def _step_qt(state: _State) -> str:
    # Before any Qt import that could create the application: offscreen, no window, no display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        app = QApplication(["kopingplan", "-platform", "offscreen"])
    if not isinstance(app, QGuiApplication):
        raise StepFailed("a non-GUI Qt application already exists in this process")
    platform = QGuiApplication.platformName()
    if platform != "offscreen":
        raise StepFailed(f"platform is {platform!r}, expected 'offscreen'")
    state.app = app
    return f"platform offscreen, Qt {qVersion()}, PySide6 {pyside_version}"


def _required_plugins() -> dict[str, list[str]]:
    """Plugin folder -> file stems that must be there on this operating system."""
    if sys.platform == "win32":
        return {
            "platforms": ["qwindows", "qoffscreen"],
            "styles": ["qmodernwindowsstyle"],
            "imageformats": ["qsvg", "qico", "qjpeg"],
            "iconengines": ["qsvgicon"],
            "printsupport": ["windowsprintersupport"],
        }
    if sys.platform == "darwin":
        return {
            "platforms": ["libqcocoa", "libqoffscreen"],
            "styles": ["libqmacstyle"],
            "imageformats": ["libqsvg", "libqjpeg"],
            "iconengines": ["libqsvgicon"],
            "printsupport": ["libcocoaprintersupport"],
        }
    return {
        "platforms": ["libqxcb", "libqoffscreen", "libqwayland"],
        "imageformats": ["libqsvg", "libqjpeg"],
        "iconengines": ["libqsvgicon"],
        "printsupport": ["libcupsprintersupport"],
        "xcbglintegrations": ["libqxcb-glx-integration"],
    }


def _step_qt_plugins(state: _State) -> str:
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QImage, QImageReader
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QStyleFactory

    from kopingplan.i18n import resources_dir

    root = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    missing = []
    for folder, stems in _required_plugins().items():
        present = {p.name.split(".")[0] for p in (root / folder).glob("*")}
        missing += [f"{folder}/{stem}" for stem in stems if stem not in present]
    if missing:
        raise StepFailed(f"missing in {root}: {', '.join(missing)}")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise StepFailed(f"the SVG image plugin does not load (formats: {sorted(formats)})")
    icon = resources_dir() / "icons" / "kopingplan.svg"
    image = QImage(str(icon))
    if image.isNull():
        raise StepFailed(f"cannot render {icon}")
    styles = list(QStyleFactory.keys())
    if "Fusion" not in styles:
        raise StepFailed(f"no Fusion style (styles: {styles})")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # loads QtPrintSupport
    del printer
    return (
        f"platform, image, icon and print plugins in {root.name}/; "
        f"styles {', '.join(styles)}; SVG renders"
    )


def _step_translations(state: _State) -> str:
    """Loads both Swedish catalogues the way :mod:`kopingplan.i18n` finds them, without
    installing them: the app's language stays as it was (the self-test may run in-process)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from kopingplan import i18n

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    checks = (
        (i18n.resources_dir() / "i18n" / "kopingplan_sv.qm", "Cli", "Passphrase: "),
        (qt_dir / "qtbase_sv.qm", "QPlatformTheme", "Cancel"),
    )
    results = []
    for path, context, source in checks:
        if not path.is_file():
            raise StepFailed(f"missing {path}")
        translator = QTranslator()
        if not translator.load(str(path)):
            raise StepFailed(f"cannot load {path}")
        translated = translator.translate(context, source)
        if not translated or translated == source:
            raise StepFailed(f"{path.name} does not translate {source!r}")
        results.append(f"{path.name} ({source.strip()!r} -> {translated.strip()!r})")
    return ", ".join(results)


def _step_fonts(state: _State) -> str:
    from PySide6.QtGui import QFontDatabase
    from reportlab.pdfbase.ttfonts import TTFont

    from kopingplan.i18n import resources_dir

    folder = resources_dir() / "fonts"
    names = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    families = set()
    for name in names:
        path = folder / name
        if not path.is_file():
            raise StepFailed(f"missing {path}")
        TTFont(f"selftest-{name}", str(path))  # parses the file as the briefs will
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise StepFailed(f"Qt cannot load {path}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return f"{', '.join(names)} load in reportlab and Qt ({', '.join(sorted(families))})"


def _step_sqlcipher(state: _State) -> str:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        conn.execute("CREATE TABLE t(x)")  # keyed and used, so the provider is initialised
        version = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        provider_version = conn.execute("PRAGMA cipher_provider_version").fetchone()
        sqlite_version = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
        fts5 = conn.execute("PRAGMA compile_options").fetchall()
    finally:
        conn.close()
    if not version.startswith("4."):
        raise StepFailed(f"cipher_version is {version!r}, expected 4.x")
    if not any("FTS5" in str(row[0]) for row in fts5):
        raise StepFailed("SQLCipher was built without FTS5")
    from cryptography.hazmat.backends.openssl import backend

    return (
        f"SQLCipher {version} (SQLite {sqlite_version}, "
        f"{provider[0] if provider else '?'} {provider_version[0] if provider_version else ''}"
        f"), cryptography with {backend.openssl_version_text()}"
    )


def _step_vault(state: _State) -> str:
    from kopingplan.services.session import Session
    from kopingplan.storage import keyfile
    from kopingplan.storage.vault import VaultPaths

    state.vault_paths = VaultPaths(state.workdir / "vault")
    state.passphrase = secrets.token_urlsafe(24)
    # Real Argon2id, modest cost: the self-test proves it works, not how slow it is.
    params = state.kdf_params = keyfile.KdfParams(memory_kib=64 * 1024, iterations=2, lanes=1)
    started = time.perf_counter()
    with Session.create(
        state.vault_paths,
        state.passphrase,
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=params,
    ):
        pass
    created = time.perf_counter() - started
    started = time.perf_counter()
    state.session = Session.open(state.vault_paths, state.passphrase, kdf_params=params)
    opened = time.perf_counter() - started
    cipher = state.session.vault.cipher_settings()
    if not cipher.get("cipher_version", "").startswith("4."):
        raise StepFailed(f"vault opened without SQLCipher 4 ({cipher})")
    return (
        f"created ({created:.2f} s, Argon2id 64 MiB, RSA-3072 identity) and reopened "
        f"({opened:.2f} s); {cipher['cipher_version']}, {cipher['cipher_provider']}, "
        f"journal {cipher['journal_mode']}"
    )


def _step_demo(state: _State) -> str:
    from kopingplan.services import demo

    counts = demo.fill(state.session, cases=5)
    if counts.get("cases") != 5:
        raise StepFailed(f"expected 5 cases, got {counts.get('cases')}")
    state.secrets_seen.add(demo.COMMON_WORD)
    total = sum(counts.values())
    return f"{total} rows, {counts['cases']} cases, {counts.get('notes', 0)} notes"


def _step_search(state: _State) -> str:
    from kopingplan.services import demo
    from kopingplan.services.session import HIT_END, HIT_START

    hits = state.session.search(demo.COMMON_WORD, limit=20)
    if not hits:
        raise StepFailed(f"no hits for {demo.COMMON_WORD!r}")
    # Words the demo wrote, for the plain-text scan of the vault files afterwards.
    for hit in hits[:5]:
        plain = hit.snippet.replace(HIT_START, " ").replace(HIT_END, " ")
        state.secrets_seen.update(w for w in plain.split() if len(w) >= 8 and w.isalpha())
    return f"{len(hits)} hits for the demo's common word"


def _step_check(state: _State) -> str:
    report = state.session.check()
    if not report.ok:
        problems = [*report.integrity_problems, *(str(p) for p in report.audit_problems)]
        raise StepFailed("; ".join(problems[:3]))
    return f"cipher_integrity_check, integrity_check and {report.audit_rows} audit rows intact"


def _optional(step: str) -> Any:
    """The step's module, or StepSkipped while it is optional and absent from this build."""
    name = OPTIONAL_MODULES.get(step)
    if name is None:
        return None
    try:
        found = importlib.util.find_spec(name)
    except ModuleNotFoundError:  # the parent package is missing
        found = None
    if found is None:
        raise StepSkipped(NOT_IN_BUILD)
    return importlib.import_module(name)


def _step_brief(state: _State) -> str:
    briefs = _optional("brief") or importlib.import_module("kopingplan.services.briefs")
    case_id = state.session.list_cases(limit=1)[0].id
    brief = briefs.case_brief(state.session, case_id)
    copies = briefs.produce(state.session, brief)  # rendered and signed in memory only
    if len(copies) != 1:
        raise StepFailed(f"expected one signed copy, got {len(copies)}")
    pdf = copies[0].data
    if not pdf.startswith(b"%PDF-"):
        raise StepFailed("the brief is not a PDF")
    result = briefs.verify(pdf, state.session)
    if not result.ok:
        raise StepFailed(f"the signature does not verify: {result.problem or result}")
    state.brief_pdf = pdf
    return (
        f"case brief, {copies[0].pages} page(s), {len(pdf) // 1024} KiB, rendered with the "
        "bundled fonts and signed (PAdES B-B) in memory; signature verifies"
    )


def _step_print(state: _State) -> str:
    """The signed brief printed the way the app prints it: pdfium (pypdfium2's native library,
    which a bundle can lack) rasterises its pages in memory and Qt's print engine takes them.
    The printer writes a PDF file in the temporary folder: pictures of pages, no text, which
    the plain-text scan then confirms."""
    if not state.brief_pdf:
        raise StepFailed("no signed brief to print (the brief step failed)")
    from pypdfium2 import version as pdfium_version
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtPrintSupport import QPrinter

    from kopingplan.gui import brief_print
    from kopingplan.gui.tasks import TaskRunner

    pages = brief_print.page_count(state.brief_pdf)
    image = brief_print.render_page(state.brief_pdf, pages - 1, 50)
    if image.isNull() or image.width() < 400:
        raise StepFailed(f"pdfium drew a {image.width()}x{image.height()} page")
    grey = image.convertToFormat(image.Format.Format_Grayscale8)
    dark = sum(
        1
        for y in range(0, grey.height(), 4)
        for x in range(0, grey.width(), 4)
        if grey.pixelColor(x, y).value() < 128
    )
    if dark < 50:
        raise StepFailed("pdfium drew a blank last page (no signature block)")
    target = state.workdir / "printed.pdf"
    printer = brief_print.new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    job = brief_print.PrintJob(printer, [state.brief_pdf], runner=TaskRunner(synchronous=True))
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    job.start()
    if not job.done:
        loop.exec()
    if not job.done or job.error is not None or job.printed != pages:
        raise StepFailed(f"printing stopped after {job.printed} of {pages} page(s): {job.error}")
    printed = brief_print.page_count(target.read_bytes())
    if printed != pages:
        raise StepFailed(f"the printer got {printed} page(s) of {pages}")
    return (
        f"pypdfium2 {pdfium_version.PYPDFIUM_INFO} (pdfium {pdfium_version.PDFIUM_INFO}): "
        f"{pages} page(s) rasterised in memory at {job.dpi} dpi and printed through Qt's "
        f"print engine ({target.stat().st_size // 1024} KiB)"
    )


def _step_exchange(state: _State) -> str:
    """An export package from this vault to a second one (the police liaison's), opened and
    imported there: the real recipient, signer and certificate checks on both sides."""
    exchange = _optional("exchange") or importlib.import_module("kopingplan.services.exchange")
    from kopingplan.exchange.package import Attachment
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    ours = state.session
    receiving = Session.create(
        VaultPaths(state.workdir / "liaison"),
        secrets.token_urlsafe(24),
        name=LIAISON,
        organisation=LIAISON_ORGANISATION,
        kdf_params=state.kdf_params,
    )
    try:
        # Each side registers and verifies the other's certificate, as the two people would
        # after reading the fingerprints to each other.
        theirs = receiving.identity()
        recipient = exchange.add_recipient(ours, theirs.certificate_pem)
        exchange.verify_recipient(ours, recipient.id, theirs.fingerprint)
        mine = ours.identity()
        sender = exchange.add_recipient(receiving, mine.certificate_pem)
        exchange.verify_recipient(receiving, sender.id, mine.fingerprint)

        case_id = ours.list_cases(limit=1)[0].id
        basis = exchange.legal_bases(ours)[0]
        attachments: tuple[Any, ...] = ()
        if state.brief_pdf:
            attachments = (Attachment("brief.pdf", state.brief_pdf),)
        request = exchange.ExportRequest(
            recipient_ids=(recipient.id,),
            legal_basis=basis.code,
            decided_by=OWNER,
            decided_by_role="Samordnare",
            purpose="Sjalvtest av programmet",
            cases=(exchange.CasePart(case_id, details=True, all_notes=True),),
            attachments=attachments,
        )
        preview = exchange.export_package(
            ours, exchange.preview_export(ours, request), state.workdir / "export.p7m"
        )
        data = (state.workdir / "export.p7m").read_bytes()
        opened = exchange.open_package(receiving, data)
        if opened.content_sha256 != preview.content_sha256:
            raise StepFailed("the imported package differs from the exported one")
        imported = exchange.accept_import(receiving, opened)
        if not imported.item_ids:
            raise StepFailed("the package was imported without records")
        # The package and both vaults must hide the content: the plain-text scan looks for
        # the purpose (inside the package). The recipient's name is not looked for: a CMS
        # envelope names its recipient's certificate (issuer and serial number) in clear.
        state.secrets_seen.add(request.purpose)
        check = receiving.check()
        if not check.ok:
            raise StepFailed("the receiving vault fails its checks after the import")
    finally:
        receiving.close()
    return (
        f"{len(data) // 1024} KiB package (signed, encrypted to the recipient) exported with "
        f"its disclosure record, opened and imported by a second vault "
        f"({len(imported.item_ids)} records)"
    )


def _step_plaintext(state: _State) -> str:
    from kopingplan.storage.vault import SQLITE_HEADER

    if state.session is not None:
        state.session.close()
        state.session = None
    needles = {OWNER, ORGANISATION, state.passphrase, *state.secrets_seen}
    files = [p for p in state.workdir.rglob("*") if p.is_file()]
    found = []
    for path in files:
        data = path.read_bytes()
        if data.startswith(SQLITE_HEADER):
            found.append(f"{path.name} is a plain SQLite file")
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                if needle and encoded in data:
                    found.append(f"{path.name} contains {needle!r} in plain text")
                    break
    if found:
        raise StepFailed("; ".join(sorted(set(found))))
    return f"{len(files)} files, {len(needles)} demo strings looked for, none in plain text"


STEPS: list[tuple[str, Callable[[_State], str]]] = [
    ("qt", _step_qt),
    ("qt-plugins", _step_qt_plugins),
    ("translations", _step_translations),
    ("fonts", _step_fonts),
    ("sqlcipher", _step_sqlcipher),
    ("vault", _step_vault),
    ("demo", _step_demo),
    ("search", _step_search),
    ("check", _step_check),
    ("brief", _step_brief),
    ("print", _step_print),
    ("exchange", _step_exchange),
    ("plaintext", _step_plaintext),
]

# Steps that need an open vault: after a failure of "vault" they cannot run.
NEEDS_VAULT = {"demo", "search", "check", "brief", "exchange"}


@contextmanager
def _workdir() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kopingplan-selftest-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(progress: Callable[[str], None] | None = None) -> int:
    """Runs every step, reporting one line each through ``progress`` (default: stdout).

    Returns the exit code: 0 when every mandatory step passed, 1 otherwise.
    """
    report = progress or _default_progress
    from kopingplan import __version__

    report(f"Kopingplan {__version__} self-test ({sys.platform}, Python {sys.version.split()[0]})")
    with _workdir() as folder:
        state = _State(workdir=folder)
        try:
            for name, step in STEPS:
                state.outcomes.append(_run_step(name, step, state))
                report(state.outcomes[-1].line())
        finally:
            if state.session is not None:
                state.session.close()
    removed = not folder.exists()
    cleanup = Outcome(
        "cleanup",
        OK if removed else FAILED,
        "temporary folder removed" if removed else f"could not remove {folder}",
        0.0,
    )
    state.outcomes.append(cleanup)
    report(cleanup.line())

    failed = [o.name for o in state.outcomes if o.status == FAILED]
    skipped = [o.name for o in state.outcomes if o.status == SKIPPED]
    passed = sum(o.status == OK for o in state.outcomes)
    if failed:
        report(f"Self-test FAILED: {', '.join(failed)} ({passed} ok, {len(skipped)} skipped)")
        return 1
    report(f"Self-test passed: {passed} ok, {len(skipped)} skipped")
    return 0


def _run_step(name: str, step: Callable[[_State], str], state: _State) -> Outcome:
    started = time.perf_counter()
    if name in NEEDS_VAULT and state.session is None:
        return Outcome(name, FAILED, "no vault (an earlier step failed)", 0.0)
    try:
        detail = step(state)
        status = OK
    except StepSkipped as skip:
        status, detail = SKIPPED, str(skip)
    except StepFailed as failure:
        status, detail = FAILED, str(failure)
    except Exception as error:  # any crash is a failure of this step, not of the self-test
        frame = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno}"
        status, detail = FAILED, f"{type(error).__name__}: {error} (at {where})"
    return Outcome(name, status, detail, time.perf_counter() - started)


if __name__ == "__main__":  # python -m kopingplan.selftest
    raise SystemExit(run())

"""Steps that run the whole path on a temporary vault: create and open it, fill it with the
demo, search, check, make, verify and print a signed brief, exchange a package with a second
vault, and look for plain text in every file left behind."""

from __future__ import annotations

import secrets
import time
from typing import Any

from kopingplan.selftest.common import (
    LIAISON,
    LIAISON_ORGANISATION,
    ORGANISATION,
    OWNER,
    State,
    StepFailed,
)
from kopingplan.services import cases, search, vault_health
from kopingplan.services import identity as identity_service


def step_vault(state: State) -> str:
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


def step_demo(state: State) -> str:
    from kopingplan.services import demo

    counts = demo.fill(state.open_session(), cases=5)
    if counts.get("cases") != 5:
        raise StepFailed(f"expected 5 cases, got {counts.get('cases')}")
    state.secrets_seen.add(demo.COMMON_WORD)
    total = sum(counts.values())
    return f"{total} rows, {counts['cases']} cases, {counts.get('notes', 0)} notes"


def step_search(state: State) -> str:
    from kopingplan.services import demo
    from kopingplan.services.session import HIT_END, HIT_START

    hits = search.search(state.open_session(), demo.COMMON_WORD, limit=20)
    if not hits:
        raise StepFailed(f"no hits for {demo.COMMON_WORD!r}")
    # Words the demo wrote, for the plain-text scan of the vault files afterwards.
    for hit in hits[:5]:
        plain = hit.snippet.replace(HIT_START, " ").replace(HIT_END, " ")
        state.secrets_seen.update(w for w in plain.split() if len(w) >= 8 and w.isalpha())
    return f"{len(hits)} hits for the demo's common word"


def step_check(state: State) -> str:
    report = vault_health.check(state.open_session())
    if not report.ok:
        problems = [*report.integrity_problems, *(str(p) for p in report.audit_problems)]
        raise StepFailed("; ".join(problems[:3]))
    return f"cipher_integrity_check, integrity_check and {report.audit_rows} audit rows intact"


def step_brief(state: State) -> str:
    from kopingplan.services import briefs

    case_id = cases.list_cases(state.open_session(), limit=1)[0].id
    brief = briefs.case_brief(state.open_session(), case_id)
    copies = briefs.produce(state.open_session(), brief)  # rendered and signed in memory only
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


def step_print(state: State) -> str:
    """The signed brief printed the way the app prints it: pdfium (pypdfium2's native library,
    which a bundle can lack) rasterises its pages in memory and Qt's print engine takes them.
    The printer writes a PDF file in the temporary folder: pictures of pages, no text, which
    the plain-text scan then confirms."""
    if not state.brief_pdf:
        raise StepFailed("no signed brief to print (the brief step failed)")
    from pypdfium2 import version as pdfium_version
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtPrintSupport import QPrinter

    from kopingplan.gui.briefs import brief_print
    from kopingplan.gui.common.tasks import TaskRunner

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


def step_exchange(state: State) -> str:
    """An export package from this vault to a second one (the police liaison's), opened and
    imported there: the real recipient, signer and certificate checks on both sides."""
    from kopingplan.domain.model import DisclosureTerms
    from kopingplan.exchange.package import Attachment
    from kopingplan.services import exchange
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    ours = state.open_session()
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
        theirs = identity_service.active_identity(receiving)
        recipient = exchange.add_recipient(ours, theirs.certificate_pem)
        exchange.verify_recipient(ours, recipient.id, theirs.fingerprint)
        mine = identity_service.active_identity(ours)
        sender = exchange.add_recipient(receiving, mine.certificate_pem)
        exchange.verify_recipient(receiving, sender.id, mine.fingerprint)

        case_id = cases.list_cases(ours, limit=1)[0].id
        basis = exchange.legal_bases(ours)[0]
        attachments: tuple[Any, ...] = ()
        if state.brief_pdf:
            attachments = (Attachment("brief.pdf", state.brief_pdf),)
        request = exchange.ExportRequest(
            recipient_ids=(recipient.id,),
            terms=DisclosureTerms(basis.code, OWNER, "Samordnare", "Sjalvtest av programmet"),
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
        state.secrets_seen.add(request.terms.purpose)
        check = vault_health.check(receiving)
        if not check.ok:
            raise StepFailed("the receiving vault fails its checks after the import")
    finally:
        receiving.close()
    return (
        f"{len(data) // 1024} KiB package (signed, encrypted to the recipient) exported with "
        f"its disclosure record, opened and imported by a second vault "
        f"({len(imported.item_ids)} records)"
    )


def step_plaintext(state: State) -> str:
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

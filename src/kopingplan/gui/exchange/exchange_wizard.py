"""The export wizard (utlämnande): recipients, cases, lägesbild entries and attached briefs,
decision, preview, then the package.

Every choice lives in a Qt-free :class:`~kopingplan.domain.flows.export.ExportFlow`. Pages follow
Picard's pattern: each fills itself from the flow in ``initializePage`` and saves its own part
into it (and checks it) in ``validatePage``; the wizard never reaches into a page. Leaving the
decision page asks the wizard for the preview, which the service makes (reads only) from the
flow's content; the preview
page shows exactly data.json as it will leave, the attachments' names and sizes, and the
counts. "Create package…" asks where to write it and runs :func:`exchange.export_package`
(signing, encryption, the disclosure record) on the application's one worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget, QWizard

from kopingplan.domain.flows.export import ExportContent, ExportFlow
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.retranslating import Retranslating, retranslate_wizard_buttons
from kopingplan.gui.common.tasks import app_runner
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.exchange_attach import ExportSituationPage
from kopingplan.gui.exchange.exchange_pages import (
    ExportContentPage,
    ExportDecisionPage,
    ExportPreviewPage,
    ExportRecipientPage,
    owner_name,
)
from kopingplan.gui.exchange.exchange_support import ExportPage
from kopingplan.services import exchange

if TYPE_CHECKING:
    from kopingplan.services.session import Session


def destination_name(preview: Any) -> list[str]:
    """``Export 2026-12-05 Polisen``: the day and the recipients' organisations (never their
    names, nor anything about the cases)."""
    organisations = dict.fromkeys(r.organisation.strip() for r in preview.recipients)
    return [
        QCoreApplication.translate("ExportWizard", "Export"),
        preview.created.astimezone().date().isoformat(),
        ", ".join(o for o in organisations if o),
    ]


def export_request(content: ExportContent) -> exchange.ExportRequest:
    """The service's request for the flow's content (the same fields, in its types)."""
    return exchange.ExportRequest(
        recipient_ids=content.recipient_ids,
        terms=content.terms,
        cases=tuple(
            exchange.CasePart(
                choice.case_id,
                details=choice.what.details,
                subjects=choice.what.subjects,
                all_notes=choice.what.notes,
                all_measures=choice.what.measures,
            )
            for choice in content.cases
        ),
        situation_entry_ids=content.situation_entry_ids,
        attachments=content.attachments,
        attachment_ids=content.attachment_ids,
    )


class ExportWizard(Retranslating, QWizard):
    exported = Signal(object)  # ExportResult
    export_failed = Signal(str)  # why the package was not made (the preview page shows it)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        case_ids: tuple[int, ...] = (),
        runner: Any = None,
    ) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        self.runner = runner or app_runner(self)
        self.flow = ExportFlow(case_ids, decided_by=owner_name(session))
        self.preview: Any = None
        self.result_: Any = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.recipient_page = ExportRecipientPage(self)
        self.content_page = ExportContentPage(self)
        self.situation_page = ExportSituationPage(self)
        self.decision_page = ExportDecisionPage(self)
        self.preview_page = ExportPreviewPage(self)
        for page in (
            self.recipient_page, self.content_page, self.situation_page, self.decision_page,
            self.preview_page,
        ):  # fmt: skip
            self.addPage(page)
        self.retranslate()
        # A page is filled before it becomes the current one: say why Next waits once it is.
        self.currentIdChanged.connect(self._check_current)
        self.resize(820, 600)

    def retranslate(self) -> None:
        """The window's texts; each page sets its own (:meth:`ExportPage.retranslate`)."""
        super().retranslate()
        self.setWindowTitle(self.tr("New disclosure"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create &package…"))
        retranslate_wizard_buttons(self)

    def export_pages(self) -> list[ExportPage]:
        return [p for p in (self.page(i) for i in self.pageIds()) if isinstance(p, ExportPage)]

    def _check_current(self, *_: Any) -> None:
        page = self.currentPage()
        if isinstance(page, ExportPage) and self.session is not None:
            page.recheck()

    def build_request(self) -> exchange.ExportRequest:
        """The flow's content as the service's request (the pages saved their parts)."""
        return export_request(self.flow.content())

    def make_preview(self) -> str:
        """Asks the service for the preview; the error's text, or '' when it is made."""
        try:
            self.preview = exchange.preview_export(unlocked(self.session), self.build_request())
        except Exception as error:
            self.preview = None
            return error_text(error)
        return ""

    def choose_destination(self) -> Path | None:
        return file_dialogs.save_path(
            self,
            "export",
            self.tr("Where to save the encrypted package"),
            file_dialogs.suggested_name(destination_name(self.preview), "p7m"),
            "p7m",
            self.tr("Encrypted packages (*.p7m)"),
        )

    def accept(self) -> None:
        if self.result_ is not None:
            super().accept()
            return
        if self.preview is None:
            return
        destination = self.choose_destination()
        if destination is None:
            return
        session, preview = unlocked(self.session), self.preview
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.runner.run(
            lambda ctx: exchange.export_package(session, preview, destination),
            on_success=self._exported,
            on_failure=self._failed,
            label=self.tr("Signing and encrypting the package…"),
            parent=self,
        )

    def _exported(self, result: Any) -> None:
        self.result_ = result
        self.exported.emit(result)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.export_failed.emit(error_text(error))

    def teardown(self) -> None:
        self.preview = None
        self.session = None
        for page in self.export_pages():
            page.teardown()
        self.reject()

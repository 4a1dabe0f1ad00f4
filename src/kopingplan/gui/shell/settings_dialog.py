"""Inställningar → "Inställningar…": the program's and the vault's settings in one place.

Two homes, kept apart on purpose:

* **This computer** (the settings file, :mod:`kopingplan.gui.common.settings`): idle lock minutes
  and how long a copy stays on the clipboard. They describe the laptop, hold no content and
  need no vault.
* **The vault** (through the services, each call audited there): backups kept and the
  reminder age (:mod:`kopingplan.services.backup`), retention periods per kind
  (:mod:`kopingplan.services.retention`) and the classification line on briefs
  (:mod:`kopingplan.services.briefs`). They travel with the vault and its backups.

Every field is checked as it is typed; while one is wrong the message names it and Save is
off. Save writes only what changed, the settings file first, then each vault setting in its
own service call. The dialog is a child of the main window: locking closes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QWidget

from kopingplan import errors
from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.common.message_line import ShowsMessage
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import MessageLabel
from kopingplan.services import backup, briefs, retention

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_settings import Ui_SettingsDialog
    from kopingplan.services.session import Session


@dataclass(frozen=True)
class SettingsValues:
    """Everything the dialog edits, as numbers and one line of text."""

    idle_minutes: int
    clipboard_seconds: int
    backup: backup.BackupSettings
    policy: retention.RetentionPolicy
    classification: str


def current_values(session: Session) -> SettingsValues:
    return SettingsValues(
        idle_minutes=round(app_settings.idle_minutes()),
        clipboard_seconds=app_settings.clipboard_seconds(),
        backup=backup.load_settings(session),
        policy=retention.load_policy(session),
        classification=briefs.classification(session),
    )


class SettingsDialog(ShowsMessage, VaultDialog):
    saved = Signal()  # after Save wrote everything that changed
    securityRequested = Signal()  # "Passphrase and security…": its own dialog (Säkerhet)

    FORM = "settings"
    ui: Ui_SettingsDialog

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        # The passphrase, recovery key and re-encryption live in the security dialog
        # (gui/safety/security_dialog.py); this button is the way there from the settings.
        self.security_button = QPushButton(self)
        self.security_button.setObjectName("securityButton")
        self.security_button.setAutoDefault(False)
        ui.buttonLayout.insertWidget(0, self.security_button)
        QWidget.setTabOrder(ui.classificationEdit, self.security_button)  # Tab as they stand
        self.security_button.clicked.connect(self.securityRequested.emit)
        # (spin box, its label, range): the ranges are the services' own.
        self._spins: list[tuple[QSpinBox, QLabel, tuple[int, int]]] = [
            (ui.idleSpin, ui.idleLabel, app_settings.IDLE_MINUTES_RANGE),
            (ui.clipboardSpin, ui.clipboardLabel, app_settings.CLIPBOARD_SECONDS_RANGE),
            (ui.keepSpin, ui.keepLabel, backup.KEEP_RANGE),
            (ui.remindSpin, ui.remindLabel, backup.REMIND_RANGE),
        ]
        # Each retention kind's period, in the order of the settings tab.
        kind = retention.RetentionKind
        self._months: dict[retention.RetentionKind, tuple[QSpinBox, QLabel]] = {
            kind.CLOSED_CASE: (ui.caseMonthsSpin, ui.caseMonthsLabel),
            kind.SITUATION_ENTRY: (ui.situationMonthsSpin, ui.situationMonthsLabel),
            kind.RELATIVE_SUPPORT: (ui.relativeMonthsSpin, ui.relativeMonthsLabel),
            kind.DISCLOSURE: (ui.disclosureMonthsSpin, ui.disclosureMonthsLabel),
            kind.CONCERN: (ui.concernMonthsSpin, ui.concernMonthsLabel),
            kind.INCIDENT: (ui.incidentMonthsSpin, ui.incidentMonthsLabel),
            kind.CONTACT: (ui.contactMonthsSpin, ui.contactMonthsLabel),
            kind.INCOMING_ITEM: (ui.incomingMonthsSpin, ui.incomingMonthsLabel),
            kind.MEETING: (ui.meetingMonthsSpin, ui.meetingMonthsLabel),
            kind.SITUATION_ASSESSMENT: (ui.assessmentMonthsSpin, ui.assessmentMonthsLabel),
        }
        months = (retention.MIN_MONTHS, retention.MAX_MONTHS)
        for spin, label in self._months.values():
            self._spins.append((spin, label, months))
        for spin, _label, (low, high) in self._spins:
            spin.setRange(low, high)
            spin.setAccelerated(True)
            spin.lineEdit().textEdited.connect(lambda *_: self.check())
            spin.valueChanged.connect(lambda *_: self.check())
        ui.classificationEdit.textChanged.connect(lambda *_: self.check())
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        self._retranslate_dynamic()
        self.loaded = current_values(session)
        self._show_values(self.loaded)
        self.check()

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        self.security_button.setText(self.tr("Passphrase and security…"))
        ui.idleSpin.setSpecialValueText(self.tr("Never (the screen lock still locks)"))
        ui.idleSpin.setSuffix(self.tr(" min"))
        ui.clipboardSpin.setSuffix(self.tr(" s"))
        ui.keepSpin.setSuffix(self.tr(" backups"))
        ui.remindSpin.setSuffix(self.tr(" days"))
        for spin, _label in self._months.values():
            spin.setSuffix(self.tr(" months"))

    def _show_values(self, values: SettingsValues) -> None:
        ui = self.ui
        ui.idleSpin.setValue(values.idle_minutes)
        ui.clipboardSpin.setValue(values.clipboard_seconds)
        ui.keepSpin.setValue(values.backup.keep)
        ui.remindSpin.setValue(values.backup.remind_after_days)
        policy = values.policy
        for kind, (spin, _label) in self._months.items():
            spin.setValue(policy.months(kind))
        ui.classificationEdit.setText(values.classification)

    def values(self) -> SettingsValues:
        """What the fields say now (check :meth:`problem` first)."""
        ui = self.ui
        return SettingsValues(
            idle_minutes=ui.idleSpin.value(),
            clipboard_seconds=ui.clipboardSpin.value(),
            backup=backup.BackupSettings(
                keep=ui.keepSpin.value(), remind_after_days=ui.remindSpin.value()
            ),
            policy=retention.RetentionPolicy.of(
                {kind: spin.value() for kind, (spin, _label) in self._months.items()}
            ),
            classification=ui.classificationEdit.text().strip(),
        )

    def problem(self) -> tuple[QWidget, Callable[[], str]] | None:
        """The first wrong field and what is wrong with it, or None."""
        for spin, label, (low, high) in self._spins:
            if not spin.hasAcceptableInput():
                return spin, self._range_message(label, low, high)
        text = self.ui.classificationEdit.text().strip()
        if not text:
            return self.ui.classificationEdit, lambda: self.tr(
                "Type a classification line: it is printed on every page of a brief."
            )
        if len(text) > briefs.CLASSIFICATION_MAX:
            limit = briefs.CLASSIFICATION_MAX
            return self.ui.classificationEdit, lambda: self.tr(
                "The classification line is at most {limit} characters long; it has {n}."
            ).format(limit=limit, n=len(self.ui.classificationEdit.text().strip()))
        return None

    def _range_message(self, label: QLabel, low: int, high: int) -> Callable[[], str]:
        def text() -> str:
            name = label.text().replace("&", "").rstrip(":").strip()
            return self.tr("“{name}” takes a whole number from {low} to {high}.").format(
                name=name, low=low, high=high
            )

        return text

    def check(self) -> bool:
        """Shows what is wrong (or nothing) and enables Save accordingly; True when all is
        well."""
        found = self.problem()
        if found is None:
            ui = self.ui
            if ui.disclosureMonthsSpin.value() < ui.caseMonthsSpin.value():
                self._message.show(  # allowed, but rarely meant
                    lambda: self.tr(
                        "Disclosures are usually kept longer than cases: the record of what "
                        "left the vault, to whom and why, answers for the decision after the "
                        "case is gone."
                    )
                )
            else:
                self._message.clear()
            ui.saveButton.setEnabled(True)
            return True
        self._message.show(found[1], error=True)
        self.ui.saveButton.setEnabled(False)
        return False

    def save(self) -> None:
        if self.session is None:
            return
        found = self.problem()
        if found is not None:
            self.check()
            self._show_tab_of(found[0])
            found[0].setFocus()
            return
        new, old = self.values(), self.loaded
        try:
            if new.idle_minutes != old.idle_minutes:
                app_settings.set_idle_minutes(new.idle_minutes)
            if new.clipboard_seconds != old.clipboard_seconds:
                app_settings.set_clipboard_seconds(new.clipboard_seconds)
            if new.backup != old.backup:
                backup.save_settings(self.session, new.backup)
            if new.policy != old.policy:
                retention.save_policy(self.session, new.policy)
            if new.classification != old.classification:
                briefs.set_classification(self.session, new.classification)
        except (errors.KopingplanError, OSError) as error:
            self._failed(error)
            return
        self.loaded = new
        self.saved.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if self.session is not None:
            self.loaded = current_values(self.session)  # what did get saved stays saved
        self.show_failure(error)

    def _show_tab_of(self, widget: QWidget) -> None:
        tabs = self.ui.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                tabs.setCurrentIndex(index)
                return

    def teardown(self) -> None:
        self.session = None

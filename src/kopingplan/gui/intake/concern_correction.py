"""Correcting a stored concern's intake in its form (issue 17).

"Correct intake…" opens the intake fields of a stored concern (decided or not) for editing and
asks why (a reason is required); Save then writes the correction through
``services.concerns.correct_intake``, which keeps the concern as it was as an earlier version.
The screening decision is not touched: its fields stay as they are while correcting. Below the
intake, a line says how often the intake was corrected, when, by whom and why, and its tooltip
holds the earlier versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from kopingplan.domain import model, rules
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import labels
from kopingplan.gui.common.added_button import AddedButton
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.text_context import TextContext
from kopingplan.services import concerns

if TYPE_CHECKING:
    from kopingplan.gui.intake.concern_dialog import ConcernDialog

REASON_FIELD = "correction_reason"  # the form's field name for the reason
translate = QCoreApplication.translate


class ConcernCorrection(TextContext):
    """The context of this module's texts (lupdate records a plural only from a ``tr``)."""


class _VersionsLabel(Retranslating, QLabel):
    """The line about earlier versions; written again on a language switch."""

    def __init__(self, correction: IntakeCorrection) -> None:
        super().__init__(correction.form.ui.intakeBox)
        self.correction = correction
        self.setObjectName("versionsLabel")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def retranslate(self) -> None:
        self.correction.show_versions()


class IntakeCorrection:
    """The correction part of a :class:`ConcernDialog`: the button, the reason field (a field
    of the form, :data:`REASON_FIELD`) and the line about earlier versions."""

    def __init__(self, form: ConcernDialog) -> None:
        self.form = form
        self.active = False
        ui = form.ui
        self.reason_label = QLabel(ui.intakeBox)
        self.reason_label.setObjectName("correctionReasonLabel")
        self.reason_edit = QLineEdit(ui.intakeBox)
        self.reason_edit.setObjectName("correctionReasonEdit")
        self.reason_edit.setMaxLength(500)
        self.reason_label.setBuddy(self.reason_edit)
        ui.intakeForm.addRow(self.reason_label, self.reason_edit)
        QWidget.setTabOrder(ui.levelCombo, self.reason_edit)  # the intake's last field
        self.versions_label = _VersionsLabel(self)
        ui.intakeForm.addRow(self.versions_label)
        self.button = AddedButton(
            ui.buttonBox,
            "correctButton",
            lambda: translate("ConcernCorrection", "Correct inta&ke…"),
            lambda: translate(
                "ConcernCorrection",
                "Correct who raised it, how, when, what, orientation or level; the earlier "
                "version is kept and the decision stays as it is",
            ),
        )
        ui.buttonBox.addButton(self.button, QDialogButtonBox.ButtonRole.ActionRole)
        self.button.clicked.connect(self.begin)
        self.earlier = self._read_versions()
        self.retranslate()
        self._show_state()
        self.show_versions()

    @property
    def stored(self) -> bool:
        return self.form.record is not None and self.form.record.id is not None

    def retranslate(self) -> None:
        self.reason_label.setText(translate("ConcernCorrection", "Corrected beca&use:"))
        self.reason_edit.setPlaceholderText(
            translate("ConcernCorrection", "e.g. the wrong school was noted at intake")
        )

    def _show_state(self) -> None:
        self.button.setVisible(self.stored and not self.active)
        self.reason_label.setVisible(self.active)
        self.reason_edit.setVisible(self.active)
        self.reason_edit.setEnabled(self.active)

    def begin(self) -> None:
        """Opens the intake fields for a correction."""
        if not self.stored or self.active:
            return
        self.active = True
        self._show_state()
        self.form.correction_begun()
        self.reason_edit.setFocus()

    def problems(self, decision_day: str | None) -> dict[str, str]:
        """The correction's own problems; ``decision_day`` is what the rules found wrong with
        the decision's day, which only a day received after it can cause here."""
        found = {REASON_FIELD: rules.REQUIRED} if not self.reason else {}
        if decision_day is not None:
            found["received_on"] = concerns.AFTER_DECISION
        return found

    @property
    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())

    def _read_versions(self) -> list[concerns.Version[model.Concern]]:
        concern, session = self.form.record, self.form.session
        if concern is None or concern.id is None or session is None:
            return []
        return concerns.concern_versions(session, concern.id)

    def show_versions(self) -> None:
        """The line about the earlier versions read when the form opened (a language switch
        writes it again without reading the vault)."""
        earlier = self.earlier
        label = self.versions_label
        label.setVisible(bool(earlier))
        if not earlier:
            return
        last = earlier[0]
        label.setText(
            ConcernCorrection.tr(
                "Intake corrected %n time(s), last {time} by {who}: {reason}", "", len(earlier)
            ).format(
                time=last.replaced_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                who=last.replaced_by,
                reason=last.reason,
            )
        )
        label.setToolTip("\n\n".join(self._version_text(v.record, v.reason) for v in earlier))

    @staticmethod
    def _version_text(was: model.Concern, reason: str) -> str:
        words = " ".join(was.description.split())
        if len(words) > 200:
            words = words[:199] + "…"
        return translate(
            "ConcernCorrection",
            "Before the correction ({reason}): received {day}, {source}, {channel}: {words}",
        ).format(
            reason=reason,
            day=format_date(was.received_on),
            source=labels.concern_source(was.source),
            channel=labels.concern_channel(was.channel),
            words=words,
        )

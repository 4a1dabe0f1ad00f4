"""Live passphrase strength for a new passphrase: a bar, a word and the reasons.

The estimate is :func:`kopingplan.domain.passphrase.estimate` (zxcvbn with Swedish words and
names), the same rule the service layer enforces, so "strong enough" here means the vault will
accept it. The reasons use the texts of :data:`kopingplan.errors.PASSPHRASE_PROBLEM_TEXTS`
(context "Errors"), which the CLI shows too; zxcvbn's own English feedback is never shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

from kopingplan import errors, i18n
from kopingplan.domain import passphrase as rules

# The strength bar's colour per score: red, orange, amber, green, dark green.
BAR_COLOURS = ("#b00020", "#c2410c", "#a16207", "#15803d", "#166534")


@dataclass(frozen=True)
class StrengthView:
    score: int  # 0-4, for the bar
    word: str  # "Weak", "Strong", …
    reasons: str  # why it is not accepted, one sentence; "" when accepted or empty
    acceptable: bool


def _words() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Strength", "Very weak"),
        QCoreApplication.translate("Strength", "Weak"),
        QCoreApplication.translate("Strength", "Not strong enough"),
        QCoreApplication.translate("Strength", "Strong"),
        QCoreApplication.translate("Strength", "Very strong"),
    )


def describe(passphrase: str, user_inputs: Sequence[str] = ()) -> StrengthView:
    """``user_inputs``: the name and organisation typed so far, which an attacker tries first."""
    if not passphrase:
        return StrengthView(0, "", "", False)
    strength = rules.estimate(passphrase, user_inputs)
    word = _words()[max(0, min(strength.score, 4))]
    if strength.acceptable:
        return StrengthView(strength.score, word, "", True)
    texts = [
        i18n.tr(errors.CONTEXT, errors.PASSPHRASE_PROBLEM_TEXTS[problem.value])
        for problem in strength.problems
        if problem.value in errors.PASSPHRASE_PROBLEM_TEXTS
    ]
    if texts:
        # The problem texts are phrased to follow "Too weak: " ("it is shorter than 12 …").
        reasons = QCoreApplication.translate("Strength", "Too weak: {reasons}.").format(
            reasons="; ".join(texts)
        )
    else:
        reasons = QCoreApplication.translate(
            "Strength",
            "Too easy to guess. Add another word that has nothing to do with the others.",
        )
    return StrengthView(strength.score, word, reasons, False)


class NewPassphrase:
    """A new passphrase typed twice, as the create-vault form and the security dialog ask for
    it: the bar, its word and the reasons (or that the two differ) follow the typing, and
    "Show" shows both fields. ``user_inputs`` gives the words an attacker tries first (the
    name and organisation typed so far); a window that changes them calls :meth:`update`."""

    def __init__(
        self,
        edit: QLineEdit,
        repeat: QLineEdit,
        bar: QProgressBar,
        word: QLabel,
        problems: QLabel,
        user_inputs: Callable[[], Sequence[str]] = lambda: (),
    ) -> None:
        self.edit, self.repeat = edit, repeat
        self.bar, self.word, self.problems = bar, word, problems
        self.user_inputs = user_inputs
        edit.textChanged.connect(self.update)
        repeat.textChanged.connect(self.update)

    def view(self) -> StrengthView:
        return describe(self.edit.text(), self.user_inputs())

    def update(self) -> None:
        """Shows the strength of what is typed now, in the current language."""
        text = self.edit.text()
        view = self.view()
        # One step more than the score, so that even "very weak" shows a red sliver.
        self.bar.setValue(view.score + 1 if text else 0)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background-color: {BAR_COLOURS[view.score]}; }}"
        )
        self.word.setText(view.word)
        problems = view.reasons
        repeat = self.repeat.text()
        if view.acceptable and repeat and repeat != text:
            problems = QCoreApplication.translate("Strength", "The two passphrases differ.")
        self.problems.setText(problems)

    def show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

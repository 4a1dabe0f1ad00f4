"""Live passphrase strength for the create-vault form: a bar, a word and the reasons.

The estimate is :func:`kopingplan.domain.passphrase.estimate` (zxcvbn with Swedish words and
names), the same rule the service layer enforces, so "strong enough" here means the vault will
accept it. The reasons use the texts of :data:`kopingplan.errors.PASSPHRASE_PROBLEM_TEXTS`
(context "Errors"), which the CLI shows too; zxcvbn's own English feedback is never shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kopingplan import errors, i18n
from kopingplan.domain import passphrase as rules


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

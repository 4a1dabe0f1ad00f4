"""The registry's combo boxes fill again keeping the choice (through refill_choices): the legal
bases with each basis's description as its tooltip, and the groups with "(none)" first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from kopingplan.domain import model
from kopingplan.exchange.legal_bases import DEFAULTS
from kopingplan.gui.common import choices
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.services.session import Session

pytestmark = pytest.mark.gui


def _texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_legal_bases_fill_again_keeping_the_choice_and_the_descriptions(qtbot: Any) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    chosen: list[int] = []
    combo.currentIndexChanged.connect(chosen.append)
    choices.fill_legal_bases(combo, DEFAULTS, "Choose the legal basis")
    assert _texts(combo) == ["Choose the legal basis", *(b.title for b in DEFAULTS)]
    assert combo.currentIndex() == 0
    combo.setCurrentIndex(2)
    chosen.clear()

    choices.fill_legal_bases(combo, reversed(DEFAULTS), "Välj rättslig grund")

    assert combo.currentData() == DEFAULTS[1].code  # kept, though now in another row
    assert chosen == []  # filling again is no choice of the user's
    for row, basis in enumerate(reversed(DEFAULTS), 1):
        assert combo.itemData(row, Qt.ItemDataRole.ToolTipRole) == basis.description
    assert combo.itemData(0, Qt.ItemDataRole.ToolTipRole) is None

    choices.fill_legal_bases(combo, DEFAULTS[2:])  # the chosen one gone, no first item
    assert _texts(combo) == [b.title for b in DEFAULTS[2:]]
    assert combo.currentIndex() == 0
    assert combo.itemData(0, Qt.ItemDataRole.ToolTipRole) == DEFAULTS[2].description


class _Form(Retranslating, QWidget):
    pass


def test_groups_fill_again_keeping_the_choice_and_none_follows_the_language(
    controller: Any, session: Session, qtbot: Any
) -> None:
    first = session.save(model.Group("Samverkansgruppen", model.GroupKind.SSPF))
    form = _Form()
    qtbot.addWidget(form)
    combo = QComboBox(form)
    choices.fill_groups(combo, session)
    assert _texts(combo) == ["(none)", "Samverkansgruppen"]
    combo.setCurrentIndex(1)

    session.save(model.Group("Arbetsgruppen", model.GroupKind.YOUTH_GROUP))
    choices.fill_groups(combo, session)

    assert _texts(combo) == ["(none)", "Arbetsgruppen", "Samverkansgruppen"]
    assert combo.currentData() == first.id
    controller.set_language("sv")
    assert combo.itemText(0) == "(ingen)"
    controller.set_language("en")

"""More kinds of working group (issue 18): SSPF, the crime prevention council and a kind the
coordinator names. The kind's name is asked for only for "Other kind of group", is required
there, and the meeting brief names the group by it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.services import meetings

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def page(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    qtbot.waitExposed(window)
    window.show_section(window.ui.sectionStack.indexOf(window.meetings_page))
    return window.meetings_page


def _save(dialog: Any, qtbot: Any) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_kind_is_offered_and_other_asks_for_its_name(
    page: Any, qtbot: Any, controller: Any
) -> None:
    dialog = page.new_group()
    ui = dialog.ui
    kinds = [ui.kindCombo.itemText(i) for i in range(ui.kindCombo.count())]
    assert kinds == [
        "Youth group",
        "Intervention group",
        "SSPF (school, social services, police, leisure)",
        "Crime prevention council (BRÅ)",
        "Other kind of group",
    ]
    assert not ui.kindNameEdit.isVisible()
    type_text(ui.nameEdit, "Trygga Köping")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("other"))
    assert ui.kindNameEdit.isVisible() and ui.kindNameLabel.isVisible()
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # the kind has no name: Save says why, nothing is written
    assert dialog.blocker == "Fill in: Kind's name"
    assert meetings.groups(controller.session) == []
    type_text(ui.kindNameEdit, "Trygghetsråd")
    _save(dialog, qtbot)
    (group,) = meetings.groups(controller.session)
    assert (group.kind, group.kind_name) == ("other", "Trygghetsråd")

    # Another kind: its name is not asked for, and not kept.
    edit = page.edit_group()
    edit.ui.kindCombo.setCurrentIndex(edit.ui.kindCombo.findData("sspf"))
    assert not edit.ui.kindNameEdit.isVisible()
    _save(edit, qtbot)
    (group,) = meetings.groups(controller.session)
    assert (group.kind, group.kind_name) == ("sspf", "")

    controller.set_language("sv")
    again = page.edit_group()
    assert again.ui.kindCombo.currentText() == "SSPF (skola, socialtjänst, polis, fritid)"
    again.ui.kindCombo.setCurrentIndex(again.ui.kindCombo.findData("other"))
    assert again.ui.kindNameLabel.text().replace("&", "") == "Gruppslagets namn:"

"""The brief window's choices that cannot become a draft at a lock (a full disk) are named in
the unlock window, as a record form's are (tests/gui/test_review_110.py)."""

from __future__ import annotations

from typing import Any

import pytest
from test_brief_profiles_draft import PURPOSE, _case_brief, _choose, window  # noqa: F401

from kopingplan import errors
from kopingplan.services import drafts as draft_store

from gui_helpers import unlock

pytestmark = pytest.mark.gui


def test_a_brief_windows_choices_lost_to_a_full_disk_at_the_lock_are_named(
    window: Any,  # noqa: F811 (the fixture imported above)
    controller: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """They vanished with only a log line (brief_draft.keep swallowed the error); now the
    unlock window names the window, never what was chosen in it, and the window is gone."""
    dialog = _case_brief(window)
    _choose(dialog)

    def full(*_: Any, **__: Any) -> None:
        raise errors.DiskFull()

    monkeypatch.setattr(draft_store, "save_draft", full)
    controller.lock()
    said = controller.unlock_dialog.message
    assert "could not be kept as a draft" in said, said
    assert PURPOSE not in said and "Polisen" not in said
    assert not dialog.isVisible()
    unlock(controller, qtbot)
    assert draft_store.list_drafts(controller.session) == []

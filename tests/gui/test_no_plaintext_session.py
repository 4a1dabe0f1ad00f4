"""No plaintext outside the vault, for the desktop app (issue 7): unlock, filter the case list by
a title, search, sort, open a case, lock. Afterwards no file in the temporary tree that holds
HOME, TMPDIR and the XDG folders (QSettings' .conf/.ini under XDG_CONFIG_HOME included) holds a
case title, a person's name, a note word or the search and filter texts."""

from __future__ import annotations

import importlib.util
import logging
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from kopingplan.gui.common import settings as app_settings
from kopingplan.services import demo
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths, default_vault_folder

from gui_helpers import type_text, unlock
from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity

pytestmark = pytest.mark.gui


def _unit_helpers() -> Any:
    """The scanner of tests/unit/test_no_plaintext.py (that folder is on the path only when
    the unit tests are collected too)."""
    name = "test_no_plaintext"
    if name not in sys.modules:
        path = Path(__file__).parents[1] / "unit" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


_helpers = _unit_helpers()
FORBIDDEN_NAMES = _helpers.FORBIDDEN_NAMES
NOTE_WORD = _helpers.NOTE_WORD
all_files = _helpers.all_files
point_everything_at = _helpers.point_everything_at
scan = _helpers.scan
stored_strings = _helpers.stored_strings


def test_a_gui_session_leaves_no_case_data_in_settings_or_elsewhere(
    controller: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    tree = tmp_path / "tree"
    places = point_everything_at(tree, monkeypatch)
    config = places["XDG_CONFIG_HOME"]
    # Where QSettings writes on Linux: $XDG_CONFIG_HOME/<organisation>/<application>.conf.
    # (tests/gui/conftest.py moves it per test; here it goes back under the tree's XDG folder.)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))

    folder = default_vault_folder()
    assert tree in folder.parents
    folder.parent.mkdir(parents=True, exist_ok=True)
    with Session.create(
        VaultPaths(folder),
        PASSPHRASE,
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=FAST_KDF,
        identity=shared_identity(),
    ) as session:
        demo.fill(session, cases=6, seed=11, notes_per_case=4)
        needles = stored_strings(session)
        title = session.vault.conn.execute("SELECT title FROM cases ORDER BY id").fetchone()[0]
        word = NOTE_WORD.findall(
            session.vault.conn.execute("SELECT text FROM notes LIMIT 1").fetchone()[0]
        )[0]
    title_word = max(NOTE_WORD.findall(title) or [title], key=len)
    needles |= {word, title_word} if len(title_word) >= 6 else {word}

    controller.start(folder)
    window = unlock(controller, qtbot)
    assert window is not None
    qtbot.waitExposed(window)

    page = window.case_list
    # A filter text and a sort order: the app remembers the table's shape, never the text.
    type_text(page.ui.textFilter, title_word)
    qtbot.waitUntil(lambda: page.model.total >= 1, timeout=2000)
    page.ui.caseTable.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view = window.open_case(page.model.case_id(0))
    assert view is not None and view.isVisible()

    box = window.search_box
    box.setFocus()
    type_text(box, word)
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert box.results.hits()

    controller.lock()
    assert controller.locked and controller.session is None
    app_settings.settings().sync()

    files = all_files(tree)
    settings_files = [p for p in files if config in p.parents and p.suffix in (".conf", ".ini")]
    assert settings_files, "the app remembered nothing at all: the test looked in the wrong place"
    assert any(b"last_path" in p.read_bytes() for p in settings_files)
    assert any(folder in p.parents for p in files)
    # QSettings key names are the program's own words ("tables/situation/header"): plain ASCII
    # identifiers, never text from a record. A note word that happens to equal one (here
    # "situation", "organisation" in "organisations") proves nothing, so it is not looked for.
    keys = app_settings.settings().allKeys()
    assert keys and all(re.fullmatch(r"[a-z_]+(/[a-z_]+)*", key) for key in keys), keys
    vocabulary = {part for key in keys for part in key.split("/")}
    needles = {n for n in needles if not any(n.casefold() in part for part in vocabulary)}
    assert scan(files, needles) == {}
    assert [p for p in files if FORBIDDEN_NAMES.search(p.name)] == []
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert [n for n in [*needles, PASSPHRASE] if n in logged] == []

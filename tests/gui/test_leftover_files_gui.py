"""After unlocking, the program removes the half-written files that an interrupted save left
(services/pending_outputs.py) on its worker; one it cannot reach now (the USB stick is not in)
is named in a notice, in Swedish, once: the next unlock does not repeat it. The screen goes to
/tmp/kopingplan-screens/leftover-files.png (1366x768)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from kopingplan.services import pending_outputs
from kopingplan.storage import audit
from kopingplan.storage import pending_outputs as store

from gui_helpers import results_handled, unlock

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX paths")


def _notice(window: Any) -> str | None:
    texts = {bar.key: bar.label.text() for bar in window.notices() if not bar.is_dismissed}
    return texts.get("leftover_files")


def test_unlocking_removes_leftovers_and_names_an_unreachable_one_once(
    controller: Any,
    qtbot: Any,
    session: Any,
    vault_paths: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    swept: list[pending_outputs.Sweep] = []
    real_sweep = pending_outputs.sweep

    def counted(opened: Any, **how: Any) -> pending_outputs.Sweep:
        swept.append(real_sweep(opened, **how))
        return swept[-1]

    monkeypatch.setattr(pending_outputs, "sweep", counted)
    here = tmp_path / "Skrivbord"
    here.mkdir()
    left = here / ".kopingplan-311-0a1b2c3d.tmp"
    left.write_bytes(b"%PDF-1.7 Sven Svensson, halvskriven")
    stick = tmp_path / "USB-STICKA" / ".kopingplan-312-0a1b2c3d.tmp"
    with session.vault.transaction() as conn:
        for path in (left, stick):
            store.add(conn, os.fsencode(path), "an-earlier-run", "2026-12-05T17:00:00+00:00")
    session.close()

    controller.set_language("sv")
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: _notice(window) is not None, timeout=5000)
    assert not left.exists()
    text = _notice(window)
    assert text == (
        "1 halvskriven fil från en avbruten sparning kunde inte tas bort (mappen eller enheten "
        "finns inte där nu, eller är skrivskyddad) och kan innehålla okrypterade uppgifter: "
        f"{stick}. Programmet försöker igen nästa gång valvet låses upp; du kan också ta bort "
        "den själv."
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "leftover-files.png"))
    entries = audit.entries(window.session.vault.conn, action=pending_outputs.ACTION)
    assert [entry.details for entry in entries] == [{"removed": 1, "waiting": 1}]

    controller.lock()
    window = unlock(controller, qtbot)
    qtbot.waitUntil(lambda: len(swept) == 2, timeout=5000)
    results_handled(qtbot, controller.runner)  # the sweep's result, on the GUI thread
    assert (swept[1].waiting, swept[1].unreachable) == (1, ())  # still waiting, told once
    assert _notice(window) is None

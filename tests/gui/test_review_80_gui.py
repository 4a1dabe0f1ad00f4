"""Review (helper-80): a brief printed to a printer that makes a file (f16750b) with several
copies, on a real vault: each numbered file is the signed copy for its recipient, and each copy
outside the own unit is one disclosure saved as a file, with its own file's hash; no print row."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from test_brief_disclosures_gui import dialog
from test_briefs_gui import give_copies

from kopingplan.gui.briefs import brief_print
from kopingplan.services import briefs
from kopingplan.services.session import Session
from kopingplan.storage import audit

__all__ = ["dialog"]  # fixture: a meeting's brief window, the police outside the own unit
pytestmark = pytest.mark.gui


def test_several_copies_printed_to_a_file_are_each_their_recipients_disclosure(
    dialog: Any, session: Session, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    output = tmp_path / "utskrift.pdf"

    def exec_(chooser: Any) -> int:  # the user picks Qt's PDF printer writing ``output``
        chooser.printer().setOutputFormat(brief_print.QPrinter.OutputFormat.PdfFormat)
        chooser.printer().setOutputFileName(str(output))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(brief_print.QPrintDialog, "exec", exec_)
    give_copies(dialog, "Polisen Köping", "Samordningen (own unit)", "Polisen Köping")
    with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
        qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)

    written = saved.args[0]
    assert sorted(written) == sorted(tmp_path.glob("utskrift*.pdf")) and len(written) == 3
    assert not output.exists()  # three numbered copies, no unnumbered file beside them
    for path in written:
        assert briefs.verify(path.read_bytes(), session).ok
    rows = session.vault.conn.execute(
        "SELECT recipient, channel, content_sha256, content_description FROM disclosures "
        "ORDER BY id"
    ).fetchall()
    digests = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in written}
    assert [(r[0], r[1]) for r in rows] == [("Polisen Köping", "brief")] * 2
    named = sorted(digests[r[2]] for r in rows)  # each the hash of a file written
    assert named == ["utskrift-exemplar-1-av-3.pdf", "utskrift-exemplar-3-av-3.pdf"], named
    assert all("sparat som fil" in r[3] for r in rows)
    (created,) = audit.entries(session.vault.conn, action="brief.create")
    assert len(created.details["recipients"]) == 3
    assert audit.entries(session.vault.conn, action="brief.print") == []
    # "2 copies" with the optional English plural forms installed, "2 copy(ies)" without
    assert re.search(
        r"2 cop(ies|y\(ies\)) recorded as disclosures\.", dialog.ui.messageLabel.text()
    )

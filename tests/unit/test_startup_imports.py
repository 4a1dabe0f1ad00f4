"""The app starts without the PDF stack: reportlab and pyHanko cost ~47 MB and ~0.5 s to
import, and are needed only when a brief or report is rendered, signed or verified. Nor with
asn1crypto (CMS of packages, PKCS#12 files): ~4 MB the open main window carried for nothing,
which took the benchmark's peak memory over its 150 MB (issue 15).

Run in a fresh interpreter, since this test process has long imported them for other tests.
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("reportlab", "pyhanko", "pypdfium2", "asn1crypto")

SCRIPT = f"""
import sys
from kopingplan.gui.shell import controller, main_window, vaults  # what the app imports
from kopingplan.gui.briefs import identity_menu
from kopingplan.gui.reports import reports_menu
from kopingplan.gui.safety import safety_menu  # installed at unlock
loaded = sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))
print(','.join(loaded))
"""


def test_the_gui_modules_import_no_pdf_stack() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == ""

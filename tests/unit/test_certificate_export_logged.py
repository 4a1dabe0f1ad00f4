"""Exporting the certificate follows the rule of every file that leaves the vault: its access-log
row is committed before the file is in place. A failure between writing and logging leaves no
file; a kill leaves either the file with its row or a recorded temporary file that the next unlock
removes, never a certificate there without its row (the log is the DPO's record of what left)."""

from __future__ import annotations

import os
import stat
import textwrap
from pathlib import Path
from typing import Any

import pytest
from test_crash_safety import killed_when_written

from kopingplan import files
from kopingplan.services import identity as identity_service
from kopingplan.services import pending_outputs
from kopingplan.services.session import Session
from kopingplan.storage import audit

from support import PASSPHRASE

ACTION = "identity.export_certificate"

# Opens the vault and exports the certificate with overwrite=False (the placing step is then
# files._link_new); stops for good at the named point ("log": while its row is being written,
# before the commit; "place": after the commit, before the file is put in place).
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kopingplan import files
    from kopingplan.services import identity
    from kopingplan.services.session import Session
    from kopingplan.storage import audit
    from kopingplan.storage.vault import VaultPaths

    folder, target, at = sys.argv[1], sys.argv[2], sys.argv[3]
    session = Session.open(VaultPaths(folder), sys.stdin.readline().rstrip("\\n"))
    append = audit.append

    def stop(*args, **kwargs):
        print("written", flush=True)
        time.sleep(60)

    def log_then_stop(conn, actor, action, *args, **kwargs):
        if action == "identity.export_certificate":
            stop()
        return append(conn, actor, action, *args, **kwargs)

    if at == "log":
        audit.append = log_then_stop
    else:
        files._link_new = stop
    identity.export_certificate(session, Path(target), overwrite=False)
""")


def _logged(session: Session) -> list[Any]:
    return audit.entries(session.vault.conn, action=ACTION)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where the coordinator saves it (beside the vault's folder)."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_an_export_puts_the_public_certificate_in_place_with_its_row(
    session: Session, out: Path
) -> None:
    target = out / "samordnare.pem"
    identity_service.export_certificate(session, target)
    assert target.read_bytes() == identity_service.active_identity(session).certificate_pem
    assert stat.S_IMODE(target.stat().st_mode) & 0o044 == 0o044  # public: others may read it
    (row,) = _logged(session)
    assert row.details == {"fingerprint": identity_service.active_identity(session).fingerprint}
    assert list(out.iterdir()) == [target]


def test_a_failure_while_logging_leaves_no_certificate(
    session: Session, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    append = audit.append

    def log_fails(conn: Any, actor: str, action: str, *args: Any, **kwargs: Any) -> Any:
        if action == ACTION:
            raise OSError(5, "Input/output error")
        return append(conn, actor, action, *args, **kwargs)

    monkeypatch.setattr(audit, "append", log_fails)
    with pytest.raises(OSError):
        identity_service.export_certificate(session, out / "samordnare.pem")
    monkeypatch.undo()
    assert list(out.iterdir()) == []  # neither the file nor a temporary one
    assert _logged(session) == []


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("at", ["log", "place"])
def test_a_kill_during_an_export_leaves_no_unlogged_certificate(
    session: Session, out: Path, at: str
) -> None:
    paths = session.vault.paths
    session.close()
    killed_when_written(CHILD, str(paths.folder), str(out / "samordnare.pem"), at)

    (left,) = out.iterdir()  # the temporary file only: nothing under the certificate's name
    assert files.is_temporary_name(left.name)
    with Session.open(paths, PASSPHRASE) as opened:
        # Killed before the commit: no row; after it: the attempt is logged. Either way the
        # temporary file is recorded, and the next unlock's sweep removes it.
        assert len(_logged(opened)) == (1 if at == "place" else 0)
        assert pending_outputs.sweep(opened).removed == 1
        assert list(out.iterdir()) == []

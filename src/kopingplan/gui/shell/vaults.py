"""The work behind the start dialogs: create, open, and the demo vault. No widgets here.

These functions run on the task runner's worker thread (Argon2id and RSA key generation take
about a second), so they touch no Qt object and return an open :class:`Session` that the GUI
thread takes over (the vault's connection is made with ``check_same_thread=False`` for this
hand-over; it is never used by two threads at once).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kopingplan.errors import log_failure
from kopingplan.gui.cases.case_model import PAGE_SIZE
from kopingplan.services import cases, exchange, registry
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

_log = logging.getLogger(__name__)

# The demo vault holds only generated, fictional data, so its passphrase can be printed in the
# dialog. It is in Swedish because the demo is, and it passes the strength rules like any other.
DEMO_PASSPHRASE = "prova demo utan riktiga uppgifter"
DEMO_OWNER = "Demo Demosson"
DEMO_ORGANISATION = "Köpings kommun (demo)"
DEMO_CASES = 200
DEMO_SEED = 1


def demo_folder() -> Path:
    """Beside the real vault's default place, never inside it."""
    import platformdirs

    return platformdirs.user_data_path("Kopingplan", appauthor=False) / "demo-vault"


def is_demo(folder: Path) -> bool:
    return Path(folder).absolute() == demo_folder().absolute()


def create_vault(folder: Path, passphrase: str, *, name: str, organisation: str) -> Session:
    """A new vault in ``folder`` (its parent folders are made, private to the user)."""
    paths = VaultPaths.from_user_path(folder)
    # The user picked the place; a missing ~/.local/share/Kopingplan on first run is expected.
    paths.folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return Session.create(paths, passphrase, name=name, organisation=organisation)


def open_vault(folder: Path, passphrase: str) -> Session:
    session = Session.open(VaultPaths.from_user_path(folder), passphrase)
    read_ahead(session)
    return session


def read_ahead(session: Session) -> None:
    """Reads, still on the worker, what the main window reads as it is built (the case list's
    count, first page and filter choices; the recipients whose certificates end soon) and
    throws it away. The first reads after unlocking are cold (pages decrypted into the cache,
    about four times slower); done here they leave the window's own reads on the GUI thread
    warm: 15-20 ms less of the unlock stall at 20,000 cases (issue 15). Only a cache warmer:
    a failure is logged and the window reads for itself."""
    try:
        everything = cases.CaseFilter()
        cases.count_cases(session, everything)
        cases.list_cases(session, everything, sort="title", limit=PAGE_SIZE)
        registry.responsible_persons(session)
        registry.groups(session)
        exchange.expiring_recipients(session)
    except Exception:
        log_failure(_log, "Reading ahead after unlocking failed", level=logging.WARNING)


@dataclass
class DemoResult:
    session: Session
    filled: bool  # False when the demo generator is not available in this version


def open_demo() -> DemoResult:
    """Opens the demo vault, creating and filling it on first use.

    The generator (:mod:`kopingplan.services.demo`) may be missing from a build; the demo vault
    then opens empty and :attr:`DemoResult.filled` says so. An empty demo vault is filled the
    next time, once the generator is there.
    """
    folder = demo_folder()
    paths = VaultPaths.from_user_path(folder)
    if paths.exists():
        session = Session.open(paths, DEMO_PASSPHRASE)
    else:
        session = create_vault(
            folder, DEMO_PASSPHRASE, name=DEMO_OWNER, organisation=DEMO_ORGANISATION
        )
    try:
        filled = cases.count_cases(session) > 0 or fill_demo(session)
    except BaseException:
        session.close()
        raise
    return DemoResult(session, filled)


def fill_demo(session: Session) -> bool:
    """Fills ``session`` with fictional data; False when there is no generator to do it."""
    try:
        from kopingplan.services import demo
    except ImportError:
        fill = None
    else:
        fill = getattr(demo, "fill", None)
    if fill is None:
        _log.warning("kopingplan.services.demo.fill is not available; the demo vault stays empty")
        return False
    fill(session, cases=DEMO_CASES, seed=DEMO_SEED, liaison=True)  # an export can be tried
    return True

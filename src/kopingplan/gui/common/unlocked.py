"""The session of a window that is open on an unlocked vault.

Locking tears every window down: its ``teardown`` drops the session (``self.session = None``)
so that nothing it holds outlives the unlocked vault, and the window closes. A window's session
is therefore typed ``Session | None``; code that can only run while the window is open asks
:func:`unlocked` for it instead of repeating the None check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kopingplan.services.session import Session


def unlocked(session: Session | None) -> Session:
    """``session``, or RuntimeError when the vault was locked (a window that should be gone)."""
    if session is None:
        raise RuntimeError("the vault was locked: this window no longer has a session")
    return session

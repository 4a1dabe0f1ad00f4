"""A repository's query offered to the layers above as a module function taking the session.

Many use cases are one read of one repository function: the case list's page, a count, the
flags of a case. Written out in services/ each was a function repeating the repository's
keywords only to hand ``session.vault.conn`` on. :func:`query` makes that function instead::

    activity_page = reading.query(repo.page)  # services/activities.py
    activities.activity_page(session, text="skola", limit=50)  # the GUI, the CLI

so the services keep one calling style (module functions taking the session), the keywords
are written once (in storage, next to the SQL), and only storage touches the connection; a
service that works out the arguments itself reads with :func:`run`. The read goes through
:attr:`Vault.conn`, which holds the vault's owner lock for each statement (several reads that
must agree belong in ``with session.vault.read() as conn``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, Protocol, TypeVar

from kopingplan.storage.mapping import Connection

if TYPE_CHECKING:
    from kopingplan.storage.vault import Vault

P = ParamSpec("P")
R = TypeVar("R")


class HoldsVault(Protocol):
    """What a read needs from its caller: the open vault (a ``Session`` has it)."""

    @property
    def vault(self) -> Vault: ...


def query(read: Callable[Concatenate[Connection, P], R]) -> Callable[Concatenate[HoldsVault, P], R]:
    """``read(conn, …)`` as ``f(session, …)``: the same keywords, defaults and result."""

    def through_the_vault(session: HoldsVault, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return read(session.vault.conn, *args, **kwargs)

    through_the_vault.__doc__ = read.__doc__
    through_the_vault.__name__ = through_the_vault.__qualname__ = read.__name__
    return through_the_vault


def run(
    session: HoldsVault,
    read: Callable[Concatenate[Connection, P], R],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> R:
    """``read(conn, *args, **kwargs)`` on the session's vault, once (a service's read whose
    arguments it works out itself): ``reading.run(session, plans.thread_rows, case_id)``."""
    return read(session.vault.conn, *args, **kwargs)

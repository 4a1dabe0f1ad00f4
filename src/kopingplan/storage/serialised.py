"""The vault's connection as every caller sees it (:attr:`Vault.conn`): each call made while
holding the vault's owner lock, so two threads never share a transaction (PITFALLS.md: a
statement without a BEGIN silently joins another thread's). Split from vault.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kopingplan.storage.vault import Vault


class SerialisedConnection:
    """What :attr:`Vault.conn` returns: the vault's connection, each call made while holding
    the vault's owner lock (so it waits for another thread's transaction instead of joining
    it). A statement run outside any hold has its rows read at once, inside the hold: a
    cursor read later could interleave with another thread's transaction. Inside a
    :meth:`Vault.read` / :meth:`Vault.transaction` / :meth:`Vault.exclusive` block of the
    same thread the plain cursor is returned."""

    __slots__ = ("_taken", "_vault")

    def __init__(self, vault: Vault, taken: Any) -> None:
        self._vault = vault
        self._taken = taken  # the connection when this was handed out (close() closes it)

    def _run(self, method: str, *args: Any) -> Any:
        vault = self._vault
        with vault.exclusive():
            cursor = getattr(vault._live(), method)(*args)
            return cursor if vault._depth > 1 else _Rows(cursor)

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        return self._run("execute", sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Any) -> Any:
        return self._run("executemany", sql, seq_of_parameters)

    def close(self) -> None:
        """Closes the connection this was taken from (a re-key swapping connections)."""
        with self._vault.exclusive():
            self._taken.close()

    def __getattr__(self, name: str) -> Any:
        vault = self._vault
        with vault.exclusive():
            value = getattr(vault._live(), name)
        if not callable(value):
            return value

        def locked(*args: Any, **kwargs: Any) -> Any:
            with vault.exclusive():
                return getattr(vault._live(), name)(*args, **kwargs)

        return locked


class _Rows:
    """A finished cursor: its rows already read, its counts kept."""

    __slots__ = ("_next", "_rows", "description", "lastrowid", "rowcount")

    def __init__(self, cursor: Any) -> None:
        self.description = cursor.description
        self.lastrowid = cursor.lastrowid
        self._rows: list[Any] = cursor.fetchall() if cursor.description is not None else []
        self.rowcount = cursor.rowcount
        self._next = 0

    def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchmany(self, size: int = 1) -> list[Any]:
        chunk = self._rows[self._next : self._next + size]
        self._next += len(chunk)
        return chunk

    def fetchall(self) -> list[Any]:
        rest = self._rows[self._next :]
        self._next = len(self._rows)
        return rest

    def __iter__(self) -> Iterator[Any]:
        while (row := self.fetchone()) is not None:
            yield row

    def close(self) -> None:
        self._next = len(self._rows)

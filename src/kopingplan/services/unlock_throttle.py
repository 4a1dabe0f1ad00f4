"""A growing wait after repeated wrong passphrases, in one running program. Never wipes.

What it is for: someone at the unlock prompt of a laptop left running (the vault locked on
idle) who tries passphrases by hand. What it is not for: a thief who copies the vault files
and guesses offline; only Argon2id's cost and the passphrase's strength stop that. So the
wait lives in memory only (a file with a counter would be one more thing an attacker deletes,
and one more way to lock the real coordinator out), and it never deletes or locks the vault:
wiping after N failures would turn a colleague's prank into the municipality's data loss.

Schedule: the first three failures are free (typos, Caps Lock); then 1, 2, 4, 8 … seconds,
capped at five minutes. Twenty wrong tries cost a person at the keyboard about 50 minutes of
waiting, a hundred about seven and a half hours, while the owner who mistyped three times
never notices. A success clears the count.

The clock is injected, so tests and the GUI's countdown need no sleeping here: the GUI asks
:meth:`UnlockThrottle.seconds_to_wait` and disables the unlock button until it reaches 0.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from kopingplan import errors

T = TypeVar("T")

FREE_ATTEMPTS = 3
FIRST_DELAY = 1.0
MAX_DELAY = 300.0


class UnlockThrottled(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors",
        "Too many wrong passphrases. Wait {seconds} seconds, then try again. Nothing in the "
        "vault was changed or deleted.",
    )


class UnlockThrottle:
    """Counts wrong secrets and says how long to wait before the next try. Thread-safe."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        *,
        free_attempts: int = FREE_ATTEMPTS,
        first_delay: float = FIRST_DELAY,
        max_delay: float = MAX_DELAY,
    ) -> None:
        self._clock = clock
        self._free = free_attempts
        self._first = first_delay
        self._max = max_delay
        self._failures = 0
        self._not_before = -math.inf
        self._lock = threading.Lock()

    @property
    def failures(self) -> int:
        return self._failures

    def delay_after(self, failures: int) -> float:
        """The wait imposed after ``failures`` consecutive wrong secrets."""
        if failures <= self._free:
            return 0.0
        exponent = min(failures - self._free - 1, 32)  # 2**32 s is far past any cap
        return float(min(self._max, self._first * 2**exponent))

    def seconds_to_wait(self) -> float:
        with self._lock:
            return max(0.0, self._not_before - self._clock())

    def check(self) -> None:
        """Raises :class:`UnlockThrottled` if the next try must wait; changes nothing."""
        remaining = self.seconds_to_wait()
        if remaining > 0:
            raise UnlockThrottled(seconds=math.ceil(remaining))

    def failed(self) -> None:
        with self._lock:
            self._failures += 1
            self._not_before = self._clock() + self.delay_after(self._failures)

    def succeeded(self) -> None:
        with self._lock:
            self._failures = 0
            self._not_before = -math.inf

    def attempt(self, unlock: Callable[[], T]) -> T:
        """Runs ``unlock`` if allowed now; a WrongPassphrase from it counts as a failure.

        Other errors (a missing key file, a vault in use) are not guesses and do not count.
        """
        self.check()
        try:
            result = unlock()
        except errors.WrongPassphrase:
            self.failed()
            raise
        self.succeeded()
        return result


_PROCESS_THROTTLE = UnlockThrottle()


def process_throttle() -> UnlockThrottle:
    """The one throttle of this program, shared by the unlock dialog and the command line."""
    return _PROCESS_THROTTLE

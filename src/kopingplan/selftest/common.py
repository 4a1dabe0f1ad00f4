"""What the self-test's steps share: their outcome, the state they hand on, the names they
put into the vault (which the plain-text scan then looks for)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kopingplan.services.session import Session

OK, FAILED, SKIPPED = "ok", "FAILED", "skipped"
NOT_IN_BUILD = "not in this build"

# Names the self-test puts into its vault; the plain-text scan looks for them in every file.
OWNER = "Selftest Samordnare"
ORGANISATION = "Kopingplan sjalvtest"
LIAISON = "Selftest Mottagare"
LIAISON_ORGANISATION = "Polisen sjalvtest"


class StepFailed(Exception):
    """A step's check did not hold; the message says which."""


class StepSkipped(Exception):
    """A step that cannot run in this build (its module is absent)."""


@dataclass
class Outcome:
    name: str
    status: str
    detail: str
    seconds: float

    def line(self) -> str:
        return f"[{self.status}] {self.name}: {self.detail} ({self.seconds:.2f} s)"


@dataclass
class State:
    """What the steps hand to each other."""

    workdir: Path
    app: Any = None
    session: Session | None = None
    vault_paths: Any = None
    passphrase: str = ""
    kdf_params: Any = None
    brief_pdf: bytes = b""
    secrets_seen: set[str] = field(default_factory=set)  # demo strings for the plain-text scan

    def open_session(self) -> Session:
        """The session the unlocking step opened; StepFailed when it opened none."""
        if self.session is None:
            raise StepFailed("no vault is open: an earlier step failed")
        return self.session

    outcomes: list[Outcome] = field(default_factory=list)

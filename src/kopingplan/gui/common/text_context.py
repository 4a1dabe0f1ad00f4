"""A translation context for texts outside a QObject, named as a QObject's would be."""

from __future__ import annotations

from kopingplan import i18n


class TextContext:
    """Base of a holder of a module's ``tr`` where no QObject's ``self.tr`` is at hand (a
    notice made after unlocking, a summary's HTML): for ``class UnlockNotice(TextContext)``,
    the calls ``UnlockNotice.tr("…")`` are what lupdate files under "UnlockNotice", and the
    class's name is the context they are looked up in. lupdate records a plural (``n``) only
    from a ``tr`` call, not from ``translate``."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return i18n.tr(cls.__name__, text, n)

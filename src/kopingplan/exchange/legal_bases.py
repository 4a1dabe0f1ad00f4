"""The legal bases a disclosure can rest on: a list shipped with defaults that the municipality's
lawyer can edit (each a title and a one-line description in Swedish).

The defaults are the provisions of the Public Access to Information and Secrecy Act (OSL) the
action plan's information sharing with the police usually rests on. The descriptions are short
reminders for the person deciding, not legal advice; the lawyer is expected to adapt them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from kopingplan import errors
from kopingplan.domain import rules

_CODE = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
MAX_DESCRIPTION = 300

INVALID_CODE = errors.QT_TRANSLATE_NOOP(
    "Errors", "must be a short code of lower-case letters, digits and hyphens, unique in the list"
)


@dataclass(frozen=True)
class LegalBasis:
    code: str  # stable key, e.g. "osl-10-2"
    title: str  # as written in the disclosure record, e.g. "OSL 10 kap. 2 §"
    description: str  # one line shown beside the title


DEFAULTS: tuple[LegalBasis, ...] = (
    LegalBasis(
        "osl-6-5",
        "OSL 6 kap. 5 §",
        "Uppgiftsskyldighet: en myndighet lämnar på begäran uppgift till en annan myndighet "
        "om inte sekretess eller arbetets behöriga gång hindrar.",
    ),
    LegalBasis(
        "osl-10-2",
        "OSL 10 kap. 2 §",
        "Sekretess hindrar inte att uppgift lämnas om det är nödvändigt för att kommunen ska "
        "kunna fullgöra sin egen verksamhet.",
    ),
    LegalBasis(
        "osl-10-18a",
        "OSL 10 kap. 18 a §",
        "Uppgift om den som inte fyllt 21 år får lämnas till Polismyndigheten om den kan bidra "
        "till att förhindra att den unge begår brott.",
    ),
    LegalBasis(
        "osl-10-27",
        "OSL 10 kap. 27 §",
        "Generalklausulen: uppgift får lämnas till en myndighet om intresset av att den lämnas "
        "uppenbart har företräde framför det intresse sekretessen skyddar (gäller inte all "
        "sekretess, t.ex. inte socialtjänstsekretess).",
    ),
    LegalBasis(
        "osl-10-28",
        "OSL 10 kap. 28 §",
        "Sekretess hindrar inte att uppgift lämnas om uppgiftsskyldighet följer av lag eller "
        "förordning.",
    ),
    LegalBasis(
        "osl-12-2",
        "OSL 12 kap. 2 § (samtycke)",
        "Den enskilde har samtyckt till att uppgifterna lämnas; samtycket dokumenteras i ärendet.",
    ),
)


def validate(bases: Sequence[LegalBasis]) -> None:
    """Refuses a list with a bad or repeated code, an empty title, or a description that is
    not one line (InvalidInput names the field)."""
    seen: set[str] = set()
    for basis in bases:
        if not _CODE.fullmatch(basis.code) or basis.code in seen:
            raise errors.InvalidInput("code", INVALID_CODE)
        seen.add(basis.code)
        if not basis.title.strip():
            raise errors.InvalidInput("title", rules.REQUIRED)
        for name, value in (("title", basis.title), ("description", basis.description)):
            if any(c in value for c in "\r\n\t\u2028\u2029"):
                raise errors.InvalidInput(name, rules.NOT_ONE_LINE)
        if len(basis.description) > MAX_DESCRIPTION or len(basis.title) > 100:
            raise errors.InvalidInput("description", rules.TOO_LONG)


def to_json(bases: Sequence[LegalBasis]) -> str:
    return json.dumps([asdict(b) for b in bases], ensure_ascii=False, separators=(",", ":"))


def from_json(text: str) -> list[LegalBasis]:
    """The stored list; the defaults when nothing (or nothing readable) is stored."""
    if not text:
        return list(DEFAULTS)
    try:
        return [
            LegalBasis(str(b["code"]), str(b["title"]), str(b["description"]))
            for b in json.loads(text)
        ]
    except (ValueError, TypeError, KeyError):
        return list(DEFAULTS)


def find(bases: Sequence[LegalBasis], text: str) -> LegalBasis | None:
    """The basis with this code, or with this title (case and spacing ignored)."""
    wanted = " ".join(text.split()).casefold()
    for basis in bases:
        if wanted in (basis.code, " ".join(basis.title.split()).casefold()):
            return basis
    return None

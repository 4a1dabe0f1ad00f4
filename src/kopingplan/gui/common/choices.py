"""Combo boxes of records to choose from: groups, professionals, organisations, people.

The lists come from :mod:`kopingplan.services.registry`, already in Swedish order (the SQL
sorts names with the same key as case titles, å ä ö after z). Item data is the record's id;
the first item is "none" (data ``None``) where a choice is optional.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from kopingplan.domain import model
from kopingplan.gui.common import labels
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.common.record_form import combo_index
from kopingplan.gui.common.retranslating import mark_first_item
from kopingplan.services import registry

if TYPE_CHECKING:
    from kopingplan.exchange.legal_bases import LegalBasis
    from kopingplan.services.session import Session

PERSON_MATCHES = 50  # persons offered for one search; more words narrow it


def person_label(row: Any, *, with_organisation: bool = True) -> str:
    """Family name, given name (organisation): the lists are sorted by family name."""
    name = ", ".join(part for part in (row.family_name, row.given_name) if part)
    organisation = getattr(row, "organisation_name", "") if with_organisation else ""
    return labels.with_kind(name, organisation or "")


def _fill(combo: QComboBox, first: str, items: Iterable[tuple[str, int | None]]) -> None:
    refill_choices(combo, [(first, None), *items])
    if first == none_text():  # said again at a language switch
        mark_first_item(combo, "Choices", "(none)")


def none_text() -> str:
    return QCoreApplication.translate("Choices", "(none)")


def fill_groups(combo: QComboBox, session: Session) -> None:
    _fill(combo, none_text(), ((g.name, g.id) for g in registry.groups(session)))


def fill_professionals(combo: QComboBox, session: Session, keep_id: int | None = None) -> None:
    """Persons at an organisation, plus ``keep_id`` (the one chosen before) if not among them."""
    rows = registry.professionals(session)
    items = [(person_label(row), row.id) for row in rows]
    if keep_id is not None and all(item_id != keep_id for _, item_id in items):
        person = session.get(model.Person, keep_id)
        items.insert(
            0, (", ".join(p for p in (person.family_name, person.given_name) if p), keep_id)
        )
    _fill(combo, none_text(), items)


def fill_responsible(combo: QComboBox, session: Session, everyone: str) -> None:
    """The case list's filter: everyone, or one of the persons who hold a case."""
    rows = registry.responsible_persons(session)
    _fill(combo, everyone, ((person_label(r, with_organisation=False), r.id) for r in rows))


def fill_group_filter(combo: QComboBox, session: Session, every_group: str) -> None:
    _fill(combo, every_group, ((g.name, g.id) for g in registry.groups(session)))


def fill_organisations(combo: QComboBox, session: Session) -> None:
    _fill(combo, none_text(), ((o.name, o.id) for o in registry.organisations(session)))


def fill_people(combo: QComboBox, people: Iterable[tuple[int, str]]) -> None:
    """A given list of (id, label), e.g. the people of a case."""
    _fill(combo, none_text(), ((label, person_id) for person_id, label in people))


def fill_legal_bases(
    combo: QComboBox, bases: Iterable[LegalBasis], first: str | None = None
) -> None:
    """The legal bases to choose from: the title shown, the code as the item's data and the
    description as its tooltip; ``first`` (data "") asks for a choice. The basis chosen
    before stays chosen while it is in the list."""
    bases = list(bases)
    head = [] if first is None else [(first, "")]
    refill_choices(combo, [*head, *((basis.title, basis.code) for basis in bases)])
    for row, basis in enumerate(bases, len(head)):
        combo.setItemData(row, basis.description, Qt.ItemDataRole.ToolTipRole)


def terms_in(ui: Any) -> model.DisclosureTerms:
    """The disclosure's terms as a form shows them: the legal basis chosen in ``basisCombo``
    (its code), who decided in ``decidedByEdit``, their role in ``roleEdit`` and the purpose in
    ``purposeEdit`` (the oral disclosure's window and a brief's copies share these widgets)."""
    return model.DisclosureTerms(
        legal_basis=str(ui.basisCombo.currentData() or ""),
        decided_by=ui.decidedByEdit.text(),
        decided_by_role=ui.roleEdit.text(),
        purpose=ui.purposeEdit.text(),
    )


def select(combo: QComboBox, item_id: int | str | None) -> None:
    """Chooses the item whose data is ``item_id`` (a record's id or an enum's code)."""
    combo.setCurrentIndex(max(0, combo_index(combo, item_id)))


def offer_persons(
    session: Session,
    combo: QComboBox,
    text: str,
    exclude: Collection[int] = (),
    label: Callable[[Any], str] = person_label,
) -> list[Any]:
    """Fills ``combo`` with "(none)" and the first persons whose name or identity number
    matches ``text`` (all persons when empty), leaving out ``exclude``; typed text chooses
    the first match at once. Returns the persons offered (registry rows)."""
    rows = registry.person_page(session, text.strip() or None, limit=PERSON_MATCHES)
    offered = [row for row in rows if row.id not in exclude]
    fill_people(combo, [(row.id, label(row)) for row in offered])
    if offered and text.strip():
        combo.setCurrentIndex(1)  # the first match, ready to take
    return offered

"""The "Disclosures" section (utlämnanden): every time information left the vault.

The log is fetched a page at a time, newest first, filtered in SQL (by the exchange service) by
period and recipient. Each row says when, to whom (and what kind of recipient), how, on what
legal basis, who decided (and in what role), which cases and which persons it is about
(disclosure_subjects, as ``kopingplan disclosures`` and the disclosure report say), and the
SHA-256 of what left — never the content. The page's buttons
open the recipients registry, the export wizard, the import dialog, the incoming information
and the list of legal bases. The "Report…" button (``reportButton``) is hidden in the form and
shown by :mod:`kopingplan.gui.reports.reports_menu`, which opens the signed disclosure report.

A row opens in full (Enter, double-click; the SHA-256 is too long for its column); its menu
also opens the disclosure's cases and the persons it is about, and copies the row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QWidget

from kopingplan.domain import model
from kopingplan.gui.common import table_actions
from kopingplan.gui.common.labels import say, with_kind
from kopingplan.gui.common.list_page import PagedListPage, refill_choices
from kopingplan.gui.common.list_parts import ListParts
from kopingplan.gui.common.paged_model import ROW_ROLE, Column
from kopingplan.gui.common.table_actions import RowAction
from kopingplan.gui.exchange.exchange_import import PackageImportDialog
from kopingplan.gui.exchange.exchange_incoming import IncomingItemsDialog
from kopingplan.gui.exchange.exchange_legal_bases import LegalBasesDialog
from kopingplan.gui.exchange.exchange_recipients import RecipientsDialog
from kopingplan.gui.exchange.exchange_wizard import ExportWizard
from kopingplan.gui.forms import setup_form
from kopingplan.services import accountability, exchange
from kopingplan.services.changes import Changes

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_disclosures_page import Ui_DisclosuresPage
    from kopingplan.gui.shell.main_window import MainWindow
    from kopingplan.services.session import Session

SECTION_KEY = "disclosures"
D = TypeVar("D", bound=QDialog)
PERIODS = ("all", "30d", "12m", "this_year", "last_year")


def period_bounds(key: str, now: datetime | None = None) -> tuple[datetime | None, datetime | None]:
    """[since, until) of a period choice, in UTC; ``(None, None)`` for all time."""
    now = now or datetime.now(UTC)
    local = now.astimezone()
    if key == "30d":
        return now - timedelta(days=30), None
    if key == "12m":
        return now - timedelta(days=365), None
    start_of_year = local.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
    if key == "this_year":
        return start_of_year.astimezone(UTC), None
    if key == "last_year":
        previous = start_of_year.replace(year=start_of_year.year - 1)
        return previous.astimezone(UTC), start_of_year.astimezone(UTC)
    return None, None


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def decided_by(disclosure: Any) -> str:
    return with_kind(disclosure.decided_by, disclosure.decided_by_role or "")


def disclosure_channel(value: model.DisclosureChannel | str) -> str:
    """How a disclosure left: an export, by word, a brief copy (the vocabulary's word)."""
    try:
        return say(model.DisclosureChannel(value))
    except (ValueError, KeyError):
        return str(value)


def recipient_kind(disclosure: Any) -> str:
    """The registry's kind of the recipient (schema v9), or a dash when it has none."""
    kind = disclosure.recipient_kind
    return "—" if kind is None else say(model.OrganisationKind(kind))


def case_numbers(disclosure: Any) -> str:
    return ", ".join(str(i) for i in disclosure.case_ids)


def person_numbers(person_ids: tuple[int, ...]) -> str:
    """The persons a disclosure is about, by number as the cases are; empty for nobody known."""
    return ", ".join(str(i) for i in person_ids)


class DisclosuresPage(PagedListPage):
    notice = Signal(str)  # for the status bar: what was done, never what was sent
    caseRequested = Signal(int)  # open this case (a disclosure's or an incoming item's)
    personRequested = Signal(int)  # open this person (whom a disclosure is about)

    SETTINGS_KEY = "disclosures"
    LIST = ListParts(
        "disclosureTable",
        # Fits 1280 logical px with the SHA-256's header whole ("Innehållets SHA-256").
        (120, 140, 125, 90, 120, 125, 70, 70, 140),
        stretch=8,  # the content's SHA-256: 64 characters nobody reads whole
        filters=("periodFilter", "recipientFilter"),
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        # Whom each listed disclosure is about, read with its page (disclosure id → person ids)
        self._about: dict[int, tuple[int, ...]] = {}
        self.ui: Ui_DisclosuresPage = setup_form("disclosures_page", self)
        self.LIST.set_up(self)
        ui = self.ui
        table = ui.disclosureTable
        self.row_actions = table_actions.install(
            table,
            [
                table_actions.show_row_action(table, lambda: self.tr("Disclosure")),
                RowAction(
                    table_actions.open_case_text,
                    self._open_cases,
                    lambda index: bool(self._case_ids(index)),
                ),
                RowAction(
                    lambda: self.tr("Open the &person"),
                    self._open_persons,
                    lambda index: bool(self._person_ids(index)),
                ),
                table_actions.copy_row_action(table),
            ],
        )
        ui.recipientsButton.clicked.connect(self.open_recipients)
        ui.exportButton.clicked.connect(lambda: self.open_export())
        ui.importButton.clicked.connect(self.open_import)
        ui.incomingButton.clicked.connect(self.open_incoming)
        ui.legalBasesButton.clicked.connect(self.open_legal_bases)
        from kopingplan.gui.exchange.oral_disclosure_dialog import add_oral_button  # issue 16

        add_oral_button(self)

    def columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("When"), lambda d: local_time(d.disclosed_at)),
            Column(lambda: self.tr("Recipient"), lambda d: d.recipient),
            Column(lambda: self.tr("Kind of recipient"), recipient_kind),
            Column(lambda: self.tr("How"), lambda d: disclosure_channel(d.channel)),
            Column(lambda: self.tr("Legal basis"), lambda d: d.legal_basis),
            Column(lambda: self.tr("Decided by"), decided_by),
            Column(lambda: self.tr("Cases"), case_numbers),
            Column(lambda: self.tr("Persons"), self.persons_of),
            Column(lambda: self.tr("Content SHA-256"), lambda d: d.content_sha256),
        ]

    def count_text(self, total: int) -> str:
        return self.tr("%n disclosure(s)", "", total)

    def empty_text(self, filtered: bool) -> str:
        if filtered:
            return self.tr("No disclosure in this period or to this recipient.")
        return self.tr(
            "No disclosures yet. Every export and every piece of information given out is "
            "recorded here (New disclosure…)."
        )

    def persons_of(self, disclosure: Any) -> str:
        return person_numbers(self._about.get(disclosure.id or 0, ()))

    def _page(self, session: Session, **chosen: Any) -> Callable[[int, int], list[Any]]:
        """A page of the log and, with it, whom each of its disclosures is about."""

        def fetch(limit: int, offset: int) -> list[Any]:
            rows = exchange.disclosures(session, limit=limit, offset=offset, **chosen)
            ids = [d.id for d in rows if d.id]
            self._about.update(accountability.disclosure_subjects(session, ids))
            return rows

        return fetch

    @staticmethod
    def _case_ids(index: QModelIndex) -> tuple[int, ...]:
        disclosure = table_actions.row_value(index, ROW_ROLE)
        return tuple(getattr(disclosure, "case_ids", ()) or ())

    def _open_cases(self, index: QModelIndex) -> None:
        for case_id in self._case_ids(index):
            self.caseRequested.emit(int(case_id))

    def _person_ids(self, index: QModelIndex) -> tuple[int, ...]:
        disclosure = table_actions.row_value(index, ROW_ROLE)
        return self._about.get(getattr(disclosure, "id", None) or 0, ())

    def _open_persons(self, index: QModelIndex) -> None:
        for person_id in self._person_ids(index):
            self.personRequested.emit(int(person_id))

    def _period_text(self, key: str) -> str:
        texts = {
            "all": self.tr("All time"),
            "30d": self.tr("The last 30 days"),
            "12m": self.tr("The last 12 months"),
            "this_year": self.tr("This year"),
            "last_year": self.tr("Last year"),
        }
        return texts[key]

    def fill_filters(self) -> None:
        periods = [(self._period_text(key), key) for key in PERIODS]
        refill_choices(self.ui.periodFilter, periods)
        rows = exchange.list_recipients(self.session) if self.session is not None else []
        recipients = [(row.label, row.fingerprint) for row in rows]
        refill_choices(self.ui.recipientFilter, [(self.tr("All recipients"), None), *recipients])

    def apply_filters(self) -> None:
        if self.session is None:
            return
        session = self.session
        since, until = period_bounds(self.ui.periodFilter.currentData() or "all")
        recipient = self.ui.recipientFilter.currentData()
        self._about.clear()
        self.model.set_query(
            self._page(session, since=since, until=until, recipient=recipient),
            lambda: exchange.disclosure_count(
                session, since=since, until=until, recipient=recipient
            ),
        )

    def offer_expiry_notice(self, window: MainWindow) -> Any:
        """A notice in ``window`` (the main window, after unlocking) when a recipient's
        certificate ends within 30 days or has ended; it names how many, not who."""
        if self.session is None:
            return None
        count = len(exchange.expiring_recipients(self.session))
        if not count:
            return None
        bar = window.add_notice(
            "expiring_recipients",
            lambda: self.tr(
                "The certificate of %n recipient(s) ends within 30 days or has ended. Ask "
                "for a new one in time.",
                "",
                count,
            ),
        )
        # No Alt letter: every one in "Show recipients" is taken by some section.
        bar.add_button(lambda: self.tr("Show recipients"), self.open_recipients)
        return bar

    # --- the dialogs this section opens

    def _open(self, make: Callable[[Any], D], wire: Callable[[D], object]) -> D | None:
        """A dialog of this section over it, made from the session (nothing while locked),
        its signals connected to this section by ``wire``; deleted when it closes."""
        if self.session is None:
            return None
        dialog = make(self.session)
        wire(dialog)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_recipients(self) -> RecipientsDialog | None:
        return self._open(
            lambda session: RecipientsDialog(session, self),
            lambda dialog: dialog.changed.connect(self.refresh),
        )

    def open_export(
        self, case_ids: tuple[int, ...] = (), *, resume: bool = False
    ) -> ExportWizard | None:
        """``resume``: its draft, kept at a lock, goes on unasked (the draft menu)."""
        return self._open(
            lambda session: ExportWizard(session, self, case_ids=case_ids, resume=resume),
            lambda wizard: wizard.exported.connect(self._exported),
        )

    def open_import(self) -> PackageImportDialog | None:
        return self._open(
            lambda session: PackageImportDialog(session, self),
            lambda dialog: dialog.imported.connect(self._imported),
        )

    def open_incoming(self) -> IncomingItemsDialog | None:
        return self._open(
            lambda session: IncomingItemsDialog(session, self),
            lambda dialog: dialog.caseRequested.connect(self.caseRequested),
        )

    def open_legal_bases(self) -> LegalBasesDialog | None:
        return self._open(
            lambda session: LegalBasesDialog(session, self),
            lambda dialog: dialog.changed.connect(
                lambda: self.notice.emit(self.tr("The list of legal bases was saved."))
            ),
        )

    def _exported(self, result: Any) -> None:
        self.refresh()
        self.notice.emit(
            self.tr("The package was saved and the disclosure recorded ({name}).").format(
                name=result.destination.name
            )
        )

    def _imported(self, result: Any) -> None:
        self.notice.emit(self.tr("%n record(s) imported.", "", len(result.item_ids)))

    def refresh_after(self, changes: Changes) -> None:
        """Reads the list again after a disclosure or a recipient changed
        (gui/common/changes.py)."""
        if changes.touches("disclosures", "recipients"):
            self.refresh()

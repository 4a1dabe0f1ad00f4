"""A relative's contact (anhörigstöd) as a wizard flow.

Who made contact (a person in the registry, a new person, or anonymous with a pseudonym and a
way to call back), the worry and the signs observed, the advice and referrals given, consent,
the link to a case, and when to follow up. A relative who calls again continues the same
thread: the flow then records only the new contact, and may link the thread to a case.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.flows.base import (
    CHOOSE_ONE,
    DATE_IN_PAST,
    IN_FUTURE,
    Flow,
    Problem,
    bool_from_draft,
    date_from_draft,
    date_to_draft,
    datetime_from_draft,
    enum_from_draft,
    first,
    int_from_draft,
    required,
    rule_problem,
    rule_problems,
    text_from_draft,
)
from kopingplan.errors import QT_TRANSLATE_NOOP

DRAFT_KIND = "relative_support"

NAMED_NEEDS_CONSENT = QT_TRANSLATE_NOOP(
    "Flows",
    "without consent to record, the relative is recorded anonymously: choose “Anonymous” "
    "and a pseudonym",
)
# The record forms' words (the wizard's status line says it whole, as they do).
NEEDS_NAME = rules.NEEDS_NAME

# Stands for the thread's id until it exists; valid for validation, replaced before storing.
PENDING_ID = 1


class CallerMode(StrEnum):
    REGISTRY = "registry"  # a person already in the vault
    NEW_PERSON = "new_person"
    ANONYMOUS = "anonymous"


class LinkMode(StrEnum):
    EXISTING_CASE = "existing_case"
    NEW_CASE = "new_case"
    NONE = "none"


@dataclasses.dataclass(frozen=True)
class RelativeSupportRecords:
    """What a finished flow saves. Exactly one of ``thread_id`` (a later contact) and
    ``new_thread`` is set. ``new_person`` and ``new_case`` are stored first and linked by the
    service; ``case_id`` links the thread to an existing case. The ids marked pending in
    ``new_thread`` and ``contact`` are set by the service."""

    contact: m.RelativeSupportContact
    thread_id: int | None = None
    new_thread: m.RelativeSupport | None = None
    new_person: m.Person | None = None
    new_case: m.Case | None = None
    case_id: int | None = None


def _now() -> datetime:
    return datetime.now().astimezone()


class RelativeSupportFlow(Flow):
    PAGES = ("caller", "worry", "advice", "link", "summary")

    def __init__(
        self,
        case_id: int | None = None,
        today: date | None = None,
        now: Callable[[], datetime] = _now,
    ) -> None:
        super().__init__(today)
        self.now = now  # "later than now" is refused against this clock
        self.thread: m.RelativeSupport | None = None  # set for a later contact
        self.caller_mode = CallerMode.ANONYMOUS
        self.person_id: int | None = None
        self.given_name = ""
        self.family_name = ""
        self.phone = ""
        self.pseudonym = ""
        self.callback = ""
        self.relation = ""
        self.consent_to_record = False
        self.occurred_at: datetime = now().replace(second=0, microsecond=0)
        self.channel = m.Channel.PHONE
        self.worry = ""
        self.signs: list[str] = []
        self.signs_other = ""
        self.advice = ""
        self.referral_organisation_ids: list[int] = []
        self.consent_to_contact_others = False
        self.link_mode = LinkMode.NONE if case_id is None else LinkMode.EXISTING_CASE
        self.case_id = case_id
        self.new_case_title = ""
        self.new_case_level = m.Level.SPECIFIC
        self.new_case_orientation = m.Orientation.UNCLEAR
        self.follow_up_on: date | None = None

    # --- the thread ---------------------------------------------------------------------------

    def use_thread(self, thread: m.RelativeSupport | None) -> None:
        """Continues ``thread`` (a later contact), or starts a new one (None)."""
        self.thread = thread
        if thread is not None and thread.case_id is not None:
            # A thread already linked to a case stays with it.
            self.link_mode = LinkMode.EXISTING_CASE
            self.case_id = thread.case_id

    @property
    def link_fixed(self) -> bool:
        return self.thread is not None and self.thread.case_id is not None

    @property
    def caller_is_named(self) -> bool:
        if self.thread is not None:
            return self.thread.person_id is not None
        return self.caller_mode is not CallerMode.ANONYMOUS

    # --- pages --------------------------------------------------------------------------------

    def _caller_problems(self) -> list[Problem]:
        found: list[Problem] = []
        if self.thread is None:
            if self.caller_mode is CallerMode.REGISTRY and self.person_id is None:
                found.append(Problem("person_id", CHOOSE_ONE))
            elif self.caller_mode is CallerMode.NEW_PERSON:
                # The person's own rule says a given or a family name will do (NEEDS_NAME).
                names = {n: n for n in ("given_name", "family_name", "phone")}
                found += rule_problems(self._new_person(), names)
            elif self.caller_mode is CallerMode.ANONYMOUS:
                found += first(required("pseudonym", self.pseudonym))
            found += first(required("relation", self.relation))
            taken = {p.field for p in found}
            fields = {n: n for n in ("relation", "pseudonym", "callback") if n not in taken}
            found += rule_problems(self._new_thread(), fields)
        if self.caller_is_named and not self.consent_to_record:
            found.append(Problem("consent_to_record", NAMED_NEEDS_CONSENT))
        if self.occurred_at > self.now():
            found.append(Problem("occurred_at", IN_FUTURE))
        return found

    def _worry_problems(self) -> list[Problem]:
        blank = required("worry", self.worry)
        fields = (
            {"signs_other": "signs_other"} if blank else {n: n for n in ("worry", "signs_other")}
        )
        return first(blank) + rule_problems(self._contact(), fields)

    def _advice_problems(self) -> list[Problem]:
        return rule_problems(self._contact(), {"advice": "advice"})

    def _link_problems(self) -> list[Problem]:
        found: list[Problem] = []
        if self.link_mode is LinkMode.EXISTING_CASE and self.case_id is None:
            found.append(Problem("case_id", CHOOSE_ONE))
        elif self.link_mode is LinkMode.NEW_CASE:
            found += first(
                required("new_case_title", self.new_case_title)
                or rule_problem(self._new_case(), {"title": "new_case_title"})
            )
        if self.follow_up_on is not None and self.follow_up_on < self.today:
            found.append(Problem("follow_up_on", DATE_IN_PAST))
        elif self.follow_up_on is not None:
            found += rule_problems(self._contact(), {"follow_up_on": "follow_up_on"})
        return found

    # --- records ------------------------------------------------------------------------------

    def _new_person(self) -> m.Person:
        text = rules.normalise_text
        return m.Person(
            given_name=text(self.given_name),
            family_name=text(self.family_name),
            phone=text(self.phone),
        )

    def _new_thread(self) -> m.RelativeSupport:
        text = rules.normalise_text
        anonymous = self.caller_mode is CallerMode.ANONYMOUS
        return m.RelativeSupport(
            opened_on=self.occurred_at.date(),
            relation=text(self.relation),
            person_id=self.person_id if self.caller_mode is CallerMode.REGISTRY else None,
            # Only an anonymous relative has a pseudonym and a call-back way; a named one has
            # a phone number in the registry.
            pseudonym=text(self.pseudonym) if anonymous else "",
            callback=text(self.callback) if anonymous else "",
        )

    def _new_case(self) -> m.Case:
        return m.Case(
            title=rules.normalise_text(self.new_case_title),
            level=self.new_case_level,
            orientation=self.new_case_orientation,
            opened_on=self.occurred_at.date(),
        )

    def _thread_id(self) -> int | None:
        return self.thread.id if self.thread is not None else None

    def _contact(self) -> m.RelativeSupportContact:
        text = rules.normalise_text
        return m.RelativeSupportContact(
            relative_support_id=self._thread_id() or PENDING_ID,
            occurred_at=self.occurred_at,
            channel=self.channel,
            worry=text(self.worry),
            signs=tuple(key for key in m.RELATIVE_SIGNS if key in self.signs),
            signs_other=text(self.signs_other),
            advice=text(self.advice),
            referral_organisation_ids=tuple(dict.fromkeys(self.referral_organisation_ids)),
            consent_to_record=self.consent_to_record,
            consent_to_contact_others=self.consent_to_contact_others,
            follow_up_on=self.follow_up_on,
        )

    def build(self) -> RelativeSupportRecords:
        """The records to save; ``ValueError`` if a page still has problems."""
        found = self.problems()
        if found:
            raise ValueError(f"the relative-support contact is not complete: {found[0]}")
        link = self.link_mode
        new_case = self._new_case() if link is LinkMode.NEW_CASE and not self.link_fixed else None
        case_id = self.case_id if link is LinkMode.EXISTING_CASE else None
        new_person = (
            self._new_person()
            if self.thread is None and self.caller_mode is CallerMode.NEW_PERSON
            else None
        )
        return RelativeSupportRecords(
            contact=self._contact(),
            thread_id=self._thread_id(),
            new_thread=self._new_thread() if self.thread is None else None,
            new_person=new_person,
            new_case=new_case,
            case_id=case_id,
        )

    # --- drafts ---------------------------------------------------------------------------------

    def to_draft(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "thread_id": self._thread_id(),
            "caller_mode": self.caller_mode.value,
            "person_id": self.person_id,
            "occurred_at": self.occurred_at.isoformat(),
            "channel": self.channel.value,
            "signs": [key for key in m.RELATIVE_SIGNS if key in self.signs],
            "referral_organisation_ids": list(self.referral_organisation_ids),
            "link_mode": self.link_mode.value,
            "case_id": self.case_id,
            "new_case_level": self.new_case_level.value,
            "new_case_orientation": self.new_case_orientation.value,
            "follow_up_on": date_to_draft(self.follow_up_on),
        }
        for name in _TEXT_FIELDS:
            fields[name] = getattr(self, name)
        for name in _BOOL_FIELDS:
            fields[name] = getattr(self, name)
        return self._draft_envelope(fields)

    @classmethod
    def from_draft(
        cls,
        payload: Mapping[str, Any],
        *,
        case_id: int | None = None,
        thread: Callable[[int], m.RelativeSupport | None] = lambda _id: None,
        today: date | None = None,
        now: Callable[[], datetime] = _now,
    ) -> RelativeSupportFlow:
        """The flow a draft was saved from. ``thread`` looks a thread up by id (it may have
        changed or gone since the draft was saved). Broken values are dropped, never raised."""
        fields = cls._draft_fields(payload)
        flow = cls(case_id, today, now)
        for name in _TEXT_FIELDS:
            setattr(flow, name, text_from_draft(fields.get(name)))
        for name in _BOOL_FIELDS:
            setattr(flow, name, bool_from_draft(fields.get(name)))
        flow.caller_mode = enum_from_draft(
            CallerMode, fields.get("caller_mode"), CallerMode.ANONYMOUS
        )
        flow.person_id = int_from_draft(fields.get("person_id"))
        flow.occurred_at = datetime_from_draft(fields.get("occurred_at")) or flow.occurred_at
        flow.channel = enum_from_draft(m.Channel, fields.get("channel"), m.Channel.PHONE)
        signs = fields.get("signs")
        flow.signs = [s for s in m.RELATIVE_SIGNS if isinstance(signs, list) and s in signs]
        referrals = fields.get("referral_organisation_ids")
        flow.referral_organisation_ids = [
            i for i in (referrals if isinstance(referrals, list) else []) if int_from_draft(i)
        ]
        flow.link_mode = enum_from_draft(LinkMode, fields.get("link_mode"), flow.link_mode)
        flow.case_id = int_from_draft(fields.get("case_id"))
        if flow.case_id is None and case_id is not None:
            flow.case_id = case_id
        flow.new_case_level = enum_from_draft(
            m.Level, fields.get("new_case_level"), m.Level.SPECIFIC
        )
        flow.new_case_orientation = enum_from_draft(
            m.Orientation, fields.get("new_case_orientation"), m.Orientation.UNCLEAR
        )
        flow.follow_up_on = date_from_draft(fields.get("follow_up_on"))
        thread_id = int_from_draft(fields.get("thread_id"))
        if thread_id is not None:
            flow.use_thread(thread(thread_id))
        flow.go_to(flow.resume_page(text_from_draft(payload.get("page"))))
        return flow


_TEXT_FIELDS = (
    "given_name",
    "family_name",
    "phone",
    "pseudonym",
    "callback",
    "relation",
    "worry",
    "signs_other",
    "advice",
    "new_case_title",
)
_BOOL_FIELDS = ("consent_to_record", "consent_to_contact_others")

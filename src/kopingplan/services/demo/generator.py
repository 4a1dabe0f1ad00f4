"""Writes the demo records: a partner registry and staff once per fill, then cases in chunks.

Every record goes through :meth:`Batch.add`, so it is validated exactly like one the
coordinator types; each chunk is one transaction with one audit row ("demo.fill"). All
randomness comes from one ``random.Random``, and the records are drawn in a fixed order, so the
same seed on an empty vault gives the same vault.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kopingplan.domain import model as m
from kopingplan.domain.identity_number import COORDINATION_DAY_OFFSET, luhn_check_digit
from kopingplan.services.demo import registry, texts, topics
from kopingplan.services.session import Batch, Session

REFERENCE_DATE = date(2026, 11, 1)
HISTORY_DAYS = 3 * 365  # cases were opened during the three years before the reference date
GROUPS_FROM = date(2017, 10, 2)  # the groups were formed after the plan was adopted in 2017
PLAN_ADOPTED = (date(2017, 9, 25), date(2024, 10, 28))

_LEVELS = (m.Level.GENERAL, m.Level.SPECIFIC, m.Level.INDIVIDUAL)
_LEVEL_WEIGHTS = (45, 40, 15)  # mostly general and specific, as the plan describes
_ORIENTATIONS = tuple(m.Orientation)
_ORIENTATION_WEIGHTS = (32, 14, 24, 12, 18)
_CHANNELS = (
    m.Channel.PHONE,
    m.Channel.MEETING,
    m.Channel.HOME_VISIT,
    m.Channel.EMAIL,
    m.Channel.DIGITAL_MEETING,
    m.Channel.LETTER,
    m.Channel.OTHER,
)
_CHANNEL_WEIGHTS = (35, 30, 12, 10, 8, 3, 2)


def _stored(record_id: int | None) -> int:
    assert record_id is not None  # Batch.add returns every record with its new id
    return record_id


@dataclass
class _Staff:
    id: int
    org: str
    title: str
    name: str


@dataclass
class _CaseInfo:
    """What a chunk remembers of a case it wrote, for meetings and disclosures."""

    id: int
    title: str
    level: m.Level
    opened_on: date
    end: date  # closing day, or the reference date for an open case
    slots: dict[str, str] = field(default_factory=dict)


class Generator:
    def __init__(self, session: Session, seed: int, notes_per_case: int) -> None:
        self.session = session
        self.rng = random.Random(seed)
        self.notes_per_case = notes_per_case
        # Fixed, so the output does not drift with the clock; clamped so that nothing lies in
        # the future on a machine whose clock is behind it.
        self.ref = min(REFERENCE_DATE, date.today())
        self.orgs: dict[str, int] = {}
        self.staff: list[_Staff] = []
        self.holders: list[_Staff] = []
        self.groups: dict[m.GroupKind, int] = {}
        self.group_staff: dict[m.GroupKind, list[int]] = {}

    # --- helpers -------------------------------------------------------------------------------

    def _day(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def _at(self, day: date) -> datetime:
        # Office hours in Sweden are 06-16 UTC all year round, near enough.
        return datetime(
            day.year,
            day.month,
            day.day,
            self.rng.randint(6, 15),
            self.rng.randrange(0, 60, 5),
            tzinfo=UTC,
        )

    def _person(
        self,
        batch: Batch,
        *,
        born_from: int,
        born_to: int,
        numbered: float,
        family: str = "",
        email: bool = False,
        **extra: Any,
    ) -> m.Person:
        """A new person; ``family`` keeps a relative's family name the same as the subject's."""
        rng = self.rng
        given = rng.choice(registry.GIVEN_NAMES)
        family = family or rng.choice(registry.FAMILY_NAMES)
        born = date(rng.randint(born_from, born_to), rng.randint(1, 12), rng.randint(1, 28))
        number = self._identity_number(batch, born) if rng.random() < numbered else None
        return batch.add(
            m.Person(
                given_name=given,
                family_name=family,
                identity_number=number,
                birth_year=born.year,
                email=registry.email_for(given, family) if email else "",
                **extra,
            )
        )

    def _identity_number(self, batch: Batch, born: date) -> str:
        """A valid samordningsnummer-style number (day + 60), unique in the vault.

        Coordination numbers are far rarer than personnummer, which makes a clash with a real
        person's number less likely; the uniqueness check is against the vault, so a second
        fill into the same vault does not fail on the UNIQUE column.
        """
        yymmdd = f"{born:%y%m}{born.day + COORDINATION_DAY_OFFSET:02d}"
        serial = self.rng.randrange(1000)
        for _ in range(1000):
            nine = f"{yymmdd}{serial:03d}"
            digits = f"{born.year:04d}{nine[2:]}{luhn_check_digit(nine)}"
            if not batch.count(m.Person, "identity_number = ?", (digits,)):
                return digits
            serial = (serial + 1) % 1000
        raise RuntimeError("no free demo identity number for this birth day")

    def _move(self, batch: Batch, case: m.Case, to_level: m.Level, on: date, reason: str) -> m.Case:
        return batch.move_case_level(case, to_level, reason, on)

    def setup(self, batch: Batch) -> None:
        """The partner registry, staff, both groups, the plan and some case-free records."""
        rng, ref = self.rng, self.ref
        for spec in registry.ORGANISATIONS:
            until = date(ref.year + spec.agreement_years, 12, 31) if spec.agreement else None
            org = batch.add(
                m.Organisation(
                    name=spec.name,
                    kind=spec.kind,
                    phone="114 14" if spec.key == "police" else registry.fictional_phone(rng),
                    address="Köping",
                    agreement=spec.agreement,
                    agreement_until=until,
                    notes=spec.notes,
                )
            )
            self.orgs[spec.key] = _stored(org.id)
        for staff_spec in registry.STAFF:
            person = self._person(
                batch,
                born_from=1960,
                born_to=1995,
                numbered=0.0,
                organisation_id=self.orgs[staff_spec.org],
                title=staff_spec.title,
                phone=registry.fictional_phone(rng),
                email=True,
            )
            staff = _Staff(_stored(person.id), staff_spec.org, staff_spec.title, person.full_name)
            self.staff.append(staff)
            if staff_spec.org in registry.CASE_HOLDER_ORGS:
                self.holders.append(staff)
        self._groups(batch)
        self._plan_revisions(batch)
        for _ in range(24):
            self._situation_entry(batch, ref - timedelta(days=HISTORY_DAYS), ref)
        for _ in range(3):
            self._incident(batch, ref - timedelta(days=HISTORY_DAYS), ref)
        for _ in range(6):
            self._organisation_contact(batch, ref - timedelta(days=HISTORY_DAYS), ref)

    def _groups(self, batch: Batch) -> None:
        rng = self.rng
        for kind, (name, description), orgs in (
            (m.GroupKind.YOUTH_GROUP, topics.YOUTH_GROUP, ("bou", "kof", "soa", "police")),
            (m.GroupKind.INTERVENTION_GROUP, topics.INTERVENTION_GROUP, ("bou", "soa", "police")),
        ):
            group_id = _stored(batch.add(m.Group(name=name, kind=kind, description=description)).id)
            self.groups[kind] = group_id
            self.group_staff[kind] = []
            for key in orgs:
                role = topics.MEMBER_ROLES[key]
                batch.add(
                    m.GroupMembership(
                        group_id=group_id,
                        role=role,
                        from_date=GROUPS_FROM,
                        organisation_id=self.orgs[key],
                    )
                )
                # Each department's representative changed once: the composition over time.
                people = [s for s in self.staff if s.org == key]
                first, second = rng.sample(people, 2) if len(people) > 1 else (people[0], None)
                handover = self._day(date(2020, 1, 1), self.ref - timedelta(days=200))
                batch.add(
                    m.GroupMembership(
                        group_id=group_id,
                        role=role,
                        from_date=GROUPS_FROM,
                        person_id=first.id,
                        to_date=handover if second else None,
                    )
                )
                current = first
                if second is not None:
                    batch.add(
                        m.GroupMembership(
                            group_id=group_id,
                            role=role,
                            from_date=handover + timedelta(days=1),
                            person_id=second.id,
                        )
                    )
                    current = second
                self.group_staff[kind].append(current.id)

    def _plan_revisions(self, batch: Batch) -> None:
        # Revisions are numbered 1, 2, … per vault (UNIQUE): a vault that has a plan keeps it.
        if batch.count(m.PlanRevision):
            return
        for number, ((text, adopted_by, summary), adopted_on) in enumerate(
            zip(topics.PLAN_REVISIONS, PLAN_ADOPTED, strict=True), start=1
        ):
            batch.add(
                m.PlanRevision(
                    revision=number,
                    adopted_on=min(adopted_on, self.ref),
                    adopted_by=adopted_by,
                    text=text,
                    change_summary=summary,
                )
            )

    def _situation_entry(self, batch: Batch, first: date, last: date) -> None:
        rng = self.rng
        orientation = rng.choices(_ORIENTATIONS, _ORIENTATION_WEIGHTS)[0]
        observation = texts.fill(
            rng.choice(topics.OBSERVATIONS[orientation]), {"plats": rng.choice(texts.PLACES)}
        )
        batch.add(
            m.SituationEntry(
                observed_on=self._day(first, last),
                milieu=rng.choice(topics.MILIEUS[orientation]),
                orientation=orientation,
                observation=observation,
                source=rng.choice(topics.SOURCES),
                assessment=rng.choice(topics.ASSESSMENTS),
                reliability=rng.choice(topics.RELIABILITY),
            )
        )

    def _incident(self, batch: Batch, first: date, last: date) -> None:
        rng = self.rng
        kind = rng.choice(tuple(m.IncidentKind))
        occurred = self._day(first, last)
        batch.add(
            m.Incident(
                occurred_on=occurred,
                kind=kind,
                description=topics.INCIDENTS[kind],
                staff_member=rng.choice(self.holders).name,
                reported_to_police=kind in (m.IncidentKind.THREAT, m.IncidentKind.VIOLENCE),
                support_given=rng.choice(topics.INCIDENT_SUPPORT),
                follow_up_on=occurred + timedelta(days=14) if rng.random() < 0.6 else None,
            )
        )

    def _organisation_contact(self, batch: Batch, first: date, last: date) -> None:
        rng = self.rng
        key = rng.choice(("civil", "iop", "iop2", "faith", "sports", "housing", "arboga"))
        people = [s for s in self.staff if s.org == key]
        batch.add(
            m.Contact(
                occurred_at=self._at(self._day(first, last)),
                channel=rng.choice((m.Channel.MEETING, m.Channel.PHONE, m.Channel.DIGITAL_MEETING)),
                summary=rng.choice(texts.ORGANISATION_CONTACTS),
                organisation_id=self.orgs[key],
                person_id=people[0].id if people else None,
            )
        )

    # --- cases, chunk by chunk ---------------------------------------------------------------

    def chunk(self, batch: Batch, first_index: int, count: int) -> None:
        infos = [self._case(batch, first_index + i) for i in range(count)]
        ref, rng = self.ref, self.rng
        earliest = min(info.opened_on for info in infos)
        for _ in range(max(1, count // 4)):
            self._situation_entry(batch, earliest, ref)
        for index in range(max(1, count // 20)):
            kind = (m.GroupKind.INTERVENTION_GROUP, m.GroupKind.YOUTH_GROUP)[index % 2]
            self._meeting(batch, kind, infos)
        for _ in range(max(1, count // 30)):
            chosen = rng.sample(infos, min(len(infos), rng.choice((1, 1, 2))))
            self._disclosure(batch, chosen)
        for _ in range(count // 40):
            self._organisation_contact(batch, earliest, ref)
        for _ in range(count // 100):
            self._incident(batch, earliest, ref)

    def _case(self, batch: Batch, index: int) -> _CaseInfo:
        rng, ref = self.rng, self.ref
        # The first cases of a fill take the rarer paths, so that even a tiny demo has an exit
        # plan, an anonymous relative and a level history to show.
        level = m.Level.INDIVIDUAL if index == 0 else rng.choices(_LEVELS, _LEVEL_WEIGHTS)[0]
        orientation = rng.choices(_ORIENTATIONS, _ORIENTATION_WEIGHTS)[0]
        closed = index > 2 and rng.random() < 0.2
        opened = ref - timedelta(days=rng.randint(90 if closed else 0, HISTORY_DAYS))
        closed_on = self._day(opened + timedelta(days=30), ref) if closed else None
        end = closed_on or ref

        youth = rng.random() < 0.8
        age = rng.randint(13, 20) if youth else rng.randint(21, 45)
        subject = self._person(
            batch,
            born_from=opened.year - age - 1,
            born_to=opened.year - age,
            numbered=0.35,
            address=registry.address(rng) if rng.random() < 0.7 else "",
        )
        holder = rng.choice(self.holders)
        group = (
            m.GroupKind.YOUTH_GROUP if level is m.Level.GENERAL else m.GroupKind.INTERVENTION_GROUP
        )
        initials = f"{subject.given_name[0]}.{subject.family_name[0]}."
        history = self._history(level, opened, end, force=index == 0)
        case = batch.add(
            m.Case(
                title=texts.case_title(
                    rng,
                    initials,
                    opened.year - (subject.birth_year or 0),
                    level is m.Level.INDIVIDUAL,
                ),
                level=history[0][0] if history else level,
                orientation=orientation,
                opened_on=opened,
                summary=texts.case_summary(rng),
                responsible_group_id=self.groups[group],
                responsible_person_id=holder.id,
                status=m.CaseStatus.CLOSED if closed else m.CaseStatus.OPEN,
                closed_on=closed_on,
                close_reason=rng.choice(texts.CLOSE_REASONS) if closed else "",
            )
        )
        case_id = _stored(case.id)
        for to_level, on, reason in history[1:]:
            case = self._move(batch, case, to_level, on, reason)

        batch.add(
            m.CaseParticipant(
                case_id=case_id, person_id=_stored(subject.id), role=m.CaseRole.SUBJECT
            )
        )
        relatives: list[tuple[m.Person, str]] = []
        for _ in range(rng.choice((0, 1, 1, 2))):
            relation = rng.choice(texts.RELATIVES)
            # Most relatives share the subject's family name; not all families do.
            family = subject.family_name if rng.random() < 0.7 else ""
            relative = self._person(
                batch,
                born_from=1955,
                born_to=opened.year - age - 16,
                numbered=0.1,
                family=family,
                phone=registry.fictional_phone(rng),
            )
            batch.add(
                m.CaseParticipant(
                    case_id=case_id,
                    person_id=_stored(relative.id),
                    role=m.CaseRole.RELATIVE,
                    relation=relation,
                )
            )
            relatives.append((relative, relation))
        professionals = [
            holder,
            *rng.sample([s for s in self.staff if s is not holder], rng.randint(0, 2)),
        ]
        for staff in professionals:
            batch.add(
                m.CaseParticipant(
                    case_id=case_id,
                    person_id=staff.id,
                    role=m.CaseRole.PROFESSIONAL,
                    relation=staff.title,
                )
            )

        relation = relatives[0][1] if relatives else rng.choice(texts.RELATIVES)
        slots = {
            "namn": subject.given_name,
            "skola": rng.choice(texts.SCHOOLS),
            "aktivitet": rng.choice(texts.ACTIVITIES),
            "anhorig": f"hens {relation}",
            "Anhorig": f"Hens {relation}",
        }
        info = _CaseInfo(case_id, case.title, case.level, opened, end, slots)
        self._notes(batch, info, orientation)
        self._contacts(batch, info, subject, relatives, professionals, closed)
        if rng.random() < 0.5:
            self._case_follow_up(batch, info, closed)
        if index in (1, 2) or (level is not m.Level.GENERAL and rng.random() < 0.2):
            self._relative_support(batch, info, relatives, anonymous=index == 1)
        if level is m.Level.INDIVIDUAL and (index == 0 or rng.random() < 0.6):
            plan_from = next((on for lvl, on, _ in reversed(history) if lvl == level), opened)
            self._exit_plan(
                batch,
                info,
                orientation,
                plan_from,
                revisions=2 if index == 0 else rng.choice((1, 1, 1, 2)),
            )
        return info

    def _history(
        self, level: m.Level, opened: date, end: date, force: bool
    ) -> list[tuple[m.Level, date, str]]:
        """Levels the case went through: (level, day, reason), the first being where it started.

        Empty when the case stayed on its level. Specific and individual cases often started a
        level lower; some general cases came down from specific.
        """
        rng = self.rng
        path: tuple[m.Level, ...] = (level,)
        draw = rng.random()
        if level is m.Level.INDIVIDUAL and (force or draw < 0.5):
            path = (
                (m.Level.GENERAL, m.Level.SPECIFIC, level)
                if force or draw < 0.15
                else (m.Level.SPECIFIC, level)
            )
        elif level is m.Level.SPECIFIC and draw < 0.25:
            path = (m.Level.GENERAL, level)
        elif level is m.Level.GENERAL and draw < 0.1:
            path = (m.Level.SPECIFIC, level)
        if len(path) == 1:
            return []
        days = sorted(self._day(min(opened + timedelta(days=1), end), end) for _ in path[1:])
        steps: list[tuple[m.Level, date, str]] = [(path[0], opened, "")]
        for before, after, on in zip(path, path[1:], days, strict=False):
            up = _LEVELS.index(after) > _LEVELS.index(before)
            reason = rng.choice(texts.RAISE_REASONS if up else texts.LOWER_REASONS)
            steps.append((after, on, reason))
        return steps

    def _notes(self, batch: Batch, info: _CaseInfo, orientation: m.Orientation) -> None:
        rng = self.rng
        days = sorted(self._day(info.opened_on, info.end) for _ in range(self.notes_per_case))
        for day in days:
            source = rng.choice(texts.NOTE_SOURCES) if rng.random() < 0.1 else ""
            batch.add(
                m.Note(
                    case_id=info.id,
                    written_at=self._at(day),
                    source=source,
                    text=texts.note_text(rng, info.slots, orientation),
                )
            )

    def _contacts(
        self,
        batch: Batch,
        info: _CaseInfo,
        subject: m.Person,
        relatives: list[tuple[m.Person, str]],
        professionals: list[_Staff],
        closed: bool,
    ) -> None:
        rng = self.rng
        count = rng.randint(2, 6)
        days = sorted(self._day(info.opened_on, info.end) for _ in range(count))
        for number, day in enumerate(days, start=1):
            channel = rng.choices(_CHANNELS, _CHANNEL_WEIGHTS)[0]
            who = rng.random()
            person_id, org_id = subject.id, None
            if who < 0.35 and relatives:
                person_id = rng.choice(relatives)[0].id
            elif who < 0.7:
                staff = rng.choice(professionals)
                person_id, org_id = staff.id, self.orgs[staff.org]
            # Only the newest contact of an open case still waits for its follow-up.
            follow = number == count and not closed and rng.random() < 0.5
            batch.add(
                m.Contact(
                    occurred_at=self._at(day),
                    channel=channel,
                    case_id=info.id,
                    summary=texts.contact_text(rng, channel, info.slots),
                    person_id=person_id,
                    organisation_id=org_id,
                    follow_up_on=day + timedelta(days=rng.choice((7, 14, 21))) if follow else None,
                )
            )

    def _case_follow_up(self, batch: Batch, info: _CaseInfo, closed: bool) -> None:
        rng = self.rng
        if closed:
            due = self._day(info.opened_on, info.end)
            batch.add(
                m.FollowUp(
                    due_on=due,
                    description=rng.choice(texts.FOLLOW_UPS),
                    case_id=info.id,
                    done_on=due,
                    outcome=rng.choice(texts.FOLLOW_UP_OUTCOMES),
                )
            )
        else:
            # Some overdue, most ahead: "Att göra" has both.
            due = self.ref + timedelta(days=rng.randint(-20, 45))
            batch.add(
                m.FollowUp(due_on=due, description=rng.choice(texts.FOLLOW_UPS), case_id=info.id)
            )

    def _relative_support(
        self, batch: Batch, info: _CaseInfo, relatives: list[tuple[m.Person, str]], anonymous: bool
    ) -> None:
        rng = self.rng
        opened = self._day(info.opened_on, info.end)
        if relatives and not anonymous and rng.random() < 0.7:
            person, relation = rng.choice(relatives)
            thread = batch.add(
                m.RelativeSupport(
                    opened_on=opened, relation=relation, person_id=person.id, case_id=info.id
                )
            )
        else:
            # Low threshold: a relative may call without giving a name.
            callback = rng.choice(topics.CALLBACKS).format(phone=registry.fictional_phone(rng))
            thread = batch.add(
                m.RelativeSupport(
                    opened_on=opened,
                    relation=rng.choice(texts.RELATIVES),
                    pseudonym=rng.choice(topics.PSEUDONYMS),
                    callback=callback,
                    case_id=info.id if rng.random() < 0.5 else None,
                )
            )
        thread_id = _stored(thread.id)
        calls = sorted(self._day(opened, info.end) for _ in range(rng.randint(1, 3)))
        for number, day in enumerate(calls, start=1):
            last = number == len(calls)
            referrals = rng.sample(topics.REFERRAL_KEYS, rng.randint(0, 2))
            batch.add(
                m.RelativeSupportContact(
                    relative_support_id=thread_id,
                    occurred_at=self._at(day),
                    channel=rng.choice((m.Channel.PHONE, m.Channel.PHONE, m.Channel.MEETING)),
                    worry=rng.choice(topics.WORRIES),
                    signs=tuple(rng.sample(topics.SIGN_KEYS, rng.randint(1, 4))),
                    signs_other=rng.choice(topics.SIGNS_OTHER),
                    advice=rng.choice(topics.ADVICE),
                    referral_organisation_ids=tuple(self.orgs[key] for key in referrals),
                    consent_to_record=rng.random() < 0.8,
                    consent_to_contact_others=rng.random() < 0.4,
                    follow_up_on=day + timedelta(days=14) if last and rng.random() < 0.6 else None,
                )
            )
        if rng.random() < 0.3:
            batch.add(
                m.FollowUp(
                    due_on=calls[-1] + timedelta(days=30),
                    description="Ringa tillbaka och höra hur det har gått",
                    relative_support_id=thread_id,
                )
            )

    def _exit_plan(
        self, batch: Batch, info: _CaseInfo, orientation: m.Orientation, start: date, revisions: int
    ) -> None:
        rng = self.rng
        previous: m.ExitPlan | None = None
        created = self._day(start, min(start + timedelta(days=30), info.end))
        for revision in range(1, revisions + 1):
            areas = rng.sample(tuple(m.PracticalArea), rng.randint(3, 6))
            social = rng.sample(topics.SOCIAL_ITEMS, rng.randint(2, 4))
            plan = batch.add(
                m.ExitPlan(
                    case_id=info.id,
                    created_at=self._at(created),
                    revision=revision,
                    situation=rng.choice(topics.PLAN_SITUATIONS),
                    prerequisites=rng.choice(topics.PREREQUISITES),
                    needs=rng.choice(topics.NEEDS),
                    motivation=rng.randint(2, 5),
                    motivation_reason=rng.choice(topics.MOTIVATION_REASONS),
                    milieu_to_leave=topics.MILIEUS_TO_LEAVE[orientation],
                    assessment_participants=texts.fill(
                        rng.choice(topics.ASSESSMENT_PARTICIPANTS), info.slots
                    ),
                    social_items=tuple(
                        m.SocialItem(kind, texts.fill(text, info.slots), influence)
                        for kind, text, influence in social
                    ),
                    practical_needs=tuple(
                        m.PracticalNeed(
                            area, rng.choice(topics.NEED_STATUSES), topics.PRACTICAL_NOTES[area]
                        )
                        for area in areas
                    ),
                    boundary_confirmed=True,
                    police_sharing_note=topics.POLICE_SHARING,
                    supersedes_id=previous.id if previous else None,
                )
            )
            plan_id = _stored(plan.id)
            for description, actor, org_key in rng.sample(topics.MEASURES, rng.randint(2, 4)):
                starts = self._day(created, min(created + timedelta(days=60), info.end))
                past = starts + timedelta(days=45) < self.ref
                status = (
                    rng.choice(
                        (m.MeasureStatus.DONE, m.MeasureStatus.ONGOING, m.MeasureStatus.CANCELLED)
                    )
                    if past
                    else m.MeasureStatus.PLANNED
                )
                batch.add(
                    m.Measure(
                        plan_id=plan_id,
                        description=description,
                        actor_kind=actor,
                        starts_on=starts,
                        follow_up_on=starts + timedelta(days=rng.choice((30, 60, 90))),
                        actor_organisation_id=self.orgs[org_key] if org_key else None,
                        actor_text=""
                        if org_key
                        else (
                            "Familjen"
                            if actor is m.ActorKind.FAMILY
                            else "Budget- och skuldrådgivningen"
                        ),
                        status=status,
                        outcome=rng.choice(topics.MEASURE_OUTCOMES)
                        if status is m.MeasureStatus.DONE
                        else "",
                    )
                )
            due = created + timedelta(days=rng.choice((60, 90)))
            batch.add(
                m.FollowUp(
                    due_on=due,
                    description=rng.choice(topics.PLAN_FOLLOW_UPS),
                    plan_id=plan_id,
                    done_on=due if due < self.ref and rng.random() < 0.7 else None,
                )
            )
            previous = plan
            # A later revision a month or more on, but never after the case's last day.
            created = self._day(min(created + timedelta(days=30), info.end), info.end)

    def _meeting(self, batch: Batch, kind: m.GroupKind, infos: list[_CaseInfo]) -> None:
        rng = self.rng
        earliest = min(info.opened_on for info in infos)
        day = self._day(earliest, self.ref)
        meeting = batch.add(
            m.Meeting(
                group_id=self.groups[kind],
                starts_at=datetime(
                    day.year, day.month, day.day, rng.choice((7, 8, 12)), tzinfo=UTC
                ),
                place=rng.choice(topics.MEETING_PLACES),
                minutes=rng.choice(topics.MINUTES),
            )
        )
        meeting_id = _stored(meeting.id)
        attendees = list(self.group_staff[kind])
        if rng.random() < 0.3:
            # A guest now and then: a mentor, a trainer or a colleague from Arboga.
            attendees.append(rng.choice([s.id for s in self.staff if s.id not in attendees]))
        for person_id in attendees:
            batch.add(
                m.MeetingAttendee(
                    meeting_id=meeting_id, person_id=person_id, present=rng.random() < 0.85
                )
            )
        batch.add(
            m.AgendaItem(
                meeting_id=meeting_id,
                position=0,
                kind=m.AgendaItemKind.SITUATION,
                title=rng.choice(topics.SITUATION_ITEMS),
                notes=rng.choice(topics.ITEM_NOTES),
            )
        )
        current = [i for i in infos if i.opened_on <= day <= i.end]
        # Unggruppen discusses general-level cases, the insatsgrupp the others.
        current = [
            i for i in current if (i.level is m.Level.GENERAL) == (kind is m.GroupKind.YOUTH_GROUP)
        ] or current
        position = 1
        for info in rng.sample(current, min(len(current), rng.randint(2, 4))):
            item = batch.add(
                m.AgendaItem(
                    meeting_id=meeting_id,
                    position=position,
                    kind=m.AgendaItemKind.CASE,
                    title=info.title,
                    case_id=info.id,
                    notes=rng.choice(topics.ITEM_NOTES),
                    decision=rng.choice(topics.DECISIONS),
                )
            )
            position += 1
            if rng.random() < 0.6:
                due = day + timedelta(days=rng.choice((7, 14, 28)))
                done = due < self.ref and rng.random() < 0.7
                batch.add(
                    m.MeetingAction(
                        meeting_id=meeting_id,
                        description=rng.choice(topics.ACTIONS),
                        due_on=due,
                        agenda_item_id=item.id,
                        responsible_person_id=rng.choice(self.group_staff[kind]),
                        done_on=due if done else None,
                        outcome=rng.choice(topics.ACTION_OUTCOMES) if done else "",
                    )
                )
        batch.add(
            m.AgendaItem(
                meeting_id=meeting_id,
                position=position,
                kind=m.AgendaItemKind.OTHER,
                title=rng.choice(topics.OTHER_ITEMS),
            )
        )
        batch.add(
            m.MeetingAction(
                meeting_id=meeting_id,
                description=rng.choice(topics.ACTIONS),
                due_on=day + timedelta(days=21),
                responsible_text="Samordnaren",
            )
        )

    def _disclosure(self, batch: Batch, infos: list[_CaseInfo]) -> None:
        rng = self.rng
        day = self._day(max(info.opened_on for info in infos), max(i.end for i in infos))
        description = rng.choice(topics.DISCLOSURE_CONTENTS)
        basis, note = rng.choice(topics.LEGAL_BASES)
        recipient = rng.choice([s for s in self.staff if s.org == "police"])
        role = rng.choice(topics.DECIDER_ROLES)
        deciders = [s.name for s in self.staff if role.startswith(s.title)]
        # The coordinator decides most disclosures; a head of unit or a principal some.
        decided_by = rng.choice(deciders) if deciders else self.session.actor
        # The checksum of what was handed over; here, of a made-up text standing for it.
        content = f"{description}\n{day.isoformat()}\n" + "\n".join(i.title for i in infos)
        batch.add(
            m.Disclosure(
                disclosed_at=self._at(day),
                recipient=f"Polisen lokalpolisområde Köping, {recipient.title} {recipient.name}",
                content_description=description,
                content_sha256=hashlib.sha256(content.encode("utf-8")).hexdigest(),
                legal_basis=basis,
                legal_basis_note=note,
                decided_by=decided_by,
                decided_by_role=role,
                purpose=rng.choice(topics.PURPOSES),
                case_ids=tuple(info.id for info in infos),
            )
        )

"""The records of one case beyond its people: notes, contacts, follow-ups, relatives' support
threads and exit plans with their measures."""

from __future__ import annotations

from datetime import date, timedelta

from kopingplan.domain import model as m
from kopingplan.services.demo import registry, texts, topics
from kopingplan.services.demo.drawing import CaseInfo, Drawing, Staff, stored
from kopingplan.services.session import Batch

CHANNELS = (
    m.Channel.PHONE,
    m.Channel.MEETING,
    m.Channel.HOME_VISIT,
    m.Channel.EMAIL,
    m.Channel.DIGITAL_MEETING,
    m.Channel.LETTER,
    m.Channel.OTHER,
)
CHANNEL_WEIGHTS = (35, 30, 12, 10, 8, 3, 2)


class CaseRecords(Drawing):
    def _notes(self, batch: Batch, info: CaseInfo, orientation: m.Orientation) -> None:
        rng = self.rng
        days = sorted(self._day(info.opened_on, info.end) for _ in range(self.notes_per_case))
        for day in days:
            source = rng.choice(texts.NOTE_SOURCES) if rng.random() < 0.1 else ""
            info.notes.append(
                batch.add(
                    m.Note(
                        case_id=info.id,
                        written_at=self._at(day),
                        source=source,
                        text=texts.note_text(rng, info.slots, orientation),
                    )
                )
            )

    def _contacts(
        self,
        batch: Batch,
        info: CaseInfo,
        subject: m.Person,
        relatives: list[tuple[m.Person, str]],
        professionals: list[Staff],
        closed: bool,
    ) -> None:
        rng = self.rng
        count = rng.randint(2, 6)
        days = sorted(self._day(info.opened_on, info.end) for _ in range(count))
        for number, day in enumerate(days, start=1):
            channel = rng.choices(CHANNELS, CHANNEL_WEIGHTS)[0]
            who = rng.random()
            person_id, org_id = subject.id, None
            if who < 0.35 and relatives:
                person_id = rng.choice(relatives)[0].id
            elif who < 0.7:
                staff = rng.choice(professionals)
                person_id, org_id = staff.id, self.orgs[staff.org]
            # Only the newest contact of an open case still waits for its follow-up.
            follow = number == count and not closed and rng.random() < 0.5
            contact = m.Contact(
                occurred_at=self._at(day),
                channel=channel,
                case_id=info.id,
                summary=texts.contact_text(rng, channel, info.slots),
                person_id=person_id,
                organisation_id=org_id,
                follow_up_on=day + timedelta(days=rng.choice((7, 14, 21))) if follow else None,
            )
            info.contacts.append(batch.add(contact))

    def _case_follow_up(self, batch: Batch, info: CaseInfo, closed: bool) -> None:
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
        self, batch: Batch, info: CaseInfo, relatives: list[tuple[m.Person, str]], anonymous: bool
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
        thread_id = stored(thread.id)
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
        self, batch: Batch, info: CaseInfo, orientation: m.Orientation, start: date, revisions: int
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
            plan_id = stored(plan.id)
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

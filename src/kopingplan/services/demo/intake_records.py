"""The records around a chunk's cases from the later schema versions: incoming concerns (some
leading to the cases, some referred, some set aside, a few still open), consents, flags and
priorities, attached files, corrected notes, contacts and concerns, and a professional who left
a case."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, timedelta
from typing import TypeVar

from kopingplan.domain import model as m
from kopingplan.domain.consent import Consent, ConsentForm, ConsentGiver
from kopingplan.services.demo import files, intake_topics, registry, texts
from kopingplan.services.demo.drawing import CaseInfo, Drawing, stored
from kopingplan.services.session import Batch
from kopingplan.storage import mapping
from kopingplan.storage.repositories import attachments, concerns, consents, triage, versions
from kopingplan.storage.repositories import demo as demo_store
from kopingplan.storage.repositories.search import add_attachment_text
from kopingplan.storage.repositories.tables import CONTACTS, NOTES

R = TypeVar("R")
CONCERN_CHANNELS = (m.ConcernChannel.PHONE, m.ConcernChannel.LETTER, m.ConcernChannel.MEETING)
CONSENT_ORGS = ("soa", "bou", "iop", "af", "region", "probation")


class IntakeRecords(Drawing):
    def _concern(
        self,
        batch: Batch,
        received: date,
        slots: dict[str, str],
        *,
        decision: m.ConcernDecision | None,
        info: CaseInfo | None = None,
    ) -> m.Concern:
        rng = self.rng
        raised_by, key, template = rng.choice(intake_topics.CONCERNS)
        source = (
            m.ConcernSource.ORGANISATION
            if key
            else m.ConcernSource.PERSON
            if raised_by
            else m.ConcernSource.ANONYMOUS
        )
        channel = rng.choice(CONCERN_CHANNELS)
        if "ringde" in template or "samtal" in template:
            channel = m.ConcernChannel.PHONE  # the text says how it came
        elif key == "police" and rng.random() < 0.5:
            channel = m.ConcernChannel.PACKAGE
        decided = None
        if decision is not None:
            decided = info.opened_on if info else self._day(received, min(received + timedelta(
                days=14), self.ref))  # fmt: skip
        referred_to, reason = "", ""
        if decision is m.ConcernDecision.REFERRED:
            referred_to, reason = rng.choice(intake_topics.REFERRALS)
        elif decision is m.ConcernDecision.NO_ACTION:
            reason = rng.choice(intake_topics.NO_ACTION_REASONS)
        return self._put(
            batch,
            concerns.CONCERNS,
            m.Concern(
                received_on=received,
                source=source,
                channel=channel,
                description=texts.fill(template, slots),
                recorded_at=self._at(received),
                recorded_by=self.session.actor,
                organisation_id=self.orgs[key] if key else None,
                raised_by=raised_by,
                orientation=info.orientation if info else m.Orientation.UNCLEAR,
                level=info.level if info else rng.choice((None, m.Level.GENERAL)),
                decision=decision,
                decided_on=decided,
                decided_by=self.session.actor if decision else "",
                case_id=info.id if info and decision is m.ConcernDecision.CASE_OPENED else None,
                referred_to=referred_to,
                decision_reason=reason,
            ),
        )

    def _intake(self, batch: Batch, infos: list[CaseInfo], earliest: date) -> None:
        """Concerns, consents, flags, priorities, files and corrections for a chunk's cases."""
        rng, ref = self.rng, self.ref
        written: list[m.Concern] = []
        for info in infos:
            # The chunk's first case takes every path, so even a tiny demo shows each record.
            first = info is infos[0]
            if first or rng.random() < 0.3:
                received = info.opened_on - timedelta(days=rng.randint(0, 10))
                written.append(
                    self._concern(
                        batch,
                        received,
                        info.slots,
                        decision=m.ConcernDecision.CASE_OPENED,
                        info=info,
                    )
                )
            self._consent(batch, info, first)
            self._triage(batch, info, first)
        for number in range(max(2, len(infos) // 8)):
            decision = (m.ConcernDecision.REFERRED, m.ConcernDecision.NO_ACTION)[number % 2]
            received = self._day(earliest, ref - timedelta(days=7))
            written.append(self._concern(batch, received, self._someone(), decision=decision))
        for _ in range(max(1, len(infos) // 50)):  # still open: Inkommande oro and Att göra
            received = ref - timedelta(days=rng.randint(0, 20))
            written.append(self._concern(batch, received, self._someone(), decision=None))
        self._corrections(batch, infos, written)
        self._files(batch, infos, written)

    def _someone(self) -> dict[str, str]:
        """Slots for a concern about a young person who has no case (and got none)."""
        rng = self.rng
        relation = rng.choice(texts.RELATIVES)
        return {
            "namn": rng.choice(registry.GIVEN_NAMES),
            "skola": rng.choice(texts.SCHOOLS),
            "anhorig": f"hens {relation}",
            "Anhorig": f"Hens {relation}",
        }

    def _consent(self, batch: Batch, info: CaseInfo, first: bool) -> None:
        rng = self.rng
        if not first and (info.level is m.Level.GENERAL or rng.random() >= 0.35):
            return
        given = self._day(info.opened_on, min(info.opened_on + timedelta(days=30), info.end))
        giver = rng.choice((ConsentGiver.SUBJECT, ConsentGiver.GUARDIAN, ConsentGiver.BOTH))
        oral = rng.random() < 0.25
        withdrawn = given + timedelta(days=rng.randint(30, 200)) if rng.random() < 0.1 else None
        if withdrawn is not None and withdrawn > info.end:
            withdrawn = None
        guardian = ""
        if giver is not ConsentGiver.SUBJECT:
            guardian = f"{rng.choice(registry.GIVEN_NAMES)} {rng.choice(registry.FAMILY_NAMES)}"
        self._put(
            batch,
            consents.CONSENTS,
            Consent(
                case_id=info.id,
                given_by=giver,
                purposes=tuple(rng.sample(intake_topics.CONSENT_PURPOSES, rng.randint(1, 2))),
                given_on=given,
                form=ConsentForm.ORAL if oral else ConsentForm.WRITTEN,
                recorded_at=self._at(given),
                recorded_by=self.session.actor,
                organisation_ids=tuple(
                    self.orgs[key] for key in rng.sample(CONSENT_ORGS, rng.randint(1, 3))
                ),
                organisation_kinds=("police",) if rng.random() < 0.1 else (),
                guardian=guardian,
                witness=rng.choice(intake_topics.CONSENT_WITNESSES) if oral else "",
                valid_until=given + timedelta(days=365) if rng.random() < 0.6 else None,
                withdrawn_on=withdrawn,
                withdrawal_form=ConsentForm.WRITTEN if withdrawn else None,
                withdrawal_note=rng.choice(intake_topics.WITHDRAWAL_NOTES) if withdrawn else "",
            ),
        )

    def _triage(self, batch: Batch, info: CaseInfo, first: bool) -> None:
        rng = self.rng
        if first or (info.level is not m.Level.GENERAL and rng.random() < 0.12):
            kind = rng.choice(tuple(intake_topics.FLAG_REASONS))
            set_on = self._day(info.opened_on, info.end)
            cleared = info.closed or rng.random() < 0.3
            cleared_on = self._day(set_on, info.end) if cleared else None
            self._put(
                batch,
                triage.CASE_FLAGS,
                m.CaseFlag(
                    case_id=info.id,
                    kind=kind,
                    reason=rng.choice(intake_topics.FLAG_REASONS[kind]),
                    set_at=self._at(set_on),
                    set_by=self.session.actor,
                    cleared_at=self._at(cleared_on) if cleared_on else None,
                    cleared_by=self.session.actor if cleared_on else "",
                    clear_reason=rng.choice(intake_topics.FLAG_CLEARED) if cleared_on else "",
                ),
            )
        if not info.closed and (first or rng.random() < 0.15):
            priority = m.Priority.HIGH if rng.random() < 0.7 else m.Priority.LOW
            at = self._at(self._day(info.opened_on, info.end))
            triage.set_priority(batch._conn, info.id, priority, at, self.session.actor)
            self._counted(batch, "case_priorities")

    def _corrections(self, batch: Batch, infos: list[CaseInfo], written: list[m.Concern]) -> None:
        """A few notes, a contact and a concern corrected after they were written, with their
        earlier versions kept; and a professional who left a case."""
        rng, conn, actor = self.rng, batch._conn, self.session.actor
        with_notes = [info for info in infos if info.notes]
        # Few: each correction re-indexes the record for search, the costly part of a chunk.
        for info in rng.sample(with_notes, min(len(with_notes), max(1, len(infos) // 100))):
            note = rng.choice(info.notes)
            corrected = replace(note, text=note.text + " (Rättat: fel veckodag angavs först.)")
            self._correct(batch, NOTES, note, corrected, "note_versions", "Fel veckodag")
        contact = next(c for info in infos for c in info.contacts)
        fixed_contact = replace(contact, summary=contact.summary + " Rättat: fel datum först.")
        self._correct(batch, CONTACTS, contact, fixed_contact, "contact_versions", "")
        if written:
            concern = written[0]
            fixed = replace(concern, description=concern.description + " (Rättat.)")
            reason = rng.choice(intake_topics.CONCERN_CORRECTIONS)
            self._correct(batch, concerns.CONCERNS, concern, fixed, "concern_versions", reason)
        info = rng.choice(infos)
        leaving = rng.choice([s for s in self.staff if s.org in registry.CASE_HOLDER_ORGS])
        removal = versions.store_removal(
            conn,
            m.CaseParticipant(
                case_id=info.id,
                person_id=leaving.id,
                role=m.CaseRole.PROFESSIONAL,
                relation=leaving.title,
            ),
            actor,
            "Har bytt tjänst; kollegan tar över kontakten.",
        )
        demo_store.backdate(conn, "participant_removals", removal, self._at(info.end))
        self._counted(batch, "participant_removals")

    def _correct(
        self,
        batch: Batch,
        table: mapping.Table[R],
        before: R,
        after: R,
        versions_table: str,
        reason: str,
    ) -> None:
        conn = batch._conn
        version = versions.keep_version(conn, table, before, self.session.actor, reason)
        mapping.update(conn, table, after)
        demo_store.backdate(conn, versions_table, version, self._at(self.ref))
        self._counted(batch, versions_table)

    def _files(self, batch: Batch, infos: list[CaseInfo], written: list[m.Concern]) -> None:
        """A few small PDFs and pictures on cases, notes and concerns (meetings' and incidents'
        come with them, see :meth:`_attach`)."""
        rng = self.rng
        for info in rng.sample(infos, min(len(infos), max(1, len(infos) // 40))):
            self._attach(batch, m.AttachmentOwner.CASE, info.id, info.end, info.slots)
            if info.notes:
                note = rng.choice(info.notes)
                day = note.written_at.date()
                self._attach(batch, m.AttachmentOwner.NOTE, stored(note.id), day, info.slots)
        for concern in rng.sample(written, min(len(written), max(1, len(written) // 20))):
            slots = {"namn": ""}
            owner = m.AttachmentOwner.CONCERN
            self._attach(batch, owner, stored(concern.id), concern.received_on, slots)

    def _attach(
        self,
        batch: Batch,
        owner: m.AttachmentOwner,
        owner_id: int,
        day: date,
        slots: dict[str, str],
        *,
        first: bool = False,
    ) -> None:
        """One file: a picture when the title says so, else a one-page PDF; ``first`` takes
        the owner's first title (an incident's screenshot)."""
        rng = self.rng
        titles = intake_topics.ATTACHMENT_TITLES[owner.value]
        title = titles[0] if first else rng.choice(titles)
        picture = owner in (m.AttachmentOwner.INCIDENT, m.AttachmentOwner.CONCERN) and (
            "Foto" in title or "Skärmbild" in title
        )
        lines: list[str] = []
        if picture:
            data, kind, pages, name = files.png(rng), "png", None, f"{title}.png"
        else:
            lines = [f"Köpings kommun, {day.isoformat()}", ""]
            if slots.get("skola"):
                lines.append(f"Gäller elev vid {slots['skola']}.")
            lines += list(intake_topics.ATTACHMENT_LINES)
            data, kind, pages, name = files.pdf(title, lines), "pdf", 1, f"{title}.pdf"
        new_id = attachments.insert(
            batch._conn,
            m.Attachment(
                file_name=name,
                kind=kind,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                added_at=self._at(min(day, self.ref)),
                added_by=self.session.actor,
                pages=pages,
                **{f"{owner.value}_id": owner_id},
            ),
            data,
        )
        if lines:
            add_attachment_text(batch._conn, new_id, "\n".join([title, *lines]))
        self._counted(batch, "attachments")
        self._counted(batch, "attachment_chunks", -(-len(data) // attachments.CHUNK))

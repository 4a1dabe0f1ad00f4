"""The records of the coordinator's work beyond single cases (schema v7 to v9): the SSPF group
and the local BRÅ, activities on the general level, agreements with partners, the plan's
commitments, content profiles, period assessments of the lägesbild, what the police liaison
sent, and incidents' support."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, timedelta

from kopingplan.domain import model as m
from kopingplan.domain.situation_period import SituationAssessment
from kopingplan.services.demo import intake_topics as it
from kopingplan.services.demo.drawing import HISTORY_DAYS, CaseInfo, Drawing, stored
from kopingplan.services.session import Batch
from kopingplan.storage import mapping
from kopingplan.storage.repositories import (
    activities,
    commitments,
    content_profiles,
    incidents,
    incoming_links,
    situation_periods,
    versions,
)
from kopingplan.storage.repositories import demo as demo_store
from kopingplan.storage.repositories import exchange as exchange_store
from kopingplan.storage.repositories.incoming_links import LinkChange

# The working groups beside the plan's two: (kind, name, description, member organisations)
MORE_GROUPS = (
    (m.GroupKind.SSPF, "SSPF Köping", "Skola, socialtjänst, polis och fritid kring unga med hög "
     "risk att dras in i kriminalitet eller våldsbejakande miljöer.", ("bou", "soa", "police",
                                                                       "kof")),
    (m.GroupKind.CRIME_PREVENTION_COUNCIL, "Lokala brottsförebyggande rådet (BRÅ)",
     "Kommunens förvaltningar, polisen, bostadsbolaget och civilsamhället i Köping.",
     ("soa", "police", "housing", "civil")),
)  # fmt: skip
GROUP_KEYS = {
    "youth": m.GroupKind.YOUTH_GROUP,
    "intervention": m.GroupKind.INTERVENTION_GROUP,
    "sspf": m.GroupKind.SSPF,
    "bra": m.GroupKind.CRIME_PREVENTION_COUNCIL,
}
# What a partner's copy of a meeting brief holds of each case by default (issue 16).
PROFILES = {
    "police": ("level", "orientation", "summary", "measures"),
    "bou": ("level", "summary", "follow_ups"),
    "probation": ("level", "summary", "measures", "exit_plan"),
}
POLICE_FINGERPRINT = hashlib.sha256(b"demo: polisen lokalpolisomrade Koping").hexdigest()


class WorkRecords(Drawing):
    # The police message _relinked_item copies once, in the first chunk (set by _police_package).
    police_message: exchange_store.IncomingItemRow | None = None

    def _more_groups(self, batch: Batch) -> None:
        for kind, name, description, keys in MORE_GROUPS:
            group_id = stored(batch.add(m.Group(name=name, kind=kind, description=description)).id)
            self.groups[kind] = group_id
            self.group_staff[kind] = []
            for key in keys:
                batch.add(
                    m.GroupMembership(
                        group_id=group_id,
                        role=f"representant {registry_name(key)}",
                        from_date=date(2021, 2, 1),
                        organisation_id=self.orgs[key],
                    )
                )
                person = next(s for s in self.staff if s.org == key)
                self.group_staff[kind].append(person.id)
                batch.add(
                    m.GroupMembership(
                        group_id=group_id,
                        role=person.title,
                        from_date=date(2021, 2, 1),
                        person_id=person.id,
                    )
                )

    def _activity(self, batch: Batch, first: date, last: date) -> None:
        rng = self.rng
        kind, title, target, description = rng.choice(it.ACTIVITIES)
        held = self._day(first, last)
        organiser = rng.choice(("kof", "bou", "soa", "civil", "iop2"))
        partners = rng.sample(("police", "faith", "sports", "iop", "civil", "housing"), 2)
        follow = rng.choice(it.ACTIVITY_FOLLOW_UPS)
        activity = self._put(
            batch,
            activities.ACTIVITIES,
            m.Activity(
                held_on=held,
                kind=m.ActivityKind(kind),
                title=title,
                organiser_id=self.orgs[organiser],
                partner_ids=tuple(self.orgs[key] for key in partners if key != organiser),
                target_group=target,
                themes=tuple(rng.sample(tuple(m.Orientation)[:3], rng.randint(0, 2))),
                participants=rng.randint(8, 120) if rng.random() < 0.8 else None,
                description=description,
                follow_up_on=held + timedelta(days=60) if follow else None,
                follow_up_note=follow,
            ),
        )
        self.activity_ids.append(stored(activity.id))

    def _partner_work(self, batch: Batch) -> None:
        """Activities and content profiles: once per fill (agreements come with the registry)."""
        ref = self.ref
        for _ in range(12):
            self._activity(batch, ref - timedelta(days=HISTORY_DAYS), ref)
        for key, parts in PROFILES.items():
            content_profiles.put(batch._conn, self.orgs[key], parts)
            self._counted(batch, "organisation_content_profiles")

    def _commitments(self, batch: Batch) -> None:
        for number, (revision_id, adopted) in enumerate(self.revisions, start=1):
            chosen = it.COMMITMENTS[:4] if number < len(self.revisions) else it.COMMITMENTS
            for text, due_days, group_keys, org_keys in chosen:
                self._put(
                    batch,
                    commitments.COMMITMENTS,
                    m.Commitment(
                        revision_id=revision_id,
                        text=text,
                        due_on=adopted + timedelta(days=due_days) if due_days else None,
                        group_ids=tuple(self.groups[GROUP_KEYS[key]] for key in group_keys),
                        activity_ids=tuple(self.rng.sample(self.activity_ids, 1))
                        if "utbildning" in text
                        else (),
                        organisation_ids=tuple(self.orgs[key] for key in org_keys),
                    ),
                )

    def _assessments(self, batch: Batch) -> None:
        """A period assessment of the lägesbild for each half-year; the newest corrected once."""
        rng, ref = self.rng, self.ref
        first = date(ref.year - 3, 1, 1)
        stored_one: SituationAssessment | None = None
        while first < ref:
            last = min(
                date(first.year, 6, 30) if first.month == 1 else date(first.year, 12, 31), ref
            )
            written = self._at(min(last + timedelta(days=10), ref))
            stored_one = self._put(
                batch,
                situation_periods.SITUATION_ASSESSMENTS,
                SituationAssessment(
                    first_day=first,
                    last_day=last,
                    text=rng.choice(it.ASSESSMENTS),
                    written_by=self.session.actor,
                    written_at=written,
                ),
            )
            first = last + timedelta(days=1)
        if stored_one is not None:
            # Corrected an hour or two after it was written, as a correction in the app is: the
            # earlier version was replaced then, and the current text is written by then.
            table, conn = situation_periods.SITUATION_ASSESSMENTS, batch._conn
            later = timedelta(hours=rng.randint(0, 1), minutes=rng.randrange(30, 60, 5))
            corrected_at = written + later
            corrected = replace(
                stored_one,
                text=f"{stored_one.text} {it.ASSESSMENT_ADDITION}",
                written_at=corrected_at,
            )
            version = versions.keep_version(
                conn, table, stored_one, self.session.actor, it.ASSESSMENT_CORRECTIONS[0]
            )
            mapping.update(conn, table, corrected)
            demo_store.backdate(conn, "situation_assessment_versions", version, corrected_at)
            self._counted(batch, "situation_assessment_versions")

    def _police_package(self, batch: Batch) -> None:
        """What the police liaison sent for the lägesbild: a package of entries and a message,
        some taken into the lägesbild."""
        rng, ref = self.rng, self.ref
        sent = self._at(ref - timedelta(days=rng.randint(5, 20)))
        package = f"demo-{rng.getrandbits(64):016x}"
        checksum = hashlib.sha256(package.encode()).hexdigest()
        while exchange_store.imported_package(batch._conn, package, checksum) is not None:
            package += "-2"  # the same seed filled this vault before
            checksum = hashlib.sha256(package.encode()).hexdigest()
        items = len(it.POLICE_ITEMS) + 2  # and a message about a case (_relinked_item)
        exchange_store.insert_imported_package(
            batch._conn,
            package_id=package,
            content_sha256=checksum,
            sender_fingerprint=POLICE_FINGERPRINT,
            created_at=sent.isoformat(),
            imported_at=sent + timedelta(hours=2),
            items=items,
        )
        self._counted(batch, "imported_packages")
        source = "Polisen lokalpolisområde Köping"
        message = exchange_store.IncomingItemRow(
            package_id=package,
            received_at=sent + timedelta(hours=2),
            source=source,
            sender_fingerprint=POLICE_FINGERPRINT,
            kind="message",
            text=rng.choice(it.POLICE_MESSAGES),
        )
        for number, (title, text, milieu) in enumerate(it.POLICE_ITEMS):
            orientation = (m.Orientation.RIGHT, m.Orientation.RIGHT, m.Orientation.OTHER)[
                number % 3
            ]
            item_id = self._incoming(
                batch,
                replace(
                    message,
                    kind="situation",
                    title=title,
                    text=text,
                    dated=(sent.date() - timedelta(days=number + 1)).isoformat(),
                    details={"milieu": milieu, "orientation": orientation.value},
                    sender_terms=m.SenderTerms(
                        "10 kap. 2 § OSL", "kommunpolis", "Samordnad lägesbild"
                    ),
                ),
            )
            if number < 2:  # the coordinator has taken two into the lägesbild so far
                entry = batch.add(
                    m.SituationEntry(
                        observed_on=sent.date() - timedelta(days=number + 1),
                        milieu=milieu,
                        orientation=orientation,
                        observation=text,
                        source=source,
                        reliability=m.Reliability.PROBABLE,
                    )
                )
                situation_periods.link_incoming(batch._conn, stored(entry.id), item_id)
                self._counted(batch, "situation_entry_sources")
        self._incoming(batch, message)
        self.police_message = message

    def _relinked_item(self, batch: Batch, infos: list[CaseInfo]) -> None:
        """Once, in the first chunk with two cases: a police message the coordinator linked to
        the wrong case and then moved, with the reason, as the link history keeps it."""
        message = self.police_message
        if message is None or len(infos) < 2:
            return
        self.police_message = None
        first, right = infos[0].id, infos[1].id
        at = message.received_at + timedelta(days=1)
        item_id = self._incoming(
            batch, replace(message, case_id=right, text=it.POLICE_CASE_MESSAGE, received_at=at)
        )
        for change in (
            LinkChange(item_id, None, first, "", self.session.actor, at + timedelta(hours=1)),
            LinkChange(item_id, first, right, it.RELINK_REASON, self.session.actor,
                       at + timedelta(days=2)),
        ):  # fmt: skip
            incoming_links.insert_link_change(batch._conn, change)
        self._counted(batch, "incoming_item_links", 2)

    def _incoming(self, batch: Batch, item: exchange_store.IncomingItemRow) -> int:
        self._counted(batch, "incoming_items")
        return exchange_store.insert_incoming_item(batch._conn, item)

    def _incident_follow_through(self, batch: Batch, incident: m.Incident, first: bool) -> None:
        """Support given after an incident, and the lägesbild entries it is linked to."""
        rng = self.rng
        incident_id = stored(incident.id)
        kinds = [m.IncidentSupportKind.TALK]
        kinds += rng.sample(tuple(it.SUPPORTS)[1:4], rng.randint(0, 2))
        if incident.follow_up_done_on is not None:
            kinds.append(m.IncidentSupportKind.FOLLOW_UP)
        for number, kind in enumerate(kinds):
            description, given_by = it.SUPPORTS[kind]
            day = incident.occurred_on + timedelta(days=number * 3)
            if kind is m.IncidentSupportKind.FOLLOW_UP and incident.follow_up_done_on:
                day = incident.follow_up_done_on
            self._put(
                batch,
                incidents.INCIDENT_SUPPORTS,
                m.IncidentSupport(
                    incident_id=incident_id,
                    given_on=min(day, self.ref),
                    kind=kind,
                    description=description,
                    given_by=given_by,
                    recorded_by=self.session.actor,
                ),
            )
        if self.entry_ids and (first or rng.random() < 0.7):
            linked = rng.sample(self.entry_ids, min(len(self.entry_ids), rng.randint(1, 2)))
            incidents.set_linked_entries(batch._conn, incident_id, linked)
            self._counted(batch, "incident_situation_entries", len(linked))


def registry_name(key: str) -> str:
    """The short name a group's membership role gives an organisation."""
    return {
        "bou": "Barn och Utbildning",
        "soa": "Social och Arbetsmarknad",
        "police": "polisen",
        "kof": "Kultur och Fritid",
        "housing": "Mälarbo Bostäder",
        "civil": "Vuxna på stan",
    }[key]

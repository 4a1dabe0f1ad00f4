"""The summary pages: everything the wizard will save, as the user will read it back.

Every typed text is HTML-escaped here: the summary is rich text, the input is not.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kopingplan.domain import model as m
from kopingplan.domain.flows import CallerMode, LinkMode
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common.text_context import TextContext
from kopingplan.gui.wizards import texts


@dataclass
class Names:
    """Names of the records a flow refers to by id, for the summary."""

    organisations: dict[int, str] = field(default_factory=dict)
    people: dict[int, str] = field(default_factory=dict)
    cases: dict[int, str] = field(default_factory=dict)
    threads: dict[int, str] = field(default_factory=dict)


class WizardSummary(TextContext):
    """The context of the summaries' texts."""


def _h4(text: str) -> str:
    return "<h4>" + html.escape(text) + "</h4>"


def _p(text: str) -> str:
    return "<p>" + html.escape(text) + "</p>"


def _text(value: str) -> str:
    """Typed text as HTML: escaped, line breaks kept; a dash when empty."""
    value = value.strip()
    return html.escape(value).replace("\n", "<br>") if value else "–"


def _rows(rows: Iterable[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='padding-right:12px; vertical-align:top'><b>{html.escape(k)}</b></td>"
        f"<td>{v}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing='2'>{cells}</table>"


def _table(headings: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def _day(value: Any) -> str:
    return format_date(value) if value is not None else "–"


def exit_plan_html(flow: Any, names: Names) -> str:
    parts = [
        "<h3>"
        + html.escape(WizardSummary.tr("Exit plan, revision {n}").format(n=flow.revision))
        + "</h3>"
    ]
    motivation = texts.motivations().get(flow.motivation or 0, "–")
    parts.append(_h4(WizardSummary.tr("Initial assessment")))
    parts.append(
        _rows(
            [
                (WizardSummary.tr("Situation"), _text(flow.situation)),
                (
                    WizardSummary.tr("Prerequisites"),
                    _text(flow.prerequisites),
                ),
                (WizardSummary.tr("Needs"), _text(flow.needs)),
                (
                    WizardSummary.tr("Motivation"),
                    html.escape(motivation) + "<br>" + _text(flow.motivation_reason),
                ),
                (
                    WizardSummary.tr("Milieu to leave"),
                    _text(flow.milieu_to_leave),
                ),
                (
                    WizardSummary.tr("Took part"),
                    _text(flow.assessment_participants),
                ),
            ]
        )
    )
    parts.append(_h4(WizardSummary.tr("Social dimension")))
    if flow.social_items:
        kinds, influences = texts.social_kinds(), texts.influences()
        parts.append(
            _table(
                [
                    WizardSummary.tr("Kind"),
                    WizardSummary.tr("Description"),
                    WizardSummary.tr("Influence"),
                ],
                [
                    [
                        html.escape(kinds[i.kind]),
                        _text(i.description),
                        html.escape(influences[i.influence]),
                    ]
                    for i in flow.social_items
                ],
            )
        )
    else:
        parts.append(_p(WizardSummary.tr("Nothing recorded.")))
    parts.append(_h4(WizardSummary.tr("Practical dimension")))
    areas, statuses = texts.practical_areas(), texts.need_statuses()
    parts.append(
        _table(
            [WizardSummary.tr("Need"), WizardSummary.tr("Status"), WizardSummary.tr("Note")],
            [
                [html.escape(areas[area]), html.escape(statuses[need.status]), _text(need.note)]
                for area, need in flow.practical.items()
            ],
        )
    )
    parts.append(_h4(WizardSummary.tr("Measures")))
    if flow.measures:
        actors, states = texts.actor_kinds(), texts.measure_statuses()
        rows = []
        for x in flow.measures:
            who = [actors[x.actor_kind]]
            if x.actor_organisation_id is not None:
                who.append(names.organisations.get(x.actor_organisation_id, "?"))
            if x.actor_person_id is not None:
                who.append(names.people.get(x.actor_person_id, "?"))
            if x.actor_text.strip():
                who.append(x.actor_text.strip())
            who = list(dict.fromkeys(who))  # "Employment service, Employment service" once
            rows.append(
                [
                    _text(x.description),
                    html.escape(", ".join(who)),
                    _day(x.starts_on),
                    _day(x.follow_up_on),
                    html.escape(states[x.status]),
                    _text(x.outcome),
                ]
            )
        parts.append(
            _table(
                [
                    WizardSummary.tr("Measure"),
                    WizardSummary.tr("Responsible"),
                    WizardSummary.tr("Starts"),
                    WizardSummary.tr("Follow-up"),
                    WizardSummary.tr("Status"),
                    WizardSummary.tr("Outcome"),
                ],
                rows,
            )
        )
    else:
        parts.append(
            _rows(
                [(WizardSummary.tr("Why there is no measure yet"), _text(flow.no_measures_reason))]
            )
        )
    if flow.plan_follow_up_on is not None:
        parts.append(
            _rows(
                [
                    (
                        WizardSummary.tr("Follow-up of the plan"),
                        _day(flow.plan_follow_up_on) + " " + _text(flow.plan_follow_up_text),
                    )
                ]
            )
        )
    parts.append(_h4(WizardSummary.tr("Line against criminal investigation")))
    confirmed = (
        WizardSummary.tr(
            "Confirmed: the measures are support, not investigation or intelligence gathering."
        )
        if flow.boundary_confirmed
        else WizardSummary.tr("Not confirmed.")
    )
    parts.append(
        _rows(
            [
                (WizardSummary.tr("Confirmation"), html.escape(confirmed)),
                (WizardSummary.tr("Shared with the police"), _text(flow.police_sharing_note)),
            ]
        )
    )
    return "".join(parts)


def relative_support_html(flow: Any, names: Names) -> str:
    parts = ["<h3>" + html.escape(WizardSummary.tr("Contact with a relative")) + "</h3>"]
    rows: list[tuple[str, str]] = []
    if flow.thread is not None:
        rows.append((WizardSummary.tr("Thread"), _text(names.threads.get(flow.thread.id, "?"))))
    else:
        if flow.caller_mode is CallerMode.ANONYMOUS:
            who = WizardSummary.tr("Anonymous: {pseudonym}").format(
                pseudonym=flow.pseudonym.strip()
            )
            rows.append((WizardSummary.tr("Who"), _text(who)))
            rows.append((WizardSummary.tr("Reachable at"), _text(flow.callback)))
        elif flow.caller_mode is CallerMode.REGISTRY:
            rows.append(
                (WizardSummary.tr("Who"), _text(names.people.get(flow.person_id or 0, "?")))
            )
        else:
            who = f"{flow.given_name.strip()} {flow.family_name.strip()}".strip()
            rows.append(
                (
                    WizardSummary.tr("Who"),
                    _text(WizardSummary.tr("{name} (new in the registry)").format(name=who)),
                )
            )
            rows.append((WizardSummary.tr("Phone"), _text(flow.phone)))
        rows.append((WizardSummary.tr("Relation"), _text(flow.relation)))
    yes, no = WizardSummary.tr("Yes"), WizardSummary.tr("No")
    rows += [
        (WizardSummary.tr("Consent to record"), html.escape(yes if flow.consent_to_record else no)),
        (WizardSummary.tr("When"), html.escape(flow.occurred_at.strftime("%Y-%m-%d %H:%M"))),
        (WizardSummary.tr("How"), html.escape(texts.channels()[flow.channel])),
        (WizardSummary.tr("Worry"), _text(flow.worry)),
    ]
    sign_names = texts.signs()
    chosen = [sign_names[s] for s in m.RELATIVE_SIGNS if s in flow.signs]
    rows.append((WizardSummary.tr("Signs"), _text("\n".join(chosen))))
    rows.append((WizardSummary.tr("Other signs"), _text(flow.signs_other)))
    rows.append((WizardSummary.tr("Advice"), _text(flow.advice)))
    referred = [names.organisations.get(i, "?") for i in flow.referral_organisation_ids]
    rows.append((WizardSummary.tr("Referred to"), _text("\n".join(referred))))
    rows.append(
        (
            WizardSummary.tr("Consent to contact others"),
            html.escape(yes if flow.consent_to_contact_others else no),
        )
    )
    if flow.link_mode is LinkMode.EXISTING_CASE:
        case = names.cases.get(flow.case_id or 0, "?")
    elif flow.link_mode is LinkMode.NEW_CASE:
        case = WizardSummary.tr("New case: {title}").format(title=flow.new_case_title.strip())
    else:
        case = WizardSummary.tr("No case")
    rows.append((WizardSummary.tr("Case"), _text(case)))
    rows.append((WizardSummary.tr("Follow-up"), _day(flow.follow_up_on)))
    parts.append(_rows(rows))
    return "".join(parts)

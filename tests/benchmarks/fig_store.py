"""Figures of the store, each timed on the vault and on its plain copies in the same loop:
the case list (first page, filter and sort changes), case detail, search and saving a note."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from typing import Any

from measure import Figure, Sides, paired, store_figure

from kopingplan.domain import model as m
from kopingplan.services import cases, demo
from kopingplan.services import search as search_service
from kopingplan.services.cases import CaseFilter
from kopingplan.services.session import Session

# What the case list model asks for on a refresh (gui/cases/case_model.py): a count and one page.
PAGE_SIZE = 200
NOTE_TEXT = (
    "Samtal med mentor på skolan om hur eleven har det i klassen. Mentorn beskriver att eleven "
    "har dragit sig undan sina tidigare kamrater och i stället umgås med en äldre grupp efter "
    "skoltid. Eleven har vid två tillfällen visat klipp med våldsbejakande innehåll för "
    "klasskamrater. Vårdnadshavare har informerats. Nästa steg: gemensamt möte med elevhälsan "
    "och fältassistenterna inom två veckor."
)


def _some_cases(session: Session, count: int, seed: int) -> list[int]:
    total = cases.count_cases(session)
    offsets = random.Random(seed).sample(range(total), min(count, total))
    return [cases.list_cases(session, sort="id", limit=1, offset=o)[0].id for o in offsets]


def _first_page(session: Session, case_filter: CaseFilter | None, sort: str, desc: bool) -> Any:
    cases.count_cases(session, case_filter)
    return cases.list_cases(session, case_filter, sort=sort, descending=desc, limit=PAGE_SIZE)


def case_list(sides: Sides, runs: int) -> list[Figure]:
    vault = sides["vault"]
    first = cases.list_cases(vault, limit=PAGE_SIZE)
    person = next((r.responsible_person_id for r in first if r.responsible_person_id), None)
    group = next((r.responsible_group_id for r in first if r.responsible_group_id), None)
    number = first[len(first) // 2].id if first else 1
    filters: dict[str, CaseFilter] = {
        "level=individual": CaseFilter(level=m.Level.INDIVIDUAL),
        "orientation=left": CaseFilter(orientation=m.Orientation.LEFT),
        "status=closed": CaseFilter(status=m.CaseStatus.CLOSED),
        "group": CaseFilter(group_id=group),
        "responsible person": CaseFilter(responsible_person_id=person),
        "text 'polis'": CaseFilter(text="polis"),
        f"text '#{number}'": CaseFilter(text=f"#{number}"),
        "specific+right+open": CaseFilter(
            level=m.Level.SPECIFIC, orientation=m.Orientation.RIGHT, status=m.CaseStatus.OPEN
        ),
    }
    sorts = [
        (key, desc)
        for key in ("title", "opened_on", "closed_on", "level", "orientation", "status", "id")
        for desc in (False, True)
        if (key, desc) != ("title", False)
    ]
    figures = [
        store_figure(
            "case_list_first_page",
            "case list: first page (count + 200 rows)",
            paired(sides, runs, lambda s, i: _first_page(s, None, "title", False)),
            target=30,
            ratio=1.3,
        )
    ]
    for name, label, variants in (
        ("case_list_filter", "case list: filter change (worst of {n})", filters),
        ("case_list_sort", "case list: sort change (worst of {n})", dict.fromkeys(sorts)),
    ):
        results = {}
        for variant, chosen in variants.items():
            if name == "case_list_filter":
                work = lambda s, i, f=chosen: _first_page(s, f, "title", False)  # noqa: E731
            else:
                key, desc = variant
                work = lambda s, i, k=key, d=desc: _first_page(s, None, k, d)  # noqa: E731
            text = (
                variant
                if isinstance(variant, str)
                else f"{variant[0]} {'desc' if variant[1] else 'asc'}"
            )
            results[text] = store_figure(
                name, label, paired(sides, runs, work), target=30, ratio=1.3
            )
        worst_name, worst = max(results.items(), key=lambda item: item[1].median)
        worst.label = label.format(n=len(results))
        worst.note = f"worst: {worst_name}"
        worst.extra["variants"] = {
            k: {"median_ms": f.median, "limit_ms": f.limit, "ratio": f.ratio}
            for k, f in results.items()
        }
        figures.append(worst)
    return figures


def case_detail(sides: Sides, runs: int, seed: int) -> Figure:
    ids = _some_cases(sides["vault"], max(runs, 1), seed)
    figure = store_figure(
        "case_detail",
        "case detail: open_case (+ audit row)",
        paired(sides, runs, lambda s, i: cases.open_case(s, ids[i % len(ids)])),
        target=20,
        ratio=1.3,
    )
    figure.note = (
        "case, people, level history, last 50 timeline items, exit plan; commits the audit row"
    )
    return figure


def search(sides: Sides, runs: int) -> list[Figure]:
    rare = demo.RARE_INTERESTS
    hits: dict[str, list[int]] = {"rare": [], "common": []}

    def run(kind: str, word: str, session: Session) -> None:
        found = search_service.search(session, word, limit=50)
        if session is sides["vault"]:
            hits[kind].append(len(found))

    rare_figure = store_figure(
        "search_rare",
        "search: first 50 hits, rare word",
        paired(sides, runs, lambda s, i: run("rare", rare[i % len(rare)], s)),
        target=50,
        ratio=None,
    )
    rare_figure.note = (
        f"words of demo.RARE_INTERESTS in turn; hits {min(hits['rare'])}–{max(hits['rare'])}"
    )
    common_figure = store_figure(
        "search_common",
        f"search: first 50 hits, '{demo.COMMON_WORD}'",
        paired(sides, runs, lambda s, i: run("common", demo.COMMON_WORD, s)),
        target=50,
        ratio=None,
    )
    common_figure.note = f"demo.COMMON_WORD (in about half the notes); hits {max(hits['common'])}"
    return [rare_figure, common_figure]


def save_note(sides: Sides, runs: int, seed: int) -> Figure:
    ids = _some_cases(sides["vault"], max(runs, 1), seed + 1)

    def save(session: Session, i: int) -> None:
        session.save(
            m.Note(case_id=ids[i % len(ids)], written_at=datetime.now(UTC), text=NOTE_TEXT)
        )

    figure = store_figure(
        "save_note",
        "save a note (commit included)",
        paired(sides, runs, save),
        target=5,
        ratio=None,
    )
    figure.note = (
        f"Session.save of a {len(NOTE_TEXT)}-character note: FTS trigger, audit row, fsync"
    )
    return figure

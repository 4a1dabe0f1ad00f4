"""domain.rules knows every kind of record on its own: rules registered at import time of a
service were silently missing wherever that service was not imported (a storage sample, the
demo, an import), so a record of that kind was stored without its checks."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# Runs in a fresh interpreter that imports the domain only, then every service module.
CHILD = textwrap.dedent(
    """
    import dataclasses, enum, importlib, json, pkgutil, sys, types, typing
    from datetime import UTC, date, datetime

    from kopingplan.domain import model as m
    from kopingplan.domain import rules
    from kopingplan.domain.consent import Consent, ConsentForm, ConsentGiver
    from kopingplan.domain.situation_period import SituationAssessment

    DAY = date(2026, 3, 2)
    TIME = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    above = sorted(
        name for name in sys.modules
        if name.split(".")[:2] in (["kopingplan", "services"], ["kopingplan", "storage"],
                                   ["kopingplan", "gui"])
    )

    def value(hint):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            return None
        if typing.get_origin(hint) is tuple:
            return ()
        if hint is str:
            return "x"
        if hint is bool:
            return False
        if hint is int:
            return 1
        if hint is datetime:
            return TIME
        if hint is date:
            return DAY
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return next(iter(hint))
        raise TypeError(hint)

    def bad(cls):
        # Every text field holds a control character (or, with no text field, the id is 0).
        hints = typing.get_type_hints(cls)
        fields = dataclasses.fields(cls)
        given = {
            f.name: value(hints[f.name]) for f in fields
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        }
        texts = {f.name: "a\\x07b" for f in fields if hints[f.name] is str}
        return cls(**{**given, **(texts or {"id": 0})})

    every = {
        cls.__name__: [
            any(h is str for h in typing.get_type_hints(cls).values()),
            sorted({p.problem for p in rules.problems(bad(cls), DAY)}),
        ]
        for cls in rules.kinds()
    }
    special = {
        "Agreement": m.Agreement(1, m.AgreementKind.IOP, "IOP", DAY, ends_on=date(2026, 1, 1)),
        "Activity": m.Activity(DAY, next(iter(m.ActivityKind)), "Dialog", participants=-1),
        "Commitment": m.Commitment(1, "Åtagande", group_ids=(2, 2)),
        "CaseFlag": m.CaseFlag(
            1, next(iter(m.FlagKind)), "Skäl", TIME, "Samordnare", cleared_at=TIME
        ),
        "IncidentSupport": m.IncidentSupport(
            1, DAY, m.IncidentSupportKind.TALK, "", "Chef"
        ),
        "Consent": Consent(
            1, ConsentGiver.SUBJECT, ("Samverkan",), DAY, ConsentForm.ORAL, TIME, "Samordnare",
            organisation_ids=(1,),
        ),
        "SituationAssessment": SituationAssessment(DAY, date(2026, 1, 1), "Bild", "Samordnare",
                                                   TIME),
    }
    found = {
        name: [[p.field, p.problem] for p in rules.problems(record, DAY)]
        for name, record in special.items()
    }
    fresh = sorted(cls.__name__ for cls in rules.kinds())
    import kopingplan.services
    for info in pkgutil.walk_packages(kopingplan.services.__path__, "kopingplan.services."):
        importlib.import_module(info.name)
    after = sorted(cls.__name__ for cls in rules.kinds())
    print(json.dumps({"above": above, "every": every, "special": found, "fresh": fresh,
                      "after": after}))
    """
)


def child() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_the_domain_alone_knows_every_kind_and_its_rules() -> None:
    from kopingplan.domain import rules
    from kopingplan.domain.consent import NEEDS_WITNESS
    from kopingplan.domain.rules import intake, partners
    from kopingplan.domain.situation_period import BEFORE_FIRST_DAY

    result = child()
    assert result["above"] == [], "importing the rules pulled in services, storage or the GUI"
    # No service adds a kind: what the domain knows alone is all there is.
    assert result["fresh"] == result["after"]
    assert {"Agreement", "Activity", "Commitment", "CaseFlag", "Concern", "IncidentSupport",
            "Consent", "SituationAssessment", "Case", "Person"} <= set(result["fresh"])  # fmt: skip
    every = result["every"]
    assert isinstance(every, dict)
    for name, (has_text, found) in every.items():
        expected = rules.CONTROL_CHARACTERS if has_text else rules.INVALID_ID
        assert expected in found, f"a bad {name} passed the rules: {found}"
    special = result["special"]
    assert isinstance(special, dict)
    assert ["ends_on", rules.BEFORE_FROM_DATE] in special["Agreement"]
    assert ["participants", rules.NOT_NEGATIVE] in special["Activity"]
    assert ["group_ids", rules.DUPLICATE] in special["Commitment"]
    assert ["clear_reason", intake.NEEDS_CLEAR_REASON] in special["CaseFlag"]
    assert ["description", rules.REQUIRED] in special["IncidentSupport"]
    assert ["witness", NEEDS_WITNESS] in special["Consent"]
    assert ["last_day", BEFORE_FIRST_DAY] in special["SituationAssessment"]
    assert partners.NO_END  # the service's reminder check uses the domain's text

"""One vocabulary: the screens, the briefs and the reports call every code value the same.

The screens translate domain/vocabulary.py's English through the project's real Swedish
catalogue; the briefs print the table's words without Qt. For every value of every enum the
coordinator sees, both must give the same string, in Swedish and in English.
"""

from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from kopingplan import i18n
from kopingplan.briefs import labels as brief_labels
from kopingplan.domain import model, vocabulary
from kopingplan.gui.common import labels as gui_labels
from kopingplan.gui.exchange import disclosures_page
from kopingplan.gui.meetings import agenda_item, group_admin
from kopingplan.gui.wizards import texts as wizard_texts

# The GUI's own function for each enum: what the screens call (not only the generic lookup).
GUI = {
    model.Level: gui_labels.level,
    model.Orientation: gui_labels.orientation,
    model.CaseStatus: gui_labels.status,
    model.CaseRole: gui_labels.role,
    model.OrganisationKind: gui_labels.organisation_kind,
    model.Channel: gui_labels.channel,
    model.Reliability: gui_labels.reliability,
    model.GroupKind: gui_labels.group_kind,
    model.AgendaItemKind: gui_labels.agenda_kind,
    model.NeedStatus: gui_labels.need_status,
    model.PracticalArea: gui_labels.practical_area,
    model.SocialKind: gui_labels.social_kind,
    model.Influence: gui_labels.influence,
    model.MeasureStatus: gui_labels.measure_status,
    model.ActorKind: gui_labels.actor,
    model.IncidentKind: gui_labels.incident_kind,
    model.IncidentSupportKind: gui_labels.incident_support_kind,
    model.FlagKind: gui_labels.flag_kind,
    model.Priority: gui_labels.priority,
    model.DisclosureChannel: disclosures_page.disclosure_channel,
    model.ConcernSource: gui_labels.concern_source,
    model.ConcernChannel: gui_labels.concern_channel,
    model.ConcernDecision: gui_labels.concern_decision,
    model.ActivityKind: gui_labels.activity_kind,
    model.AgreementKind: gui_labels.agreement_kind,
    model.AttachmentOwner: gui_labels.attachment_owner,
}
# What the briefs print from (briefs/labels.py's tables).
BRIEF_TABLES = {
    model.Level: brief_labels.LEVELS,
    model.Orientation: brief_labels.ORIENTATIONS,
    model.CaseStatus: brief_labels.STATUSES,
    model.Reliability: brief_labels.RELIABILITIES,
    model.GroupKind: brief_labels.GROUP_KINDS,
    model.AgendaItemKind: brief_labels.AGENDA_KINDS,
    model.MeasureStatus: brief_labels.MEASURE_STATUSES,
    model.ActorKind: brief_labels.ACTORS,
    model.Channel: brief_labels.CHANNELS,
    model.NeedStatus: brief_labels.NEED_STATUSES,
    model.PracticalArea: brief_labels.PRACTICAL_AREAS,
}
WIZARD = {
    model.SocialKind: wizard_texts.social_kinds,
    model.Influence: wizard_texts.influences,
    model.NeedStatus: wizard_texts.need_statuses,
    model.PracticalArea: wizard_texts.practical_areas,
    model.ActorKind: wizard_texts.actor_kinds,
    model.MeasureStatus: wizard_texts.measure_statuses,
    model.Level: wizard_texts.levels,
    model.Channel: wizard_texts.channels,
}
# Screens with a function of their own for a kind: it must say the vocabulary's word too.
SCREENS = {model.AgendaItemKind: agenda_item.agenda_kind, model.GroupKind: group_admin.group_kind}


@pytest.fixture(params=vocabulary.LANGUAGES)
def language(
    request: pytest.FixtureRequest, qapp: QCoreApplication, tmp_path: Path
) -> Iterator[str]:
    """The project's own catalogue, compiled fresh from the committed .ts and installed."""
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    tool = str(lrelease) if lrelease.is_file() else shutil.which("pyside6-lrelease")
    assert tool, "pyside6-lrelease is needed"
    ts = tmp_path / "kopingplan_sv.ts"
    shutil.copyfile(i18n.resources_dir() / "i18n" / "kopingplan_sv.ts", ts)
    subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    i18n.install_translators(qapp, request.param, directory=tmp_path)
    yield request.param
    i18n.install_translators(qapp, "en", directory=tmp_path / "none")


def model_enums() -> list[type[StrEnum]]:
    return [
        obj
        for _name, obj in inspect.getmembers(model, inspect.isclass)
        if issubclass(obj, StrEnum)
        and obj is not StrEnum
        and obj.__module__.startswith(f"{model.__name__}.")  # the model package's own modules
    ]


def test_every_enum_of_the_model_has_words_for_every_value() -> None:
    enums = model_enums()
    assert enums, "found no enums in the model"
    for enum in enums:
        assert enum in vocabulary.TABLES, f"{enum.__name__} has no words in the vocabulary"
        assert set(vocabulary.TABLES[enum]) == set(enum), enum.__name__
        assert enum in GUI, f"{enum.__name__} has no GUI label function"


def test_screen_and_brief_say_the_same_in_both_languages(language: str) -> None:
    checked = 0
    for enum, table in vocabulary.TABLES.items():
        for value in enum:
            printed = brief_labels.word(value, language)
            assert GUI[enum](value) == printed, (language, value)
            assert GUI[enum](value.value) == printed, (language, value)  # the stored code
            assert gui_labels.say(value) == printed
            assert printed == table[value].word(language)
            if language == "sv" and enum in BRIEF_TABLES:
                assert BRIEF_TABLES[enum][value] == printed, value  # what the PDFs print
            if enum in WIZARD:
                assert WIZARD[enum]()[value] == printed, (language, value)
            if enum in SCREENS:
                assert SCREENS[enum](value) == printed, (language, value)
            checked += 1
    assert checked == sum(len(enum) for enum in vocabulary.TABLES)


def test_field_names_are_the_same_on_screen_and_in_print(language: str) -> None:
    for name, term in vocabulary.FIELDS.items():
        assert gui_labels.field(name) == brief_labels.field(name, language) == term.word(language)


def test_the_words_the_issue_found_twice_are_now_one() -> None:
    assert brief_labels.NEED_STATUSES[model.NeedStatus.UNKNOWN] == "Okänt"
    assert brief_labels.PRACTICAL_AREAS[model.PracticalArea.SUBSTANCE_ABUSE] == "Missbruk"
    assert vocabulary.field("observation") == "Iakttagelse"


def test_no_word_is_used_for_two_values_of_one_enum() -> None:
    for enum, table in vocabulary.TABLES.items():
        for language in vocabulary.LANGUAGES:
            spoken = [term.word(language) for term in table.values()]
            assert len(spoken) == len(set(spoken)), (enum.__name__, language)


def test_an_unknown_code_is_shown_as_it_is() -> None:
    assert gui_labels.level("no-such-level") == "no-such-level"


def test_the_vocabulary_and_the_briefs_import_no_qt() -> None:
    code = (
        "import sys; import kopingplan.domain.vocabulary, kopingplan.briefs.labels; "
        "assert not [n for n in sys.modules if n.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

"""The exchange's errors read well in both languages and set the right exit code."""

from __future__ import annotations

import string
from typing import Any

import pytest

from kopingplan.errors import KopingplanError
from kopingplan.exchange import errors as ex


def _params(template: str) -> dict[str, Any]:
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {name: f"<{name}>" for name in names}


def _make(cls: type[KopingplanError]) -> KopingplanError:
    if cls is ex.PackageMalformed:
        return ex.malformed("field", field="cases[0].notes[1].text")
    if cls is ex.UnsupportedEncryption:
        return cls(problem=ex.ENCRYPTION_PROBLEMS["pkcs1"])
    return cls(**_params(cls.template))


@pytest.mark.parametrize("cls", ex.ALL_ERRORS, ids=lambda cls: cls.__name__)
def test_every_error_formats_and_translates(cls: type[KopingplanError]) -> None:
    error = _make(cls)
    english = str(error)
    assert english and "{" not in english
    contexts: set[str] = set()

    def translate(context: str, text: str) -> str:
        contexts.add(context)
        return "SV: " + text

    translated = error.translated(translate)
    assert translated.startswith("SV: ") and "{" not in translated
    assert contexts == {"Errors"}
    expected_exit = 1 if issubclass(cls, ex.PackageProblem) else 2
    assert error.exit_code == expected_exit


def test_a_malformed_package_names_the_field_and_translates_the_problem() -> None:
    error = ex.malformed("field", field="cases[0].notes[1].text")
    assert str(error) == (
        "The package's content is not in order (the field cases[0].notes[1].text is missing or "
        "wrong). Nothing was changed."
    )
    swedish = {
        "the field {field} is missing or wrong": "fältet {field} saknas eller är fel",
        "The package's content is not in order ({problem}). Nothing was changed.": (
            "Paketets innehåll är inte i ordning ({problem}). Ingenting ändrades."
        ),
    }
    translated = error.translated(lambda context, text: swedish.get(text, text))
    assert translated == (
        "Paketets innehåll är inte i ordning (fältet cases[0].notes[1].text saknas eller är fel). "
        "Ingenting ändrades."
    )


def test_a_field_name_from_a_package_is_shortened_to_plain_characters() -> None:
    error = ex.malformed("unknown_field", field="x\u202e\x00" + "y" * 200)
    assert error.params["field"] == "x" + "y" * 59

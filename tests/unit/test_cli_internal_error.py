"""A bug in a command is one line on stderr with exit 70, never a traceback that could quote
vault content; KOPINGPLAN_DEBUG=1 adds where it happened, still without any message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kopingplan import cli

SECRET = "Kacper Nilsson 19990101-1234"


def _broken(*_args: Any) -> int:
    raise ValueError(f"no such person: {SECRET}")


@pytest.mark.parametrize("debug", ["", "1"])
def test_an_unexpected_error_is_one_line_without_content(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, debug: str
) -> None:
    monkeypatch.setattr(cli, "_all_commands", lambda: {"info": _broken})
    if debug:
        monkeypatch.setenv("KOPINGPLAN_DEBUG", debug)
    else:
        monkeypatch.delenv("KOPINGPLAN_DEBUG", raising=False)
    code = cli.main(["--vault", str(tmp_path / "v"), "--lang", "en", "info"])
    err = capsys.readouterr().err
    assert code == 70
    assert SECRET not in err and "no such person" not in err
    assert "Traceback" not in err
    last = err.strip().splitlines()[-1]
    assert last.startswith("kopingplan: An unexpected error (ValueError) stopped the command.")
    if debug:
        assert "_broken" in err  # where it happened, for support
    else:
        assert len(err.strip().splitlines()) == 1

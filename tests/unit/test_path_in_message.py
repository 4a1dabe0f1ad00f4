"""A long path in a message keeps the file's name: the person reads which file it was."""

from pathlib import Path

from kopingplan import files


def test_a_long_path_is_cut_in_the_middle_and_keeps_the_file_name(tmp_path: Path) -> None:
    folder = Path("/home/anna.andersson/Dokument/Ärenden och möten 2026/Samverkan/Protokoll")
    path = folder / "saknas.pdf"
    assert len(str(path)) > files.SHOWN_MAX
    error = files.InputFileMissing(path)
    shown = error.params["path"]
    assert len(shown) == files.SHOWN_MAX
    assert shown.endswith("/Protokoll/saknas.pdf") and shown.startswith("/home/anna")
    assert "…" in shown
    assert "saknas.pdf does not exist" in str(error)


def test_a_name_longer_than_the_line_keeps_its_end_with_the_extension() -> None:
    name = "Protokoll " + "mycket " * 20 + "långt namn.pdf"
    shown = files.shown(Path("/tmp") / name)
    assert len(shown) == files.SHOWN_MAX
    assert shown.startswith("…") and shown.endswith("långt namn.pdf")


def test_a_short_path_is_shown_whole_and_a_path_with_a_line_break_is_quoted() -> None:
    assert files.shown("/tmp/brev.pdf") == "/tmp/brev.pdf"
    assert files.shown("/tmp/a\nb.pdf") == repr("/tmp/a\nb.pdf")
    assert files.shown("/tmp/" + "x" * 200, None) == "/tmp/" + "x" * 200

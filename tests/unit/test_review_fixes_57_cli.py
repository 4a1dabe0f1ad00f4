"""``incoming link/unlink --reason-file FILE`` (``-`` for standard input): a reason that names
a person need not stand in argv, which other users see (``ps``) and the shell keeps in its
history. ``--reason`` stays for a short reason that names no one, and its help says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import kopingplan
from test_cli_briefs import vault_args
from test_incoming_links import second_case

from incoming_samples import add_items
from kopingplan.services import exchange
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity, snapshot

NAMED = "Fel ärende: gäller Elias Nordin, inte hans bror."


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, int, int, int]:
    """A vault with a message in its first case, and a second case: (folder, item, first,
    second)."""
    folder = tmp_path / "valv"
    with Session.create(VaultPaths(folder), PASSPHRASE, name=OWNER, organisation=ORGANISATION,
                        kdf_params=FAST_KDF, identity=shared_identity()) as session:  # fmt: skip
        first, message, _pdf = add_items(session)
        right = second_case(session)
        exchange.link_incoming(session, message, first)
    return folder, message, first, right


def history(folder: Path, item: int) -> list[tuple[int | None, int | None, str]]:
    with Session.open(VaultPaths(folder), PASSPHRASE, kdf_params=FAST_KDF) as session:
        return [(c.from_case, c.to_case, c.reason) for c in exchange.link_history(session, item)]


def test_a_reason_from_a_file_moves_and_one_from_standard_input_unlinks(
    linked: tuple[Path, int, int, int], tmp_path: Path
) -> None:
    folder, item, first, right = linked
    reason = tmp_path / "skäl.txt"
    reason.write_text("\ufeff" + NAMED + "\n", encoding="utf-8")
    moved = kopingplan(*vault_args(folder), "incoming", "link", str(item), "--case", str(right),
                       "--reason-file", str(reason), stdin=PASSPHRASE + "\n")  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.strip() == f"Incoming item {item} is linked to case {right}."

    # "-": the reason follows the passphrase line on standard input.
    given = f"{PASSPHRASE}\nGäller Elias syster.\n"
    unlinked = kopingplan(*vault_args(folder), "incoming", "unlink", str(item),
                          "--reason-file", "-", stdin=given)  # fmt: skip
    assert unlinked.returncode == 0, unlinked.stderr
    assert history(folder, item)[1:] == [
        (first, right, NAMED),
        (right, None, "Gäller Elias syster."),
    ]


@pytest.mark.parametrize(
    ("extra", "stdin", "message"),
    [
        (("--reason", "Fel", "--reason-file", "-"), "", "not allowed with argument"),
        ((), "", "one of the arguments --reason --reason-file is required"),
        (("--reason-file", "-"), PASSPHRASE + "\n", "Give a reason to take"),
        (("--reason-file", "-"), PASSPHRASE + "\n" + "x" * 5000, "at most 1000 characters"),
        (("--reason-file", "PDF"), "", "The file is not plain text (UTF-8)"),
        (("--reason-file", "MISSING"), "", "MISSING"),
    ],
)
def test_a_bad_reason_is_refused_and_changes_nothing(
    linked: tuple[Path, int, int, int],
    tmp_path: Path,
    extra: tuple[str, ...],
    stdin: str,
    message: str,
) -> None:
    folder, item, _first, _right = linked
    pdf = tmp_path / "skäl.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    names = {"PDF": str(pdf), "MISSING": str(tmp_path / "MISSING.txt")}
    extra = tuple(names.get(word, word) for word in extra)
    before = snapshot(folder)
    refused = kopingplan(*vault_args(folder), "incoming", "unlink", str(item), *extra, stdin=stdin)
    assert refused.returncode != 0
    assert message in refused.stderr
    assert snapshot(folder) == before


def test_the_help_says_the_command_line_is_seen_by_others() -> None:
    shown = kopingplan("incoming", "unlink", "--help").stdout
    words = " ".join(shown.split())
    assert "--reason-file FILE" in words
    assert "which other users of this computer can see (ps)" in words
    assert "only a short reason that names no one" in words
    assert "for a reason that names a person" in words

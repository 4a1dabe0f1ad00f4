"""`kopingplan export … --attach BRIEF.pdf`: as in the export wizard, a package carries only the
copy of a brief made for its recipient (issue 16, per-recipient minimisation). Another
recipient's copy, the coordinator's own unnamed copy and a PDF not signed here are refused
with one line, exit 2 and no package."""

from __future__ import annotations

from pathlib import Path

from test_cli_exchange import certificate_of, fingerprint_of, make_vault, run

TERMS = ("--legal-basis", "OSL 10 kap. 2 §", "--decided-by", "Eva Chef", "--role",
         "enhetschef", "--purpose", "Samverkan")  # fmt: skip


def _export(folder: Path, out: Path, brief: Path):  # type: ignore[no-untyped-def]
    return run(folder, "export", "--to", "1", "--case", "1", *TERMS, "--out", str(out),
               "--attach", str(brief))  # fmt: skip


def _brief(folder: Path, out: Path, *recipient: str) -> Path:
    made = run(folder, "brief", "case", "1", "--out", str(out), *recipient, *TERMS)
    assert made.returncode == 0, made.stderr
    written = sorted(out.parent.glob(f"{out.stem}*.pdf"))
    assert len(written) == 1, written
    return written[0]


def test_only_the_copy_made_for_the_recipient_goes_along(tmp_path: Path) -> None:
    municipality = make_vault(tmp_path / "kommun", "Anna Lindqvist", "Köpings kommun", cases=2)
    police = make_vault(tmp_path / "polis", "Kim Berg", "Polisen")
    run(municipality, "recipient", "add", str(certificate_of(police, tmp_path / "polis.pem")))
    run(municipality, "recipient", "verify", "1", "--fingerprint",
        fingerprint_of(run(municipality, "recipient", "list").stdout))  # fmt: skip
    for_police = _brief(municipality, tmp_path / "polis-pm.pdf", "--recipient", "Polisen")
    for_school = _brief(municipality, tmp_path / "skola-pm.pdf", "--recipient", "Skolan")
    own = run(municipality, "brief", "case", "1", "--out", str(tmp_path / "egen-pm.pdf"))
    assert own.returncode == 0, own.stderr
    stranger = tmp_path / "annan.pdf"
    stranger.write_bytes(b"%PDF-1.7\n% not signed here\n%%EOF\n")

    for refused_brief, says in (
        (for_school, "Skolan"),
        (tmp_path / "egen-pm.pdf", "egen-pm.pdf"),
        (stranger, "annan.pdf"),
    ):
        out = tmp_path / f"nej-{refused_brief.stem}.p7m"
        refused = _export(municipality, out, refused_brief)
        assert refused.returncode == 2, refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1 and says in refused.stderr
        assert not out.exists()

    package = tmp_path / "paket.p7m"
    sent = _export(municipality, package, for_police)
    assert sent.returncode == 0, sent.stderr
    run(police, "recipient", "add", str(certificate_of(municipality, tmp_path / "kommun.pem")))
    run(police, "recipient", "verify", "1", "--fingerprint",
        fingerprint_of(run(police, "recipient", "list").stdout))  # fmt: skip
    imported = run(police, "import", str(package))
    assert imported.returncode == 0, imported.stderr
    listed = [line.split("\t") for line in imported.stdout.splitlines() if "\t" in line]
    assert [fields[-1] for fields in listed if fields[0] == "attachment"] == [for_police.name]

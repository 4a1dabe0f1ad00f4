"""``python -m kopingplan.selftest``."""

from kopingplan.selftest import run

raise SystemExit(run())

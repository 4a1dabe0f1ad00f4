"""The bundled program's entry point (PyInstaller runs this as ``__main__``).

``--self-test`` alone is handled here as well as by ``kopingplan.cli``, so that the built
program has it whatever the command line module does with its other options; everything else
goes to :func:`kopingplan.cli.main`, exactly as the ``kopingplan`` console script does.
"""

from __future__ import annotations

import sys


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        from kopingplan import hardening, selftest

        hardening.apply()
        return selftest.run()
    from kopingplan.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())

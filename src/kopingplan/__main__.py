from kopingplan.cli import main

raise SystemExit(main())

"""Every table the mapping stores records in: :data:`ALL_TABLES` and the tables kept outside it.

:data:`~kopingplan.storage.repositories.tables.ALL_TABLES` is what ``session.save``/``get``/
``delete`` and ``Batch.add`` take. The later kinds keep their table outside it on purpose: they
are written only through their services, which check their links to stored records
(``add_checked``) or keep a history, so the generic save must not take them. A check that
should see every stored kind (the demo's, the access-log words') goes over
:data:`MAPPED_TABLES`; tests/storage/test_table_coverage.py fails on a table of the schema that
is in neither this list nor its list of tables without records.
"""

from __future__ import annotations

from typing import Any

from kopingplan.storage.mapping import Table
from kopingplan.storage.repositories.activities import ACTIVITIES, AGREEMENTS
from kopingplan.storage.repositories.attachments import ATTACHMENTS
from kopingplan.storage.repositories.commitments import COMMITMENTS
from kopingplan.storage.repositories.concerns import CONCERNS
from kopingplan.storage.repositories.consents import CONSENTS
from kopingplan.storage.repositories.incidents import INCIDENT_SUPPORTS
from kopingplan.storage.repositories.situation_periods import SITUATION_ASSESSMENTS
from kopingplan.storage.repositories.tables import ALL_TABLES
from kopingplan.storage.repositories.triage import CASE_FLAGS

OUTSIDE_ALL_TABLES: tuple[Table[Any], ...] = (
    AGREEMENTS, ACTIVITIES, COMMITMENTS, CONCERNS, CONSENTS, CASE_FLAGS, INCIDENT_SUPPORTS,
    SITUATION_ASSESSMENTS, ATTACHMENTS,
)  # fmt: skip

MAPPED_TABLES: tuple[Table[Any], ...] = ALL_TABLES + OUTSIDE_ALL_TABLES

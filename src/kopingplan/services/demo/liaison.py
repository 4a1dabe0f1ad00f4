"""The demo's one verified recipient: the (fictional) police liaison, so that a coordinator
trying the demo can walk a whole export (Utlämnanden ▸ New disclosure) to a written package.

A real recipient is a certificate its holder sent and whose fingerprint the coordinator checked
with them. This one the demo makes itself, with a fresh key that is thrown away at once: a
package written to it can be opened by nobody, which is what a demo wants. Its name says
"(demo)" in the recipients list and in every disclosure made to it. It is registered and verified
through the ordinary service calls, so the audit log shows both steps, as for any recipient.

The key is new each time, so this recipient is the one part of the demo that a seed does not
reproduce (the recipients table is outside :data:`kopingplan.storage.repositories.ALL_TABLES`).
"""

from __future__ import annotations

from cryptography import x509

from kopingplan.crypto.identity import certificate_fingerprint, create_identity
from kopingplan.services.demo import registry
from kopingplan.services.demo.drawing import Staff
from kopingplan.services.exchange import recipients
from kopingplan.services.session import Session

LIAISON_TITLE = "kontaktpolis"
DEMO_MARK = "(demo)"


def add_police_liaison(session: Session, staff: list[Staff]) -> int | None:
    """Registers and verifies the demo's police liaison as a recipient; returns its id, or None
    when this vault has a demo liaison already (the demo filled again: one is enough, and the
    wizard chooses the only verified recipient by itself) or the demo has no liaison."""
    liaison = next((s for s in staff if s.org == "police" and s.title == LIAISON_TITLE), None)
    if liaison is None:
        return None
    if any(row.name.endswith(DEMO_MARK) for row in recipients.list_recipients(session)):
        return None
    name = f"Kontaktpolis {liaison.name} {DEMO_MARK}"
    organisation = next(o.name for o in registry.ORGANISATIONS if o.key == "police")
    identity = create_identity(name, organisation)
    row = recipients.add_recipient(session, identity.certificate_pem)
    certificate = x509.load_pem_x509_certificate(identity.certificate_pem)
    recipients.verify_recipient(session, row.id, certificate_fingerprint(certificate))
    return row.id

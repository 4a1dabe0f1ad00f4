"""Use cases of the exchange with the police liaison: recipients, export (utlämnande) with its
disclosure record, import of signed packages, and the disclosure log.

Export: the coordinator chooses recipients, what leaves, the legal basis, who decided and why;
:func:`preview_export` returns exactly what will leave (the bytes of data.json, the PDFs and the
ZIP they make); :func:`export_package` signs that ZIP, encrypts it to every recipient, and in one
transaction writes a disclosure record per recipient, the audit rows and the file. A failure
anywhere leaves neither a file nor a record.

Import: :func:`open_package` decrypts with the vault identity, checks the signer against the
registered, verified certificates, reads the ZIP strictly and returns a preview; it writes
nothing, so every refusal leaves the vault as it was. :func:`accept_import` stores the
records as incoming items with their source, linked to cases the coordinator chose.

Audit rows carry ids, counts, fingerprints and checksums, never content. The GUI and the CLI
import only this package: ``from kopingplan.services import exchange``.
"""

from kopingplan.exchange.gather import CasePart
from kopingplan.exchange.legal_bases import LegalBasis
from kopingplan.exchange.package import Attachment
from kopingplan.services.exchange.incoming import (
    MAX_PACKAGE_BYTES,
    ImportPreview,
    ImportResult,
    IncomingItemRow,
    accept_import,
    incoming_items,
    open_incoming,
    open_package,
    read_package_file,
)
from kopingplan.services.exchange.incoming_actions import (
    link_history,
    link_incoming,
    save_incoming_copy,
    unlink_incoming,
)
from kopingplan.services.exchange.outgoing import (
    ExportPreview,
    ExportRequest,
    ExportResult,
    export_package,
    preview_export,
)
from kopingplan.services.exchange.recipients import (
    LEGAL_BASES_SETTING,
    CertificateInfo,
    RecipientRow,
    add_recipient,
    describe_recipient,
    disclosure_count,
    disclosures,
    expiring_recipients,
    find_recipient,
    inspect_certificates,
    legal_bases,
    list_recipients,
    read_certificate_file,
    set_legal_bases,
    verify_recipient,
)

__all__ = [
    "LEGAL_BASES_SETTING",
    "MAX_PACKAGE_BYTES",
    "Attachment",
    "CasePart",
    "CertificateInfo",
    "ExportPreview",
    "ExportRequest",
    "ExportResult",
    "ImportPreview",
    "ImportResult",
    "IncomingItemRow",
    "LegalBasis",
    "RecipientRow",
    "accept_import",
    "add_recipient",
    "describe_recipient",
    "disclosure_count",
    "disclosures",
    "expiring_recipients",
    "export_package",
    "find_recipient",
    "incoming_items",
    "inspect_certificates",
    "legal_bases",
    "link_history",
    "link_incoming",
    "list_recipients",
    "open_incoming",
    "open_package",
    "preview_export",
    "read_certificate_file",
    "read_package_file",
    "save_incoming_copy",
    "set_legal_bases",
    "unlink_incoming",
    "verify_recipient",
]

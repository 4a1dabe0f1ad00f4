"""Typed errors of the exchange with the police liaison, with their user-facing text.

Same pattern as :mod:`kopingplan.errors`: an English template marked for translation in context
"Errors"; the GUI and the CLI translate it and fill in the parameters. A message never carries
vault content or anything read from a package other than dates, sizes and fingerprints.

Exit codes: 2 for input the user can correct (a certificate file, a choice in the export form);
1 for a package that failed a check (it may be forged, altered or simply not for us), like a
failed ``check``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from kopingplan.errors import CONTEXT, QT_TRANSLATE_NOOP, KopingplanError

# --- Recipient certificates ----------------------------------------------------------------------


class CertificateUnreadable(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not a certificate Köpingplan can read. Ask the recipient for their "
        "certificate as a PEM or DER file (.pem, .cer, .crt) or a PKCS#7 bundle (.p7b).",
    )


class CertificateAmbiguous(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file holds {count} personal certificates. Choose the one to use by its "
        "fingerprint, or ask the recipient for a file with only their own certificate.",
    )


class CertificateExpired(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate expired on {date}. Nothing can be encrypted to it or trusted from it; "
        "ask the recipient for their current certificate.",
    )


class CertificateNotYetValid(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate is valid only from {date}. Check the computer's clock, or wait until "
        "then.",
    )


class CertificateKeyAgreement(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate has an elliptic-curve (EC) key. Köpingplan encrypts packages with RSA "
        "key transport only; ask the recipient for a certificate with an RSA key (3072 bits "
        "recommended).",
    )


class CertificateKeyUnsupported(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate has a {kind} key, which Köpingplan cannot encrypt to. Ask the "
        "recipient for a certificate with an RSA key (3072 bits recommended).",
    )


class CertificateKeyTooShort(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate's RSA key has only {bits} bits; at least 2048 are needed (3072 "
        "recommended). Ask the recipient for a stronger certificate.",
    )


class CertificateNotForEncryption(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate of {name} may not be used for encryption (its key usage forbids key "
        "transport). Ask the recipient for their encryption certificate.",
    )


# --- The recipients registry --------------------------------------------------------------------


class RecipientExists(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This certificate is already registered (recipient number {id}). Nothing was changed.",
    )


class RecipientNotVerified(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate of {name} has not been verified. Compare its fingerprint with the "
        "recipient (by phone, say) and mark it verified first.",
    )


class FingerprintMismatch(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The fingerprint you gave does not match the registered certificate. Do not mark it "
        "verified: the certificate may not be the recipient's. Nothing was changed.",
    )


class RecipientAmbiguous(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Several recipients match “{text}”. Give the recipient's number or fingerprint.",
    )


# --- Export -------------------------------------------------------------------------------------


class NoRecipient(KopingplanError):
    template = QT_TRANSLATE_NOOP("Errors", "Choose at least one recipient.")


class NothingSelected(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Nothing is chosen to send. Choose cases, parts of cases, entries or a file."
    )


class LegalBasisUnknown(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{code}” is not in the list of legal bases. Choose one from the list, or have it "
        "added in the settings.",
    )


class AttachmentNotSendable(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "“{name}” is not a kind of file a package can carry (PDF, image, Office or OpenDocument "
        "file, e-mail). Nothing was made.",
    )


class AttachmentTooLarge(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The files chosen for the package are larger than a package may carry ({limit_mib} MiB "
        "for one file, {total_mib} MiB in all). Nothing was made; leave some out, or send them "
        "in another package.",
    )


class PreviewOutdated(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "A recipient changed after the preview was made. Make the preview again; nothing was sent.",
    )


# --- Import -------------------------------------------------------------------------------------


class PackageProblem(KopingplanError):
    """Base of the refusals of an incoming package: nothing in the vault was changed."""

    exit_code = 1


class PackageTooLarge(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package is larger than {limit_mib} MiB and was not opened. Nothing was changed.",
    )


class NotAPackage(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not an encrypted package (CMS, DER form). Nothing was changed; check that "
        "you chose the right file.",
    )


class NotAddressedToUs(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package is not encrypted to your certificate (fingerprint {fingerprint}), so it "
        "cannot be opened. Nothing was changed; ask the sender to encrypt it to your current "
        "certificate.",
    )


class UnsupportedEncryption(PackageProblem):
    """``problem`` is one of :data:`ENCRYPTION_PROBLEMS`, translated on its own."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package uses encryption Köpingplan does not accept: {problem}. Nothing "
        "was changed; ask the sender to use the commands in the instructions.",
    )

    translated_params: ClassVar[dict[str, str]] = {"problem": CONTEXT}


ENCRYPTION_PROBLEMS = {
    "pkcs1": QT_TRANSLATE_NOOP(
        "Errors", "RSA PKCS#1 v1.5 key transport (use -keyopt rsa_padding_mode:oaep)"
    ),
    "not_gcm": QT_TRANSLATE_NOOP(
        "Errors", "content encryption without authentication (use -aes-256-gcm)"
    ),
    "algorithm": QT_TRANSLATE_NOOP("Errors", "an unknown algorithm"),
}


class PackageDamaged(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package was altered or damaged on the way: it failed its integrity check and was "
        "not opened. Nothing was changed; ask the sender to send it again.",
    )


class UnknownSigner(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package is signed by a certificate that is not among your recipients "
        "(fingerprint {fingerprint}). Nothing was changed. Register the sender's certificate "
        "and verify it before importing.",
    )


class UnverifiedSigner(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package is signed by {name}, whose certificate has not been verified. Nothing was "
        "changed; compare the fingerprint with the sender and mark it verified first.",
    )


class SignerCertificateExpired(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package is signed by {name}, whose certificate expired on {date}. Nothing was "
        "changed; ask the sender for their current certificate and a new package.",
    )


class BadSignature(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package's signature is not valid: its content was changed after signing, or it "
        "was not signed by whom it claims. Nothing was changed.",
    )


class SenderMismatch(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package says it comes from another certificate than the one that signed it. "
        "Nothing was changed.",
    )


class WrongSchema(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The package is in a format this version does not read ({found}; expected {expected}). "
        "Nothing was changed.",
    )


class PackageMalformed(PackageProblem):
    """``problem`` is one of :data:`PACKAGE_PROBLEMS`, translated on its own."""

    template = QT_TRANSLATE_NOOP(
        "Errors", "The package's content is not in order ({problem}). Nothing was changed."
    )

    translated_params: ClassVar[dict[str, str]] = {"problem": CONTEXT}

    def shown_params(self, translate: Any = None) -> dict[str, Any]:
        shown = super().shown_params(translate)
        shown["problem"] = str(shown["problem"]).format(**self.params)
        return shown

    def __init__(self, problem: str, **params: Any) -> None:
        super().__init__(problem=problem.format(**params), **params)
        self.params["problem"] = problem


# What can be wrong inside a package; the texts name the rule, never the content.
PACKAGE_PROBLEMS = {
    "cms": QT_TRANSLATE_NOOP("Errors", "the encrypted structure cannot be read"),
    "signed": QT_TRANSLATE_NOOP("Errors", "the signed structure cannot be read"),
    "signers": QT_TRANSLATE_NOOP("Errors", "it must carry exactly one signature"),
    "not_zip": QT_TRANSLATE_NOOP("Errors", "the signed content is not a ZIP file"),
    "entries": QT_TRANSLATE_NOOP("Errors", "too many files"),
    "name": QT_TRANSLATE_NOOP("Errors", "a file name is not allowed"),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "a file name occurs twice"),
    "method": QT_TRANSLATE_NOOP("Errors", "a file is encrypted or compressed in an unknown way"),
    "size": QT_TRANSLATE_NOOP("Errors", "a file is larger than allowed"),
    "ratio": QT_TRANSLATE_NOOP("Errors", "a file is compressed suspiciously well (ZIP bomb)"),
    "manifest": QT_TRANSLATE_NOOP("Errors", "manifest.json is missing or wrong"),
    "listed": QT_TRANSLATE_NOOP("Errors", "the files do not match the manifest's list"),
    "checksum": QT_TRANSLATE_NOOP("Errors", "a file does not match its checksum"),
    "json": QT_TRANSLATE_NOOP("Errors", "a JSON file cannot be read"),
    "field": QT_TRANSLATE_NOOP("Errors", "the field {field} is missing or wrong"),
    "unknown_field": QT_TRANSLATE_NOOP("Errors", "the field {field} is not known"),
    "pdf": QT_TRANSLATE_NOOP("Errors", "an attachment is not a PDF"),
    "type": QT_TRANSLATE_NOOP("Errors", "a file's type is missing or not one Köpingplan accepts"),
    "name_type": QT_TRANSLATE_NOOP("Errors", "a file's name does not fit its stated type"),
    "content_type": QT_TRANSLATE_NOOP("Errors", "a file's content is not of its stated type"),
    "empty": QT_TRANSLATE_NOOP("Errors", "it holds no information"),
}


def malformed(key: str, **params: Any) -> PackageMalformed:
    """The error for problem ``key`` of :data:`PACKAGE_PROBLEMS`; a ``field`` is shortened to
    printable ASCII, since it was read from the package."""
    if "field" in params:
        field = "".join(c for c in str(params["field"]) if 32 <= ord(c) < 127)
        params["field"] = field[:60] or "?"
    return PackageMalformed(PACKAGE_PROBLEMS[key], **params)


class DuplicateImport(PackageProblem):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This package was already imported on {date}. Nothing was changed."
    )


ALL_ERRORS: tuple[type[KopingplanError], ...] = (
    CertificateUnreadable, CertificateAmbiguous, CertificateExpired, CertificateNotYetValid,
    CertificateKeyAgreement, CertificateKeyUnsupported, CertificateKeyTooShort,
    CertificateNotForEncryption, RecipientExists, RecipientNotVerified, FingerprintMismatch,
    RecipientAmbiguous, NoRecipient, NothingSelected, LegalBasisUnknown, AttachmentNotSendable,
    AttachmentTooLarge, PreviewOutdated, PackageTooLarge, NotAPackage, NotAddressedToUs,
    UnsupportedEncryption, PackageDamaged, UnknownSigner, UnverifiedSigner,
    SignerCertificateExpired, BadSignature, SenderMismatch, WrongSchema, PackageMalformed,
    DuplicateImport,
)  # fmt: skip

"""Signs a rendered brief: PAdES baseline B-B with pyHanko, offline, in memory.

The coordinator's private key is parsed once per :class:`BriefSigner` and kept as a
``cryptography`` key object for all the copies it signs: pyHanko's own ``SimpleSigner`` parses
the DER key again on every signing call, and ``cryptography`` checks an RSA-3072 key for
about 0.2 s each time it loads one. The key comes from the vault, whose pages are
authenticated (HMAC-SHA512), and was checked when it was made or imported, so the load skips
that check. ``bytes_reserved`` is given, so pyHanko does not make a trial signature to
measure its size. Together: ~0.07 s a signature instead of ~0.5 s.

The signature dictionary's time (``/M``) is the time the visible block on the page shows:
the block is drawn before signing, so the signer is told that time instead of reading the
clock again. B-B has no time-stamp token (that needs a time-stamp server, B-T): the time is
the signer's claim, and the block says "Tidpunkt", not "tidsstämplad".
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from asn1crypto import algos
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from kopingplan.briefs.render import RenderedBrief, SignatureFacts
from kopingplan.crypto.identity import Identity, certificate_fingerprint

FIELD_NAME = "Signatur"
REASON = "Upprättad och undertecknad av samordnaren"
# Room for the CMS object besides the certificate and the signature value: the signed
# attributes (signing-certificate-v2 with the issuer's name, the digest…) need ~1.5 KB; too
# small and pyHanko refuses to sign. ``bytes_reserved`` counts hex digits in the file, two per
# byte of CMS.
_CMS_MARGIN = 3072


class UnsupportedKey(ValueError):
    """The identity's key is neither RSA nor ECDSA (P-256/384/521)."""


class _KeptKeySigner(signers.Signer):
    """A pyHanko signer that signs with an already parsed key."""

    def __init__(
        self,
        certificate: asn1_x509.Certificate,
        key: Any,
        mechanism: str,
        chain: Sequence[asn1_x509.Certificate] = (),
    ) -> None:
        super().__init__(
            signing_cert=certificate,
            # Everything in the registry goes into the signature: the CA certificates of an
            # imported identity let a validator that trusts the organisation's root build
            # the path from the file alone. pyHanko adds the signer's own certificate itself;
            # listing it here too embedded it twice (asn1crypto objects compare by identity).
            cert_registry=SimpleCertificateStore.from_certs(list(chain)),  # type: ignore[no-untyped-call]
            signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": mechanism}),
            # A self-signed certificate is its own root, and an organisation's root CA is
            # the last of its chain: embedding them lets a recipient's validator find them in
            # the file; trusting one is still the recipient's decision.
            embed_roots=True,
        )
        self._key = key

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        digest = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384()}[digest_algorithm]
        if isinstance(self._key, rsa.RSAPrivateKey):
            return bytes(self._key.sign(data, padding.PKCS1v15(), digest))
        return bytes(self._key.sign(data, ec.ECDSA(digest)))


class _TimedPdfSigner(signers.PdfSigner):
    """A PdfSigner whose signing time is given, not read from the clock."""

    def __init__(self, *args: Any, signed_at: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._signed_at = signed_at

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session: PdfSigningSession = super().init_signing_session(
            pdf_out, existing_fields_only=existing_fields_only
        )
        session.system_time = self._signed_at
        return session


def _name_part(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = certificate.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


class BriefSigner:
    """The coordinator's key and certificate, ready to sign any number of briefs.

    Make one per act (a brief and its copies) and let it go afterwards: it holds the private
    key in memory as long as it lives. ``chain`` holds the CA certificates of an imported
    identity (issuer first); they are embedded in every signature.
    """

    def __init__(
        self,
        certificate_pem: bytes,
        private_key_der: bytes,
        chain: Sequence[x509.Certificate] = (),
    ) -> None:
        self.certificate = x509.load_pem_x509_certificate(certificate_pem)
        key = serialization.load_der_private_key(
            private_key_der, password=None, unsafe_skip_rsa_key_validation=True
        )
        if isinstance(key, rsa.RSAPrivateKey):
            mechanism = "sha256_rsa"
        elif isinstance(key, ec.EllipticCurvePrivateKey):
            mechanism = "sha256_ecdsa"
        else:
            raise UnsupportedKey(type(key).__name__)
        self._key_bytes = (key.key_size + 7) // 8
        der = self.certificate.public_bytes(serialization.Encoding.DER)
        chain_der = [c.public_bytes(serialization.Encoding.DER) for c in chain]
        # Room in the file for every certificate the signature carries.
        self._certificates_size = len(der) + sum(len(c) for c in chain_der)
        self._signer = _KeptKeySigner(
            asn1_x509.Certificate.load(der),
            key,
            mechanism,
            [asn1_x509.Certificate.load(c) for c in chain_der],
        )
        self.name = _name_part(self.certificate, NameOID.COMMON_NAME)
        self.organisation = _name_part(self.certificate, NameOID.ORGANIZATION_NAME)
        self.fingerprint = certificate_fingerprint(self.certificate)

    @classmethod
    def from_identity(
        cls, identity: Identity, chain: Sequence[x509.Certificate] = ()
    ) -> BriefSigner:
        return cls(identity.certificate_pem, identity.private_key_der, chain)

    def facts(self, signed_at: datetime | None = None) -> SignatureFacts:
        """What the visible block will say; whole seconds, as the PDF's ``/M`` records."""
        moment = (signed_at or datetime.now(UTC)).replace(microsecond=0)
        return SignatureFacts(
            signer=self.name,
            organisation=self.organisation,
            signed_at=moment,
            fingerprint=self.fingerprint,
        )

    def sign(self, rendered: RenderedBrief, facts: SignatureFacts) -> bytes:
        """The rendered PDF with a PAdES B-B signature over all of it, as bytes."""
        writer = IncrementalPdfFileWriter(io.BytesIO(rendered.data), strict=True)
        field = fields.SigFieldSpec(
            sig_field_name=FIELD_NAME,
            on_page=rendered.signature_page,
            box=rendered.signature_box,
            readable_field_name="Samordnarens underskrift",
        )
        metadata = signers.PdfSignatureMetadata(
            field_name=FIELD_NAME,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=REASON,
            name=facts.signer,
        )
        pdf_signer = _TimedPdfSigner(
            metadata,
            signer=self._signer,
            new_field_spec=field,
            # The block is already on the page, drawn with the embedded font: the field's
            # own appearance stays empty and transparent, so readers show the page under it.
            stamp_style=StaticStampStyle(border_width=0, background=None),
            signed_at=facts.signed_at,
        )
        reserved = 2 * (self._certificates_size + self._key_bytes + _CMS_MARGIN)
        output = pdf_signer.sign_pdf(writer, bytes_reserved=reserved, output=io.BytesIO())
        return bytes(output.getvalue())

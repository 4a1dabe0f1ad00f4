"""CMS (RFC 5652) for packages: SignedData, and AuthEnvelopedData with RSA-OAEP and AES-GCM.

Standard S/MIME structures, so a recipient without Köpingplan opens a package with OpenSSL 3
alone (see OPENSSL.md beside this file):

* **SignedData** with the content *encapsulated* (not detached), because that is what
  ``openssl cms -verify -inform DER -CAfile sender.pem`` checks without further arguments.
  One signer, SHA-256, RSA PKCS#1 v1.5 signature over DER signed attributes (contentType,
  signingTime, messageDigest), the signer's certificate included.
* **AuthEnvelopedData** (RFC 5083) around the DER of that SignedData: content encrypted with
  AES-256-GCM (RFC 5084; 12-byte nonce, 16-byte tag), its key transported to each recipient with
  RSAES-OAEP, SHA-256 and MGF1-SHA-256 (RFC 8017, RFC 4055), the recipient named by issuer and
  serial number.

``cryptography``'s PKCS7 builders offer only PKCS#1 v1.5 key transport and CBC, so the
structures are built with ``asn1crypto`` and encrypted with ``cryptography``'s primitives.
asn1crypto has no type for GCMParameters; :class:`GcmParams` declares it (RFC 5084, section 3.2).

Reading is strict: anything that does not parse is a typed error, never a stray exception.
Incoming packages are accepted with OAEP (any SHA-2 or SHA-1 hash) and AES-GCM of any key size;
PKCS#1 v1.5 key transport and unauthenticated (CBC) content encryption are refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from asn1crypto import algos as a_algos
from asn1crypto import cms as a_cms
from asn1crypto import core as a_core

# asn1crypto knows the name "signing_certificate_v2" (the attribute pyHanko's PAdES signatures
# carry) only once its tsp module is imported, and freezes its table of attribute names the
# first time a CMS attribute is parsed or built. Building our SignedData before pyHanko was
# imported would leave the name out, and every brief signed afterwards in that process would
# fail. Importing tsp here, before any attribute is touched, keeps the name in.
from asn1crypto import tsp as _a_tsp  # noqa: F401
from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kopingplan.crypto.identity import certificate_fingerprint
from kopingplan.exchange import errors as ex

NONCE_BYTES = 12
TAG_BYTES = 16

# What asn1crypto raises on malformed input, found by fuzzing (tests/unit/test_exchange_cms.py).
_PARSE_ERRORS = (
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    OverflowError,
    AttributeError,
    NotImplementedError,
    RecursionError,
)

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,  # accepted for OAEP only (still sound there), never for signatures
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}
_SIGNATURE_HASHES = ("sha256", "sha384", "sha512")
_GCM_KEY_BYTES = {"aes128_gcm": 16, "aes192_gcm": 24, "aes256_gcm": 32}
# Signature algorithm identifiers meaning "RSA PKCS#1 v1.5"; for the shaN_rsa ones the hash must
# be the SignerInfo's digest algorithm.
_PKCS1_SIGNATURES = {
    "rsassa_pkcs1v15": None,
    "sha256_rsa": "sha256",
    "sha384_rsa": "sha384",
    "sha512_rsa": "sha512",
}


class GcmParams(a_core.Sequence):  # type: ignore[misc]
    """GCMParameters ::= SEQUENCE { aes-nonce OCTET STRING, aes-ICVlen INTEGER DEFAULT 12 }"""

    _fields = [  # noqa: RUF012 (asn1crypto's declaration style)
        ("aes_nonce", a_core.OctetString),
        ("aes_icvlen", a_core.Integer, {"default": 12}),
    ]


@contextlib.contextmanager
def _parsing(error: Exception) -> Iterator[None]:
    """Turns asn1crypto's exceptions on malformed input into ``error``."""
    try:
        yield
    except _PARSE_ERRORS:
        raise error from None


def _der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)


def _issuer_and_serial(certificate: x509.Certificate) -> a_cms.IssuerAndSerialNumber:
    parsed = a_x509.Certificate.load(_der(certificate))
    return a_cms.IssuerAndSerialNumber(
        {"issuer": parsed.issuer, "serial_number": parsed.serial_number}
    )


def _sorted_set(items: Sequence[a_core.Asn1Value]) -> list[a_core.Asn1Value]:
    """DER orders the members of a SET OF by their encodings; OpenSSL re-encodes signed
    attributes before checking the signature, so an unsorted set would not verify there."""
    return sorted(items, key=lambda item: item.dump())


def _identifies(rid: a_core.Choice, certificate: x509.Certificate) -> bool:
    """Whether a SignerIdentifier or RecipientIdentifier names ``certificate``."""
    if rid.name == "issuer_and_serial_number":
        wanted = rid.chosen
        return bool(
            wanted["serial_number"].native == certificate.serial_number
            and wanted["issuer"].dump() == certificate.issuer.public_bytes()
        )
    if rid.name == "subject_key_identifier":
        try:
            ski = certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        except (x509.ExtensionNotFound, ValueError):
            return False
        return bool(rid.chosen.native == ski.value.digest)
    return False


# --- SignedData ---------------------------------------------------------------------------------


def sign(
    content: bytes,
    certificate: x509.Certificate,
    key: rsa.RSAPrivateKey,
    *,
    signing_time: datetime | None = None,
) -> bytes:
    """DER ContentInfo of a SignedData that encapsulates ``content``, signed by ``key``."""
    when = (signing_time or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    time_choice = "utc_time" if when.year < 2050 else "generalized_time"  # RFC 5652, 11.3
    attributes = a_cms.CMSAttributes(
        _sorted_set(
            [
                a_cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
                a_cms.CMSAttribute(
                    {"type": "signing_time", "values": [a_cms.Time({time_choice: when})]}
                ),
                a_cms.CMSAttribute(
                    {"type": "message_digest", "values": [hashlib.sha256(content).digest()]}
                ),
            ]
        )
    )
    # The signature covers the attributes' DER with the SET OF tag (RFC 5652, 5.4); take the
    # bytes before the set is tagged [0] inside the SignerInfo.
    signature = key.sign(attributes.dump(), padding.PKCS1v15(), hashes.SHA256())
    signer = a_cms.SignerInfo(
        {
            "version": "v1",
            "sid": a_cms.SignerIdentifier(
                name="issuer_and_serial_number", value=_issuer_and_serial(certificate)
            ),
            "digest_algorithm": {"algorithm": "sha256"},
            "signed_attrs": attributes,
            "signature_algorithm": {"algorithm": "rsassa_pkcs1v15"},
            "signature": signature,
        }
    )
    signed = a_cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {"content_type": "data", "content": content},
            "certificates": [a_x509.Certificate.load(_der(certificate))],
            "signer_infos": [signer],
        }
    )
    return bytes(a_cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump())


@dataclass(frozen=True)
class SignedMessage:
    """A parsed SignedData whose signature has NOT been checked yet (see :func:`verify`)."""

    content: bytes
    certificates: tuple[x509.Certificate, ...]  # carried in the message: untrusted
    signing_time: datetime | None
    _sid: a_core.Choice
    _digest_algorithm: str
    _signed_attributes: bytes | None  # DER with the SET OF tag, as the signer signed it
    _message_digest: bytes | None
    _signature_algorithm: a_algos.SignedDigestAlgorithm
    _signature: bytes

    def signed_by(self, certificate: x509.Certificate) -> bool:
        """Whether the signer identifier names ``certificate`` (not yet that it signed)."""
        return _identifies(self._sid, certificate)

    def carried_signer(self) -> x509.Certificate | None:
        """The certificate in the message that the signer identifier names, if any."""
        return next((c for c in self.certificates if self.signed_by(c)), None)


def read_signed(der: bytes) -> SignedMessage:
    """Parses a DER ContentInfo with encapsulated SignedData; PackageMalformed if it is not."""
    with _parsing(ex.malformed("signed")):
        info = a_cms.ContentInfo.load(der, strict=True)
        if info["content_type"].native != "signed_data":
            raise ex.malformed("signed")
        signed = info["content"]
        signer_infos = signed["signer_infos"]
        if len(signer_infos) != 1:
            raise ex.malformed("signers")
        encapsulated = signed["encap_content_info"]
        content = encapsulated["content"]
        if encapsulated["content_type"].native != "data" or isinstance(content, a_core.Void):
            raise ex.malformed("signed")
        content_bytes = content.native if isinstance(content.native, bytes) else None
        if content_bytes is None:
            raise ex.malformed("signed")
        signer = signer_infos[0]
        digest_algorithm = signer["digest_algorithm"]["algorithm"].native
        attributes_der, digest, signing_time = _signed_attributes(signer["signed_attrs"])
        return SignedMessage(
            content=content_bytes,
            certificates=_carried_certificates(signed["certificates"]),
            signing_time=signing_time,
            _sid=signer["sid"],
            _digest_algorithm=str(digest_algorithm),
            _signed_attributes=attributes_der,
            _message_digest=digest,
            _signature_algorithm=signer["signature_algorithm"],
            _signature=bytes(signer["signature"].native),
        )


def _signed_attributes(
    attributes: a_core.Asn1Value,
) -> tuple[bytes | None, bytes | None, datetime | None]:
    if isinstance(attributes, a_core.Void):
        return None, None, None
    seen: dict[str, a_core.Asn1Value] = {}
    for attribute in attributes:
        kind = attribute["type"].native
        if kind in seen or len(attribute["values"]) != 1:  # RFC 5652, 5.3: one value, once
            raise ex.malformed("signed")
        seen[kind] = attribute["values"][0]
    if "message_digest" not in seen or seen.get("content_type") is None:
        raise ex.malformed("signed")
    if seen["content_type"].native != "data":
        raise ex.malformed("signed")
    signing_time = seen["signing_time"].native if "signing_time" in seen else None
    if signing_time is not None and not isinstance(signing_time, datetime):
        raise ex.malformed("signed")
    raw = attributes.dump()
    # Stored as [0] IMPLICIT; signed as SET OF: same length, other tag byte.
    return b"\x31" + raw[1:], bytes(seen["message_digest"].native), signing_time


def _carried_certificates(choices: a_core.Asn1Value) -> tuple[x509.Certificate, ...]:
    if isinstance(choices, a_core.Void):
        return ()
    found = []
    for choice in choices:
        if choice.name != "certificate":
            continue
        with contextlib.suppress(ValueError):
            found.append(x509.load_der_x509_certificate(choice.chosen.dump()))
    return tuple(found)


def verify(message: SignedMessage, certificate: x509.Certificate) -> bytes:
    """The content, if ``certificate`` (the trusted one, not a carried one) signed it."""
    if not message.signed_by(certificate):
        raise ex.BadSignature()
    public_key = certificate.public_key()
    if not isinstance(public_key, rsa.RSAPublicKey):
        raise ex.BadSignature()
    digest_name = message._digest_algorithm
    if digest_name not in _SIGNATURE_HASHES:
        raise ex.BadSignature()
    digest_type = _HASHES[digest_name]
    if message._signed_attributes is not None:
        actual = hashlib.new(digest_name, message.content).digest()
        if message._message_digest is None or not hmac.compare_digest(
            actual, message._message_digest
        ):
            raise ex.BadSignature()
        signed_bytes = message._signed_attributes
    else:
        signed_bytes = message.content
    with _parsing(ex.BadSignature()):
        scheme = _signature_padding(message._signature_algorithm, digest_name)
    try:
        public_key.verify(message._signature, signed_bytes, scheme, digest_type())
    except InvalidSignature:
        raise ex.BadSignature() from None
    return message.content


def _signature_padding(
    algorithm: a_algos.SignedDigestAlgorithm, digest_name: str
) -> padding.AsymmetricPadding:
    name = algorithm["algorithm"].native
    if name in _PKCS1_SIGNATURES:
        implied = _PKCS1_SIGNATURES[name]
        if implied is not None and implied != digest_name:
            raise ex.BadSignature()
        return padding.PKCS1v15()
    if name == "rsassa_pss":
        params = algorithm["parameters"]
        hash_name = params["hash_algorithm"]["algorithm"].native
        mask = params["mask_gen_algorithm"]
        mask_hash = mask["parameters"]["algorithm"].native
        if hash_name != digest_name or mask["algorithm"].native != "mgf1":
            raise ex.BadSignature()
        if mask_hash not in _SIGNATURE_HASHES:
            raise ex.BadSignature()
        return padding.PSS(
            mgf=padding.MGF1(_HASHES[mask_hash]()), salt_length=int(params["salt_length"].native)
        )
    raise ex.BadSignature()


# --- AuthEnvelopedData --------------------------------------------------------------------------


def encrypt(content: bytes, recipients: Sequence[x509.Certificate]) -> bytes:
    """DER ContentInfo of an AuthEnvelopedData that each recipient's RSA key can open."""
    if not recipients:
        raise ValueError("at least one recipient is needed")
    content_key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(content_key).encrypt(nonce, content, None)
    ciphertext, tag = sealed[:-TAG_BYTES], sealed[-TAG_BYTES:]
    oaep = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    infos = []
    for certificate in recipients:
        public_key = certificate.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise TypeError("recipients must have RSA keys (see certificates.check_usable)")
        transport = a_cms.KeyTransRecipientInfo(
            {
                "version": "v0",
                "rid": a_cms.RecipientIdentifier(
                    name="issuer_and_serial_number", value=_issuer_and_serial(certificate)
                ),
                "key_encryption_algorithm": {
                    "algorithm": "rsaes_oaep",
                    "parameters": a_algos.RSAESOAEPParams(
                        {
                            "hash_algorithm": {"algorithm": "sha256"},
                            "mask_gen_algorithm": {
                                "algorithm": "mgf1",
                                "parameters": {"algorithm": "sha256"},
                            },
                        }
                    ),
                },
                "encrypted_key": public_key.encrypt(content_key, oaep),
            }
        )
        infos.append(a_cms.RecipientInfo(name="ktri", value=transport))
    enveloped = a_cms.AuthEnvelopedData(
        {
            "version": "v0",
            "recipient_infos": _sorted_set(infos),
            "auth_encrypted_content_info": {
                "content_type": "data",
                "content_encryption_algorithm": {
                    "algorithm": "aes256_gcm",
                    "parameters": GcmParams({"aes_nonce": nonce, "aes_icvlen": TAG_BYTES}),
                },
                "encrypted_content": ciphertext,
            },
            "mac": tag,
        }
    )
    info = a_cms.ContentInfo({"content_type": "authenticated_enveloped_data", "content": enveloped})
    return bytes(info.dump())


def decrypt(der: bytes, certificate: x509.Certificate, key: rsa.RSAPrivateKey) -> bytes:
    """The content of an AuthEnvelopedData addressed to ``certificate``.

    Refusals: NotAPackage (not CMS), UnsupportedEncryption (PKCS#1 v1.5, CBC), NotAddressedToUs,
    PackageDamaged (the key or the ciphertext does not authenticate), PackageMalformed.
    """
    with _parsing(ex.NotAPackage()):
        info = a_cms.ContentInfo.load(der, strict=True)
        content_type = info["content_type"].native
    if content_type == "enveloped_data":
        raise ex.UnsupportedEncryption(problem=ex.ENCRYPTION_PROBLEMS["not_gcm"])
    if content_type != "authenticated_enveloped_data":
        raise ex.NotAPackage()
    with _parsing(ex.malformed("cms")):
        enveloped = info["content"]
        transport = _our_recipient_info(enveloped["recipient_infos"], certificate)
        content_key = _unwrap_key(transport, key)
        return _open_content(enveloped, content_key)


def _our_recipient_info(infos: a_core.Asn1Value, certificate: x509.Certificate) -> a_core.Sequence:
    for info in infos:
        if info.name == "ktri" and _identifies(info.chosen["rid"], certificate):
            return info.chosen
    raise ex.NotAddressedToUs(fingerprint=certificate_fingerprint(certificate))


def _unwrap_key(transport: a_core.Sequence, key: rsa.RSAPrivateKey) -> bytes:
    algorithm = transport["key_encryption_algorithm"]
    name = algorithm["algorithm"].native
    if name in ("rsaes_pkcs1v15", "rsa"):
        raise ex.UnsupportedEncryption(problem=ex.ENCRYPTION_PROBLEMS["pkcs1"])
    if name != "rsaes_oaep":
        raise ex.UnsupportedEncryption(problem=ex.ENCRYPTION_PROBLEMS["algorithm"])
    params = algorithm["parameters"]
    hash_name = params["hash_algorithm"]["algorithm"].native
    mask = params["mask_gen_algorithm"]
    mask_hash = mask["parameters"]["algorithm"].native
    label = params["p_source_algorithm"]["parameters"].native
    if hash_name not in _HASHES or mask_hash not in _HASHES or mask["algorithm"].native != "mgf1":
        raise ex.UnsupportedEncryption(problem=ex.ENCRYPTION_PROBLEMS["algorithm"])
    oaep = padding.OAEP(
        mgf=padding.MGF1(_HASHES[mask_hash]()),
        algorithm=_HASHES[hash_name](),
        label=bytes(label) or None,
    )
    try:
        return key.decrypt(bytes(transport["encrypted_key"].native), oaep)
    except ValueError:
        raise ex.PackageDamaged() from None


def _open_content(enveloped: a_core.Sequence, content_key: bytes) -> bytes:
    content_info = enveloped["auth_encrypted_content_info"]
    algorithm = content_info["content_encryption_algorithm"]
    name = algorithm["algorithm"].native
    if name not in _GCM_KEY_BYTES:
        raise ex.UnsupportedEncryption(problem=ex.ENCRYPTION_PROBLEMS["not_gcm"])
    if len(content_key) != _GCM_KEY_BYTES[name]:
        raise ex.PackageDamaged()
    params = GcmParams.load(algorithm["parameters"].dump(), strict=True)
    nonce = bytes(params["aes_nonce"].native)
    tag_length = int(params["aes_icvlen"].native)
    tag = bytes(enveloped["mac"].native)
    ciphertext = content_info["encrypted_content"]
    if content_info["content_type"].native != "data" or isinstance(ciphertext, a_core.Void):
        raise ex.malformed("cms")
    if not 12 <= tag_length <= 16 or len(tag) != tag_length or not 8 <= len(nonce) <= 128:
        raise ex.malformed("cms")
    decryptor = Cipher(
        algorithms.AES(content_key), modes.GCM(nonce, tag, min_tag_length=tag_length)
    ).decryptor()
    attributes = enveloped["auth_attrs"]
    if not isinstance(attributes, a_core.Void):
        raw = attributes.dump()
        # RFC 5083, 2.2: the authenticated attributes enter GCM as DER with the SET OF tag.
        decryptor.authenticate_additional_data(b"\x31" + raw[1:])
    try:
        return decryptor.update(bytes(ciphertext.native)) + decryptor.finalize()
    except InvalidTag:
        raise ex.PackageDamaged() from None

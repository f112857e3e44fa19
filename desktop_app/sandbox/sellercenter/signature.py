"""The sandbox's own signature check, written apart from the client's signer on purpose:
a shared bug in both would otherwise go unnoticed."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from urllib.parse import parse_qsl

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def _encode(text: str) -> str:
    return "".join(
        chr(byte) if byte in _UNRESERVED else f"%{byte:02X}" for byte in text.encode("utf-8")
    )


def parse_query(raw: bytes) -> dict[str, str]:
    """The request's parameters as the platform reads them (a repeated name: the last wins)."""
    return dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))


def expected_signature(params: Mapping[str, str], api_key: str) -> str:
    names = sorted((n for n in params if n != "Signature"), key=lambda n: n.encode("utf-8"))
    message = "&".join(f"{_encode(n)}={_encode(params[n])}" for n in names)
    return hmac.new(api_key.encode("utf-8"), message.encode("ascii"), hashlib.sha256).hexdigest()


def signature_matches(params: Mapping[str, str], api_key: str) -> bool:
    given = params.get("Signature", "")
    return hmac.compare_digest(given.encode(), expected_signature(params, api_key).encode())

"""SellerCenter request signing: the canonical query string and its HMAC-SHA256 (reference §1)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from datetime import datetime
from urllib.parse import quote

API_VERSION = "1.0"
# Falabella documents GetOrders 2.0 and marks 1.0 deprecated.
ORDERS_VERSION = "2.0"
SIGNATURE = "Signature"


def rfc3986(text: str) -> str:
    """Percent-encode all but A-Z a-z 0-9 - _ . ~; a space is %20, never '+'."""
    return quote(text, safe="")


def canonical_query(params: Mapping[str, str]) -> str:
    """Every parameter but Signature, sorted by the key's bytes (PHP ksort), joined k=v&..."""
    names = sorted((name for name in params if name != SIGNATURE), key=lambda n: n.encode())
    return "&".join(f"{rfc3986(name)}={rfc3986(params[name])}" for name in names)


def signature(canonical: str, api_key: str) -> str:
    """HMAC-SHA256 of the canonical string keyed with the raw API key, lowercase hex."""
    return hmac.new(api_key.encode(), canonical.encode(), hashlib.sha256).hexdigest()


def format_timestamp(now: datetime) -> str:
    """ISO 8601 with an offset, to the second: 2015-07-01T11:11:11+00:00."""
    if now.utcoffset() is None:
        raise ValueError("the signing clock must return an aware datetime")
    return now.replace(microsecond=0).isoformat()


def signed_params(
    params: Mapping[str, str],
    user_id: str,
    api_key: str,
    action: str,
    now: datetime,
    fmt: str = "JSON",
    version: str = API_VERSION,
) -> dict[str, str]:
    """The action's parameters plus the common ones and a Signature over all of them."""
    signed = {name: value for name, value in params.items() if name != SIGNATURE}
    signed.update(
        Action=action,
        UserID=user_id,
        Version=version,
        Format=fmt,
        Timestamp=format_timestamp(now),
    )
    signed[SIGNATURE] = signature(canonical_query(signed), api_key)
    return signed


def query_string(signed: Mapping[str, str]) -> str:
    """The URL query to send: the canonical string, then the Signature."""
    return f"{canonical_query(signed)}&{SIGNATURE}={rfc3986(signed[SIGNATURE])}"

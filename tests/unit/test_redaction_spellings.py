"""A secret a marketplace echoes back is masked in every spelling it may come in."""

from __future__ import annotations

import json
from urllib.parse import quote, quote_plus

from desktop_app.core.errors import AuthFailed, RequestRejected
from desktop_app.core.redaction import MASK, redact, redact_bytes, register_secret

SECRET = 'canary-9b1/é+"& key'


def test_every_spelling_is_masked_in_text_and_bytes() -> None:
    register_secret(SECRET)
    spellings = [
        SECRET,
        quote(SECRET, safe=""),
        quote(SECRET, safe="").lower(),
        quote_plus(SECRET),
        json.dumps(SECRET)[1:-1],
        json.dumps(SECRET, ensure_ascii=False)[1:-1],
        json.dumps(SECRET)[1:-1].replace("/", "\\/"),
        "canary-9b1/é+&quot;&amp; key",
    ]
    for form in spellings:
        assert redact(f"Invalid API key '{form}'.") == f"Invalid API key '{MASK}'.", form
        assert redact_bytes(f"bad {form}!".encode()) == f"bad {MASK}!".encode(), form
    for ascii_only in (True, False):
        body = json.dumps({"message": f"Invalid API key '{SECRET}'"}, ensure_ascii=ascii_only)
        masked = json.loads(redact_bytes(body.encode()))  # still JSON after masking
        assert masked == {"message": f"Invalid API key '{MASK}'"}


def test_marketplace_errors_mask_what_they_quote() -> None:
    register_secret(SECRET)
    assert SECRET not in str(AuthFailed(f"The marketplace refused the key ({SECRET})."))
    refused = RequestRejected(f"bad {quote(SECRET, safe='')}", 422)
    assert "canary" not in str(refused) and refused.status == 422

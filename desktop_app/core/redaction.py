"""Secrets we have seen are masked wherever text enters or leaves the core.

A key is registered when it is loaded from the keyring or handed to a marketplace client. The
HTTP layer masks it in every answer body before a client reads it, the marketplace errors mask
it in their messages, and every log record is masked too. A marketplace may echo a key in
another spelling, so each is masked as written, URL-encoded, JSON-escaped and XML-escaped.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from urllib.parse import quote, quote_plus

from desktop_app.core.i18n import Msg

MASK = "***"
_MIN_LENGTH = 4  # masking tiny strings would garble ordinary text
_spellings: set[str] = set()
_lock = threading.Lock()


def spellings(secret: str) -> set[str]:
    """The ways a secret may come back: raw, URL-encoded, JSON- and XML-escaped."""
    import html  # here: its entity table costs every CLI start, and most never see a secret

    url = {quote(secret, safe=""), quote(secret), quote_plus(secret)}
    url |= {re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), form) for form in url}
    as_json = {json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1]}
    as_json |= {form.replace("/", "\\/") for form in as_json}
    forms = {secret, html.escape(secret), html.escape(secret, quote=False)} | url | as_json
    return {form for form in forms if len(form) >= _MIN_LENGTH}


def register_secret(secret: str) -> None:
    if len(secret) >= _MIN_LENGTH:
        forms = spellings(secret)
        with _lock:
            _spellings.update(forms)


def _known() -> list[str]:
    with _lock:
        return sorted(_spellings, key=len, reverse=True)  # longest first: no partial masks


def redact(text: str) -> str:
    """The text with every known secret masked; a Msg stays a Msg (its parameters are masked)."""
    known = _known()
    if not any(form in text for form in known):
        return text
    if isinstance(text, Msg):
        params = {k: redact(v) if isinstance(v, str) else v for k, v in text.params.items()}
        return Msg(text.id, plural=text.plural, **params)
    for form in known:
        if form in text:
            text = text.replace(form, MASK)
    return text


def redact_bytes(data: bytes) -> bytes:
    """Masks a body as it came, before anything decodes it (UTF-8 is what the APIs send)."""
    for form in _known():
        encoded = form.encode("utf-8")
        if encoded in data:
            data = data.replace(encoded, MASK.encode("ascii"))
    return data


class RedactingFilter(logging.Filter):
    """Formats the record's message once, then masks secrets in it and in the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True

"""Keep the password out of httpx's request log.

The protocol puts the password in the `/authToken` query string, and httpx logs every request
URL at INFO level. This filter rewrites those records before any handler sees them.
"""

from __future__ import annotations

import logging
import re

_PASSWORD_IN_QUERY = re.compile(r"(?i)(password=)[^&\s\"']*")
REDACTED = "***"


def redact_password(text: str) -> str:
    return _PASSWORD_IN_QUERY.sub(rf"\g<1>{REDACTED}", text)


class PasswordQueryFilter(logging.Filter):
    """Redacts `password=...` in a record's message; never drops the record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "password=" in message.lower():
            record.msg, record.args = redact_password(message), None
        return True


def install_httpx_password_filter() -> None:
    """Idempotent: adds the filter to the `httpx` logger once."""
    logger = logging.getLogger("httpx")
    if not any(isinstance(existing, PasswordQueryFilter) for existing in logger.filters):
        logger.addFilter(PasswordQueryFilter())

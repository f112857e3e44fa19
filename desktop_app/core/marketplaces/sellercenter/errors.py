"""SellerCenter's E-codes as the core's typed errors; each carries the platform's `code`."""

from __future__ import annotations

from desktop_app.core.errors import (
    AuthFailed,
    MarketplaceError,
    MarketplaceUnavailable,
    RateLimited,
    RequestRejected,
)
from desktop_app.core.i18n import Msg

# Reference §3 and §6.5: only these are worth retrying (with backoff, re-signed).
TRANSIENT_CODES = frozenset({6, 119, 1000})
RATE_LIMIT_CODE = 429
CLOCK_CODE = 3
CREDENTIAL_CODES = frozenset({7, 9})
# The request itself is malformed: a bug or a wrong profile, never the item's fault. E018 is
# GetOrders without CreatedAfter/UpdatedAfter: a request error, not an item refusal.
PROTOCOL_CODES = frozenset({1, 2, 4, 5, 8, 10, 11, 18, 30})


def code_label(code: int | None) -> str:
    return "E???" if code is None else f"E{code:03d}"


class CredentialsRejected(AuthFailed):
    """E007 (signature mismatch: wrong user id or key) or E009 (the user lacks the API role)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class ClockRejected(AuthFailed):
    """E003: the Timestamp is outside the platform's window. Stops the job like a login failure,
    since every request will fail the same way until the computer's clock is fixed."""

    def __init__(self, message: str, code: int = CLOCK_CODE) -> None:
        super().__init__(message)
        self.code = code


class Throttled(RateLimited):
    """E429."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message, retry_after)
        self.code = RATE_LIMIT_CODE


class PlatformBusy(MarketplaceUnavailable):
    """E006, E1000, E119: transient on the platform's side."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class RequestInvalid(RequestRejected):
    """E001, E002, E004, E005, E008, ...: the request is malformed, whatever the item."""

    def __init__(self, message: str, code: int | None, status: int = 400) -> None:
        super().__init__(message, status)
        self.code = code


class ItemRejected(RequestRejected):
    """An order-item rule failed: E020 item, E022 reason, E028/E073 status, E031/E063 tracking."""

    def __init__(self, message: str, code: int | None, status: int = 400) -> None:
        super().__init__(message, status)
        self.code = code


def error_for_code(
    code: int | None, detail: str, status: int, retry_after: float | None = None
) -> MarketplaceError:
    """One sentence per E-code family; `detail` is the platform's own 'E0xx: ...' message."""
    if code == RATE_LIMIT_CODE:
        return Throttled(
            Msg("SellerCenter asks us to slow down ({detail}).", detail=detail), retry_after
        )
    if code in TRANSIENT_CODES:
        return PlatformBusy(
            Msg("SellerCenter is busy ({detail}); try again later.", detail=detail), code
        )
    if code == CLOCK_CODE:
        return ClockRejected(
            Msg(
                "SellerCenter refused the request time ({detail}): check the computer's clock,"
                " date and time zone.",
                detail=detail,
            )
        )
    if code in CREDENTIAL_CODES:
        return CredentialsRejected(
            Msg(
                "SellerCenter refused the login ({detail}): check the user id and API key"
                " in the profile, and that this user may use the Seller API.",
                detail=detail,
            ),
            code,
        )
    if code in PROTOCOL_CODES:
        return RequestInvalid(
            Msg("SellerCenter rejected the request ({detail}).", detail=detail), code, status
        )
    return ItemRejected(Msg("SellerCenter rejected it: {detail}", detail=detail), code, status)

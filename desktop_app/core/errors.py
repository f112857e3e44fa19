"""The core's exceptions. `str(error)` is one sentence a seller can act on, never with a secret."""

from __future__ import annotations


class SellerDeskError(Exception):
    """Base of every error the core raises on purpose."""


class ConfigError(SellerDeskError):
    """A profile or setting is missing or wrong."""


class SecretStoreUnavailable(SellerDeskError):
    """No usable OS keyring; we never fall back to plaintext."""


class ImportFileError(SellerDeskError):
    """The file as a whole cannot be read (empty, binary, too large, no usable column)."""


class MarketplaceError(SellerDeskError):
    """Anything that went wrong talking to a marketplace."""


class AuthFailed(MarketplaceError):
    """The marketplace refused the credentials (401/403)."""


class RequestRejected(MarketplaceError):
    """The marketplace rejected the request as a whole (400/422). Not worth retrying as is."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class RateLimited(MarketplaceError):
    """429. `retry_after` is the marketplace's hint in seconds, when it gave one."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class MarketplaceUnavailable(MarketplaceError):
    """5xx, a timeout or no connection: transient, retried with backoff."""


class BadResponse(MarketplaceError):
    """The marketplace answered with something we cannot read (malformed JSON, wrong shape)."""


class JournalTooNew(SellerDeskError):
    """The journal was written by a newer Seller Desk; we must not touch it."""


class JobBusy(SellerDeskError):
    """Another runner holds the job: sending it here too could apply it twice."""


class LeaseLost(SellerDeskError):
    """A runner lost its claim on a job (e.g. after the computer slept): it stops at once."""

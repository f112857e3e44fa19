"""The core's exceptions. `str(error)` is one sentence a seller can act on, never with a secret."""

from __future__ import annotations

from desktop_app.core.redaction import redact


class SellerDeskError(Exception):
    """Base of every error the core raises on purpose."""


class ConfigError(SellerDeskError):
    """A profile or setting is missing or wrong."""


class SecretStoreUnavailable(SellerDeskError):
    """No usable OS keyring; we never fall back to plaintext."""


class ImportFileError(SellerDeskError):
    """The file as a whole cannot be read (empty, binary, too large, no usable column)."""


class MarketplaceError(SellerDeskError):
    """Anything that went wrong talking to a marketplace. Its words may quote the marketplace,
    which may echo a key: every known secret is masked here, where that text enters the core."""

    def __init__(self, message: str = "") -> None:
        super().__init__(redact(message))


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


class AnswerLost(MarketplaceError):
    """A request may have reached the marketplace, but its answer never came (a timeout or a
    reset after it was sent). Never retried blindly: the marketplace's status decides."""


class BatchTooLarge(RequestRejected):
    """A request refused because it holds more items than the marketplace takes, which it
    stated (e.g. "items: ensure this list has at most 60 items")."""

    def __init__(self, message: str, status: int, max_items: int) -> None:
        super().__init__(message, status)
        self.max_items = max_items


class ActionNotOffered(ConfigError):
    """The marketplace's API has no endpoint for this action (optional in its protocol)."""


# hostile (issue 14): hostile servers, a failing disk, a damaged journal.


class AnswerTooLarge(MarketplaceError):
    """The marketplace's answer passed our size limit; not retried, the same answer would come."""


class CertificateNotTrusted(MarketplaceError):
    """TLS verification failed: not retried, and no secret was sent."""


class StorageError(SellerDeskError):
    """A file or folder of Seller Desk cannot be written or read (full, read-only, locked)."""

    def __init__(self, message: str, folder: str = "") -> None:
        super().__init__(message)
        self.folder = folder


class JournalDamaged(StorageError):
    """The journal file is not a readable Seller Desk journal; it is left exactly as it is."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message, folder=path)
        self.path = path


class FileProblem(SellerDeskError, OSError):
    """A file we create or move cannot be (a name Windows keeps, a path too long). An OSError
    too, so a face that reports OSErrors reports this one; `str` is the sentence alone."""

    def __str__(self) -> str:
        return str(self.strerror)


class FileLocked(FileProblem):
    """Another program holds the file (Excel does on Windows): it is left alone, tried later."""


class JournalTooNew(SellerDeskError):
    """The journal was written by a newer Seller Desk; we must not touch it."""


class JobBusy(SellerDeskError):
    """Another runner holds the job: sending it here too could apply it twice."""


class LeaseLost(SellerDeskError):
    """A runner lost its claim on a job (e.g. after the computer slept): it stops at once."""

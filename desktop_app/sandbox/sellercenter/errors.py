"""The one exception the sandbox's checks raise; the app renders it as an ErrorResponse."""

from __future__ import annotations


class ScError(Exception):
    """`code` 20 renders as ErrorCode 20 and 'E020: <message>'."""

    def __init__(
        self,
        code: int,
        message: str,
        status: int = 400,
        error_type: str = "Sender",
        retry_after: int | None = None,
    ) -> None:
        super().__init__(f"E{code:03d}: {message}")
        self.code = code
        self.message = message
        self.status = status
        self.error_type = error_type
        self.retry_after = retry_after


def mandatory(name: str) -> ScError:
    return ScError(1, f"Parameter {name} is mandatory")


def item_rule(code: int, message: str) -> ScError:
    # Item rule failures come back with HTTP 200, as clients of the real platform observed.
    return ScError(code, message, status=200)


TRANSIENT_MESSAGES = {
    119: "Some order items are not yet ready to be processed, please try again later.",
    1000: "Internal Application Error",
    6: "Unexpected internal error",
}


def transient(code: int) -> ScError:
    """E119 comes back with 200 like item rules; E1000 and E006 with a server error."""
    return ScError(code, TRANSIENT_MESSAGES[code], status=200 if code == 119 else 500)

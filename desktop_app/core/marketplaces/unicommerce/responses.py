"""Read an HTTP answer: status codes to typed errors, JSON bodies to models."""

from __future__ import annotations

import json
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from desktop_app.core.errors import (
    AuthFailed,
    BadResponse,
    MarketplaceUnavailable,
    RateLimited,
    RequestRejected,
)
from desktop_app.core.i18n import Msg
from desktop_app.core.marketplaces.http import redirect_error, retry_after_seconds

Model = TypeVar("Model", bound=BaseModel)

# Undocumented in the protocol: the spellings marketplaces use for a dead token.
_TOKEN_STATUSES = frozenset({"INVALID_TOKEN", "TOKEN_EXPIRED", "EXPIRED_TOKEN", "UNAUTHORIZED"})
_MESSAGE_LIMIT = 300


def json_object(response: httpx.Response) -> dict[str, object] | None:
    """The body as a JSON object, or None when it is not one."""
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def marketplace_message(response: httpx.Response) -> str | None:
    """The human message a marketplace put in an error body, shortened."""
    body = json_object(response)
    if body is None:
        return None
    for key in ("message", "errorMessage", "error"):
        value = body.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:_MESSAGE_LIMIT]
    return None


def token_rejected(response: httpx.Response) -> bool:
    """401, or an answer saying the access token expired or is invalid (worth one re-auth)."""
    if response.status_code == 401:
        return True
    if response.is_success or response.status_code in (400, 403):
        body = json_object(response) or {}
        status = body.get("status")
        if status in ("SUCCESS", "PARTIAL_SUCCESS"):
            return False  # something was applied: resending could apply it twice
        if isinstance(status, str) and status.upper() in _TOKEN_STATUSES:
            return True
        message = (marketplace_message(response) or "").lower()
        return "token" in message and ("expired" in message or "invalid" in message)
    return False


def check_status(response: httpx.Response, what: str) -> None:
    """Raise the typed error for a non-2xx answer; return quietly on 2xx. A redirect is a
    ConfigError (the base URL is wrong), never retried: following it could leak the token."""
    code = response.status_code
    if response.is_success:
        return
    said = marketplace_message(response)
    detail: str = Msg(" It said: {said}", said=said) if said else ""
    if 300 <= code < 400:
        raise redirect_error(response)
    if code in (401, 403):
        raise AuthFailed(
            Msg(
                "The marketplace refused access for {what} (HTTP {code}).{detail}",
                what=what,
                code=code,
                detail=detail,
            )
        )
    if code == 429:
        raise RateLimited(
            Msg("The marketplace is rate limiting {what} (HTTP 429).", what=what),
            retry_after=retry_after_seconds(response),
        )
    if code == 408 or code >= 500:
        raise MarketplaceUnavailable(
            Msg(
                "The marketplace failed on {what} (HTTP {code}); it may have been applied.{detail}",
                what=what,
                code=code,
                detail=detail,
            )
        )
    raise RequestRejected(
        Msg(
            "The marketplace rejected {what} (HTTP {code}).{detail}",
            what=what,
            code=code,
            detail=detail,
        ),
        status=code,
    )


def parse_body(response: httpx.Response, model: type[Model], what: str) -> Model:
    """The body validated as `model`; BadResponse (no payload echoed) when it does not fit."""
    try:
        return model.model_validate_json(response.content)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in error['loc']) or 'body'}: {error['msg']}"
            for error in exc.errors(include_input=False)[:3]
        )
        raise BadResponse(
            Msg(
                "The marketplace's answer to {what} is not in the expected shape ({problems}).",
                what=what,
                problems=problems,
            )
        ) from None

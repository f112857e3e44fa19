"""An HTTP answer -> the success envelope's typed content, or the typed error it stands for.

The envelope is authoritative whatever the HTTP status: SellerCenter may send an ErrorResponse
with 200 and a SuccessResponse is trusted even on an odd status."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

import httpx
from pydantic import ValidationError

from desktop_app.core.errors import (
    AuthFailed,
    BadResponse,
    ConfigError,
    MarketplaceError,
    MarketplaceUnavailable,
    RateLimited,
)
from desktop_app.core.i18n import Msg
from desktop_app.core.marketplaces.http import redirect_error, retry_after_seconds
from desktop_app.core.marketplaces.sellercenter.envelope import Success, Tree, read_envelope
from desktop_app.core.marketplaces.sellercenter.errors import code_label, error_for_code
from desktop_app.core.marketplaces.sellercenter.models import (
    FailureReason,
    Order,
    OrderItem,
    ShipmentProvider,
    UpdatedItem,
    WireModel,
    as_list,
)

Model = TypeVar("Model", bound=WireModel)
_LABELLED = re.compile(r"^E\d+\s*:")


def _redacted(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def _without_envelope(response: httpx.Response) -> MarketplaceError | ConfigError:
    status = response.status_code
    if 300 <= status < 400:
        return redirect_error(response)
    if status == 429:
        return RateLimited(
            Msg("SellerCenter asks us to slow down (HTTP 429)."), retry_after_seconds(response)
        )
    if status >= 500:
        return MarketplaceUnavailable(
            Msg("SellerCenter is unavailable (HTTP {status}).", status=status)
        )
    if status in (401, 403):
        return AuthFailed(
            Msg(
                "SellerCenter refused access (HTTP {status}): check the profile's Seller ID (sent"
                " as the User-Agent), user id and API key.",
                status=status,
            )
        )
    return BadResponse(
        Msg("SellerCenter answered HTTP {status} with something it should not send.", status=status)
    )


def check_response(response: httpx.Response, secrets: Iterable[str] = ()) -> Success:
    """The success envelope, else raise the typed error. Server text never echoes a secret."""
    envelope = read_envelope(response.content)
    if isinstance(envelope, Success):
        return envelope
    if envelope is None:
        raise _without_envelope(response)
    detail = envelope.message or "no message"
    if not _LABELLED.match(detail):
        detail = f"{code_label(envelope.code)}: {detail}"
    raise error_for_code(
        envelope.code,
        _redacted(detail, secrets),
        response.status_code,
        retry_after_seconds(response),
    )


def collection(body: Tree, outer: str, inner: str) -> list[object]:
    """`Body.<outer>.<inner>` as a list; "" or a missing part is an empty list."""
    if body in ("", None):
        return []
    if not isinstance(body, dict):
        raise BadResponse(Msg("SellerCenter sent an unexpected {outer} answer.", outer=outer))
    container = body.get(outer)
    if container in ("", None):
        return []
    if not isinstance(container, dict):
        raise BadResponse(Msg("SellerCenter sent an unexpected {outer} answer.", outer=outer))
    return as_list(container.get(inner))


def models(model: type[Model], body: Tree, outer: str, inner: str) -> tuple[Model, ...]:
    try:
        return tuple(model.model_validate(entry) for entry in collection(body, outer, inner))
    except ValidationError as error:
        raise BadResponse(
            Msg(
                "SellerCenter sent a {inner} Seller Desk cannot read ({n} problem(s)).",
                plural="SellerCenter sent a {inner} Seller Desk cannot read ({n} problem(s)).",
                inner=inner,
                n=error.error_count(),
            )
        ) from None


def failure_reasons(body: Tree) -> tuple[FailureReason, ...]:
    return models(FailureReason, body, "Reasons", "Reason")


def shipment_providers(body: Tree) -> tuple[ShipmentProvider, ...]:
    return models(ShipmentProvider, body, "ShipmentProviders", "ShipmentProvider")


def updated_items(body: Tree) -> tuple[UpdatedItem, ...]:
    return models(UpdatedItem, body, "OrderItems", "OrderItem")


def order_items(body: Tree) -> tuple[OrderItem, ...]:
    return models(OrderItem, body, "OrderItems", "OrderItem")


def orders(body: Tree) -> tuple[Order, ...]:
    return models(Order, body, "Orders", "Order")

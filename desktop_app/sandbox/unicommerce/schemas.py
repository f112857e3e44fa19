"""Request bodies as the sandbox accepts them: strict types, wire names, clear errors.

Kept apart from the client's models on purpose, so a client bug cannot hide behind a shared
definition. Unknown fields (the docs' tax percentages, tentativeDeliveryDate) are ignored.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator


class _Body(BaseModel):
    model_config = ConfigDict(strict=True, extra="ignore")


class CancelItemBody(_Body):
    orderItemId: str = Field(min_length=1)
    productId: str = Field(min_length=1)
    variantId: str = Field(min_length=1)
    quantity: int = Field(ge=1)


class DispatchItemBody(_Body):
    orderItemId: str = Field(min_length=1)
    quantity: int = Field(ge=1)


def _no_repeated_items(ids: list[str]) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"orderItemId {item_id} appears more than once")
        seen.add(item_id)


class CancelBody(_Body):
    orderId: str = Field(min_length=1)
    orderItems: list[CancelItemBody] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_items(self) -> CancelBody:
        _no_repeated_items([item.orderItemId for item in self.orderItems])
        return self


class SelfShippingBody(_Body):
    # A self-shipped dispatch without a tracking id is useless to the buyer.
    trackingId: str = Field(min_length=1)
    deliveryPartner: str | None = None
    deliveryCourier: str | None = None
    dispatchDate: str | None = None
    invoiceDate: str | None = None
    invoiceNumber: str | None = None
    trackingURL: str | None = None

    @field_validator("dispatchDate")
    @classmethod
    def _utc_timestamp(cls, value: str | None) -> str | None:
        return _checked_date(value, "%Y-%m-%dT%H:%M:%S", "yyyy-MM-ddTHH:mm:ss (UTC)")

    @field_validator("invoiceDate")
    @classmethod
    def _plain_date(cls, value: str | None) -> str | None:
        return _checked_date(value, "%Y-%m-%d", "yyyy-MM-dd")


class DispatchBody(_Body):
    orderItems: list[DispatchItemBody] = Field(min_length=1)
    selfShipping: SelfShippingBody | None = None

    @model_validator(mode="after")
    def _unique_items(self) -> DispatchBody:
        _no_repeated_items([item.orderItemId for item in self.orderItems])
        return self


def _checked_date(value: str | None, pattern: str, shown: str) -> str | None:
    if value is None:
        return None
    try:
        datetime.strptime(value, pattern)  # only the shape matters: naive is fine
    except ValueError:
        raise ValueError(f"must be a date as {shown}, got {value!r}") from None
    return value


def describe(error: ValidationError) -> str:
    """One line per problem, e.g. `orderItems.0.quantity: Input should be ... 1`."""
    return "; ".join(
        f"{'.'.join(str(part) for part in problem['loc']) or 'body'}: {problem['msg']}"
        for problem in error.errors(include_url=False)
    )

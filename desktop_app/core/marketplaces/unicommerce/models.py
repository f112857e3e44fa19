"""Wire bodies of the Unicommerce marketplace protocol (the "MP" family), as pydantic models.

Fields are snake_case in Python and carry the protocol's camelCase as aliases: build models by
field name, send them with `to_wire()`, read answers with `model_validate()`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_serializer

# The protocol's date formats: UTC without offset for instants, date-only for invoices.
WIRE_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S"


class _Request(BaseModel):
    model_config = ConfigDict(populate_by_name=True, frozen=True, extra="forbid")

    def to_wire(self) -> dict[str, Any]:
        """The JSON body as the protocol spells it; absent optional fields are left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class _Answer(BaseModel):
    # Marketplaces add fields and sometimes send numeric ids: tolerate both.
    model_config = ConfigDict(populate_by_name=True, frozen=True, coerce_numbers_to_str=True)


class CancelItem(_Request):
    order_item_id: str = Field(alias="orderItemId", min_length=1)
    product_id: str = Field(alias="productId", min_length=1)
    variant_id: str = Field(alias="variantId", min_length=1)
    quantity: int = Field(ge=1)


class CancelRequest(_Request):
    """`POST /orders/cancel`: every field is mandatory."""

    order_id: str = Field(alias="orderId", min_length=1)
    order_items: tuple[CancelItem, ...] = Field(alias="orderItems", min_length=1)


class DispatchItem(_Request):
    order_item_id: str = Field(alias="orderItemId", min_length=1)
    quantity: int = Field(ge=1)


class SelfShipping(_Request):
    """How the seller shipped. The protocol marks these "as applicable"; the tracking id is the
    one field a dispatch without tracking would be pointless without."""

    tracking_id: str = Field(alias="trackingId", min_length=1)
    delivery_partner: str | None = Field(default=None, alias="deliveryPartner")
    delivery_courier: str | None = Field(default=None, alias="deliveryCourier")
    dispatch_date: datetime | None = Field(default=None, alias="dispatchDate")
    invoice_date: date | None = Field(default=None, alias="invoiceDate")
    invoice_number: str | None = Field(default=None, alias="invoiceNumber")
    tracking_url: str | None = Field(default=None, alias="trackingURL")

    @field_serializer("dispatch_date")
    def _utc_without_offset(self, value: datetime | None) -> str | None:
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime(WIRE_DATETIME_FORMAT)


class DispatchRequest(_Request):
    """`POST /orders/dispatch`: items by id, no orderId; selfShipping when the seller ships."""

    order_items: tuple[DispatchItem, ...] = Field(alias="orderItems", min_length=1)
    self_shipping: SelfShipping | None = Field(default=None, alias="selfShipping")


class UpdateStatus(StrEnum):
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    PARTIAL_SUCCESS = "PARTIAL_SUCCESS"


class FailedItem(_Answer):
    order_item_id: str = Field(alias="orderItemId")
    error_message: str | None = Field(default=None, alias="errorMessage")


class UpdateResponse(_Answer):
    """The answer to cancel and dispatch: `orderItems` lists only the items that failed."""

    status: UpdateStatus
    order_items: tuple[FailedItem, ...] = Field(default=(), alias="orderItems")
    message: str | None = None


class AuthTokenResponse(_Answer):
    """`GET /authToken`: status SUCCESS, or FAILED / INVALID_CREDENTIALS (the docs disagree)."""

    status: str
    access_token: str | None = Field(default=None, alias="accessToken")


class ItemStatus(StrEnum):
    """The item statuses the protocol documents; answers may carry others, so fields stay `str`."""

    CREATED = "CREATED"
    CANCELLED = "CANCELLED"
    DISPATCHED = "DISPATCHED"
    DELIVERED = "DELIVERED"
    RETURN_REQUESTED = "RETURN_REQUESTED"
    COURIER_RETURN = "COURIER_RETURN"


class OrderItem(_Answer):
    order_item_id: str = Field(alias="orderItemId")
    product_id: str = Field(alias="productId")
    variant_id: str = Field(alias="variantId")
    quantity: int
    status: str
    # Not in the protocol: our sandbox sends them so partial quantities can be told apart.
    cancelled_quantity: int | None = Field(default=None, alias="cancelledQuantity")
    dispatched_quantity: int | None = Field(default=None, alias="dispatchedQuantity")


class Order(_Answer):
    # The issue says `orderId`; the docs' order JSON calls it `id`. Accept either.
    order_id: str = Field(validation_alias=AliasChoices("orderId", "id"))
    order_status: str | None = Field(default=None, alias="orderStatus")
    order_items: tuple[OrderItem, ...] = Field(default=(), alias="orderItems")


class OrdersPage(_Answer):
    """One page of `GET /orders`; fewer orders than the page size means it was the last one."""

    orders: tuple[Order, ...] = ()

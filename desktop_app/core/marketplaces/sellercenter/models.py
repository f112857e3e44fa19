"""Typed SellerCenter results. They read the wire's quirks: strings for numbers, "" for none,
and a one-element list sent as a bare object."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_pascal


class DeliveryType(StrEnum):
    DROPSHIP = "dropship"
    PICKUP = "pickup"
    SEND_TO_WAREHOUSE = "send_to_warehouse"


CANCELED = "canceled"
PENDING = "pending"
# Item statuses of Falabella v600 GetOrderItems (older SellerCenters say "failed").
FAILED_DELIVERY = "failed_delivery"


def as_list(value: object) -> list[object]:
    """A wire list: missing or "" is empty, a bare object is one element."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    return [value]


def _blank_to_none(value: object) -> object:
    return None if value == "" else value


def _blank_to_false(value: object) -> object:
    return False if value in ("", None) else value


def _inner_list(name: str) -> BeforeValidator:
    """`{"DeliveryOption": ["a", "b"]}` or `{"DeliveryOption": "a"}` -> a list."""

    def read(value: object) -> object:
        if isinstance(value, dict):
            return as_list(value.get(name))
        return as_list(value)

    return BeforeValidator(read)


OptStr = Annotated[str | None, BeforeValidator(_blank_to_none)]
OptInt = Annotated[int | None, BeforeValidator(_blank_to_none)]
OptFloat = Annotated[float | None, BeforeValidator(_blank_to_none)]
Flag = Annotated[bool, BeforeValidator(_blank_to_false)]


class WireModel(BaseModel):
    """Field `order_item_id` reads the wire's `OrderItemId`."""

    model_config = ConfigDict(
        frozen=True,
        extra="ignore",
        alias_generator=to_pascal,
        validate_by_alias=True,
        validate_by_name=True,
        coerce_numbers_to_str=True,
    )

    @model_validator(mode="before")
    @classmethod
    def _pascal_keys(cls, data: object) -> object:
        """Field casing varies on the wire (Falabella sends `isProcessable`)."""
        if isinstance(data, dict):
            return {
                (k[:1].upper() + k[1:]) if isinstance(k, str) else k: v for k, v in data.items()
            }
        return data


class FailureReason(WireModel):
    type: str
    name: str
    reason_id: OptInt = None

    @property
    def is_cancel_reason(self) -> bool:
        return self.type == CANCELED


class ShipmentProvider(WireModel):
    name: str
    is_default: Flag = Field(default=False, alias="Default")
    api_integration: Flag = False
    cod: Flag = False
    tracking_code_validation_regex: OptStr = None
    tracking_code_example: OptStr = None
    tracking_url: OptStr = None
    enabled_delivery_options: Annotated[tuple[str, ...], _inner_list("DeliveryOption")] = ()


class UpdatedItem(WireModel):
    """One item of a SetStatusTo* answer (PackageId only after packing)."""

    order_item_id: OptInt = None
    purchase_order_id: OptStr = None
    purchase_order_number: OptStr = None
    package_id: OptStr = None


class OrderItem(WireModel):
    order_item_id: int
    order_id: int
    status: str
    order_number: str = ""
    name: str = ""
    sku: str = ""
    shop_sku: str = ""
    shipping_type: str = ""
    item_price: OptFloat = None
    paid_price: OptFloat = None
    currency: str = ""
    is_processable: Flag = False
    shipment_provider: OptStr = None
    tracking_code: OptStr = None
    tracking_code_pre: OptStr = None
    reason: OptStr = None
    reason_detail: OptStr = None
    purchase_order_id: OptStr = None
    purchase_order_number: OptStr = None
    package_id: OptStr = None
    created_at: OptStr = None
    updated_at: OptStr = None


class Order(WireModel):
    order_id: int
    order_number: str = ""
    items_count: OptInt = None
    price: OptFloat = None
    statuses: Annotated[tuple[str, ...], _inner_list("Status")] = ()
    created_at: OptStr = None
    updated_at: OptStr = None


@dataclass(frozen=True, slots=True)
class OrderPage:
    orders: tuple[Order, ...]
    total_count: int | None


@dataclass(frozen=True, slots=True)
class StatusUpdate:
    """A SetStatusTo* call that succeeded. Cancel answers carry no items."""

    action: str
    request_id: str | None
    items: tuple[UpdatedItem, ...] = ()

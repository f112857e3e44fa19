"""The SellerCenter platform family (Daraz, Falabella/Linio, Dafiti, Zalora, Jumia): a signed,
Qt-free low-level client."""

from desktop_app.core.marketplaces.sellercenter.client import SellerCenterClient
from desktop_app.core.marketplaces.sellercenter.errors import (
    ClockRejected,
    CredentialsRejected,
    ItemRejected,
    PlatformBusy,
    RequestInvalid,
    Throttled,
)
from desktop_app.core.marketplaces.sellercenter.models import (
    DeliveryType,
    FailureReason,
    Order,
    OrderItem,
    OrderPage,
    ShipmentProvider,
    StatusUpdate,
    UpdatedItem,
)

__all__ = [
    "ClockRejected",
    "CredentialsRejected",
    "DeliveryType",
    "FailureReason",
    "ItemRejected",
    "Order",
    "OrderItem",
    "OrderPage",
    "PlatformBusy",
    "RequestInvalid",
    "SellerCenterClient",
    "ShipmentProvider",
    "StatusUpdate",
    "Throttled",
    "UpdatedItem",
]

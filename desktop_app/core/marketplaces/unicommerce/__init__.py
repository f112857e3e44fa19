"""Client for marketplaces that implement Unicommerce's marketplace protocol (token auth,
`/orders/cancel`, `/orders/dispatch`, `/orders`). Qt-free, one HTTP exchange per call."""

from .client import ORDERS_PAGE_SIZE, STATUS_SYNC_MAX_IDS, UnicommerceClient, normalize_base_url
from .grouping import OrderGroup, group_by_order
from .models import (
    CancelItem,
    CancelRequest,
    DispatchItem,
    DispatchRequest,
    FailedItem,
    ItemStatus,
    Order,
    OrderItem,
    OrdersPage,
    SelfShipping,
    UpdateResponse,
    UpdateStatus,
)
from .outcomes import ItemOutcome, UpdateResult, map_update_response

__all__ = [
    "ORDERS_PAGE_SIZE",
    "STATUS_SYNC_MAX_IDS",
    "CancelItem",
    "CancelRequest",
    "DispatchItem",
    "DispatchRequest",
    "FailedItem",
    "ItemOutcome",
    "ItemStatus",
    "Order",
    "OrderGroup",
    "OrderItem",
    "OrdersPage",
    "SelfShipping",
    "UnicommerceClient",
    "UpdateResponse",
    "UpdateResult",
    "UpdateStatus",
    "group_by_order",
    "map_update_response",
    "normalize_base_url",
]

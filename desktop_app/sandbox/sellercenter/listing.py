"""Read-only actions: failure reasons, shipment providers, orders and their items."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.sandbox.sellercenter.demo_data import REASONS, Item
from desktop_app.sandbox.sellercenter.errors import ScError, mandatory
from desktop_app.sandbox.sellercenter.render import Tree
from desktop_app.sandbox.sellercenter.state import SellerCenterSandboxState

ITEM_STATUSES = frozenset(
    {
        "pending",
        "ready_to_ship",
        "shipped",
        "delivered",
        "failed",
        "failed_delivery",
        "canceled",
        "returned",
    }
)


@dataclass(frozen=True, slots=True)
class Reply:
    response_type: str
    body: Tree
    total_count: int | None = None


def get_failure_reasons(
    state: SellerCenterSandboxState, params: Mapping[str, str], now: datetime
) -> Reply:
    reasons: list[Tree] = [
        {"Type": r.type, "Name": r.name, "ReasonId": r.reason_id} for r in REASONS
    ]
    return Reply("Reasons", {"Reasons": {"Reason": reasons}})


def get_shipment_providers(
    state: SellerCenterSandboxState, params: Mapping[str, str], now: datetime
) -> Reply:
    providers: list[Tree] = [
        {
            "Name": p.name,
            "Default": p.is_default,
            "ApiIntegration": False,
            "Cod": False,
            "TrackingCodeValidationRegex": p.php_regex,
            "TrackingCodeExample": p.example,
            "TrackingUrl": p.tracking_url,
            "EnabledDeliveryOptions": {"DeliveryOption": ["standard", "express"]},
        }
        for p in state.providers.values()
    ]
    return Reply("ShipmentProvider", {"ShipmentProviders": {"ShipmentProvider": providers}})


def _natural(params: Mapping[str, str], name: str, default: int, code: int) -> int:
    text = params.get(name, str(default))
    if not text.isdigit():
        raise ScError(code, f"Invalid {name}")
    return int(text)


def _date(params: Mapping[str, str], name: str) -> datetime | None:
    text = params.get(name)
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ScError(17, f'"{text}" Invalid Date Format') from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def get_orders(state: SellerCenterSandboxState, params: Mapping[str, str], now: datetime) -> Reply:
    created_after = _date(params, "CreatedAfter")
    updated_after = _date(params, "UpdatedAfter")
    if created_after is None and updated_after is None:
        raise ScError(18, "Either CreatedAfter or UpdatedAfter is mandatory")
    limit = _natural(params, "Limit", 100, 19)
    offset = _natural(params, "Offset", 0, 14)
    status = params.get("Status")
    if status and status not in ITEM_STATUSES:
        raise ScError(36, "Invalid status filter")
    matching = []
    for order in sorted(state.orders.values(), key=lambda o: (o.created_at, o.order_id)):
        statuses = sorted({state.items[i].status for i in order.item_ids})
        updated = max(state.items[i].updated_at for i in order.item_ids)
        if created_after is not None and order.created_at < created_after:
            continue
        if updated_after is not None and updated < updated_after:
            continue
        if status is None or status in statuses:
            matching.append((order, statuses))
    page: list[Tree] = [
        {
            "OrderId": order.order_id,
            "OrderNumber": order.order_number,
            "CreatedAt": state.item_time(order.created_at),
            "UpdatedAt": state.item_time(max(state.items[i].updated_at for i in order.item_ids)),
            "Price": round(sum(state.items[i].price for i in order.item_ids), 2),
            "ItemsCount": len(order.item_ids),
            "Statuses": {"Status": list(statuses)},
        }
        for order, statuses in matching[offset : offset + limit]
    ]
    return Reply("Orders", {"Orders": {"Order": page}}, total_count=len(matching))


def item_tree(state: SellerCenterSandboxState, item: Item) -> Tree:
    # Falabella spells this one field in camel case.
    processable = "isProcessable" if state.config.falabella else "IsProcessable"
    return {
        "OrderItemId": item.order_item_id,
        "OrderId": item.order_id,
        "OrderNumber": item.order_number,
        "Name": item.name,
        "Sku": item.sku,
        "ShopSku": f"{item.sku}-SC",
        "ShippingType": item.shipping_type,
        "ItemPrice": item.price,
        "PaidPrice": item.price,
        "Currency": item.currency,
        "Status": item.status,
        processable: item.status == "pending",
        "ShipmentProvider": item.shipment_provider,
        "TrackingCode": item.tracking_code,
        "Reason": item.reason,
        "ReasonDetail": item.reason_detail,
        "PurchaseOrderId": item.purchase_order_id,
        "PurchaseOrderNumber": item.purchase_order_number,
        "PackageId": item.package_id,
        "CreatedAt": state.item_time(item.created_at),
        "UpdatedAt": state.item_time(item.updated_at),
    }


def get_order_items(
    state: SellerCenterSandboxState, params: Mapping[str, str], now: datetime
) -> Reply:
    text = params.get("OrderId")
    if not text:
        raise mandatory("OrderId")
    if not text.isdigit() or int(text) not in state.orders:
        raise ScError(16, "Invalid Order ID")
    items = [item_tree(state, item) for item in state.order_items(int(text))]
    return Reply("OrderItems", {"OrderItems": {"OrderItem": items}})

"""SetStatusToCanceled, SetStatusToPackedByMarketplace and SetStatusToReadyToShip, with the
platform's item rules (reference §2.2-2.3)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from desktop_app.sandbox.sellercenter.demo_data import REASONS, Item, Provider, package_id
from desktop_app.sandbox.sellercenter.errors import item_rule, mandatory
from desktop_app.sandbox.sellercenter.listing import Reply
from desktop_app.sandbox.sellercenter.render import Tree
from desktop_app.sandbox.sellercenter.state import SellerCenterSandboxState

DELIVERY_TYPES = frozenset({"dropship", "pickup", "send_to_warehouse"})
CANCEL_REASONS = frozenset(r.name for r in REASONS if r.type == "canceled")
FALABELLA_CARRIER = "Falabella Envíos"


def _item(state: SellerCenterSandboxState, text: str) -> Item:
    if text.strip().isdigit() and (item := state.items.get(int(text))) is not None:
        return item
    raise item_rule(20, f'"{text}" Invalid Order Item ID')


def set_status_to_canceled(
    state: SellerCenterSandboxState, params: Mapping[str, str], now: datetime
) -> Reply:
    for name in ("OrderItemId", "Reason"):
        if not params.get(name):
            raise mandatory(name)
    item = _item(state, params["OrderItemId"])
    reason = params["Reason"]
    if reason not in CANCEL_REASONS:
        raise item_rule(22, f'"{reason}" Invalid Reason')
    if item.status != "pending":
        raise item_rule(28, 'It is not possible to set the order to the status "canceled"')
    item.status, item.reason = "canceled", reason
    item.reason_detail = params.get("ReasonDetail") or None
    item.updated_at = now
    state.applications[item.order_item_id] += 1
    return Reply("", "")


def _order_items(state: SellerCenterSandboxState, params: Mapping[str, str]) -> list[Item]:
    """`OrderItemIds=[1,2]`, all of one order."""
    text = params.get("OrderItemIds")
    if not text:
        raise mandatory("OrderItemIds")
    inner = text.strip()
    if not (inner.startswith("[") and inner.endswith("]")) or not inner[1:-1].strip():
        raise item_rule(23, f'"{text}" Invalid Order Item IDs')
    items = [_item(state, part) for part in inner[1:-1].split(",")]
    if len({item.order_id for item in items}) > 1:
        raise item_rule(29, "Order items must be from the same order")
    return items


def _delivery(state: SellerCenterSandboxState, params: Mapping[str, str]) -> Provider | None:
    """The shipping provider. Only dropship may name one and a tracking number (E091 else);
    the older platform needs it for dropship, Falabella brings its own."""
    delivery = params.get("DeliveryType")
    if not delivery:
        raise mandatory("DeliveryType")
    if delivery not in DELIVERY_TYPES:
        raise item_rule(24, "Invalid Delivery Type")
    name = params.get("ShippingProvider")
    if delivery != "dropship" and (name or params.get("TrackingNumber")):
        raise item_rule(
            91,
            "You are not allowed to set the shipment provider and tracking number and the"
            " delivery type is wrong. Please use send_to_warehouse",
        )
    if not name:
        if delivery == "dropship" and not state.config.falabella:
            raise mandatory("ShippingProvider")
        return None
    if (provider := state.providers.get(name)) is None:
        raise item_rule(25, "Invalid Shipping Provider")
    return provider


def _check_tracking(
    state: SellerCenterSandboxState, provider: Provider | None, number: str, order_id: int
) -> None:
    if provider is not None and provider.pattern and not provider.pattern.search(number):
        raise item_rule(31, f'Tracking ID incorrect. Example tracking ID: "{provider.example}"')
    if state.used_tracking.get(number, order_id) != order_id:
        raise item_rule(63, f"The tracking code {number} has already been used")


def _packages(items: list[Item], with_package: bool) -> Reply:
    trees: list[Tree] = []
    for item in items:
        tree: dict[str, Tree] = {
            "OrderItemId": item.order_item_id,
            "PurchaseOrderId": item.purchase_order_id,
            "PurchaseOrderNumber": item.purchase_order_number,
        }
        if with_package:
            tree["PackageId"] = item.package_id
        trees.append(tree)
    return Reply("OrderItems", {"OrderItems": {"OrderItem": trees}})


def set_status_to_packed_by_marketplace(
    state: SellerCenterSandboxState, params: Mapping[str, str], now: datetime
) -> Reply:
    provider = _delivery(state, params)
    items = _order_items(state, params)
    if any(item.status not in ("pending", "ready_to_ship") for item in items):
        raise item_rule(73, "All order items must have status Pending or Ready To Ship")
    number = params.get("TrackingNumber")
    if number:
        _check_tracking(state, provider, number, items[0].order_id)
        state.used_tracking[number] = items[0].order_id
    for item in items:
        item.packed = True
        item.package_id = item.package_id or package_id(item.order_id)
        item.purchase_order_id = str(item.order_id + 500_000)
        item.purchase_order_number = f"PO-{item.order_number}"
        item.shipment_provider = provider.name if provider else item.shipment_provider
        if state.config.falabella and not number:
            # Falabella's own logistics: packing prints the label, with its tracking code.
            item.shipment_provider = item.shipment_provider or FALABELLA_CARRIER
            number = item.tracking_code or f"FAL{item.order_id:09d}"
        item.tracking_code = number or item.tracking_code
        item.updated_at = now
        state.applications[item.order_item_id] += 1
        state.packs[item.order_item_id] += 1
    return _packages(items, with_package=True)


def set_status_to_ready_to_ship(
    state: SellerCenterSandboxState, params: Mapping[str, str], now: datetime
) -> Reply:
    if state.config.falabella:
        return _ready_by_package(state, params, now)
    provider = _delivery(state, params)
    number = params.get("TrackingNumber")
    if not number and params["DeliveryType"] == "dropship":
        raise mandatory("TrackingNumber")
    items = _order_items(state, params)
    # A repeated ready-to-ship is E073 too (reference §2.3): idempotent by target status.
    if any(item.status != "pending" for item in items):
        raise item_rule(73, "All order items must have status Pending or Ready To Ship")
    if not all(item.packed for item in items):
        raise item_rule(34, "Order item must be packed")
    if number:
        _check_tracking(state, provider, number, items[0].order_id)
        state.used_tracking[number] = items[0].order_id
    for item in items:
        _ship(state, item, now)
        item.shipment_provider = provider.name if provider else item.shipment_provider
        item.tracking_code = number or item.tracking_code
    return _packages(items, with_package=False)


def _ready_by_package(
    state: SellerCenterSandboxState, params: Mapping[str, str], now: datetime
) -> Reply:
    """Falabella v600: OrderItemIds and the PackageId from GetOrderItems, both required; it
    moves every pending item of the order ("the status of all products associated with the
    order will be updated")."""
    package = params.get("PackageId")
    if not package:
        raise mandatory("PackageId")
    if params.get("DeliveryType"):
        _delivery(state, params)  # the older form's fields, if sent: E024, E091
    items = _order_items(state, params)
    if any(item.status != "pending" for item in items):
        raise item_rule(73, "All order items must have status Pending or Ready To Ship")
    if any(item.package_id != package for item in items):
        raise item_rule(122, f"Invalid Package ID ({package})")
    if not all(item.packed for item in items):
        raise item_rule(34, "Order item must be packed")
    moved = [i for i in state.order_items(items[0].order_id) if i.status == "pending"]
    for item in moved:
        _ship(state, item, now)
    return _packages(items, with_package=False)


def _ship(state: SellerCenterSandboxState, item: Item, now: datetime) -> None:
    item.status = "ready_to_ship"
    item.updated_at = now
    state.applications[item.order_item_id] += 1
    state.ships[item.order_item_id] += 1

"""The six API operations: request in, (status, JSON body) out. Auth and limits are the guard's."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop_app.sandbox.aboutyou.config import BatchKind
from desktop_app.sandbox.aboutyou.demo_data import Order
from desktop_app.sandbox.aboutyou.errors import NotFound
from desktop_app.sandbox.aboutyou.outcomes import reject_ship_with_closed_items
from desktop_app.sandbox.aboutyou.state import AboutYouState
from desktop_app.sandbox.aboutyou.validation import (
    OrderFilter,
    parse_batch_request_id,
    parse_cancel,
    parse_json_body,
    parse_order_filter,
    parse_paging,
    parse_ship,
)
from desktop_app.sandbox.aboutyou.views import carrier_json, order_json, paged, results_json


@dataclass(frozen=True)
class ApiRequest:
    api_key: str
    query: Mapping[str, str]
    body: bytes


@dataclass(frozen=True)
class ApiReply:
    status: int
    body: dict[str, Any]


def cancel_items(state: AboutYouState, request: ApiRequest) -> ApiReply:
    items = parse_cancel(parse_json_body(request.body), state.config.max_items)
    batch = state.submit("cancel", request.api_key, items)
    return ApiReply(200, {"batchRequestId": batch.id})


def ship_items(state: AboutYouState, request: ApiRequest) -> ApiReply:
    body = parse_json_body(request.body)
    items = parse_ship(body, state.carrier_keys, state.config.max_items)
    reject_ship_with_closed_items(state.items, items)
    batch = state.submit("ship", request.api_key, items)
    return ApiReply(200, {"batchRequestId": batch.id})


def cancel_results(state: AboutYouState, request: ApiRequest) -> ApiReply:
    return _results(state, request, "cancel")


def ship_results(state: AboutYouState, request: ApiRequest) -> ApiReply:
    return _results(state, request, "ship")


def carriers(state: AboutYouState, request: ApiRequest) -> ApiReply:
    page, per_page = parse_paging(request.query)
    pages_field = state.config.pages_field
    return ApiReply(200, paged(state.carriers, page, per_page, carrier_json, pages_field))


def orders(state: AboutYouState, request: ApiRequest) -> ApiReply:
    page, per_page = parse_paging(request.query)
    wanted = parse_order_filter(request.query)
    rows = [(order, state.order_status(order)) for order in state.orders]
    rows = [(order, status) for order, status in rows if _matches(order, status, wanted)]
    return ApiReply(
        200,
        paged(
            rows,
            page,
            per_page,
            lambda r: order_json(r[0], state.items, r[1]),
            state.config.pages_field,
        ),
    )


def _results(state: AboutYouState, request: ApiRequest, kind: BatchKind) -> ApiReply:
    batch_id = parse_batch_request_id(request.query)
    batch = state.batches.find(batch_id, kind, request.api_key)
    if batch is None:
        raise NotFound(f"Batch request {batch_id} not found")
    return ApiReply(200, results_json(batch, state.poll(batch)))


def _matches(order: Order, status: str, wanted: OrderFilter) -> bool:
    return (
        wanted.order_status in (None, status)
        and wanted.order_number in (None, order.order_number)
        and (wanted.orders_from is None or order.created_at >= wanted.orders_from)
        and (wanted.orders_to is None or order.created_at <= wanted.orders_to)
    )

"""SellerCenter behind the Marketplace protocol: per-item calls presented as one-row batches.

Every row is its own batch and is answered at once (no polling). A status change is not
idempotent, but the platform refuses a second one (wrong status), so nothing is applied twice;
after a lost answer the item's status tells whether the first attempt got through."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

import httpx

from desktop_app.core.errors import ConfigError, RequestRejected
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.marketplaces.base import (
    AppliedCheck,
    BatchPoll,
    Carrier,
    ItemVerdict,
    OpenItem,
    Submitted,
)
from desktop_app.core.marketplaces.http import DEFAULT_TIMEOUT, new_http_client
from desktop_app.core.marketplaces.sellercenter import payloads
from desktop_app.core.marketplaces.sellercenter.client import (
    Clock,
    ResponseFormat,
    SellerCenterClient,
    utc_now,
)
from desktop_app.core.marketplaces.sellercenter.item_status import ItemLocator
from desktop_app.core.marketplaces.sellercenter.models import FailureReason, ShipmentProvider
from desktop_app.core.marketplaces.sellercenter.payloads import CancelCall, ShipCall
from desktop_app.core.marketplaces.sellercenter.row_specs import (
    CANCEL_REASON_OPTION,
    DELIVERY_TYPE,
    DELIVERY_TYPE_OPTION,
    SHIPPING_PROVIDER,
    SHIPPING_PROVIDER_OPTION,
    cancel_spec,
    ship_spec,
)
from desktop_app.core.marketplaces.sellercenter.verdicts import failed, is_wrong_status
from desktop_app.core.models import Action, ItemId, RowResult
from desktop_app.core.pacing import Pacer, PacingPolicy
from desktop_app.core.profiles import Profile

KIND = "sellercenter"
LOOKUP = "lookup"
# No quota is published (reference §4): one request a second per family unless the profile
# says otherwise. A ship row costs two requests (pack, then ready to ship).
DEFAULT_BUDGETS = {"cancel": 60, "ship": 60, LOOKUP: 60}
# Where an item stands once the action got through.
DONE_STATUSES = {
    Action.CANCEL: frozenset({"canceled"}),
    Action.SHIP: frozenset({"ready_to_ship", "shipped", "delivered"}),
}
# Order listings to search for an item whose answer was lost: done, or still as it was.
SEARCH_STATUSES = {
    Action.CANCEL: ("canceled", "pending"),
    Action.SHIP: ("ready_to_ship", "pending"),
}
FORMAT_OPTION = "format"
USER_AGENT_OPTION = "user_agent"  # Falabella requires `SellerId/Lang/Version/...`

StatusChange = Callable[[], Awaitable[object]]
Verdicts = dict[ItemId, ItemVerdict]


@dataclass(frozen=True, slots=True)
class _Learned:
    """What `already_applied` saw of one journaled batch: items not to change again."""

    action: Action
    payload: str
    done: frozenset[int] = frozenset()
    packed: frozenset[int] = frozenset()


class SellerCenterMarketplace:
    kind = KIND
    idempotent_resend = False

    def __init__(
        self,
        base_url: str,
        user_id: str,
        api_key: str,
        *,
        fmt: ResponseFormat = "JSON",
        pacing: PacingPolicy | None = None,
        options: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        clock: Clock = utc_now,
    ) -> None:
        self.pacer = Pacer(pacing or PacingPolicy(DEFAULT_BUDGETS))
        self._options = dict(options or {})
        headers = {"User-Agent": ua} if (ua := self._options.get(USER_AGENT_OPTION)) else {}
        self._http = new_http_client(base_url, headers, transport=transport, timeout=timeout)
        self._client = SellerCenterClient(self._http, base_url, user_id, api_key, fmt, clock)
        self._locator = ItemLocator(self._client, self.pacer, LOOKUP)
        self._reasons: tuple[FailureReason, ...] | None = None
        self._providers: tuple[ShipmentProvider, ...] | None = None
        # Learned from `already_applied` on a resume, for the re-send of that batch alone (the
        # engine sends it next; its payload is rebuilt byte for byte from the same row).
        self._learned: _Learned | None = None

    # -- what a file holds ------------------------------------------------------------------

    async def cancel_reasons(self) -> tuple[FailureReason, ...]:
        if self._reasons is None:
            self._reasons = await self.pacer.run(LOOKUP, self._client.get_cancel_reasons)
        return self._reasons

    async def shipment_providers(self) -> tuple[ShipmentProvider, ...]:
        if self._providers is None:
            self._providers = await self.pacer.run(LOOKUP, self._client.get_shipment_providers)
        return self._providers

    async def row_spec(self, action: Action) -> RowSpec:
        if action is Action.CANCEL:
            return cancel_spec(await self.cancel_reasons(), self._options)
        return ship_spec(await self.shipment_providers(), self._options)

    # -- batches: one row each ------------------------------------------------------------

    def plan_batches(self, action: Action, rows: Sequence[RowResult]) -> list[list[RowResult]]:
        return [[row] for row in rows]

    def build_payload(self, action: Action, rows: Sequence[RowResult]) -> str:
        if len(rows) != 1:
            raise ConfigError("A SellerCenter batch carries exactly one row.")
        if action is Action.CANCEL:
            return payloads.encode(
                payloads.cancel_call(rows[0], self._options.get(CANCEL_REASON_OPTION))
            )
        defaults = {
            SHIPPING_PROVIDER: self._options.get(SHIPPING_PROVIDER_OPTION, ""),
            DELIVERY_TYPE: self._options.get(DELIVERY_TYPE_OPTION, ""),
        }
        return payloads.encode(payloads.ship_call(rows[0], defaults))

    async def submit(self, action: Action, payload: str) -> Submitted:
        call = payloads.decode(payload)
        learned, self._learned = self._learned, None
        if learned is None or (learned.action, learned.payload) != (action, payload):
            learned = _Learned(action, payload)
        if isinstance(call, CancelCall) and action is Action.CANCEL:
            verdicts, resent = await self._cancel(call, learned.done)
        elif isinstance(call, ShipCall) and action is Action.SHIP:
            verdicts, resent = await self._ship(call, learned)
        else:
            raise ConfigError(f"This journaled batch is not a {action.value} batch.")
        return Submitted(verdicts=verdicts, resent=resent)

    async def _cancel(self, call: CancelCall, done: frozenset[int]) -> tuple[Verdicts, bool]:
        verdicts: Verdicts = {}
        resent = False
        for item in call.order_item_ids:
            if item in done:
                verdicts[item] = ItemVerdict(True)
                continue

            def cancel(item: int = item) -> Awaitable[object]:
                return self._client.set_status_to_canceled(item, call.reason, call.reason_detail)

            refused, again = await self._change(Action.CANCEL, (item,), cancel, final=True)
            verdicts.update(refused or {item: ItemVerdict(True)})
            resent = resent or again
        return verdicts, resent

    async def _ship(self, call: ShipCall, learned: _Learned) -> tuple[Verdicts, bool]:
        ids = call.order_item_ids
        if set(ids) <= learned.done:
            return dict.fromkeys(ids, ItemVerdict(True)), False
        resent = False
        if not set(ids) <= learned.packed:  # packed before an interruption: not again

            def pack() -> Awaitable[object]:
                return self._client.set_status_to_packed_by_marketplace(
                    ids, call.delivery_type, call.shipping_provider
                )

            refused, resent = await self._change(Action.SHIP, ids, pack, final=False)
            if refused:
                return refused, resent

        def ready() -> Awaitable[object]:
            return self._client.set_status_to_ready_to_ship(
                ids, call.delivery_type, call.shipping_provider, call.tracking_number
            )

        refused, again = await self._change(Action.SHIP, ids, ready, final=True)
        return refused or dict.fromkeys(ids, ItemVerdict(True)), resent or again

    async def _change(
        self, action: Action, ids: Sequence[int], change: StatusChange, *, final: bool
    ) -> tuple[Verdicts | None, bool]:
        """Send one status change through the pacer: (the items' failures or None, re-sent?)."""
        tries = 0

        async def send() -> object:
            nonlocal tries
            tries += 1
            return await change()

        try:
            await self.pacer.run(action.value, send)
        except RequestRejected as error:
            # A retry that meets "wrong status" may follow an attempt whose answer was lost.
            if final and tries > 1 and is_wrong_status(error) and await self._all_done(action, ids):
                return None, True
            return failed(error, ids), tries > 1
        return None, tries > 1

    async def _all_done(self, action: Action, ids: Sequence[int]) -> bool:
        found = await self._locator.find(ids, SEARCH_STATUSES[action])
        return all(i in found and found[i].status in DONE_STATUSES[action] for i in ids)

    async def state_before(self, action: Action, payload: str) -> str | None:
        return None  # not recorded yet: the status check alone decides

    async def already_applied(
        self, action: Action, payload: str, before: str | None = None
    ) -> AppliedCheck:
        """Items of a batch sent before an interruption that SellerCenter now shows as done."""
        self._learned = None
        ids = payloads.decode(payload).order_item_ids
        found = await self._locator.find(ids, SEARCH_STATUSES[action])
        done: set[int] = set()
        packed: set[int] = set()
        for item_id, item in found.items():
            if item.status in DONE_STATUSES[action]:
                done.add(item_id)
            elif action is Action.SHIP and item.status == "pending" and item.package_id:
                packed.add(item_id)
        self._learned = _Learned(action, payload, frozenset(done), frozenset(packed))
        return AppliedCheck(frozenset(done))

    async def poll(self, action: Action, request_id: str) -> BatchPoll:
        raise NotImplementedError("SellerCenter answers every call at once; nothing to poll.")

    # -- what the window offers ------------------------------------------------------------

    async def carriers(self) -> list[Carrier]:
        """The shipment providers; the key is the Name SellerCenter expects back."""
        return [
            Carrier(
                key=provider.name,
                name=provider.name,
                label=f"{provider.name} (e.g. {provider.tracking_code_example})"
                if provider.tracking_code_example
                else provider.name,
            )
            for provider in await self.shipment_providers()
        ]

    async def open_items(self, limit: int = 5000) -> list[OpenItem]:
        """Pending items, oldest order first (one GetOrderItems per pending order)."""
        return [
            OpenItem(
                order_item_id=item.order_item_id,
                order_number=order.order_number,
                sku=item.sku,
                created_at=order.created_at or "",
            )
            for order, item in await self._locator.pending_items(limit)
        ]

    async def order_items_since(self, since: datetime) -> int | None:
        return None  # no order listing behind this protocol yet: the guard shows no share

    async def aclose(self) -> None:
        await self._http.aclose()


def open_for_profile(
    profile: Profile, secret: str, transport: httpx.AsyncBaseTransport | None
) -> SellerCenterMarketplace:
    if not profile.user_id:
        raise ConfigError(
            f"Profile '{profile.name}' has no SellerCenter user id: add it again with"
            " --user-id and the e-mail of the Seller Center user."
        )
    fmt = profile.options.get(FORMAT_OPTION, "JSON").upper()
    if fmt not in ("JSON", "XML"):
        raise ConfigError(f"Profile '{profile.name}': the format must be JSON or XML.")
    pacing = PacingPolicy(
        {**DEFAULT_BUDGETS, **profile.budgets}, window_seconds=profile.window_seconds
    )
    return SellerCenterMarketplace(
        profile.base_url,
        profile.user_id,
        secret,
        fmt="XML" if fmt == "XML" else "JSON",
        pacing=pacing,
        options=profile.options,
        transport=transport,
    )

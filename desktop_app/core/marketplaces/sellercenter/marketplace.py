"""SellerCenter behind the Marketplace protocol: per-item calls presented as one-row batches.

Every row is its own batch and is answered at once (no polling). A status change is not
idempotent, but the platform refuses a second one (wrong status), so nothing is applied twice;
after a lost answer the item's status tells whether the first attempt got through."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx

from desktop_app.core.errors import ConfigError, RequestRejected
from desktop_app.core.i18n import Msg
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
from desktop_app.core.marketplaces.sellercenter.models import (
    CANCELED,
    PENDING,
    FailureReason,
    OrderItem,
    ShipmentProvider,
)
from desktop_app.core.marketplaces.sellercenter.partial_orders import OrderGap, order_gaps
from desktop_app.core.marketplaces.sellercenter.payloads import Call, CancelCall, ShipCall
from desktop_app.core.marketplaces.sellercenter.platforms import (
    FALABELLA,
    GENERIC,
    SELLER_ID_OPTION,
    lookback_of,
    moved_away_problem,
    platform_of,
    time_zone_of,
    user_agent,
)
from desktop_app.core.marketplaces.sellercenter.row_specs import (
    CANCEL_REASON_OPTION,
    DELIVERY_TYPE,
    DELIVERY_TYPE_OPTION,
    SHIPPING_PROVIDER,
    SHIPPING_PROVIDER_OPTION,
    cancel_spec,
    ship_spec,
)
from desktop_app.core.marketplaces.sellercenter.signing import API_VERSION, ORDERS_VERSION
from desktop_app.core.marketplaces.sellercenter.verdicts import failed, is_wrong_status
from desktop_app.core.models import Action, ImportResult, ItemId, RowResult
from desktop_app.core.pacing import Pacer, PacingPolicy
from desktop_app.core.profiles import Profile

KIND = "sellercenter"
LOOKUP = "lookup"
# No quota is published (reference §4): one request a second per family unless the profile
# says otherwise. A ship row costs two status changes (pack, then ready to ship) and up to
# three GetOrderItems.
DEFAULT_BUDGETS = {"cancel": 60, "ship": 60, LOOKUP: 60}
# Where an item stands once the action got through.
DONE_STATUSES = {
    Action.CANCEL: frozenset({CANCELED}),
    Action.SHIP: frozenset({"ready_to_ship", "shipped", "delivered"}),
}
# Order listings to search for an item whose answer was lost: done, or still as it was.
SEARCH_STATUSES = {
    Action.CANCEL: (CANCELED, PENDING),
    Action.SHIP: ("ready_to_ship", PENDING),
}
FORMAT_OPTION = "format"
USER_AGENT_OPTION = "user_agent"  # overrides the computed `SellerId/Python/x.y.z`
# A status the platform stamped this long before our own clock's first send still counts as
# ours: the platform accepts our Timestamp only within minutes of its own clock.
CLOCK_MARGIN = timedelta(minutes=2)

StatusChange = Callable[[], Awaitable[object]]
Settled = Callable[[Mapping[int, OrderItem]], bool]
Verdicts = dict[ItemId, ItemVerdict]


def is_packed(item: OrderItem, platform: str) -> bool:
    """Packed and not yet ready to ship. A PackageId alone proves nothing (Falabella assigns
    one when the order is created); a packed item has its tracking code (its label)."""
    if item.status != PENDING:
        return False
    return bool(item.tracking_code) or (platform == GENERIC and bool(item.shipment_provider))


@dataclass(frozen=True, slots=True)
class _Before:
    """What `state_before` saw: when the first send left, and each item's status then."""

    at: datetime | None = None
    statuses: Mapping[int, str] = field(default_factory=dict)

    def to_text(self) -> str:
        body = {
            "at": self.at.isoformat() if self.at else None,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
        }
        return json.dumps(body, separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_text(cls, text: str | None) -> _Before | None:
        if not text:
            return None
        try:
            body = json.loads(text)
            at = datetime.fromisoformat(body["at"]) if body.get("at") else None
            return cls(at, {int(k): str(v) for k, v in body.get("statuses", {}).items()})
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


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
        self.platform = platform_of(self._options)
        seller = self._options.get(SELLER_ID_OPTION) or user_id
        agent = self._options.get(USER_AGENT_OPTION) or user_agent(seller)
        self._http = new_http_client(base_url, {}, transport=transport, timeout=timeout)
        self._client = SellerCenterClient(
            self._http, base_url, user_id, api_key, fmt, clock, user_agent=agent
        )
        self._clock = clock
        self._locator = ItemLocator(
            self._client,
            self.pacer,
            LOOKUP,
            zone=time_zone_of(self._options),
            lookback=lookback_of(self._options),
            orders_version=ORDERS_VERSION if self.platform == FALABELLA else API_VERSION,
            clock=clock,
        )
        self._reasons: tuple[FailureReason, ...] | None = None
        self._providers: tuple[ShipmentProvider, ...] | None = None
        # The status read by `state_before`, reused by the send that follows it.
        self._pre: tuple[str, Mapping[int, OrderItem]] | None = None
        # Items an earlier row of this session shipped with its order (Falabella moves the
        # whole order), by the row item that moved them.
        self._shipped_with: dict[int, int] = {}

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
        if self.platform == FALABELLA:
            return ship_spec((), self._options, carrier_flow=False)
        return ship_spec(await self.shipment_providers(), self._options)

    async def partial_orders(self, action: Action, result: ImportResult) -> list[OrderGap]:
        """Falabella ship rows whose order has open items the file does not list (they ship
        with the row: ready-to-ship moves the whole order)."""
        if action is not Action.SHIP or self.platform != FALABELLA:
            return []
        ids = sorted({int(i) for row in result.rows if row.sendable for i in row.order_items})
        if not ids:
            return []
        found = await self._locator.find(ids, (PENDING,))
        orders = {
            order: self._locator.latest(order) for order in {i.order_id for i in found.values()}
        }
        return order_gaps(result.rows, found, orders)

    # -- batches: one row each ------------------------------------------------------------

    def plan_batches(self, action: Action, rows: Sequence[RowResult]) -> list[list[RowResult]]:
        return [[row] for row in rows]

    def build_payload(self, action: Action, rows: Sequence[RowResult]) -> str:
        if len(rows) != 1:
            raise ConfigError(Msg("A SellerCenter batch carries exactly one row."))
        if action is Action.CANCEL:
            return payloads.encode(
                payloads.cancel_call(rows[0], self._options.get(CANCEL_REASON_OPTION))
            )
        defaults = {
            SHIPPING_PROVIDER: self._options.get(SHIPPING_PROVIDER_OPTION, ""),
            DELIVERY_TYPE: self._options.get(DELIVERY_TYPE_OPTION, ""),
        }
        return payloads.encode(
            payloads.ship_call(rows[0], defaults, carrier_flow=self.platform == GENERIC)
        )

    async def submit(self, action: Action, payload: str) -> Submitted:
        call = payloads.decode(payload)
        pre, self._pre = self._pre, None
        known = pre[1] if pre is not None and pre[0] == payload else None
        if isinstance(call, CancelCall) and action is Action.CANCEL:
            verdicts = await self._cancel(call)
        elif isinstance(call, ShipCall) and action is Action.SHIP:
            verdicts = await self._ship(call, known)
        else:
            raise ConfigError(
                Msg("This journaled batch is not a {action} batch.", action=action.value)
            )
        return Submitted(verdicts=verdicts)

    async def _read(
        self, action: Action, call: Call, ids: Sequence[int] | None = None
    ) -> Mapping[int, OrderItem]:
        """The call's items (or `ids` of them) as SellerCenter shows them now."""
        wanted = call.order_item_ids if ids is None else ids
        return await self._locator.find(wanted, SEARCH_STATUSES[action], payloads.order_date(call))

    async def _cancel(self, call: CancelCall) -> Verdicts:
        verdicts: Verdicts = {}
        for item in call.order_item_ids:

            def cancel(item: int = item) -> Awaitable[object]:
                return self._client.set_status_to_canceled(item, call.reason, call.reason_detail)

            sent = _Before(self._clock())

            def settled(
                now: Mapping[int, OrderItem], item: int = item, sent: _Before = sent
            ) -> bool:
                # Cancelled as asked, and since this send: not by someone before the job.
                return (
                    item in now
                    and _cancelled_as_asked(now[item], call)
                    and self._changed_since(now[item], sent)
                )

            refused = await self._change(Action.CANCEL, call, (item,), cancel, settled)
            verdicts.update(refused or {item: ItemVerdict(True)})
        return verdicts

    async def _ship(self, call: ShipCall, known: Mapping[int, OrderItem] | None) -> Verdicts:
        """Pack what is not packed yet, then mark ready to ship. Each step first looks at the
        items' real status, so a pack or ready-to-ship whose answer was lost is never sent
        again once it shows; an item already past pending goes straight to ready-to-ship,
        whose refusal (E073) is the row's answer, as on any run."""
        ids = call.order_item_ids
        if all(i in self._shipped_with for i in ids):
            note = (
                Msg(
                    "Falabella had already marked it ready to ship with its order, together with"
                    " order item {item} of an earlier row.",
                    item=self._shipped_with[ids[0]],
                ),
            )
            return dict.fromkeys(ids, ItemVerdict(True, notes=note))
        pre = known if known is not None else await self._read(Action.SHIP, call)
        still_open = all(pre[i].status == PENDING for i in ids if i in pre)
        to_pack = [i for i in ids if i not in pre or not is_packed(pre[i], self.platform)]
        if still_open and to_pack:

            def pack() -> Awaitable[object]:
                return self._client.set_status_to_packed_by_marketplace(
                    ids, call.delivery_type, call.shipping_provider, call.tracking_number
                )

            def packed(now: Mapping[int, OrderItem]) -> bool:
                return all(i in now and is_packed(now[i], self.platform) for i in to_pack)

            if refused := await self._change(Action.SHIP, call, ids, pack, packed):
                return refused

        def shipped(now: Mapping[int, OrderItem]) -> bool:
            return all(
                i in now
                and now[i].status in DONE_STATUSES[Action.SHIP]
                and pre.get(i, now[i]).status == PENDING
                and (not call.tracking_number or now[i].tracking_code == call.tracking_number)
                for i in ids
            )

        if self.platform == GENERIC:

            def ready() -> Awaitable[object]:
                return self._client.set_status_to_ready_to_ship(
                    ids, call.delivery_type, call.shipping_provider, call.tracking_number
                )

            refused = await self._change(Action.SHIP, call, ids, ready, shipped)
        else:
            refused = await self._ready_by_package(call, shipped)
        if refused:
            return refused
        if self.platform == GENERIC:
            return dict.fromkeys(ids, ItemVerdict(True))
        return self._moved_with(ids, pre)

    async def _ready_by_package(self, call: ShipCall, shipped: Settled) -> Verdicts | None:
        """Falabella: each package's items with the PackageId GetOrderItems gives them."""
        ids = call.order_item_ids
        now = await self._read(Action.SHIP, call, ids)
        packages: dict[str, list[int]] = {}
        for item in ids:
            package = now[item].package_id if item in now else None
            if not package:
                sentence = Msg(
                    "SellerCenter shows no package for order item {item}, so it was not"
                    " marked ready to ship; try the row again later.",
                    item=item,
                )
                return dict.fromkeys(ids, ItemVerdict(False, (sentence,)))
            packages.setdefault(package, []).append(item)
        for package, group in packages.items():

            def ready(group: Sequence[int] = group, package: str = package) -> Awaitable[object]:
                return self._client.set_status_to_ready_to_ship(group, package_id=package)

            if refused := await self._change(Action.SHIP, call, group, ready, shipped):
                return {**dict.fromkeys(ids, next(iter(refused.values()))), **refused}
        return None

    def _moved_with(self, ids: Sequence[int], pre: Mapping[int, OrderItem]) -> Verdicts:
        """Ready-to-ship moves the whole order: its other pending items shipped too. They get
        their own verdicts, and the row a note naming them."""
        moved = [
            item.order_item_id
            for order_id in sorted({pre[i].order_id for i in ids if i in pre})
            for item in self._locator.latest(order_id)
            if item.order_item_id not in ids and item.status == PENDING
        ]
        note = (
            (
                Msg(
                    "Falabella marked the whole order ready to ship: order items {items} of the"
                    " same order shipped with this row.",
                    items=", ".join(str(i) for i in moved),
                ),
            )
            if moved
            else ()
        )
        verdicts: Verdicts = dict.fromkeys(ids, ItemVerdict(True, notes=note))
        verdicts.update(dict.fromkeys(moved, ItemVerdict(True)))
        self._shipped_with.update(dict.fromkeys(moved, ids[0]))
        return verdicts

    async def _change(
        self,
        action: Action,
        call: Call,
        ids: Sequence[int],
        change: StatusChange,
        settled: Settled,
    ) -> Verdicts | None:
        """Send one status change through the pacer; the items' failures, or None. Before any
        retry the items' status is read: a change that shows is never sent again."""
        tries = 0

        async def send() -> object:
            nonlocal tries
            tries += 1
            if tries > 1 and settled(await self._read(action, call, ids)):
                return None
            return await change()

        try:
            await self.pacer.run(action.value, send)
        except RequestRejected as error:
            # A retry meeting "wrong status" may follow an attempt whose answer was lost.
            if (
                tries > 1
                and is_wrong_status(error)
                and settled(await self._read(action, call, ids))
            ):
                return None
            return failed(error, ids)
        return None

    async def state_before(self, action: Action, payload: str) -> str | None:
        """When the first send leaves and, for a ship, each item's status then (the read the
        ship needs anyway). A cancel is judged by the time its item changed: no request."""
        at = self._clock()
        if action is Action.CANCEL:
            return _Before(at).to_text()
        call = payloads.decode(payload)
        now = await self._read(action, call)
        self._pre = (payload, now)
        return _Before(at, {i: item.status for i, item in now.items()}).to_text()

    async def already_applied(
        self, action: Action, payload: str, before: str | None = None
    ) -> AppliedCheck:
        """Items whose status shows *this job's* change. An item that was already done before
        the first send is left open: sent again, it gets the marketplace's own refusal, as an
        uninterrupted run would. Unreadable items, or a ship done with no record of before,
        stay undecided (failed in doubt, never sent again)."""
        call = payloads.decode(payload)
        ids = call.order_item_ids
        seen = _Before.from_text(before)
        now = await self._read(action, call)
        applied: set[ItemId] = set()
        undecided: set[ItemId] = set()
        for item_id in ids:
            item = now.get(item_id)
            if item is None:
                undecided.add(item_id)
            elif item.status not in DONE_STATUSES[action]:
                continue  # still open: sent again (a packed item is not packed twice)
            elif isinstance(call, CancelCall):
                if _cancelled_as_asked(item, call) and self._changed_since(item, seen):
                    applied.add(item_id)
            elif seen is not None and item_id in seen.statuses:
                if seen.statuses[item_id] == PENDING and _tracking_fits(item, call):
                    applied.add(item_id)
            elif call.tracking_number:
                if _tracking_fits(item, call):
                    applied.add(item_id)
            else:
                undecided.add(item_id)
        return AppliedCheck(frozenset(applied), frozenset(undecided))

    def _changed_since(self, item: OrderItem, seen: _Before | None) -> bool:
        if seen is None or seen.at is None or not item.updated_at:
            return True  # nothing to compare: the matching reason is all there is
        return self._locator.moment(item.updated_at) >= seen.at - CLOCK_MARGIN

    async def poll(self, action: Action, request_id: str) -> BatchPoll:
        raise NotImplementedError("SellerCenter answers every call at once; nothing to poll.")

    # -- what the window offers ------------------------------------------------------------

    async def carriers(self) -> list[Carrier]:
        """The shipment providers; the key is the Name SellerCenter expects back."""
        return [
            Carrier(
                key=provider.name,
                name=provider.name,
                label=Msg(
                    "{provider} (e.g. {example})",
                    provider=provider.name,
                    example=provider.tracking_code_example,
                )
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
    if problem := moved_away_problem(profile.base_url):
        raise ConfigError(
            Msg("Profile '{profile}': {problem}", profile=profile.name, problem=problem)
        )
    if platform_of(profile.options) == FALABELLA and not profile.options.get(SELLER_ID_OPTION):
        raise ConfigError(
            Msg(
                "Profile '{profile}' has no Falabella Seller ID (Seller Center: My account):"
                " Falabella refuses requests without it in the User-Agent.",
                profile=profile.name,
            )
        )
    if not profile.user_id:
        raise ConfigError(
            Msg(
                "Profile '{profile}' has no SellerCenter user id: add it again with"
                " --user-id and the e-mail of the Seller Center user.",
                profile=profile.name,
            )
        )
    fmt = profile.options.get(FORMAT_OPTION, "JSON").upper()
    if fmt not in ("JSON", "XML"):
        raise ConfigError(
            Msg("Profile '{profile}': the format must be JSON or XML.", profile=profile.name)
        )
    pacing = PacingPolicy.for_profile(DEFAULT_BUDGETS, profile.budgets, profile.window_seconds)
    return SellerCenterMarketplace(
        profile.base_url,
        profile.user_id,
        secret,
        fmt="XML" if fmt == "XML" else "JSON",
        pacing=pacing,
        options=profile.options,
        transport=transport,
    )


def _cancelled_as_asked(item: OrderItem, call: CancelCall) -> bool:
    return item.status == CANCELED and (item.reason or "") == call.reason


def _tracking_fits(item: OrderItem, call: ShipCall) -> bool:
    """A ship with a tracking number is ours only if the item carries that number."""
    return not call.tracking_number or item.tracking_code == call.tracking_number

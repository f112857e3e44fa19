"""The cancellation-rate guard: how far a cancel job takes the profile's 7-day cancel share.

Marketplaces punish sellers whose weekly cancellations pass a share of their orders (Daraz: 2 %);
the confirmation shows where this job would leave the profile, and asks for more above the line.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop_app.core.errors import MarketplaceError
from desktop_app.core.i18n import Msg, message_of
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.models import InputRow
from desktop_app.core.profiles import Profile

log = logging.getLogger(__name__)

WINDOW = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class CancelRate:
    """The figures the confirmation shows; `ordered` is None where orders cannot be listed."""

    cancelled: int  # items the profile cancelled in the window (journal), in flight included
    this_job: int  # items this job would cancel
    ordered: int | None  # order items of the window, from the marketplace
    threshold_percent: float
    note: str = ""  # why `ordered` is unknown, when the marketplace could not answer

    @property
    def after_job(self) -> int:
        return self.cancelled + self.this_job

    @property
    def share_percent(self) -> float | None:
        """The 7-day cancel share this job brings the profile to; None without orders to
        divide by (none listed, or none at all in the window: a share means nothing then)."""
        if not self.ordered:
            return None
        return 100.0 * self.after_job / self.ordered

    @property
    def over_threshold(self) -> bool:
        share = self.share_percent
        return share is not None and share > self.threshold_percent


def items_in(rows: Sequence[InputRow]) -> int:
    """Order items the sendable rows carry (a ship row can hold several; a cancel row one)."""
    return sum(len(row.order_items) for row in rows if row.sendable)


async def check_cancel_rate(
    journal: Journal,
    marketplace: Marketplace,
    profile: Profile,
    this_job: int,
    *,
    now: datetime | None = None,
    count_orders: bool = True,
    exclude_job: int | None = None,
) -> CancelRate:
    """Count the window's cancellations (journal) and order items (marketplace; skipped with
    `count_orders=False`, when the seller has already said to go on above the threshold).
    A job already in the journal (confirmed after it was written) passes its id as
    `exclude_job`: its pending rows are `this_job`, not also part of the week's count."""
    since = (now or datetime.now(UTC)) - WINDOW
    cancelled = journal.cancelled_items_since(
        profile.name, since.isoformat(timespec="milliseconds"), exclude_job=exclude_job
    )
    ordered: int | None = None
    note = "" if count_orders else Msg("Orders not counted: --over-threshold was given.")
    try:
        if count_orders:
            ordered = await marketplace.order_items_since(since)
    except MarketplaceError as error:
        # The guard informs; an unreachable order list must not block the seller's own call.
        log.warning("could not count the last 7 days' order items: %s", error)
        note = Msg(
            "The marketplace's orders could not be counted: {reason}", reason=message_of(error)
        )
    return CancelRate(cancelled, this_job, ordered, profile.cancel_threshold_percent, note)


def describe(rate: CancelRate) -> list[str]:
    """The figures as plain sentences, for the CLI (the window words them itself)."""
    lines: list[str] = [
        Msg(
            "This profile cancelled {cancelled} order item(s) in the last 7 days;"
            " this job adds {this_job}.",
            cancelled=rate.cancelled,
            this_job=rate.this_job,
        )
    ]
    share = rate.share_percent
    if share is not None:
        lines.append(
            Msg(
                "That is {after_job} of {ordered} order items of the last 7 days"
                " ({share:.1f} %; threshold {threshold:g} %).",
                after_job=rate.after_job,
                ordered=rate.ordered or 0,
                share=share,
                threshold=rate.threshold_percent,
            )
        )
        if rate.over_threshold:
            lines.append(
                Msg(
                    "WARNING: above the threshold. Marketplaces may restrict or close a shop"
                    " that cancels this much."
                )
            )
    elif rate.ordered == 0:
        lines.append(
            Msg("The marketplace lists no order of the last 7 days, so no share is shown.")
        )
    else:
        lines.append(rate.note or Msg("This marketplace cannot list orders, so no share is shown."))
    return lines

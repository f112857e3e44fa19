"""The same items in two live jobs: a new job whose order items an unfinished job of the same
profile and action already holds. Where the marketplace does not refuse a repeat, both would
apply, and the cancellation count would double. Both faces warn and ask for an extra step."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.i18n import Msg
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow


@dataclass(frozen=True, slots=True)
class LiveOverlap:
    """Unfinished jobs holding some of the new job's items: job id -> how many."""

    jobs: dict[int, int]

    @property
    def items(self) -> int:
        return sum(self.jobs.values())

    def sentence(self) -> str:
        named = ", ".join(
            Msg("job {job} ({items} item(s))", job=job_id, items=n)
            for job_id, n in self.jobs.items()
        )
        return Msg(
            "{count} of these order items are already in an unfinished job of this"
            " profile: {jobs}. Sending them again may apply them twice.",
            count=self.items,
            jobs=named,
        )


def find_overlap(
    journal: Journal,
    profile: str,
    action: Action,
    rows: Sequence[InputRow],
    *,
    exclude_job: int | None = None,
) -> LiveOverlap | None:
    items = {item for row in rows if row.sendable for item in row.order_items}
    found = journal.live_jobs_holding(profile, action, items, exclude_job=exclude_job)
    return LiveOverlap(found) if found else None

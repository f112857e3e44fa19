"""The job state machine: which state a job may move to from which. The one table of it.

The journal applies every change as one conditional UPDATE naming the states it may come from
(`sources_of`), so two processes racing for a job can never both win, and a change this table
does not allow is refused (and logged), never applied.
"""

from __future__ import annotations

from desktop_app.core.models import JobState

S = JobState

# from-state -> the states it may move to. RUNNING -> RUNNING: a new runner takes over the job
# of one that crashed (its lease ran out); the lease check decides whether it may.
ALLOWED: dict[JobState, frozenset[JobState]] = {
    S.SCHEDULED: frozenset({S.READY, S.FINISHED}),  # released (sent) / withdrawn
    S.READY: frozenset({S.RUNNING, S.INTERRUPTED, S.STOPPED}),
    S.RUNNING: frozenset({S.RUNNING, S.WAITING, S.STALLED, S.INTERRUPTED, S.STOPPED, S.FINISHED}),
    S.WAITING: frozenset({S.RUNNING, S.INTERRUPTED, S.STOPPED}),
    S.STALLED: frozenset({S.RUNNING, S.INTERRUPTED, S.STOPPED}),
    S.INTERRUPTED: frozenset({S.RUNNING, S.INTERRUPTED, S.STOPPED}),
    S.STOPPED: frozenset({S.READY}),  # only the seller's Resume
    S.FINISHED: frozenset(),
}

# What a resume takes up on its own: not finished, not awaiting the seller (scheduled), not
# stopped by the seller.
RESUMED_ON_ITS_OWN = frozenset({S.READY, S.RUNNING, S.WAITING, S.STALLED, S.INTERRUPTED})
STOPPABLE = frozenset(state for state, targets in ALLOWED.items() if S.STOPPED in targets)


def allowed(source: JobState, target: JobState) -> bool:
    return target in ALLOWED[source]


def sources_of(target: JobState) -> tuple[JobState, ...]:
    """Every state a job may reach `target` from, in a stable order (for the SQL)."""
    return tuple(state for state in JobState if target in ALLOWED[state])

"""The cancellation-rate guard's arithmetic, and the 7-day count it reads from the journal."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.cancel_guard import CancelRate, describe, items_in
from desktop_app.core.journal import BatchStatus, Journal, RowVerdict
from desktop_app.core.models import Action, InputRow, JobState, Outcome, ShipInfo
from tests.fixtures.journal_edits import leave_state


def test_share_counts_the_weeks_cancellations_plus_this_job_over_the_weeks_order_items() -> None:
    rate = CancelRate(cancelled=5, this_job=15, ordered=1000, threshold_percent=2.0)
    assert rate.after_job == 20
    assert rate.share_percent == pytest.approx(2.0)
    assert not rate.over_threshold  # exactly on the line is still allowed


def test_one_item_more_than_the_threshold_allows_is_over_it() -> None:
    rate = CancelRate(cancelled=5, this_job=16, ordered=1000, threshold_percent=2.0)
    assert rate.share_percent == pytest.approx(2.1)
    assert rate.over_threshold


def test_the_profiles_own_threshold_decides() -> None:
    assert not CancelRate(0, 40, 1000, threshold_percent=5.0).over_threshold
    assert CancelRate(0, 40, 1000, threshold_percent=3.5).over_threshold


@pytest.mark.parametrize("ordered", [None, 0])
def test_without_orders_to_divide_by_there_is_no_share_and_no_refusal(ordered: int | None) -> None:
    rate = CancelRate(cancelled=3, this_job=500, ordered=ordered, threshold_percent=2.0)
    assert rate.share_percent is None
    assert not rate.over_threshold
    assert "no share" in " ".join(describe(rate))


def test_the_cli_sentences_carry_the_figures_and_the_warning() -> None:
    text = " ".join(describe(CancelRate(12, 30, 1000, 2.0)))
    assert "cancelled 12 order item(s)" in text and "adds 30" in text
    assert "42 of 1000" in text and "4.2 %" in text and "WARNING" in text


def test_items_in_counts_order_items_of_sendable_rows_only() -> None:
    ship = ShipInfo("DHL", "1", "2")
    rows = [
        InputRow(2, (1,)),
        InputRow(3, (2, 3), ship=ship),
        InputRow(4, (4,), outcome=Outcome.INVALID),
    ]
    assert items_in(rows) == 3


def _cancel_job(journal: Journal, profile: str, ids: list[int]) -> int:
    rows = [InputRow(line, (item,)) for line, item in enumerate(ids, start=2)]
    return journal.create_job(Action.CANCEL, profile, "aboutyou", "f.csv", rows)


def _complete(journal: Journal, job_id: int, outcome: Outcome) -> None:
    lines = [row.line for row in journal.rows(job_id)]
    batch = journal.add_batch(job_id, "{}", lines)
    journal.finish_batch(batch, BatchStatus.COMPLETED, [RowVerdict(i, outcome) for i in lines])
    leave_state(journal, job_id, JobState.FINISHED)


def test_journal_counts_only_succeeded_cancels_of_the_profile(
    tmp_path: Path,
) -> None:
    journal = Journal(tmp_path / "j.sqlite3")
    _complete(journal, _cancel_job(journal, "shop", [1, 2, 3]), Outcome.SUCCEEDED)
    _complete(journal, _cancel_job(journal, "shop", [4, 5]), Outcome.FAILED)
    _cancel_job(journal, "shop", [6, 7])  # pending, on its way: it may yet fail
    withdrawn = journal.create_job(
        Action.CANCEL, "shop", "aboutyou", "w.csv", [InputRow(2, (8,))], scheduled=True
    )
    journal.withdraw_job(withdrawn)
    _complete(journal, _cancel_job(journal, "other shop", [9]), Outcome.SUCCEEDED)
    ship = journal.create_job(
        Action.SHIP, "shop", "aboutyou", "s.csv", [InputRow(2, (10,), ship=ShipInfo("a", "b", "c"))]
    )
    _complete(journal, ship, Outcome.SUCCEEDED)

    assert journal.cancelled_items_since("shop", "2000-01-01T00:00:00.000+00:00") == 3
    # A week later the finished cancels have left the window.
    assert journal.cancelled_items_since("shop", "2999-01-01T00:00:00.000+00:00") == 0

"""The job state machine, every (from, to) pair, through the journal's guarded UPDATE."""

from __future__ import annotations

import itertools
import logging
from pathlib import Path

import pytest

from desktop_app.core.job_states import ALLOWED, RESUMED_ON_ITS_OWN, allowed, sources_of
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow, JobState
from tests.fixtures.journal_edits import leave_state

PAIRS = list(itertools.product(JobState, JobState))


def _job_in(journal: Journal, state: JobState) -> int:
    job_id = journal.create_job(Action.CANCEL, "shop", "aboutyou", "a.csv", [InputRow(2, (1,))])
    leave_state(journal, job_id, state)
    return job_id


def _state_events(journal: Journal, job_id: int) -> int:
    return sum(1 for _, kind, _ in journal.events(job_id) if kind.startswith("state:"))


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "j.sqlite3")


@pytest.mark.parametrize(("source", "target"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_every_pair_is_applied_once_when_allowed_and_refused_otherwise(
    journal: Journal, source: JobState, target: JobState, caplog: pytest.LogCaptureFixture
) -> None:
    job_id = _job_in(journal, source)
    with caplog.at_level(logging.WARNING, logger="desktop_app.core.journal"):
        changed = journal.transition(job_id, target, "why")
    job = journal.job(job_id)
    if allowed(source, target):
        assert changed
        assert job.state is target and job.last_error == "why"
        assert _state_events(journal, job_id) == 1  # one change, one event
        assert (job.finished_at is not None) is (target is JobState.FINISHED)
    else:
        assert not changed
        assert job.state is source  # never applied
        assert _state_events(journal, job_id) == 0
        assert f"refused the change to {target.value} (it is {source.value})" in caplog.text


def test_a_change_guarded_by_its_owner_needs_that_owner(journal: Journal) -> None:
    job_id = _job_in(journal, JobState.READY)
    assert journal.claim_job(job_id, "me", now=1000.0, lease_seconds=60)
    assert not journal.transition(job_id, JobState.FINISHED, owner="someone else")
    assert journal.job(job_id).state is JobState.RUNNING
    assert journal.transition(job_id, JobState.FINISHED, owner="me")


def test_the_table_names_every_state_and_finished_is_the_end(journal: Journal) -> None:
    assert set(ALLOWED) == set(JobState)
    assert ALLOWED[JobState.FINISHED] == frozenset()
    assert sources_of(JobState.SCHEDULED) == ()  # only create_job makes a scheduled job
    # A stopped job waits for the seller: nothing takes it up on its own.
    assert JobState.STOPPED not in RESUMED_ON_ITS_OWN
    assert ALLOWED[JobState.STOPPED] == {JobState.READY}


@pytest.mark.parametrize("state", [JobState.FINISHED, JobState.SCHEDULED, JobState.STOPPED])
def test_claiming_checks_the_state(journal: Journal, state: JobState) -> None:
    job_id = _job_in(journal, state)
    assert not journal.claim_job(job_id, "me", now=1000.0, lease_seconds=60)
    assert journal.job(job_id).state is state
    assert journal.holder(job_id)[1] is None


def test_a_job_another_runner_just_finished_is_not_flipped_back_to_running(
    journal: Journal,
) -> None:
    job_id = _job_in(journal, JobState.READY)
    assert journal.claim_job(job_id, "first", now=1000.0, lease_seconds=60)
    assert journal.transition(job_id, JobState.FINISHED, owner="first")
    journal.end_lease(job_id, "first")
    assert not journal.claim_job(job_id, "second", now=1001.0, lease_seconds=60)
    assert journal.job(job_id).state is JobState.FINISHED


def test_renewal_reports_a_lost_lease(journal: Journal) -> None:
    job_id = _job_in(journal, JobState.READY)
    assert journal.claim_job(job_id, "me", now=1000.0, lease_seconds=60)
    assert journal.renew_lease(job_id, "me", until=1100.0)
    assert not journal.renew_lease(job_id, "not me", until=1100.0)
    assert journal.claim_job(job_id, "other", now=1101.0, lease_seconds=60)  # it ran out
    assert not journal.renew_lease(job_id, "me", until=1200.0)  # taken: the runner must stop


def test_a_stopped_job_keeps_its_runner_until_it_lets_go_and_renewal_fails(
    journal: Journal,
) -> None:
    job_id = _job_in(journal, JobState.READY)
    assert journal.claim_job(job_id, "me", now=1000.0, lease_seconds=60)
    assert journal.stop_job(job_id)
    state, owner, _ = journal.holder(job_id)
    assert (state, owner) == (JobState.STOPPED, "me")
    assert not journal.renew_lease(job_id, "me", until=1100.0)
    assert not journal.stop_job(job_id)  # stopped already
    assert journal.reopen_stopped(job_id)
    assert journal.job(job_id).state is JobState.READY

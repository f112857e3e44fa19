"""`seller-desk resume [JOB]` and `seller-desk stop JOB`, over the job lifecycle."""

from __future__ import annotations

import logging
import sys
import time

from desktop_app.cli.job_output import print_json, print_result, summary
from desktop_app.cli.job_running import lifecycle
from desktop_app.cli.undo_commands import known_job, not_sent_text
from desktop_app.core.errors import ConfigError, SellerDeskError
from desktop_app.core.job_lease import owner_is_gone
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.models import JobRecord, JobState, Outcome
from desktop_app.core.paths import app_paths
from desktop_app.core.profiles import ProfileStore
from desktop_app.core.reports import JobReport, all_succeeded, record_report

EXIT_OK, EXIT_ROWS_NOT_DONE = 0, 1
STOP_POLL_SECONDS = 0.1
log = logging.getLogger(__name__)


def stopped_text(job: JobRecord) -> str:
    items = job.counts[Outcome.PENDING]
    return (
        f"job {job.id} ({job.action.value}, {items} row(s) pending, profile {job.profile}) was"
        f" stopped: `seller-desk resume {job.id}` goes on with it."
    )


async def resume(
    journal: Journal, profiles: ProfileStore, job_id: int | None, as_json: bool
) -> int:
    async with lifecycle(journal, profiles, progress=not as_json) as jobs:
        if job_id is not None:
            return await _resume_one(journal, jobs, job_id, as_json)
        return await _resume_all(journal, jobs, as_json)


async def _resume_one(journal: Journal, jobs: JobService, job_id: int, as_json: bool) -> int:
    job = known_job(journal, job_id)
    if not jobs.reopen(job_id):
        hint = (
            f"`seller-desk send {job_id}` or `seller-desk withdraw {job_id}` decides."
            if job.state is JobState.SCHEDULED
            else "there is nothing left to send."
        )
        raise ConfigError(f"Job {job_id} cannot be resumed (it is {job.state.value}); {hint}")
    done = await jobs.run(job_id)
    rows = journal.rows(job_id)
    if as_json:
        print_json({"jobs": [record_report(done, rows)]})
    else:
        print(summary(done))
    return EXIT_OK if all_succeeded(rows) else EXIT_ROWS_NOT_DONE


async def _resume_all(journal: Journal, jobs: JobService, as_json: bool) -> int:
    finished: list[JobReport] = []
    ok = True
    for job_id in journal.unfinished_job_ids():
        # Jobs are independent: one that cannot run is reported and skipped.
        try:
            done = await jobs.run(job_id)
            rows = journal.rows(job_id)
        except SellerDeskError as error:
            print(f"seller-desk: job {job_id}: {error}", file=sys.stderr)
            ok = False
            continue
        except Exception:
            log.exception("job %d could not be resumed", job_id)
            print(
                f"seller-desk: job {job_id} could not be resumed; details are in"
                f" {app_paths().log_dir}. The other jobs go on.",
                file=sys.stderr,
            )
            ok = False
            continue
        ok = ok and all_succeeded(rows)
        finished.append(record_report(done, rows))
        if not as_json:
            print(summary(done))
    # Never sent on their own (a crash in the undo window, a watched file awaiting its
    # confirmation), nor resumed (stopped by the seller): listed, with the ways out.
    not_sent = journal.scheduled_jobs()
    stopped = journal.stopped_jobs()
    out = sys.stderr if as_json else sys.stdout
    for job in not_sent:
        print(not_sent_text(job), file=out)
    for job in stopped:
        print(stopped_text(job), file=out)
    if as_json:
        report: dict[str, object] = {"jobs": finished}
        if not_sent:
            report["not_sent"] = [record_report(job, journal.rows(job.id)) for job in not_sent]
        if stopped:
            report["stopped"] = [record_report(job, journal.rows(job.id)) for job in stopped]
        print_json(report)
    return EXIT_OK if ok and not not_sent and not stopped else EXIT_ROWS_NOT_DONE


def stop(journal: Journal, job_id: int, as_json: bool) -> int:
    """Stop the job wherever it runs; return once its runner has let go of it."""
    job = known_job(journal, job_id)
    if job.state is JobState.SCHEDULED:
        raise ConfigError(
            f"Job {job_id} is not sent yet; `seller-desk withdraw {job_id}` withdraws it."
        )
    if not journal.stop_job(job_id):
        raise ConfigError(f"Job {job_id} cannot be stopped (it is {job.state.value}).")
    while _still_held(journal, job_id):
        time.sleep(STOP_POLL_SECONDS)  # the runner checks before each request
    done = journal.job(job_id)
    if as_json:
        print_result(True, record_report(done, journal.rows(job_id)))
    else:
        print(f"Job {job_id} stopped: {done.counts[Outcome.PENDING]} row(s) pending.", end=" ")
        print(f"`seller-desk resume {job_id}` goes on with it.")
    return EXIT_OK


def _still_held(journal: Journal, job_id: int) -> bool:
    """A runner holds the job until it ends its lease; a dead or expired one holds nothing."""
    _, owner, lease_until = journal.holder(job_id)
    return bool(owner) and (lease_until or 0) > time.time() and not owner_is_gone(owner or "")

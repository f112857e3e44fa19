"""`seller-desk resume [JOB]` and `seller-desk stop JOB`, over the job lifecycle."""

from __future__ import annotations

import logging
import sys
import time

from desktop_app.cli.job_output import print_json, print_result, summary
from desktop_app.cli.job_running import lifecycle
from desktop_app.cli.undo_commands import known_job, not_sent_text
from desktop_app.cli.words import action_word, word
from desktop_app.core.errors import ConfigError, SellerDeskError
from desktop_app.core.i18n import Msg, message_of
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
    return Msg(
        "job {job} ({action}, {n} row(s) pending, profile {profile}) was stopped:"
        " `seller-desk resume {job}` goes on with it.",
        plural="job {job} ({action}, {n} row(s) pending, profile {profile}) was stopped:"
        " `seller-desk resume {job}` goes on with it.",
        n=job.counts[Outcome.PENDING],
        job=job.id,
        action=action_word(job.action),
        profile=job.profile,
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
            Msg("`seller-desk send {job}` or `seller-desk withdraw {job}` decides.", job=job_id)
            if job.state is JobState.SCHEDULED
            else Msg("there is nothing left to send.")
        )
        raise ConfigError(
            Msg(
                "Job {job} cannot be resumed (it is {state}); {hint}",
                job=job_id,
                state=word(job.state.value),
                hint=hint,
            )
        )
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
            failed = Msg("job {job}: {error}", job=job_id, error=message_of(error))
            print(f"seller-desk: {failed}", file=sys.stderr)
            ok = False
            continue
        except Exception:
            log.exception("job %d could not be resumed", job_id)
            unexpected = Msg(
                "job {job} could not be resumed; details are in {folder}. The other jobs go on.",
                job=job_id,
                folder=str(app_paths().log_dir),
            )
            print(f"seller-desk: {unexpected}", file=sys.stderr)
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
            Msg("Job {job} is not sent yet; `seller-desk withdraw {job}` withdraws it.", job=job_id)
        )
    if not journal.stop_job(job_id):
        raise ConfigError(
            Msg(
                "Job {job} cannot be stopped (it is {state}).",
                job=job_id,
                state=word(job.state.value),
            )
        )
    while _still_held(journal, job_id):
        time.sleep(STOP_POLL_SECONDS)  # the runner checks before each request
    done = journal.job(job_id)
    if as_json:
        print_result(True, record_report(done, journal.rows(job_id)))
    else:
        print(
            Msg(
                "Job {job} stopped: {n} row(s) pending."
                " `seller-desk resume {job}` goes on with it.",
                plural="Job {job} stopped: {n} row(s) pending."
                " `seller-desk resume {job}` goes on with it.",
                n=done.counts[Outcome.PENDING],
                job=job_id,
            )
        )
    return EXIT_OK


def _still_held(journal: Journal, job_id: int) -> bool:
    """A runner holds the job until it ends its lease; a dead or expired one holds nothing."""
    _, owner, lease_until = journal.holder(job_id)
    return bool(owner) and (lease_until or 0) > time.time() and not owner_is_gone(owner or "")

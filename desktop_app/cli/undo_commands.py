"""`seller-desk send JOB` and `seller-desk withdraw JOB`: the two ways out for a job not sent."""

from __future__ import annotations

import argparse

from desktop_app.cli.guard import check_overlap, report_and_check
from desktop_app.cli.job_output import print_result
from desktop_app.cli.job_running import confirm_send, lifecycle
from desktop_app.core.cancel_guard import check_cancel_rate
from desktop_app.core.errors import ConfigError
from desktop_app.core.journal import Journal
from desktop_app.core.live_overlap import find_overlap
from desktop_app.core.models import Action, InputRow, JobRecord, JobState, Outcome
from desktop_app.core.profiles import ProfileStore
from desktop_app.core.reports import all_succeeded, record_report

EXIT_OK, EXIT_ROWS_NOT_DONE = 0, 1


def not_sent_text(job: JobRecord) -> str:
    items = job.counts[Outcome.PENDING]
    why = "awaits a confirmation" if job.send_at is None else "was never sent"
    return (
        f"job {job.id} ({job.action.value}, {items} row(s), profile {job.profile}) {why}:"
        f" `seller-desk send {job.id}` sends it, `seller-desk withdraw {job.id}` withdraws it."
    )


def known_job(journal: Journal, job_id: int) -> JobRecord:
    try:
        return journal.job(job_id)
    except KeyError:
        raise ConfigError(f"There is no job {job_id}; see `seller-desk jobs`.") from None


def _scheduled(journal: Journal, job_id: int) -> JobRecord:
    job = known_job(journal, job_id)
    if job.state is not JobState.SCHEDULED:
        raise ConfigError(
            f"Job {job_id} is not waiting to be sent (it is {job.state.value});"
            " `seller-desk resume` finishes unfinished jobs."
        )
    return job


def withdraw_job(journal: Journal, job_id: int, as_json: bool) -> int:
    _scheduled(journal, job_id)
    if not journal.withdraw_job(job_id):  # released a moment ago, by another process
        raise ConfigError(f"Job {job_id} is being sent already; it can no longer be withdrawn.")
    print_result(as_json, record_report(journal.job(job_id), journal.rows(job_id)))
    return EXIT_OK


async def send_job(journal: Journal, profiles: ProfileStore, args: argparse.Namespace) -> int:
    job = _scheduled(journal, args.job)
    profile = profiles.get(job.profile)
    async with lifecycle(journal, profiles, wait=not args.no_wait, progress=not args.json) as jobs:
        marketplace = jobs.sessions.get(profile)
        if job.send_at is None:  # never confirmed (a watched file): this is its confirmation
            pending = journal.rows(job.id, [Outcome.PENDING])
            if job.action is Action.CANCEL:
                items = sum(len(row.order_items) for row in pending)
                rate = await check_cancel_rate(
                    journal, marketplace, profile, items, exclude_job=job.id
                )
                report_and_check(
                    rate, yes=args.yes, over_threshold=args.over_threshold, as_json=args.json
                )
            rows = [InputRow(row.line, row.order_items) for row in pending]
            overlap = find_overlap(journal, profile.name, job.action, rows, exclude_job=job.id)
            check_overlap(overlap, yes=args.yes, given=args.overlap, as_json=args.json)
            if not args.yes:
                confirm_send(job.action, profile, len(pending))
        if not jobs.release(job.id):
            raise ConfigError(f"Job {job.id} was withdrawn or sent meanwhile; nothing was sent.")
        done = await jobs.run(job.id)
    rows_done = journal.rows(job.id)
    print_result(args.json, record_report(done, rows_done))
    return EXIT_OK if all_succeeded(rows_done) else EXIT_ROWS_NOT_DONE

"""`seller-desk send JOB` and `seller-desk withdraw JOB`: the two ways out for a job not sent."""

from __future__ import annotations

import argparse

from desktop_app.cli.guard import check_overlap, report_and_check
from desktop_app.cli.job_output import print_result
from desktop_app.cli.job_running import confirm_send, lifecycle
from desktop_app.cli.words import action_word, word
from desktop_app.core.cancel_guard import check_cancel_rate
from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.journal import Journal
from desktop_app.core.live_overlap import find_overlap
from desktop_app.core.models import Action, InputRow, JobRecord, JobState, Outcome
from desktop_app.core.profiles import ProfileStore
from desktop_app.core.reports import all_succeeded, record_report

EXIT_OK, EXIT_ROWS_NOT_DONE = 0, 1


def not_sent_text(job: JobRecord) -> str:
    about = {
        "n": job.counts[Outcome.PENDING],
        "job": job.id,
        "action": action_word(job.action),
        "profile": job.profile,
    }
    if job.send_at is None:
        return Msg(
            "job {job} ({action}, {n} row(s), profile {profile}) awaits a confirmation:"
            " `seller-desk send {job}` sends it, `seller-desk withdraw {job}` withdraws it.",
            plural="job {job} ({action}, {n} row(s), profile {profile}) awaits a confirmation:"
            " `seller-desk send {job}` sends it, `seller-desk withdraw {job}` withdraws it.",
            **about,
        )
    return Msg(
        "job {job} ({action}, {n} row(s), profile {profile}) was never sent:"
        " `seller-desk send {job}` sends it, `seller-desk withdraw {job}` withdraws it.",
        plural="job {job} ({action}, {n} row(s), profile {profile}) was never sent:"
        " `seller-desk send {job}` sends it, `seller-desk withdraw {job}` withdraws it.",
        **about,
    )


def known_job(journal: Journal, job_id: int) -> JobRecord:
    try:
        return journal.job(job_id)
    except KeyError:
        raise ConfigError(
            Msg("There is no job {job}; see `seller-desk jobs`.", job=job_id)
        ) from None


def _scheduled(journal: Journal, job_id: int) -> JobRecord:
    job = known_job(journal, job_id)
    if job.state is not JobState.SCHEDULED:
        raise ConfigError(
            Msg(
                "Job {job} is not waiting to be sent (it is {state});"
                " `seller-desk resume` finishes unfinished jobs.",
                job=job_id,
                state=word(job.state.value),
            )
        )
    return job


def withdraw_job(journal: Journal, job_id: int, as_json: bool) -> int:
    _scheduled(journal, job_id)
    if not journal.withdraw_job(job_id):  # released a moment ago, by another process
        raise ConfigError(
            Msg("Job {job} is being sent already; it can no longer be withdrawn.", job=job_id)
        )
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
            raise ConfigError(
                Msg("Job {job} was withdrawn or sent meanwhile; nothing was sent.", job=job.id)
            )
        done = await jobs.run(job.id)
    rows_done = journal.rows(job.id)
    print_result(args.json, record_report(done, rows_done))
    return EXIT_OK if all_succeeded(rows_done) else EXIT_ROWS_NOT_DONE

"""`seller-desk cancel | ship FILE` (not a dry run): import, the guards, confirm, send, report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.grace import wait_or_withdraw
from desktop_app.cli.guard import check_overlap, report_and_check
from desktop_app.cli.job_output import print_result
from desktop_app.cli.job_running import confirm_send, lifecycle
from desktop_app.cli.parser import key_values
from desktop_app.core.cancel_guard import check_cancel_rate, items_in
from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.for_marketplace import import_for
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.live_overlap import find_overlap
from desktop_app.core.models import Action
from desktop_app.core.profiles import Profile, ProfileStore
from desktop_app.core.reports import all_succeeded, record_report

EXIT_OK, EXIT_ROWS_NOT_DONE = 0, 1


async def submit(
    args: argparse.Namespace, action: Action, profiles_file: Path, journal_file: Path
) -> int:
    profiles = ProfileStore(profiles_file)
    profile = profiles.get(args.profile)
    journal = Journal(journal_file)
    try:
        async with lifecycle(
            journal, profiles, wait=not args.no_wait, progress=not args.json
        ) as jobs:
            return await _submit_with(args, action, profile, jobs)
    finally:
        journal.close()


async def _submit_with(
    args: argparse.Namespace, action: Action, profile: Profile, jobs: JobService
) -> int:
    marketplace = jobs.sessions.get(profile)
    imported = await import_for(
        marketplace,
        Path(args.file),
        action,
        mapping=key_values(args.map, "--map"),
        default_carrier=getattr(args, "carrier", None),
        on_warning=lambda text: print(f"seller-desk: {text}", file=sys.stderr),
    )
    if not args.json:
        for note in imported.notes:
            print(note)
    sendable = imported.sendable_rows
    if not sendable:
        raise ConfigError(Msg("{file} has no row that can be sent.", file=imported.source_name))
    journal = jobs.journal
    if action is Action.CANCEL:
        rate = await check_cancel_rate(
            journal,
            marketplace,
            profile,
            items_in(sendable),
            count_orders=not (args.yes and args.over_threshold),
        )
        report_and_check(rate, yes=args.yes, over_threshold=args.over_threshold, as_json=args.json)
    overlap = find_overlap(journal, profile.name, action, sendable)
    check_overlap(overlap, yes=args.yes, given=args.overlap, as_json=args.json)
    if not args.yes:
        confirm_send(action, profile, len(sendable))
    delay = args.delay if args.delay is not None else (0 if args.yes else profile.grace_seconds)
    job_id = jobs.create_job(action, profile, imported.source_name, imported.rows, grace=delay)
    if delay > 0 and not await wait_or_withdraw(jobs, job_id, quiet=args.json):
        print_result(args.json, record_report(journal.job(job_id), journal.rows(job_id)))
        return EXIT_ROWS_NOT_DONE
    job = await jobs.run(job_id)
    rows = journal.rows(job_id)
    print_result(args.json, record_report(job, rows))
    return EXIT_OK if all_succeeded(rows) else EXIT_ROWS_NOT_DONE

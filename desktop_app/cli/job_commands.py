"""`seller-desk cancel | ship | jobs | resume | stop | export | send | withdraw | watch`."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from desktop_app.cli.grace import wait_or_withdraw
from desktop_app.cli.guard import check_overlap, report_and_check
from desktop_app.cli.job_output import print_json, print_result, summary
from desktop_app.cli.job_running import confirm_send, lifecycle
from desktop_app.cli.profile_commands import key_values
from desktop_app.core.cancel_guard import check_cancel_rate, items_in
from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.for_marketplace import import_for
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.live_overlap import find_overlap
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.models import (
    Action,
    ImportResult,
    Outcome,
)
from desktop_app.core.paths import app_paths
from desktop_app.core.profiles import Profile, ProfileStore
from desktop_app.core.reports import all_succeeded, preview_report, record_report

EXIT_OK, EXIT_ROWS_NOT_DONE = 0, 1


def run(args: argparse.Namespace) -> int:
    paths = app_paths().ensure()
    if args.command in ("cancel", "ship"):
        if not Path(args.file).is_file():
            raise ConfigError(Msg("There is no file at {path}.", path=args.file))
        return asyncio.run(
            _submit(args, Action(args.command), paths.profiles_file, paths.journal_file)
        )
    # Each command's modules are imported in its branch: a CLI start loads only what it runs.
    journal = Journal(paths.journal_file)
    try:
        if args.command == "jobs":
            return _jobs(journal, args.json)
        if args.command in ("resume", "stop"):
            from desktop_app.cli import resume_commands
        if args.command == "resume":
            store = ProfileStore(paths.profiles_file)
            return asyncio.run(resume_commands.resume(journal, store, args.job, args.json))
        if args.command == "stop":
            return resume_commands.stop(journal, args.job, args.json)
        if args.command == "export":
            return _export(journal, args.job, args.failed, Path(args.output))
        if args.command in ("withdraw", "send"):
            from desktop_app.cli.undo_commands import send_job, withdraw_job
        if args.command == "withdraw":
            return withdraw_job(journal, args.job, args.json)
        if args.command == "send":
            store = ProfileStore(paths.profiles_file)
            return asyncio.run(send_job(journal, store, args))
        if args.command == "watch":
            from desktop_app.cli.watch_command import watch

            return asyncio.run(watch(journal, ProfileStore(paths.profiles_file), args))
    finally:
        journal.close()
    raise ConfigError(Msg("Unknown command {command}.", command=args.command))


async def _import(
    args: argparse.Namespace, action: Action, marketplace: Marketplace
) -> ImportResult:
    return await import_for(
        marketplace,
        Path(args.file),
        action,
        mapping=key_values(args.map, "--map"),
        default_carrier=getattr(args, "carrier", None),
        on_warning=lambda text: print(f"seller-desk: {text}", file=sys.stderr),
    )


async def _submit(
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
    imported = await _import(args, action, marketplace)
    if not args.json:
        for note in imported.notes:
            print(note)
    if args.dry_run:
        report = preview_report(action, profile.name, imported)
        print_result(args.json, report)
        return EXIT_OK if report.all_are(Outcome.VALID) else EXIT_ROWS_NOT_DONE
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


def _jobs(journal: Journal, as_json: bool) -> int:
    jobs = journal.jobs()
    if as_json:
        print_json({"jobs": (record_report(job, journal.rows(job.id)) for job in jobs)})
    else:
        for job in jobs:
            print(summary(job))
    return EXIT_OK


def _export(journal: Journal, job_id: int, failed_only: bool, output: Path) -> int:
    try:
        job = journal.job(job_id)
    except KeyError:
        raise ConfigError(
            Msg("There is no job {job}; see `seller-desk jobs`.", job=job_id)
        ) from None
    from desktop_app.core.exporting import export_rows

    rows = journal.rows(job_id)
    if failed_only:
        rows = [row for row in rows if row.outcome is not Outcome.SUCCEEDED]
    written = export_rows(output, job.action, rows)
    print(
        Msg(
            "Wrote {n} rows to {path}.",
            plural="Wrote {n} rows to {path}.",
            n=written,
            path=str(output),
        )
    )
    return EXIT_OK

"""`seller-desk cancel | ship | jobs | resume | stop | export | send | withdraw | watch`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.job_output import print_json, summary
from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.models import Action, Outcome
from desktop_app.core.paths import app_paths
from desktop_app.core.reports import record_report

if TYPE_CHECKING:
    from desktop_app.core.journal import Journal

EXIT_OK = 0


def run(args: argparse.Namespace) -> int:
    paths = app_paths().ensure()
    # Each command's modules are imported in its branch: a CLI start loads only what it runs.
    if args.command in ("cancel", "ship"):
        if not Path(args.file).is_file():
            raise ConfigError(Msg("There is no file at {path}.", path=args.file))
        if args.dry_run:  # no journal, no engine, no client unless reading needs one
            from desktop_app.cli.dry_run import dry_run

            return dry_run(args, Action(args.command), paths.profiles_file)
        import asyncio

        from desktop_app.cli.submit_command import submit

        return asyncio.run(
            submit(args, Action(args.command), paths.profiles_file, paths.journal_file)
        )
    import asyncio

    from desktop_app.core.journal import Journal
    from desktop_app.core.profiles import ProfileStore

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

"""`seller-desk cancel | ship | jobs | resume | export`."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from desktop_app.cli.profile_commands import key_values
from desktop_app.cli.terminal import ProgressBar, confirm, stdin_is_terminal
from desktop_app.core.engine import EngineSettings, JobRunner
from desktop_app.core.errors import AuthFailed, ConfigError, MarketplaceError
from desktop_app.core.exporting import export_rows
from desktop_app.core.importing import import_file
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.models import (
    Action,
    ImportResult,
    InputRow,
    JobRecord,
    Outcome,
    RowResult,
)
from desktop_app.core.paths import app_paths
from desktop_app.core.profiles import Environment, Profile, ProfileStore
from desktop_app.core.reports import all_succeeded, job_object, record_object
from desktop_app.core.sessions import MarketplaceSessions

EXIT_OK, EXIT_ROWS_NOT_DONE = 0, 1


def run(args: argparse.Namespace) -> int:
    paths = app_paths().ensure()
    if args.command in ("cancel", "ship"):
        if not Path(args.file).is_file():
            raise ConfigError(f"There is no file at {args.file}.")
        return asyncio.run(
            _submit(args, Action(args.command), paths.profiles_file, paths.journal_file)
        )
    journal = Journal(paths.journal_file)
    try:
        if args.command == "jobs":
            return _jobs(journal, args.json)
        if args.command == "resume":
            return asyncio.run(_resume(journal, ProfileStore(paths.profiles_file), args.json))
        if args.command == "export":
            return _export(journal, args.job, args.failed, Path(args.output))
    finally:
        journal.close()
    raise ConfigError(f"Unknown command {args.command}.")


async def _import(
    args: argparse.Namespace, action: Action, marketplace: Marketplace
) -> ImportResult:
    spec = await marketplace.row_spec(action)
    carriers: list[str] | None = None
    if action is Action.SHIP and spec is None:
        carriers = await _carrier_keys(marketplace)
    return import_file(
        Path(args.file),
        action,
        spec=spec,
        mapping=key_values(args.map, "--map"),
        carriers=carriers,
        default_carrier=getattr(args, "carrier", None),
    )


async def _carrier_keys(marketplace: Marketplace) -> list[str] | None:
    """The profile's carrier keys, or None (checked with a warning only) when unreachable."""
    try:
        return [carrier.key for carrier in await marketplace.carriers()]
    except AuthFailed:
        raise
    except MarketplaceError as error:
        print(f"seller-desk: carrier keys not checked: {error}", file=sys.stderr)
        return None


async def _submit(
    args: argparse.Namespace, action: Action, profiles: Path, journal_file: Path
) -> int:
    profile = ProfileStore(profiles).get(args.profile)
    sessions = MarketplaceSessions()
    try:
        return await _submit_with(args, action, profile, sessions.get(profile), journal_file)
    finally:
        await sessions.aclose()


async def _submit_with(
    args: argparse.Namespace,
    action: Action,
    profile: Profile,
    marketplace: Marketplace,
    journal_file: Path,
) -> int:
    imported = await _import(args, action, marketplace)
    if not args.json:
        for note in imported.notes:
            print(note)
    if args.dry_run:
        rows = [_preview_row(row) for row in imported.rows]
        _print_result(args.json, job_object(None, action, profile.name, "dry-run", rows))
        return EXIT_OK if all_succeeded(rows, dry_run=True) else EXIT_ROWS_NOT_DONE
    sendable = imported.sendable_rows
    if not sendable:
        raise ConfigError(f"{imported.source_name} has no row that can be sent.")
    if not args.yes:
        _confirm(action, profile, len(sendable))
    journal = Journal(journal_file)
    try:
        job_id = journal.create_job(
            action, profile.name, profile.marketplace, imported.source_name, imported.rows
        )
        job = await _run_job(
            journal, marketplace, job_id, wait=not args.no_wait, progress=not args.json
        )
        _print_result(args.json, record_object(job, journal.rows(job_id)))
        return EXIT_OK if all_succeeded(journal.rows(job_id)) else EXIT_ROWS_NOT_DONE
    finally:
        journal.close()


def _preview_row(row: InputRow) -> RowResult:
    return RowResult(row.line, row.order_items, row.ship, row.outcome, row.errors + row.warnings)


def _confirm(action: Action, profile: Profile, count: int) -> None:
    verb = "Cancel" if action is Action.CANCEL else "Ship"
    if not stdin_is_terminal():
        raise ConfigError(
            f"Refusing to {action.value} {count} items without confirmation; pass --yes."
        )
    environment = profile.environment.value.upper()
    warning = " This cannot be undone." if action is Action.CANCEL else ""
    if profile.environment is Environment.PRODUCTION:
        warning += " This is PRODUCTION: real orders change."
    if not confirm(f"{verb} {count} order items on '{profile.name}' ({environment})?{warning}"):
        raise ConfigError("Nothing was sent.")


async def _run_job(
    journal: Journal,
    marketplace: Marketplace,
    job_id: int,
    *,
    wait: bool = True,
    progress: bool = True,
) -> JobRecord:
    bar = ProgressBar() if progress else None
    try:
        runner = JobRunner(
            journal, marketplace, on_progress=bar, settings=EngineSettings(wait_for_results=wait)
        )
        return await runner.run(job_id)
    finally:
        if bar is not None:
            bar.close()


async def _resume(journal: Journal, profiles: ProfileStore, as_json: bool) -> int:
    sessions = MarketplaceSessions()
    try:
        return await _resume_with(journal, profiles, sessions, as_json)
    finally:
        await sessions.aclose()


async def _resume_with(
    journal: Journal, profiles: ProfileStore, sessions: MarketplaceSessions, as_json: bool
) -> int:
    finished: list[dict[str, object]] = []
    ok = True
    for job in journal.unfinished_jobs():
        try:
            profile = profiles.get(job.profile)
        except ConfigError as error:
            print(f"seller-desk: job {job.id}: {error}", file=sys.stderr)
            ok = False
            continue
        done = await _run_job(journal, sessions.get(profile), job.id, progress=not as_json)
        rows = journal.rows(job.id)
        ok = ok and all_succeeded(rows)
        finished.append(record_object(done, rows))
        if not as_json:
            print(_summary(done))
    if as_json:
        print(json.dumps({"jobs": finished}))
    return EXIT_OK if ok else EXIT_ROWS_NOT_DONE


def _jobs(journal: Journal, as_json: bool) -> int:
    jobs = journal.jobs()
    if as_json:
        print(json.dumps({"jobs": [record_object(job, journal.rows(job.id)) for job in jobs]}))
    else:
        for job in jobs:
            print(_summary(job))
    return EXIT_OK


def _export(journal: Journal, job_id: int, failed_only: bool, output: Path) -> int:
    try:
        job = journal.job(job_id)
    except KeyError:
        raise ConfigError(f"There is no job {job_id}; see `seller-desk jobs`.") from None
    rows = journal.rows(job_id)
    if failed_only:
        rows = [row for row in rows if row.outcome is not Outcome.SUCCEEDED]
    written = export_rows(output, job.action, rows)
    print(f"Wrote {written} rows to {output}.")
    return EXIT_OK


def _summary(job: JobRecord) -> str:
    counts = ", ".join(f"{n} {outcome.value}" for outcome, n in sorted(job.counts.items()))
    error = f" — {job.last_error}" if job.last_error else ""
    return f"job {job.id}\t{job.action.value}\t{job.profile}\t{job.state.value}\t{counts}{error}"


def _print_result(as_json: bool, report: dict[str, object]) -> None:
    if as_json:
        print(json.dumps(report))
        return
    counts = report["counts"]
    assert isinstance(counts, dict)
    summary = ", ".join(f"{n} {name}" for name, n in sorted(counts.items()))
    print(f"job {report['job'] or '(dry run)'}: {report['state']} — {summary}")
    rows = report["rows"]
    assert isinstance(rows, list)
    for row in rows:
        if row["errors"]:
            print(f"  line {row['line']}: {row['outcome']}: {'; '.join(row['errors'])}")

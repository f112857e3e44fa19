"""`seller-desk watch DIR --profile P --action cancel|ship`: watch until Ctrl+C."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from desktop_app.cli.undo_commands import not_sent_text
from desktop_app.cli.words import word
from desktop_app.core.i18n import Msg
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action
from desktop_app.core.profiles import Profile, ProfileStore
from desktop_app.core.sessions import MarketplaceSessions
from desktop_app.core.stable_files import DEFAULT_STABLE_SECONDS
from desktop_app.core.watch import FolderWatcher, WatchEvent, WatchEventKind, WatchRule, WatchTiming

EXIT_OK = 0


def _print_event(event: WatchEvent) -> None:
    line = Msg(
        "{kind}: {file}: {message}",
        kind=word(event.kind.value),
        file=event.file.name,
        message=event.message,
    )
    if event.kind is WatchEventKind.WAITING and event.job_id is not None:
        line = Msg(
            "{event} — `seller-desk send {job}` sends it,"
            " `seller-desk withdraw {job}` withdraws it.",
            event=line,
            job=event.job_id,
        )
    print(line, flush=True)


def _rule(profile: Profile, args: argparse.Namespace) -> tuple[WatchRule, WatchTiming]:
    """The folder to watch; the profile's own setting for it may allow automatic sending, and
    gives the stable time unless `--stable-seconds` does."""
    action = Action(args.action)
    folder = Path(args.dir).expanduser().resolve()
    saved = profile.watched_folder(action)
    if saved is not None and Path(saved.folder).expanduser().resolve() != folder:
        saved = None
    automatic = args.automatic or (saved is not None and saved.automatic)
    stable = args.stable_seconds
    if stable is None:
        stable = saved.stable_seconds if saved is not None else DEFAULT_STABLE_SECONDS
    rule = WatchRule(folder, action, profile.name, automatic)
    return rule, WatchTiming(poll_seconds=args.interval, stable_seconds=stable)


async def watch(journal: Journal, profiles: ProfileStore, args: argparse.Namespace) -> int:
    rule, timing = _rule(profiles.get(args.profile), args)  # fails early for an unknown profile
    service = JobService(journal, profiles.get, MarketplaceSessions())
    watcher = FolderWatcher(rule, service, profiles.get, timing=timing, on_event=_print_event)
    watching = (
        Msg(
            "Watching {folder} for cancel files, each taken once unchanged for {seconds} s"
            " (Ctrl+C stops).",
            folder=str(rule.folder),
            seconds=f"{timing.stable_seconds:g}",
        )
        if rule.action is Action.CANCEL
        else Msg(
            "Watching {folder} for ship files, each taken once unchanged for {seconds} s"
            " (Ctrl+C stops).",
            folder=str(rule.folder),
            seconds=f"{timing.stable_seconds:g}",
        )
    )
    print(watching, file=sys.stderr)
    try:
        await watcher.run()
    except asyncio.CancelledError:  # Ctrl+C: stop watching; nothing half-sent is lost
        task = asyncio.current_task()
        if task is not None:
            task.uncancel()
    finally:
        await service.aclose()
    print(Msg("Stopped watching."), file=sys.stderr)
    for job in journal.scheduled_jobs():
        print(not_sent_text(job), file=sys.stderr)
    return EXIT_OK

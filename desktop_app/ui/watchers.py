"""Runs the profiles' watched folders while the window is open (core/watch.py does the work)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop_app.core.watch import FolderWatcher, WatchEvent, WatchRule, WatchTiming
from desktop_app.ui.context import AppContext
from desktop_app.ui.tasks import spawn

log = logging.getLogger(__name__)


class Watchers(QObject):
    happened = Signal(object)  # WatchEvent

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._running: dict[tuple[WatchRule, WatchTiming], asyncio.Task[None]] = {}

    def rules(self) -> set[tuple[WatchRule, WatchTiming]]:
        """Each watched folder with its own stable time (the window's poll interval)."""
        found = set()
        for profile in self.ctx.profile_list():
            for watched in profile.watched_folders:
                folder = Path(watched.folder).expanduser()
                rule = WatchRule(folder, watched.action, profile.name, watched.automatic)
                timing = replace(self.ctx.watch_timing, stable_seconds=watched.stable_seconds)
                found.add((rule, timing))
        return found

    def restart(self) -> None:
        """Follow the profiles: start new watches, stop removed or changed ones."""
        wanted = self.rules()
        for key in set(self._running) - wanted:
            self._running.pop(key).cancel()
        for key in wanted - set(self._running):
            rule, timing = key
            watcher = FolderWatcher(
                rule, self.ctx.jobs, self.ctx.profile, timing=timing, on_event=self.happened.emit
            )
            log.info("watching %s for %s (%s)", rule.folder, rule.action.value, rule.profile)
            self._running[key] = spawn(watcher.run())

    def watching(self) -> list[WatchRule]:
        return sorted((rule for rule, _ in self._running), key=lambda rule: str(rule.folder))

    def stop(self) -> None:
        for task in self._running.values():
            task.cancel()
        self._running.clear()


__all__ = ["WatchEvent", "Watchers"]

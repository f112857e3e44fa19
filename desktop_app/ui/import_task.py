"""Run an import in a worker thread; progress hops back to the loop, cancel via a flag."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Collection, Mapping
from functools import partial
from pathlib import Path

from desktop_app.core.importing import import_file, import_text
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.models import Action, ImportResult


class ImportTask:
    def __init__(self, on_progress: Callable[[float], None]) -> None:
        self._on_progress = on_progress
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    async def run(
        self,
        action: Action,
        *,
        path: Path | None = None,
        text: str | None = None,
        source_name: str = "",
        spec: RowSpec | None = None,
        mapping: Mapping[str, str] | None = None,
        carriers: Collection[str] | None = None,
        default_carrier: str | None = None,
    ) -> ImportResult:
        loop = asyncio.get_running_loop()

        def progress(fraction: float) -> None:  # worker thread: never touch Qt here
            loop.call_soon_threadsafe(self._on_progress, fraction)

        options = {
            "spec": spec,
            "mapping": mapping,
            "carriers": carriers,
            "default_carrier": default_carrier,
            "progress": progress,
            "is_cancelled": self._cancelled.is_set,
        }
        if path is not None:
            work = partial(import_file, path, action, **options)
        else:
            work = partial(import_text, text or "", action, source_name=source_name, **options)
        return await loop.run_in_executor(None, work)

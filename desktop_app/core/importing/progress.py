"""Throttled progress and cooperative cancellation, polled by the readers between chunks."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from desktop_app.core.importing.errors import ImportCancelled

PROGRESS_INTERVAL = 0.05  # seconds; the UI repaints no faster than this anyway


class Ticker:
    def __init__(
        self,
        progress: Callable[[float], None] | None,
        is_cancelled: Callable[[], bool] | None,
    ) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled
        self._last = time.monotonic()
        self.position: Callable[[], float] = lambda: 0.0

    def __call__(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ImportCancelled
        if self._progress is not None:
            now = time.monotonic()
            if now - self._last >= PROGRESS_INTERVAL:
                self._last = now
                self._progress(min(1.0, max(0.0, self.position())))

    def done(self) -> None:
        if self._progress is not None:
            self._progress(1.0)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Keep the cyclic GC out of building 100k rows (they hold no cycles): without this, the
    collector rescans the growing row list again and again, a third of the import time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Hand the new objects straight to the oldest generation, so the first young collection
        # after the import does not walk all of them once more.
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()

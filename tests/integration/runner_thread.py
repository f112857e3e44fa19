"""A job runner in a thread of its own (its own loop, journal connection and client), so a
test can act beside it as a second process or a seller would."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

from desktop_app.core.engine import EngineSettings, JobProgress, JobRunner
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.models import JobRecord


class RunnerThread(threading.Thread):
    def __init__(
        self,
        journal_file: Path,
        open_marketplace: Callable[[], Marketplace],
        job_id: int,
        settings: EngineSettings,
        on_progress: Callable[[JobProgress], None] | None = None,
    ) -> None:
        super().__init__(daemon=True)
        self._journal_file = journal_file
        self._open = open_marketplace
        self.job_id = job_id
        self.settings = settings
        self._on_progress = on_progress
        self.result: JobRecord | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        journal = Journal(self._journal_file)
        marketplace = self._open()
        runner = JobRunner(
            journal, marketplace, settings=self.settings, on_progress=self._on_progress
        )
        try:
            self.result = await runner.run(self.job_id)
        except Exception as error:  # the test looks at it
            self.error = error
        finally:
            await marketplace.aclose()
            journal.close()

"""Gets rows into a preview: import in a worker, ask for a mapping if needed, insert in batches."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import SellerDeskError
from desktop_app.core.importing import ImportCancelled, MappingNeeded
from desktop_app.core.models import Action, ImportResult
from desktop_app.ui.dialogs.awaiting import ask
from desktop_app.ui.dialogs.mapping import MappingDialog
from desktop_app.ui.import_task import ImportTask
from desktop_app.ui.preview_model import PreviewModel
from desktop_app.ui.settings import SettingsStore, header_key

INSERT_BATCH = 5000  # rows per beginInsertRows; the loop breathes between batches


@dataclass(frozen=True)
class Source:
    """What was imported last, so a carrier change can read it again."""

    name: str
    path: Path | None = None
    text: str | None = None
    mapping: dict[str, str] | None = None


class ImportFlow(QObject):
    started = Signal()
    progressed = Signal(float)
    finished = Signal(object)  # ImportResult | None
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        action: Action,
        model: PreviewModel,
        settings: SettingsStore,
        carriers: Callable[[], tuple[Collection[str] | None, str | None]],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.action = action
        self.model = model
        self.settings = settings
        self._carriers = carriers
        self._task: ImportTask | None = None
        self.source: Source | None = None
        self.result: ImportResult | None = None
        self.busy = False
        self._idle = asyncio.Event()
        self._idle.set()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    async def read(self, source: Source) -> None:
        """Import `source` into the preview; every outcome ends in finished or failed."""
        if self.busy:  # a new file replaces the one being read
            self.cancel()
            await self._idle.wait()
        self.busy = True
        self._idle.clear()
        self.started.emit()
        try:
            result = await self._import(source)
            if result is not None:  # still busy while the rows go in, batch by batch
                await self.show_result(result)
        except ImportCancelled:
            self.failed.emit(self.tr("The import was cancelled; nothing was kept."))
            return
        except SellerDeskError as error:
            self.failed.emit(str(error))
            return
        finally:
            self._task = None
            self.busy = False
            self._idle.set()
        self.finished.emit(result)

    async def _import(self, source: Source) -> ImportResult | None:
        while True:
            try:
                return await self._run(source)
            except MappingNeeded as needed:
                mapping = await self._mapping_for(source, needed)
                if mapping is None:
                    self.failed.emit(self.tr("No column was chosen; the file was not read."))
                    return None
                source = replace(source, mapping={**(source.mapping or {}), **mapping})

    async def _run(self, source: Source) -> ImportResult:
        carriers, default_carrier = self._carriers() if self.action is Action.SHIP else (None, None)
        self._task = ImportTask(self.progressed.emit)
        result = await self._task.run(
            self.action,
            path=source.path,
            text=source.text,
            source_name=source.name,
            mapping=source.mapping,
            carriers=carriers,
            default_carrier=default_carrier,
        )
        self.source = source
        return result

    async def _mapping_for(self, source: Source, needed: MappingNeeded) -> dict[str, str] | None:
        key = f"{self.action.value}:{header_key(needed.columns)}"
        remembered = self.settings.values.mappings.get(key, {})
        if source.mapping is None and all(
            remembered.get(f) in needed.columns for f in needed.missing
        ):
            return remembered
        dialog = MappingDialog(self._parent, source.name, needed.missing, needed.columns)
        if not await ask(dialog):
            return None
        chosen = dialog.mapping()
        self.settings.values.mappings[key] = {**remembered, **chosen}
        self.settings.save()
        return chosen

    async def show_result(self, result: ImportResult) -> None:
        """Put the rows into the model a batch at a time, so the window stays responsive."""
        self.result = result
        self.model.clear()
        rows = result.rows
        for start in range(0, len(rows), INSERT_BATCH):
            self.model.append(rows[start : start + INSERT_BATCH])
            await asyncio.sleep(0)

"""Gets rows into a preview: import in a worker, ask for a mapping if needed, insert in batches."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.core.errors import SellerDeskError
from desktop_app.core.importing import ImportCancelled, MappingNeeded
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.models import Action, ImportResult
from desktop_app.ui.dialogs.awaiting import ask
from desktop_app.ui.dialogs.mapping import MappingDialog
from desktop_app.ui.import_task import ImportTask
from desktop_app.ui.preview_model import PreviewModel
from desktop_app.ui.settings import SettingsStore, header_key

INSERT_BATCH = 5000  # rows per beginInsertRows; the loop breathes between batches


@dataclass(frozen=True)
class ReadOptions:
    """What the current profile asks of a file: its marketplace's row spec (SellerCenter,
    Unicommerce) or, without one, ABOUT YOU's carrier keys and the picked carrier."""

    kind: str | None = None  # the marketplace the rows are read for; None: no profile yet
    spec: RowSpec | None = None
    carriers: Collection[str] | None = None
    default_carrier: str | None = None
    # A look at the read rows by the marketplace (Falabella: partial orders), before preview.
    review: Callable[[ImportResult], Awaitable[ImportResult]] | None = None


OptionsSource = Callable[[], Awaitable[ReadOptions]]


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
    carrierChosen = Signal(str)  # the mapping dialog's "same carrier for every row"

    def __init__(
        self,
        parent: QWidget,
        action: Action,
        model: PreviewModel,
        settings: SettingsStore,
        options: OptionsSource,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.action = action
        self.model = model
        self.settings = settings
        self._options = options
        self.options = ReadOptions()  # those the current result was read with
        self._task: ImportTask | None = None
        self.source: Source | None = None
        self.result: ImportResult | None = None
        self.busy = False
        # Set by the tab: marks rows an earlier job already did, before they are shown.
        self.check_earlier: Callable[[ImportResult], Awaitable[None]] | None = None
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
            # SellerCenter asks for its reasons or providers here: a failure ends the read.
            options = await self._options()
            read = await self._import(source, options)
            result = None
            if read is not None:  # still busy while the rows go in, batch by batch
                # the source with the columns the seller chose, the options with a carrier
                result, self.source, options = read
                if options.review is not None:
                    result = await options.review(result)
                if self.check_earlier is not None:
                    await self.check_earlier(result)
                await self.show_result(result, options)
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

    async def _import(
        self, source: Source, options: ReadOptions
    ) -> tuple[ImportResult, Source, ReadOptions] | None:
        while True:
            try:
                return await self._run(source, options), source, options
            except MappingNeeded as needed:
                chosen = await self._mapping_for(source, needed, options)
                if chosen is None:
                    self.failed.emit(self.tr("No column was chosen; the file was not read."))
                    return None
                mapping, carrier = chosen
                if carrier:  # one carrier for every row: the Ship tab's picker takes it
                    options = replace(options, default_carrier=carrier)
                    self.carrierChosen.emit(carrier)
                source = replace(source, mapping={**(source.mapping or {}), **mapping})

    async def _run(self, source: Source, options: ReadOptions) -> ImportResult:
        self._task = ImportTask(self.progressed.emit)
        return await self._task.run(
            self.action,
            path=source.path,
            text=source.text,
            source_name=source.name,
            spec=options.spec,
            mapping=source.mapping,
            carriers=options.carriers,
            default_carrier=options.default_carrier,
        )

    async def _mapping_for(
        self, source: Source, needed: MappingNeeded, options: ReadOptions
    ) -> tuple[dict[str, str], str | None] | None:
        """The columns for the missing fields (and maybe one carrier for every row); None when
        the seller cancelled. A remembered pick answers only the fields still missing, so a
        column remembered for the carrier never wins over a carrier picked since."""
        key = f"{self.action.value}:{header_key(needed.columns)}"
        if options.spec is not None:  # another marketplace's fields: remembered apart
            key = f"{options.kind}:{key}"
        remembered = self.settings.values.mappings.get(key, {})
        if source.mapping is None and all(
            remembered.get(f) in needed.columns for f in needed.missing
        ):
            return {f: remembered[f] for f in needed.missing}, None
        known = options.carriers
        if isinstance(known, Mapping):  # written -> key: offer each key once
            known = set(known.values())
        carriers = sorted(known) if known is not None else None
        dialog = MappingDialog(self._parent, source.name, needed.missing, needed.columns, carriers)
        if not await ask(dialog):
            return None
        chosen = dialog.mapping()
        if chosen:
            self.settings.values.mappings[key] = {**remembered, **chosen}
            self.settings.save()
        return chosen, dialog.carrier()

    async def show_result(self, result: ImportResult, options: ReadOptions) -> None:
        """Put the rows into the model a batch at a time, so the window stays responsive."""
        self.result = result
        self.options = options
        if self.model.spec is not options.spec:
            self.model.set_spec(options.spec)  # the columns of the rows' marketplace
        self.model.clear()
        rows = result.rows
        for start in range(0, len(rows), INSERT_BATCH):
            self.model.append(rows[start : start + INSERT_BATCH])
            await asyncio.sleep(0)

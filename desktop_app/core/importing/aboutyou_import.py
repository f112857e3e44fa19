"""ABOUT YOU's rows: order item ids, and for shipping a carrier and both tracking keys."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from itertools import chain

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.csv_source import Chunk
from desktop_app.core.importing.framing import HEADER_ON_LINE, first_record, looks_headerless
from desktop_app.core.importing.headers import ORDER_ITEM_ID, ColumnMap, map_columns
from desktop_app.core.importing.validation import RowChecker
from desktop_app.core.models import Action, ImportResult


class AboutYouImport:
    """A collector (see reading.Collect) with the options of one ABOUT YOU import."""

    def __init__(
        self,
        action: Action,
        mapping: Mapping[str, str] | None,
        carriers: Collection[str] | None,
        default_carrier: str | None,
    ) -> None:
        self.action = action
        self.mapping = dict(mapping) if mapping else None
        self.carriers = carriers
        self.default_carrier = (default_carrier or "").strip() or None

    def __call__(
        self, chunks: Iterator[Chunk], source_name: str, notes: list[str], trust_non_ascii: bool
    ) -> ImportResult:
        action = self.action
        line, cells, rest, ended, blank = first_record(chunks, source_name)
        headerless = self.mapping is None and looks_headerless(cells)
        if headerless:
            if action is Action.SHIP:
                raise ImportFileError(
                    Msg(
                        "'{name}' is a bare list of ids without a header row; a ship file "
                        "needs columns for the order item ids, carrier and both tracking "
                        "numbers, with headers.",
                        name=source_name,
                    )
                )
            headers: list[str] = []
            columns = ColumnMap(ids=0, ids_field=ORDER_ITEM_ID)
            rest = [(cells, ended), *rest]
            ended = line - 1
            notes.append(Msg("No header row: every line is read as order item ids to cancel."))
        else:
            headers = [cell.strip() for cell in cells]
            columns, mapping_notes = map_columns(
                headers, action, self.mapping, has_default_carrier=bool(self.default_carrier)
            )
            notes += mapping_notes
            if line > 1:
                notes.append(Msg(HEADER_ON_LINE, line=line))
            carrier = self.default_carrier
            if action is Action.SHIP and columns.carrier is None:
                notes.append(
                    Msg(
                        "No carrier column: every row uses the carrier {carrier}.",
                        carrier=str(carrier),
                    )
                )
            elif action is Action.SHIP and carrier:
                notes.append(
                    Msg("Rows without a carrier use the carrier {carrier}.", carrier=carrier)
                )
        if action is Action.SHIP and self.carriers is None:
            notes.append(Msg("Carrier keys were not checked: the carrier list is not loaded."))
        checker = RowChecker(
            columns,
            headers,
            headerless=headerless,
            carriers=self.carriers,
            default_carrier=self.default_carrier,
            trust_non_ascii=trust_non_ascii,
        )
        checker.blank_lines = blank
        for chunk in chain([rest], chunks):
            ended = checker.check_chunk(chunk, ended)
        rows = checker.wrap_up(notes, source_name)
        return ImportResult(
            action=action,
            source_name=source_name,
            rows=rows,
            columns=headers,
            mapping=columns.as_mapping(headers) if headers else {ORDER_ITEM_ID: "(first column)"},
            notes=notes,
        )

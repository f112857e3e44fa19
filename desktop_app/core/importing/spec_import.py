"""The spec importer: rows of the marketplaces described by a RowSpec (SellerCenter,
Unicommerce), read by the same file-level code as ABOUT YOU's (see reading.Collect)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from itertools import chain

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.csv_source import Chunk
from desktop_app.core.importing.framing import HEADER_ON_LINE, first_record, looks_headerless
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.importing.spec_columns import SpecColumns, map_spec_columns
from desktop_app.core.importing.spec_rows import SpecRowChecker, normalised_default
from desktop_app.core.importing.wording import listing
from desktop_app.core.models import Action, ImportResult


class SpecImport:
    """A collector with the options of one spec import."""

    def __init__(self, action: Action, spec: RowSpec, mapping: Mapping[str, str] | None) -> None:
        for field in spec.fields:
            normalised_default(field)  # a bad default fails here, not on every row
        self.action = action
        self.spec = spec
        self.mapping = dict(mapping) if mapping else None

    def __call__(
        self, chunks: Iterator[Chunk], source_name: str, notes: list[str], trust_non_ascii: bool
    ) -> ImportResult:
        spec = self.spec
        line, cells, rest, ended, blank = first_record(chunks, source_name)
        # A bare list of numbers works when the ids are numbers and nothing else is needed.
        headerless = self.mapping is None and spec.id_kind == "integer" and looks_headerless(cells)
        if headerless:
            needed = [Msg(f.label) for f in spec.fields if f.required and f.default is None]
            if needed:
                raise ImportFileError(
                    Msg(
                        "'{name}' is a bare list of ids without a header row; this file "
                        "needs columns for the order item ids and {fields}, with headers.",
                        name=source_name,
                        fields=listing(needed),
                    )
                )
            headers: list[str] = []
            columns = SpecColumns(0, tuple(None for _ in spec.fields))
            rest = [(cells, ended), *rest]
            ended = line - 1
            notes.append(Msg("No header row: every line is read as order item ids."))
        else:
            headers = [cell.strip() for cell in cells]
            columns, mapping_notes = map_spec_columns(headers, spec, self.mapping)
            notes += mapping_notes
            if line > 1:
                notes.append(Msg(HEADER_ON_LINE, line=line))
        checker = SpecRowChecker(
            spec, columns, headers, headerless=headerless, trust_non_ascii=trust_non_ascii
        )
        checker.blank_lines = blank
        for chunk in chain([rest], chunks):
            ended = checker.check_chunk(chunk, ended)
        rows = checker.wrap_up(notes, source_name)
        return ImportResult(
            action=self.action,
            source_name=source_name,
            rows=rows,
            columns=headers,
            mapping=(
                columns.as_mapping(spec, headers) if headers else {spec.ids.name: "(first column)"}
            ),
            notes=notes,
        )

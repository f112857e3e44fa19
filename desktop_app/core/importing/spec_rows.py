"""Per-row checks under a RowSpec: one InputRow per data line, with `details` and messages that
name the line and the column, in the same words as the ABOUT YOU checks."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.csv_source import Chunk
from desktop_app.core.importing.row_sink import (
    OTHER_COLUMNS_DIFFER,
    ROW_PROBLEM,
    FirstRows,
    RowSink,
    differing,
    duplicate_of,
    is_blank,
)
from desktop_app.core.importing.spec import FieldSpec, RowSpec
from desktop_app.core.importing.spec_columns import SpecColumns
from desktop_app.core.importing.spec_values import parse_text_ids, parse_value
from desktop_app.core.importing.values import clean, parse_ids, show
from desktop_app.core.models import InputRow, ItemId, Outcome


def normalised_default(field: FieldSpec) -> str | None:
    """The field's default as rows will carry it. Defaults can come from a profile's settings,
    so one that breaks the field's rules is the seller's to fix, not a crash."""
    if field.default is None:
        return None
    value, problem = parse_value(clean(field.default), field, trust_non_ascii=True)
    if problem or not value:
        raise ImportFileError(
            Msg(
                "The default {field} {value} cannot be used: {problem}; change it in the "
                "profile's settings.",
                field=Msg(field.label),
                value=show(field.default),
                problem=problem or Msg("it is empty"),
            )
        )
    return value


class SpecRowChecker(RowSink):
    """Checks records in file order into `rows`; remembers the ids seen, to report duplicates."""

    def __init__(
        self,
        spec: RowSpec,
        columns: SpecColumns,
        labels: Sequence[str],
        *,
        headerless: bool = False,
        trust_non_ascii: bool = True,
    ) -> None:
        super().__init__()
        self.spec = spec
        self.ids_at = columns.ids
        self.headerless = headerless
        self.trust_non_ascii = trust_non_ascii
        self.ids_label = (
            Msg("order item id") if headerless else _label(labels, columns.ids, spec.ids)
        )
        # (field, column or None, label for messages, normalised default or None)
        self.fields = [
            (field, index, _label(labels, index, field), normalised_default(field))
            for field, index in zip(spec.fields, columns.fields, strict=True)
        ]
        # Each id sent so far -> the index in `rows` of the row that sends it.
        self.first_at: FirstRows[ItemId] = FirstRows(self.rows)

    def check_chunk(self, chunk: Chunk, ended: int) -> int:
        """Check a chunk of records into self.rows; returns the line the chunk ends on."""
        for cells, end in chunk:
            line, ended = ended + 1, end
            if is_blank(cells):
                self.blank_lines += 1
            else:
                self._other(line, cells, self._row(line, cells))
        return ended

    def _row(self, line: int, cells: list[str]) -> InputRow:
        errors: list[str] = []
        warnings: list[str] = []
        ids_text = clean(self._ids_cell(cells))
        ids, problem, warning = self._parse_ids(ids_text)
        if problem:
            errors.append(Msg(ROW_PROBLEM, line=line, column=self.ids_label, problem=problem))
        if warning:
            warnings.append(Msg(ROW_PROBLEM, line=line, column=self.ids_label, problem=warning))
        details: dict[str, str] = {}
        for field, index, label, default in self.fields:
            value = clean(cells[index]) if index is not None and index < len(cells) else ""
            if not value:
                if default is not None:
                    details[field.name] = default
                elif field.required:
                    empty = Msg("empty; fill in the {what}", what=Msg(field.label))
                    errors.append(Msg(ROW_PROBLEM, line=line, column=label, problem=empty))
                continue
            value, problem = parse_value(value, field, trust_non_ascii=self.trust_non_ascii)
            if problem:
                errors.append(Msg(ROW_PROBLEM, line=line, column=label, problem=problem))
            else:
                details[field.name] = value
        if not errors and self.spec.check is not None:
            sentence = self.spec.check(MappingProxyType(details))
            if sentence:
                # A rule's Msg is kept as it is (its id must not end in "."); older text is trimmed.
                if not isinstance(sentence, Msg):
                    sentence = sentence.strip().rstrip(".")
                errors.append(Msg("Line {line}: {problem}.", line=line, problem=sentence))
        if errors:
            return InputRow(
                line, ids, None, Outcome.INVALID, tuple(errors), tuple(warnings), ids_text, details
            )
        found = duplicate_of(line, self.ids_label, ids, self.first_at, self.rows)
        if found is not None:
            outcome, message, first = found
            if outcome is Outcome.DUPLICATE and first.details != details:
                message = differing(message, OTHER_COLUMNS_DIFFER)
            return InputRow(
                line, ids, None, outcome, (message,), tuple(warnings), ids_text, details
            )
        for item in ids:
            self.first_at.add(item, len(self.rows))
        return InputRow(line, ids, None, Outcome.VALID, (), tuple(warnings), "", details)

    def _ids_cell(self, cells: list[str]) -> str:
        if self.headerless:  # a bare list: every cell of the line holds ids
            return " ".join(cell.strip() for cell in cells if cell.strip())
        return cells[self.ids_at] if self.ids_at < len(cells) else ""

    def _parse_ids(self, text: str) -> tuple[tuple[ItemId, ...], str | None, str | None]:
        many = self.spec.many_ids
        if self.spec.id_kind == "text":
            return parse_text_ids(text, many=many, trust_non_ascii=self.trust_non_ascii)
        return parse_ids(text, many=many)


def _label(labels: Sequence[str], index: int | None, field: FieldSpec) -> str:
    """The column's header, or the field's name in words when it has none."""
    if index is None or index >= len(labels) or not labels[index].strip():
        return Msg(field.label)
    return labels[index].strip()

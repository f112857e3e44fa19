"""Which column holds which field of a RowSpec: synonyms, or the user's pick."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop_app.core.i18n import Msg
from desktop_app.core.importing.errors import MappingNeeded
from desktop_app.core.importing.headers import find_column, find_fields
from desktop_app.core.importing.spec import RowSpec


@dataclass(frozen=True, slots=True)
class SpecColumns:
    """The id column's index and, parallel to RowSpec.fields, each field's (None: no column)."""

    ids: int
    fields: tuple[int | None, ...]

    def as_mapping(self, spec: RowSpec, headers: Sequence[str]) -> dict[str, str]:
        pairs = zip(spec.all_fields, (self.ids, *self.fields), strict=True)
        return {field.name: headers[index] for field, index in pairs if index is not None}


def map_spec_columns(
    headers: Sequence[str], spec: RowSpec, mapping: Mapping[str, str] | None
) -> tuple[SpecColumns, list[str]]:
    """Find each field's column; the user's mapping wins. Raises MappingNeeded for a required
    field with no column and no default (the id column is always required)."""
    lookup = {name: field.name for field in spec.all_fields for name in field.header_names()}
    lookup.pop("", None)
    found, notes = find_fields(headers, lookup)
    names = [field.name for field in spec.all_fields]
    for name, column in (mapping or {}).items():
        found[name] = find_column(name, column, headers, names)
    missing = [
        field.name
        for field in spec.all_fields
        if field.name not in found
        and (field is spec.ids or (field.required and field.default is None))
    ]
    if missing:
        raise MappingNeeded(missing, list(headers))
    for field in spec.fields:
        if field.name not in found and field.default is not None:
            notes.append(
                Msg(
                    "No {field} column: every row uses {default}.",
                    field=Msg(field.label),
                    default=field.default,
                )
            )
    columns = SpecColumns(found[spec.ids.name], tuple(found.get(f.name) for f in spec.fields))
    return columns, notes

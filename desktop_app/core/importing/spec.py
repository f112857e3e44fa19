"""Declarative row specs for marketplaces that need more than ABOUT YOU's columns
(SellerCenter, Unicommerce): which columns a row has, what each holds, what is required."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from desktop_app.core.i18n import message_id
from desktop_app.core.importing.headers import normalise

FieldKind = Literal["text", "integer", "date", "datetime", "url"]
IdKind = Literal["integer", "text"]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One column of a row. Its value lands in InputRow.details under `name`."""

    name: str
    # Header names, English and German; compared after headers.normalise(). `name` always counts.
    synonyms: tuple[str, ...]
    required: bool = True
    # integer: whole number >= 1; date: ISO yyyy-mm-dd (also dd.mm.yyyy, dd/mm/yyyy), stored as
    # ISO; datetime: ISO 8601 (a date alone means midnight), stored as ISO; url: http(s) only.
    kind: FieldKind = "text"
    # Used when the column is absent or the cell empty.
    default: str | None = None
    max_length: int = 255
    # Allowed values, matched case-insensitively and stored in the choice's own spelling.
    choices: Collection[str] | None = None
    # Other spellings accepted for a choice, stored as that choice (a SellerCenter "SHORTAGE").
    aliases: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        if not self.name or self.max_length < 1:
            raise ValueError(f"FieldSpec {self.name!r} needs a name and a max_length of 1 or more")

    @property
    def label(self) -> str:
        """How messages name the field when its column has no header: "tracking number".
        A message id: the marketplaces' fields have theirs in FIELD_LABELS."""
        return self.name.replace("_", " ")

    def header_names(self) -> Iterator[str]:
        yield normalise(self.name)
        for synonym in self.synonyms:
            yield normalise(synonym)


@dataclass(frozen=True, slots=True)
class RowSpec:
    """What one row of a marketplace's cancel or ship file holds."""

    ids: FieldSpec  # the order item id column
    id_kind: IdKind = "integer"
    many_ids: bool = False  # a cell may hold several ids separated by , ; or | (never a space)
    fields: tuple[FieldSpec, ...] = ()
    # A rule across fields (e.g. the tracking number fits the provider); runs on rows whose fields
    # are all fine, gets their details and returns a sentence naming the field, or None.
    check: Callable[[Mapping[str, str]], str | None] | None = None

    def __post_init__(self) -> None:
        # Ambiguous specs would map columns by accident: refuse them when they are written.
        names: set[str] = set()
        headers: dict[str, str] = {}
        for spec in (self.ids, *self.fields):
            if spec.name in names:
                raise ValueError(f"RowSpec names the field {spec.name!r} twice")
            names.add(spec.name)
            for header in spec.header_names():
                other = headers.setdefault(header, spec.name)
                if header and other != spec.name:
                    raise ValueError(
                        f"RowSpec: header {header!r} fits both {other!r} and {spec.name!r}"
                    )

    @property
    def all_fields(self) -> tuple[FieldSpec, ...]:
        return (self.ids, *self.fields)


# Every marketplace field's label (FieldSpec.label), marked so that the catalogs translate it.
# A test checks that every field of the marketplaces' row specs is here.
FIELD_LABELS = frozenset(
    {
        message_id("order item id"),
        message_id("order item ids"),
        message_id("order id"),
        message_id("product id"),
        message_id("variant id"),
        message_id("quantity"),
        message_id("reason"),
        message_id("reason detail"),
        message_id("order date"),
        message_id("shipping provider"),
        message_id("tracking number"),
        message_id("tracking id"),
        message_id("tracking url"),
        message_id("delivery type"),
        message_id("delivery partner"),
        message_id("delivery courier"),
        message_id("dispatch date"),
        message_id("invoice date"),
        message_id("invoice number"),
    }
)

"""File -> rows: sniffing, header mapping, validation (CSV, TSV, TXT, XLSX and pasted text)."""

from desktop_app.core.importing.api import MAX_BYTES, import_file, import_text
from desktop_app.core.importing.errors import ImportCancelled, MappingNeeded
from desktop_app.core.importing.headers import FIELDS, SYNONYMS, normalise
from desktop_app.core.importing.spec import FieldKind, FieldSpec, IdKind, RowSpec
from desktop_app.core.importing.values import EXCEL_SHORTENED

__all__ = [
    "EXCEL_SHORTENED",
    "FIELDS",
    "MAX_BYTES",
    "SYNONYMS",
    "FieldKind",
    "FieldSpec",
    "IdKind",
    "ImportCancelled",
    "MappingNeeded",
    "RowSpec",
    "import_file",
    "import_text",
    "normalise",
]

"""import_file and import_text: one InputRow per data line of a file or of pasted text.

With a RowSpec the spec importer reads the rows (SellerCenter, Unicommerce); without one, the
ABOUT YOU importer with its fast paths. Both share the file-level reading in reading.py.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from pathlib import Path

from desktop_app.core.importing.aboutyou_import import AboutYouImport
from desktop_app.core.importing.limits import MAX_BYTES
from desktop_app.core.importing.reading import Collect, read_file, read_text
from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.importing.spec_import import SpecImport
from desktop_app.core.models import Action, ImportResult

__all__ = ["MAX_BYTES", "import_bytes", "import_file", "import_text"]


def import_file(
    path: Path,
    action: Action,
    *,
    spec: RowSpec | None = None,
    mapping: Mapping[str, str] | None = None,
    carriers: Collection[str] | None = None,
    default_carrier: str | None = None,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Read a CSV/TSV/TXT or XLSX file. Raises ImportFileError (or MappingNeeded) for the file as
    a whole and ImportCancelled when `is_cancelled()` turns true; rows carry their own problems.
    `carriers` and `default_carrier` are ABOUT YOU's and ignored with a `spec`."""
    collect = _collector(action, spec, mapping, carriers, default_carrier)
    return read_file(Path(path), collect, progress, is_cancelled)


def import_bytes(
    content: bytes,
    name: str,
    action: Action,
    *,
    spec: RowSpec | None = None,
    mapping: Mapping[str, str] | None = None,
    carriers: Collection[str] | None = None,
    default_carrier: str | None = None,
) -> ImportResult:
    """A file's content read already (a watched folder hashes what it imports), named `name`."""
    collect = _collector(action, spec, mapping, carriers, default_carrier)
    return read_file(Path(name), collect, None, None, content)


def import_text(
    text: str,
    action: Action,
    *,
    spec: RowSpec | None = None,
    mapping: Mapping[str, str] | None = None,
    carriers: Collection[str] | None = None,
    default_carrier: str | None = None,
    progress: Callable[[float], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    source_name: str = "pasted text",
) -> ImportResult:
    """Pasted text (e.g. a column copied from Excel) under the same rules as a file."""
    collect = _collector(action, spec, mapping, carriers, default_carrier)
    return read_text(text, collect, progress, is_cancelled, source_name)


def _collector(
    action: Action,
    spec: RowSpec | None,
    mapping: Mapping[str, str] | None,
    carriers: Collection[str] | None,
    default_carrier: str | None,
) -> Collect:
    if spec is not None:
        return SpecImport(action, spec, mapping)
    return AboutYouImport(action, mapping, carriers, default_carrier)

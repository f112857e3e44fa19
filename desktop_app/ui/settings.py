"""Window state the app remembers between runs: a small JSON file in the config dir."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from desktop_app.core.private_files import private_folder
from desktop_app.core.storage_faults import os_fault

log = logging.getLogger(__name__)
SETTINGS_SCHEMA_VERSION = 1


class UiSettings(BaseModel):
    schema_version: int = SETTINGS_SCHEMA_VERSION
    geometry: str = ""  # QMainWindow.saveGeometry(), base64
    window_state: str = ""
    last_folder: str = ""
    last_profile: str = ""
    # Per profile: the carrier picked for files without a carrier column.
    default_carriers: dict[str, str] = Field(default_factory=dict)
    # Per profile: values picked for rows without one, by field (e.g. a SellerCenter reason).
    field_defaults: dict[str, dict[str, str]] = Field(default_factory=dict)
    # Per header set (see header_key): the columns the user chose for missing fields.
    mappings: dict[str, dict[str, str]] = Field(default_factory=dict)


def header_key(columns: list[str]) -> str:
    """The same header set in any order and case gives the same key."""
    return "|".join(sorted(column.strip().lower() for column in columns))


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.values = self._load()

    def _load(self) -> UiSettings:
        try:
            return UiSettings.model_validate(json.loads(self.path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return UiSettings()
        except (ValueError, ValidationError, OSError) as error:
            # Window state is a convenience: start fresh rather than refuse to open.
            log.warning("ignoring unreadable settings file %s: %s", self.path, error)
            return UiSettings()

    def save(self) -> None:
        """Write then rename (mkstemp's file is 0600); StorageError when the disk refuses."""
        try:
            private_folder(self.path.parent)
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self.values.model_dump_json(indent=2))
            os.replace(temp, self.path)
        except OSError as error:
            raise os_fault(error, self.path.parent, "the window settings") from None

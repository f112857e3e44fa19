"""Where Seller Desk keeps its files. SELLER_DESK_HOME overrides all of them (tests, portable)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop_app.core.i18n import Msg
from desktop_app.core.private_files import private_folder
from desktop_app.core.storage_faults import os_fault

APP_NAME = "Seller Desk"
HOME_ENV = "SELLER_DESK_HOME"


@dataclass(frozen=True, slots=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def profiles_file(self) -> Path:
        return self.config_dir / "profiles.json"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def journal_file(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    def ensure(self) -> AppPaths:
        """Create the folders, readable by the user only; StorageError when that fails."""
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            try:
                private_folder(folder)
            except OSError as error:
                raise os_fault(error, folder, Msg("its files")) from None
        return self


def app_paths() -> AppPaths:
    """The current locations, read fresh each call so tests can move SELLER_DESK_HOME."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home)
        return AppPaths(root / "config", root / "data", root / "logs")
    return AppPaths(
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )

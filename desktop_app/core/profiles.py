"""Profiles: where and how to reach a marketplace. Stored as JSON in the config dir, no secrets."""

from __future__ import annotations

import json
import os
import tempfile
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, field_validator

from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg, message_of
from desktop_app.core.marketplaces.base_url import checked_base_url
from desktop_app.core.models import Action
from desktop_app.core.private_files import private_folder
from desktop_app.core.profile_file import MARKETPLACES as MARKETPLACES
from desktop_app.core.profile_file import no_profile_named
from desktop_app.core.stable_files import (
    DEFAULT_STABLE_SECONDS,
    MAX_STABLE_SECONDS,
    MIN_STABLE_SECONDS,
)
from desktop_app.core.storage_faults import os_fault
from desktop_app.core.undo_window import MAX_GRACE_SECONDS

PROFILES_SCHEMA_VERSION = 1
DEFAULT_GRACE_SECONDS = 10
DEFAULT_CANCEL_THRESHOLD = 2.0  # percent; Daraz takes a shop offline above 2 % a week


class Environment(StrEnum):
    SANDBOX = "sandbox"
    PRODUCTION = "production"


class WatchedFolder(BaseModel):
    """A folder whose new files become jobs of one action. `automatic` lets them go without a
    confirmation where that is allowed (never a PRODUCTION cancel)."""

    action: Action
    folder: str = Field(min_length=1)
    automatic: bool = False
    # A file is taken once unchanged this long: longer than its writer ever pauses.
    stable_seconds: float = Field(
        default=DEFAULT_STABLE_SECONDS, ge=MIN_STABLE_SECONDS, le=MAX_STABLE_SECONDS
    )


class Profile(BaseModel):
    name: str = Field(min_length=1, max_length=80)
    marketplace: str
    environment: Environment = Environment.PRODUCTION
    base_url: str
    user_id: str | None = None
    batch_size: int | None = Field(default=None, ge=1, le=10_000)
    # Requests per minute per endpoint family, where the seller knows better than the docs.
    budgets: dict[str, int] = Field(default_factory=dict)
    window_seconds: float = Field(default=60.0, gt=0)
    # Marketplace-specific defaults, e.g. a SellerCenter cancel reason or delivery type.
    options: dict[str, str] = Field(default_factory=dict)
    # The undo window: seconds a confirmed job waits before its first request (window and
    # CLI without --yes). Defaults keep profiles.json files of earlier versions loading.
    grace_seconds: int = Field(default=DEFAULT_GRACE_SECONDS, ge=0, le=MAX_GRACE_SECONDS)
    # Cancellations above this share of the last 7 days' order items need an extra step.
    cancel_threshold_percent: float = Field(default=DEFAULT_CANCEL_THRESHOLD, gt=0, le=100)
    watched_folders: list[WatchedFolder] = Field(default_factory=list)

    def watched_folder(self, action: Action) -> WatchedFolder | None:
        return next((w for w in self.watched_folders if w.action is action), None)

    @field_validator("name")
    @classmethod
    def _name_is_plain(cls, value: str) -> str:
        value = value.strip()
        if not value or any(ch in value for ch in "\r\n\t"):
            raise ValueError(Msg("a profile name is one line of text"))
        return value

    @field_validator("marketplace")
    @classmethod
    def _known_marketplace(cls, value: str) -> str:
        if value not in MARKETPLACES:
            raise ValueError(
                Msg(
                    "unknown marketplace '{marketplace}' (known: {known})",
                    marketplace=value,
                    known=", ".join(MARKETPLACES),
                )
            )
        return value

    @field_validator("watched_folders")
    @classmethod
    def _one_folder_per_action(cls, value: list[WatchedFolder]) -> list[WatchedFolder]:
        if len({w.action for w in value}) != len(value):
            raise ValueError(Msg("a profile watches at most one folder per action"))
        return value

    @field_validator("base_url")
    @classmethod
    def _safe_url(cls, value: str) -> str:
        try:
            return checked_base_url(value)
        except ConfigError as error:
            raise ValueError(message_of(error)) from None


class _ProfilesFile(BaseModel):
    schema_version: int = PROFILES_SCHEMA_VERSION
    profiles: list[Profile] = Field(default_factory=list)


class ProfileStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> _ProfilesFile:
        if not self.path.exists():
            return _ProfilesFile()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return _ProfilesFile.model_validate(data)
        except (ValueError, ValidationError) as error:
            raise ConfigError(
                Msg(
                    "The profiles file {path} is damaged: {reason}",
                    path=str(self.path),
                    reason=str(error),
                )
            ) from None
        except OSError as error:
            raise os_fault(error, self.path.parent, Msg("the profiles")) from None

    def _write(self, content: _ProfilesFile) -> None:
        try:
            private_folder(self.path.parent)
            # Write then rename, so a crash never leaves half a file (mkstemp's is 0600).
            fd, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".profiles-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(content.model_dump_json(indent=2))
            os.replace(temp, self.path)
        except OSError as error:
            raise os_fault(error, self.path.parent, Msg("the profiles")) from None

    def list(self) -> list[Profile]:
        return self._read().profiles

    def get(self, name: str) -> Profile:
        for profile in self.list():
            if profile.name == name:
                return profile
        raise no_profile_named(name)

    def save(self, profile: Profile) -> None:
        """Add the profile, or replace the one with the same name."""
        content = self._read()
        content.profiles = [p for p in content.profiles if p.name != profile.name] + [profile]
        self._write(content)

    def remove(self, name: str) -> None:
        content = self._read()
        remaining = [p for p in content.profiles if p.name != name]
        if len(remaining) == len(content.profiles):
            raise ConfigError(Msg("There is no profile named '{name}'.", name=name))
        content.profiles = remaining
        self._write(content)

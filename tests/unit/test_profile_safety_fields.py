"""Profiles gained an undo window, a cancel threshold and watched folders; old files still load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from desktop_app.core.models import Action
from desktop_app.core.profiles import Profile, ProfileStore, WatchedFolder

OLD_PROFILE = {
    "name": "shop",
    "marketplace": "aboutyou",
    "environment": "production",
    "base_url": "https://partner.aboutyou.com",
}


def test_a_profiles_file_from_before_the_safety_fields_loads_with_their_defaults(
    tmp_path: Path,
) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps({"schema_version": 1, "profiles": [OLD_PROFILE]}), "utf-8")
    profile = ProfileStore(path).get("shop")
    assert profile.grace_seconds == 10
    assert profile.cancel_threshold_percent == 2.0
    assert profile.watched_folders == [] and profile.watched_folder(Action.CANCEL) is None


def test_watched_folders_round_trip_one_per_action(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    folder = WatchedFolder(action=Action.SHIP, folder="/data/tracking", automatic=True)
    store.save(Profile(**OLD_PROFILE, grace_seconds=0, watched_folders=[folder]))
    assert store.get("shop").watched_folder(Action.SHIP) == folder
    with pytest.raises(ValidationError):
        Profile(**OLD_PROFILE, watched_folders=[folder, folder])


@pytest.mark.parametrize("seconds", [-1, 121])
def test_the_undo_window_is_0_to_120_seconds(seconds: int) -> None:
    with pytest.raises(ValidationError):
        Profile(**OLD_PROFILE, grace_seconds=seconds)

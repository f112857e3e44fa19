"""`seller-desk watch`: each watch has its own stable time, from the flag or the profile."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli.parser import build_parser
from desktop_app.cli.watch_command import _rule
from desktop_app.core.models import Action
from desktop_app.core.profiles import Environment, Profile, WatchedFolder
from desktop_app.core.stable_files import DEFAULT_STABLE_SECONDS


def _profile(folder: Path) -> Profile:
    saved = WatchedFolder(action=Action.CANCEL, folder=str(folder), stable_seconds=12.5)
    return Profile(
        name="shop",
        marketplace="aboutyou",
        environment=Environment.SANDBOX,
        base_url="https://aboutyou.sandbox",
        watched_folders=[saved],
    )


def test_the_stable_time_comes_from_the_flag_then_the_profiles_folder_then_5_seconds(
    tmp_path: Path,
) -> None:
    profile = _profile(tmp_path / "drop")
    base = ["watch", "--profile", "shop", "--action", "cancel"]
    parse = build_parser().parse_args
    _, saved = _rule(profile, parse([*base, str(tmp_path / "drop")]))
    _, flag = _rule(profile, parse([*base, str(tmp_path / "drop"), "--stable-seconds", "3"]))
    _, other = _rule(profile, parse([*base, str(tmp_path / "elsewhere")]))
    assert (saved.stable_seconds, flag.stable_seconds) == (12.5, 3.0)
    assert other.stable_seconds == DEFAULT_STABLE_SECONDS == 5.0

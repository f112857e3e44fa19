"""stable_files: what counts as complete, and what is outside the folder."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.stable_files import (
    DEFAULT_STABLE_SECONDS,
    StableFiles,
    held_open,
    list_folder,
    whole_in_its_format,
)


def _workbook() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>" * 200)
        archive.writestr("xl/worksheets/sheet1.xml", "<row/>" * 2000)
    return buffer.getvalue()


def test_the_default_stable_time_outlasts_a_writer_pausing_3_seconds() -> None:
    assert DEFAULT_STABLE_SECONDS == 5.0


def test_a_workbook_cut_short_is_not_whole_and_a_whole_one_is() -> None:
    whole = _workbook()
    assert whole_in_its_format(whole)
    assert not whole_in_its_format(whole[: len(whole) // 2])
    assert not whole_in_its_format(whole[:-10])
    assert whole_in_its_format(b"order_item_id\n100001")  # text cannot tell


@pytest.mark.parametrize(
    ("name", "lock"),
    [
        ("daily.xlsx", "~$daily.xlsx"),
        ("orders-of-today.xlsx", "~$ders-of-today.xlsx"),  # Office's form for long names
        ("daily.xlsx", ".~lock.daily.xlsx#"),  # LibreOffice
    ],
)
def test_a_workbook_open_in_office_is_held_by_its_writer(name: str, lock: str) -> None:
    assert held_open(name, {name, lock})
    assert not held_open(name, {name, "~$other.xlsx"})


def test_listing_skips_temporary_names_and_held_files_and_puts_links_outside(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.csv", "b.csv.part", "c.tmp", "~$d.xlsx", "d.xlsx", ".hidden.csv"):
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "sub").mkdir()
    outside = tmp_path / "private.txt"
    outside.write_text("secret", encoding="utf-8")
    try:
        (folder / "link.csv").symlink_to(outside)
    except OSError as error:
        pytest.skip(f"cannot make a symlink here: {error}")
    os.link(outside, folder / "hard.csv")
    listing = list_folder(folder)
    assert sorted(p.name for p in listing.files) == ["a.csv"]
    assert sorted(p.name for p in listing.outside) == ["hard.csv", "link.csv"]


def test_a_file_looked_at_later_is_not_answered_before_then_unless_it_changes() -> None:
    now = [0.0]
    stable = StableFiles(2.0, lambda: now[0])
    path = Path("a.csv")
    assert stable.update({path: (1, 1, 1, 1, 1)}) == []
    now[0] = 2.0
    assert stable.update({path: (1, 1, 1, 1, 1)}) == [path]
    stable.later(path, 5.0)
    now[0] = 4.0
    assert stable.update({path: (1, 1, 1, 1, 1)}) == []
    assert stable.unchanged_for(path) == 4.0
    now[0] = 7.0
    assert stable.update({path: (1, 1, 1, 1, 1)}) == [path]
    now[0] = 8.0
    assert stable.update({path: (2, 1, 1, 1, 1)}) == []  # changed: starts again

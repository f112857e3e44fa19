"""core/files.py: names every system accepts, long Windows paths, whole-or-nothing writes, and a
file another program holds, on a real file system."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop_app.core.errors import FileLocked, FileProblem
from desktop_app.core.exporting import export_rows
from desktop_app.core.files import (
    MAX_NAME,
    atomic_text,
    is_locked,
    is_windows_device,
    long_path,
    portable_name,
    read_regular_file,
    replace,
)
from desktop_app.core.models import Action, Outcome, RowResult
from tests.fixtures.unwritable import unwritable


@pytest.mark.parametrize(
    "name", ["CON", "con.csv", "NUL.txt", "Aux", "prn.report.csv", "COM1.xlsx", "lpt9", "NUL .csv"]
)
def test_windows_device_names_are_recognised_with_any_extension(name: str) -> None:
    assert is_windows_device(name)
    assert not is_windows_device(portable_name(name))


@pytest.mark.parametrize("name", ["CONSOLE.csv", "com10.csv", "nul-orders.csv", "orders.con"])
def test_names_that_only_look_like_devices_stay_as_they_are(name: str) -> None:
    assert not is_windows_device(name)
    assert portable_name(name) == name


def test_characters_and_endings_windows_refuses_are_replaced() -> None:
    assert portable_name("orders 1/2: today?.csv") == "orders 1_2_ today_.csv"
    assert portable_name("orders. . ") == "orders"
    assert portable_name("...") == "_"
    assert portable_name("daily.csv") == "daily.csv"


def test_a_long_name_is_shortened_to_fit_with_its_sidecars_and_keeps_its_extension() -> None:
    long_one = "ä" * 120 + "x" * 10 + ".csv"  # 254 UTF-8 bytes
    reserve = len(".report.csv")
    fitted = portable_name(long_one, reserve=reserve)
    assert fitted.endswith(".csv") and "~" in fitted
    assert len((fitted + ".report.csv").encode("utf-8")) <= MAX_NAME
    # Two long names that differ only at their end do not shorten to one name.
    other = "ä" * 120 + "y" * 10 + ".csv"
    assert portable_name(other, reserve=reserve) != fitted
    assert portable_name("short.csv", reserve=reserve) == "short.csv"


def test_long_windows_paths_get_the_extended_prefix_and_short_ones_do_not() -> None:
    deep = "C:\\Users\\seller\\" + "orders\\" * 40 + "daily.csv"
    assert long_path(deep, windows=True) == "\\\\?\\" + deep
    share = "\\\\server\\share\\" + "x" * 260 + ".csv"
    assert long_path(share, windows=True) == "\\\\?\\UNC\\server\\share\\" + "x" * 260 + ".csv"
    assert long_path("C:\\short\\daily.csv", windows=True) == "C:\\short\\daily.csv"
    prefixed = "\\\\?\\" + deep
    assert long_path(prefixed, windows=True) == prefixed
    mixed = "C:/Users/seller/" + "orders/" * 40 + "daily.csv"
    assert long_path(mixed, windows=True) == "\\\\?\\" + deep
    assert long_path("/" + "a/" * 200 + "x.csv", windows=False) == "/" + "a/" * 200 + "x.csv"


def test_an_atomic_write_that_fails_leaves_the_old_file_whole_and_no_temporary(
    tmp_path: Path,
) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_text(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("the writer failed")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    with atomic_text(target) as handle:
        handle.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def symlink_or_skip(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except OSError as error:  # Windows without developer mode
        pytest.skip(f"cannot make a symlink here: {error}")


def test_an_atomic_write_through_a_link_replaces_the_file_it_points_to(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    symlink_or_skip(link, real)
    with atomic_text(link) as handle:
        handle.write("new\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new\n"


@pytest.mark.skipif(os.name == "nt", reason="a POSIX device path")
def test_an_export_to_a_device_writes_to_it_and_to_a_device_name_is_refused(
    tmp_path: Path,
) -> None:
    rows = [RowResult(1, (100001,), None, Outcome.SUCCEEDED)]
    assert export_rows(Path("/dev/null"), Action.CANCEL, rows) == 1  # a device stays a device
    with pytest.raises(FileProblem, match="Windows keeps for a device"):
        export_rows(tmp_path / "NUL.csv", Action.CANCEL, rows)
    assert not (tmp_path / "NUL.csv").exists()


def test_a_move_out_of_a_locked_folder_is_locked_try_later_and_loses_nothing(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    source = folder / "daily.csv"
    source.write_text("order_item_id\n100001\n", encoding="utf-8")
    target = tmp_path / "daily.csv"
    with unwritable(folder), pytest.raises(FileLocked, match="tried again later") as caught:
        replace(source, target)
    assert caught.value.errno in (errno.EACCES, errno.EPERM)
    assert source.read_text(encoding="utf-8") == "order_item_id\n100001\n"
    replace(source, target)  # once the lock is gone
    assert target.exists() and not source.exists()


def test_reading_never_follows_a_link_and_reads_one_handle(tmp_path: Path) -> None:
    outside = tmp_path / "private.txt"
    outside.write_text("not yours\n", encoding="utf-8")
    link = tmp_path / "orders.csv"
    symlink_or_skip(link, outside)
    with pytest.raises(FileProblem, match="link"):
        read_regular_file(link, 100)
    content, status = read_regular_file(outside, 4)
    assert content == b"not " and status.st_size == len("not yours\n")


def _windows_error(kind: type[OSError], code: int, winerror: int) -> OSError:
    error = kind(code, "as Windows says it")
    error.winerror = winerror  # type: ignore[attr-defined]  # what CPython sets on Windows
    return error


def test_sharing_and_lock_violations_are_locked_and_a_missing_file_is_not() -> None:
    assert is_locked(_windows_error(PermissionError, errno.EACCES, 32))  # sharing violation
    assert is_locked(_windows_error(OSError, errno.EACCES, 33))  # lock violation
    assert not is_locked(_windows_error(FileNotFoundError, errno.ENOENT, 2))
    assert is_locked(OSError(errno.EBUSY, "busy"))
    assert not is_locked(OSError(errno.ENAMETOOLONG, "too long"))

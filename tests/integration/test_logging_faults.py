"""Issue 14: logging never breaks the app. A full disk under the log, or a log folder that
cannot be written, drops log lines quietly: no exception, no traceback on stderr."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.logging_setup import configure_logging
from desktop_app.core.paths import AppPaths
from tests.fixtures.small_disks import fill, remount, tmpfs


@pytest.fixture
def fresh_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in [h for h in before if getattr(h, "seller_desk", False)]:
        root.removeHandler(handler)
    yield
    for handler in [h for h in root.handlers if getattr(h, "seller_desk", False)]:
        root.removeHandler(handler)
        handler.close()


def _paths(root: Path) -> AppPaths:
    return AppPaths(root / "config", root / "data", root / "logs")


def test_log_exception_on_a_full_disk_neither_raises_nor_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fresh_root_logger: None
) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        configure_logging(_paths(disk))
        log = logging.getLogger("desktop_app.test")
        log.info("before the disk fills")
        fill(disk)
        try:
            raise RuntimeError("something broke")
        except RuntimeError:
            for _ in range(200):  # enough to pass any buffer
                log.exception("failed while the disk is full " + "x" * 500)
        logging.getLogger().handlers[-1].flush()
    assert capsys.readouterr().err == ""


def test_a_read_only_log_folder_does_not_stop_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fresh_root_logger: None
) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        remount(disk, read_only=True)
        try:
            configure_logging(_paths(disk))
            logging.getLogger("desktop_app.test").error("nowhere to write this")
        finally:
            remount(disk, read_only=False)
    assert capsys.readouterr().err == ""

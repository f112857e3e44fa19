"""Issue 15's findings, one test each, against the in-process sandbox on an injected clock:
files replaced, written slowly, linked, oddly named or locked are never lost, doubled or leaked."""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop_app.core.importing.spec import RowSpec
from desktop_app.core.marketplaces.aboutyou import AboutYouMarketplace
from desktop_app.core.models import Action
from desktop_app.core.watch import WatchEventKind, WatchTiming
from desktop_app.sandbox.aboutyou import sandbox_state
from tests.fixtures.unwritable import unwritable
from tests.integration.watch_helpers import ids_file, run, setup


def _applied(app: Any, ids: range) -> list[int]:
    applied = sandbox_state(app).applied_per_item
    return [applied[i] for i in ids]


def test_a_file_replaced_after_it_was_read_sends_each_content_once_and_goes_to_failed(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    """Finding 1: the content hashed is the content sent; the old content is never refused as
    "already read" unsent, the new one never sent twice, the changed file never "processed"."""
    app = aboutyou_asgi_app(items=50, latency=0.0)
    inbox = tmp_path / "in"
    first, second = range(100001, 100011), range(100011, 100016)
    replacement = tmp_path / "replacement.csv"
    new_content = ids_file(replacement, second)
    replaced: list[bool] = []

    class ReplacedWhileRead(AboutYouMarketplace):
        async def row_spec(self, action: Action) -> RowSpec | None:
            if not replaced:  # the warehouse's export overwrites the file at this moment
                os.replace(replacement, inbox / "daily.csv")
                replaced.append(True)
            return await super().row_spec(action)

    watch = setup(tmp_path, app, marketplace=ReplacedWhileRead)
    old_content = ids_file(inbox / "daily.csv", first)

    async def scenario() -> None:
        await watch.polls(4, step=2.0)
        assert replaced
        assert not (inbox / "processed" / "daily.csv").exists()
        failed = inbox / "failed" / "daily.csv"
        assert failed.read_bytes() == new_content
        note = (inbox / "failed" / "daily.csv.error.txt").read_text("utf-8")
        assert "changed after it was read" in note and "NOT sent" in note
        # The seller puts the new content in again: it is a new file, sent once.
        os.replace(failed, inbox / "daily-again.csv")
        await watch.polls(4, step=2.0)
        # The old content dropped later was sent already: refused, not sent twice.
        (inbox / "old-again.csv").write_bytes(old_content)
        await watch.polls(4, step=2.0)
        await watch.service.aclose()

    run(scenario)
    assert _applied(app, first) == [1] * len(first)
    assert _applied(app, second) == [1] * len(second)
    assert (inbox / "processed" / "daily-again.csv").read_bytes() == new_content
    assert "already read" in (inbox / "failed" / "old-again.csv.error.txt").read_text("utf-8")
    assert len(watch.service.journal.jobs()) == 2


def test_a_writer_pausing_3_seconds_is_waited_for_with_the_default_stable_time(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    """Finding 2: 200 rows written in two goes 3 s apart are sent whole, once."""
    app = aboutyou_asgi_app(items=300, latency=0.0)
    watch = setup(tmp_path, app, timing=WatchTiming(poll_seconds=0.01))  # default stable time
    path = watch.folder / "daily.csv"
    rows = range(100001, 100201)
    lines = ["order_item_id\n", *(f"{i}\n" for i in rows)]

    async def scenario() -> None:
        path.write_text("".join(lines[:102]), encoding="utf-8")  # the header and 101 rows
        await watch.polls(4, step=1.0)  # 0 s .. 3 s: the writer pauses
        assert watch.service.journal.jobs() == []
        with path.open("a", encoding="utf-8") as handle:
            handle.write("".join(lines[102:]))
        await watch.polls(8, step=1.0)
        await watch.service.aclose()

    run(scenario)
    (job,) = watch.service.journal.jobs()
    assert len(watch.service.journal.rows(job.id)) == 200
    assert _applied(app, rows) == [1] * 200
    assert (watch.folder / "processed" / "daily.csv").read_text("utf-8") == "".join(lines)


def _atime_tells_a_read(folder: Path) -> bool:
    """Whether this file system records a read (relatime does, after an older atime)."""
    probe = folder / "probe.txt"
    probe.write_text("x", encoding="utf-8")
    os.utime(probe, (time.time() - 3600, time.time()))
    before = probe.stat().st_atime_ns
    probe.read_bytes()
    return probe.stat().st_atime_ns != before


def test_a_symlink_to_a_private_file_outside_is_ignored_with_one_note_and_never_read(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    """Finding 3: links are not followed; nothing of the file they point to is read or copied."""
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watch = setup(tmp_path, app)
    private = tmp_path / "private" / "diary.txt"
    private.parent.mkdir()
    private.write_text("100001\nsecret-words-nobody-may-read\n", encoding="utf-8")
    atime_proves = _atime_tells_a_read(private.parent)
    os.utime(private, (time.time() - 3600, time.time()))
    atime = private.stat().st_atime_ns
    link = watch.folder / "orders.csv"
    try:
        link.symlink_to(private)
    except OSError as error:
        pytest.skip(f"cannot make a symlink here: {error}")

    run(lambda: _polls_then_close(watch, 6))
    if atime_proves:
        assert private.stat().st_atime_ns == atime, "the file outside the folder was read"
    assert link.is_symlink() and link.resolve() == private
    assert not (watch.folder / "failed").exists() and not (watch.folder / "processed").exists()
    assert watch.service.journal.jobs() == []
    assert sandbox_state(app).request_count("orders/cancel") == 0
    assert [(e.kind.value, e.file.name) for e in watch.events] == [("ignored", "orders.csv")]


async def _polls_then_close(watch: Any, count: int) -> None:
    await watch.polls(count, step=3.0)
    await watch.service.aclose()


def test_a_file_that_is_no_order_file_never_has_more_than_a_cells_start_in_its_report(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    """Finding 3, its second half: a report echoes the first characters of a bad cell only."""
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watch = setup(tmp_path, app)
    (watch.folder / "notes.txt").write_text(
        "correct-horse-battery-staple is my password\nthe-safe-code-is-4242-1234 behind the door\n",
        encoding="utf-8",
    )
    (watch.folder / "ids.csv").write_text(  # the header of an order file, and no order item
        "order_item_id\ncorrect-horse-battery-staple is my password\nthe-safe-code-is-4242-1234\n",
        encoding="utf-8",
    )
    run(lambda: _polls_then_close(watch, 3))
    failed = watch.folder / "failed"
    assert sorted(p.name for p in failed.iterdir()) == [
        "ids.csv",
        "ids.csv.error.txt",
        "notes.txt",
        "notes.txt.error.txt",
    ]
    written = "".join(p.read_text("utf-8-sig") for p in failed.glob("*.error.txt"))
    assert "correct-hors" in written  # enough to find the cell
    assert "correct-horse-battery-staple" not in written
    assert "the-safe-code-is-4242" not in written and "password" not in written


def test_an_unmovable_name_is_reported_once_and_left_in_place(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    """Finding 5: the file's path fits, its processed/ path does not (ENAMETOOLONG): one note,
    the file stays, and neither this watch nor the next says "already read" again."""
    app = aboutyou_asgi_app(items=50, latency=0.0)
    name = "n" * 96 + ".csv"
    folder = tmp_path
    while len(str(folder)) < 3990 - 200:
        folder = folder / ("d" * 199)
    folder = folder / ("e" * (3989 - len(str(folder))))
    assert len(str(folder)) == 3990  # folder/name fits in 4095; folder/processed/name does not
    watch = setup(tmp_path, app, folder=folder)
    path = folder / name
    ids_file(path, range(100001, 100003))

    run(lambda: _polls_then_close(watch, 8))
    assert path.exists()
    assert [e.kind for e in watch.events] == [WatchEventKind.SCHEDULED, WatchEventKind.FAILED]
    assert "left where it is" in watch.events[-1].message
    assert _applied(app, range(100001, 100003)) == [1, 1]

    again = setup(tmp_path, app, folder=folder)  # a restarted watch stays quiet about it too
    run(lambda: _polls_then_close(again, 4))
    assert again.events == [] and path.exists()


def test_a_250_byte_name_is_moved_under_a_name_that_fits_with_its_report(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    """Finding 5, the name itself: ".report.csv" would not fit beside it; a shortened name does,
    and the watch does not repeat itself every few seconds."""
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watch = setup(tmp_path, app)
    name = "o" * 246 + ".csv"
    ids_file(watch.folder / name, range(100001, 100002))

    run(lambda: _polls_then_close(watch, 8))
    assert [e.kind for e in watch.events] == [WatchEventKind.SCHEDULED, WatchEventKind.PROCESSED]
    processed = watch.folder / "processed"
    (moved,) = [p for p in processed.iterdir() if not p.name.endswith(".report.csv")]
    assert moved.name.startswith("o" * 200) and moved.name.endswith(".csv") and "~" in moved.name
    report = processed / (moved.name + ".report.csv")
    assert "100001,succeeded" in report.read_text("utf-8-sig")
    assert not (watch.folder / name).exists()


def test_a_file_locked_when_it_is_due_to_move_is_moved_later_with_one_note(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    """Issue 19: a file another program holds (here: a folder nothing may enter) is retried,
    said once, and never lost; once free it goes where it belongs."""
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watch = setup(tmp_path, app)
    ids_file(watch.folder / "daily.csv", range(100001, 100002))
    processed = watch.folder / "processed"
    processed.mkdir()

    async def scenario() -> None:
        await watch.polls(2, step=2.0)  # taken and sent
        with unwritable(processed):
            await watch.polls(5, step=2.0)
            assert (watch.folder / "daily.csv").exists()
        await watch.polls(2, step=2.0)
        await watch.service.aclose()

    run(scenario)
    kinds = [e.kind for e in watch.events]
    assert kinds == [WatchEventKind.SCHEDULED, WatchEventKind.PROBLEM, WatchEventKind.PROCESSED]
    assert "tried again later" in watch.events[1].message
    assert (processed / "daily.csv").exists() and (processed / "daily.csv.report.csv").exists()
    assert _applied(app, range(100001, 100002)) == [1]


def _workbook(ids: range) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["order_item_id"])
    for number in ids:
        sheet.append([number])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_workbook_is_taken_only_once_whole_and_closed_in_excel(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    """A half-written XLSX is not a whole zip, and `~$NAME` says Excel still has it open."""
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watch = setup(tmp_path, app)
    path, lock = watch.folder / "daily.xlsx", watch.folder / "~$daily.xlsx"
    whole = _workbook(range(100001, 100004))
    steps: list[Callable[[], object]] = [
        lambda: path.write_bytes(whole[: len(whole) // 2]),  # the writer stalls midway
        lambda: lock.write_bytes(b"owner"),
        lambda: path.write_bytes(whole),  # saved, but still open in Excel
    ]

    async def scenario() -> None:
        for step in steps:
            step()
            await watch.polls(4, step=3.0)
            assert watch.service.journal.jobs() == []
            assert path.exists()
        lock.unlink()  # closed
        await watch.polls(4, step=3.0)
        await watch.service.aclose()

    run(scenario)
    assert len(watch.service.journal.jobs()) == 1
    assert _applied(app, range(100001, 100004)) == [1, 1, 1]
    assert (watch.folder / "processed" / "daily.xlsx").read_bytes() == whole


def test_names_windows_keeps_for_devices_are_moved_under_names_it_accepts(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    """Issue 19: a folder synced to Windows must not get a "NUL.csv" or a trailing dot."""
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watch = setup(tmp_path, app)
    ids_file(watch.folder / "NUL.csv", range(100001, 100002))
    ids_file(watch.folder / "daily.csv.", range(100002, 100003))

    run(lambda: _polls_then_close(watch, 4))
    processed = sorted(p.name for p in (watch.folder / "processed").iterdir())
    assert processed == ["_NUL.csv", "_NUL.csv.report.csv", "daily.csv", "daily.csv.report.csv"]
    assert _applied(app, range(100001, 100003)) == [1, 1]

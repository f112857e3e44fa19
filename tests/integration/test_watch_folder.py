"""A watched folder against the in-process sandbox, on an injected clock: no sleeps of seconds."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from desktop_app.core.importing.api import MAX_BYTES
from desktop_app.core.job_service import JobService
from desktop_app.core.models import JobState, Outcome
from desktop_app.core.profiles import Environment
from desktop_app.core.watch import FolderWatcher, WatchEvent, WatchEventKind
from desktop_app.sandbox.aboutyou import sandbox_state
from tests.integration.watch_helpers import Clock, run, setup


def _setup(
    tmp_path: Path, app: Any, environment: Environment, automatic: bool = True
) -> tuple[FolderWatcher, JobService, Clock, list[WatchEvent]]:
    watch = setup(tmp_path, app, environment, automatic=automatic)
    return watch.watcher, watch.service, watch.clock, watch.events


def test_a_file_growing_in_chunks_is_taken_once_complete_then_moved_with_a_report(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watcher, service, clock, events = _setup(tmp_path, app, Environment.SANDBOX)
    path = tmp_path / "in" / "daily.csv"

    async def scenario() -> None:
        path.write_text("order_item_id\n100001\n", encoding="utf-8")
        await watcher.poll_once()
        clock.now = 1.5
        with path.open("a", encoding="utf-8") as handle:
            handle.write("100002\n")  # still being written
        await watcher.poll_once()
        clock.now = 3.0  # 3 s since the first chunk, 1.5 s since the last: not yet
        await watcher.poll_once()
        assert service.journal.jobs() == []
        clock.now = 3.6
        await watcher.poll_once()
        assert len(service.journal.jobs()) == 1
        await service.wait_all()
        for _ in range(3):  # later looks neither read it again nor lose it
            clock.now += 5
            await watcher.poll_once()
        await service.aclose()

    run(scenario)
    (job,) = service.journal.jobs()
    assert job.state is JobState.FINISHED and job.counts[Outcome.SUCCEEDED] == 2
    assert sandbox_state(app).applied_per_item[100001] == 1
    assert sandbox_state(app).applied_per_item[100002] == 1
    assert not path.exists()
    moved = tmp_path / "in" / "processed" / "daily.csv"
    assert moved.read_text(encoding="utf-8") == "order_item_id\n100001\n100002\n"
    report = (tmp_path / "in" / "processed" / "daily.csv.report.csv").read_text("utf-8-sig")
    assert report.splitlines()[0] == "line,order_item_id,outcome,errors,batch"
    assert "100002,succeeded" in report
    assert [e.kind for e in events] == [WatchEventKind.SCHEDULED, WatchEventKind.PROCESSED]


def test_the_same_content_dropped_again_is_never_read_twice(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watcher, service, clock, _ = _setup(tmp_path, app, Environment.SANDBOX)
    content = "order_item_id\n100003\n"

    async def scenario() -> None:
        (tmp_path / "in" / "a.csv").write_text(content, encoding="utf-8")
        for step in range(2):
            clock.now = 2.0 * step
            await watcher.poll_once()
        await service.wait_all()
        await watcher.poll_once()
        (tmp_path / "in" / "copy-of-a.csv").write_text(content, encoding="utf-8")
        for _ in range(2):
            clock.now += 2.0
            await watcher.poll_once()
        await service.aclose()

    run(scenario)
    assert len(service.journal.jobs()) == 1
    assert sandbox_state(app).request_count("orders/cancel") == 1
    error = (tmp_path / "in" / "failed" / "copy-of-a.csv.error.txt").read_text("utf-8")
    assert "already read" in error and "not sent again" in error


def test_a_production_cancel_file_waits_for_a_confirmation_even_when_automatic(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watcher, service, clock, events = _setup(tmp_path, app, Environment.PRODUCTION)
    path = tmp_path / "in" / "cancel.csv"
    path.write_text("order_item_id\n100004\n", encoding="utf-8")

    async def scenario() -> None:
        for step in range(2):
            clock.now = 2.0 * step
            await watcher.poll_once()
        await asyncio.sleep(0.05)
        (job,) = service.journal.jobs()
        assert job.state is JobState.SCHEDULED and job.send_at is None
        assert [j.id for j in service.not_sent()] == [job.id]
        assert sandbox_state(app).request_count("orders/cancel") == 0
        clock.now += 60  # waiting is not a countdown: time alone never sends it
        await watcher.poll_once()
        assert path.exists() and service.journal.job(job.id).state is JobState.SCHEDULED
        assert service.confirm_scheduled(job.id, grace=0)  # the seller's word
        await service.wait_all()
        await watcher.poll_once()
        await service.aclose()

    run(scenario)
    assert events[0].kind is WatchEventKind.WAITING
    assert sandbox_state(app).applied_per_item[100004] == 1
    assert (tmp_path / "in" / "processed" / "cancel.csv.report.csv").exists()


def test_a_broken_file_goes_to_failed_with_its_error_and_the_watch_goes_on(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watcher, service, clock, events = _setup(tmp_path, app, Environment.SANDBOX)
    (tmp_path / "in" / "broken.csv").write_bytes(b"\x00\x01\x02PK garbage \xff\xfe" * 50)
    (tmp_path / "in" / "good.csv").write_text("order_item_id\n100005\n", encoding="utf-8")

    async def scenario() -> None:
        for step in range(2):
            clock.now = 2.0 * step
            await watcher.poll_once()
        await service.wait_all()
        await watcher.poll_once()
        await service.aclose()

    run(scenario)
    failed = tmp_path / "in" / "failed"
    assert (failed / "broken.csv").exists()
    assert "could not be read" in (failed / "broken.csv.error.txt").read_text("utf-8")
    assert (tmp_path / "in" / "processed" / "good.csv").exists()
    assert sandbox_state(app).applied_per_item[100005] == 1
    assert {e.kind for e in events} == {
        WatchEventKind.FAILED,
        WatchEventKind.SCHEDULED,
        WatchEventKind.PROCESSED,
    }


def test_a_file_over_the_size_limit_goes_to_failed_unread_and_unclaimed(
    tmp_path: Path, aboutyou_asgi_app: Any
) -> None:
    app = aboutyou_asgi_app(items=50, latency=0.0)
    watch = setup(tmp_path, app)
    with (watch.folder / "huge.csv").open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk spent

    run(lambda: watch.polls(2, step=2.0))
    note = (watch.folder / "failed" / "huge.csv.error.txt").read_text("utf-8")
    assert "50 MB" in note and "split it" in note
    assert watch.service.journal.jobs() == []
    assert watch.service.journal.unsettled_files(str(watch.folder)) == []

"""pytest-qt with one qasync loop per session (reference §1.3) and windows that clean up."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync
from PySide6.QtWidgets import QApplication

from desktop_app.core.engine import EngineSettings
from desktop_app.core.marketplaces.aboutyou import AboutYouMarketplace
from desktop_app.core.marketplaces.aboutyou.marketplace import DEFAULT_BUDGETS
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.marketplaces.http import new_http_client
from desktop_app.core.pacing import PacingPolicy
from desktop_app.core.profiles import Profile
from desktop_app.ui.context import AppOptions
from desktop_app.ui.demo import DemoOptions
from desktop_app.ui.main_window import MainWindow

FAST_ENGINE = EngineSettings(poll_first_delay=0.05, poll_max_delay=0.2, poll_growth=1.5)
FAST_TIMEOUT = httpx.Timeout(5.0)
FAST_DEMO = DemoOptions(latency=0.2, items=300, engine=FAST_ENGINE)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot size or raise windows; that is not our bug.
    for item in items:
        if "tests/ui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support"))


@pytest.fixture(scope="session")
def session_qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    yield loop
    executor = getattr(loop, "_QEventLoop__default_executor", None)
    if executor is not None:  # join the import threads before Qt goes away
        executor.shutdown()
    # never loop.stop(): it would quit the QApplication


@pytest.fixture
def qloop(session_qloop: qasync.QEventLoop) -> Iterator[qasync.QEventLoop]:
    """The session's loop marked as running for this test only, so that tests outside
    tests/ui that call asyncio.run() still find no running loop."""
    asyncio.events._set_running_loop(session_qloop)
    asyncio.set_event_loop(session_qloop)
    yield session_qloop
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


def fast_policy(profile: Profile, defaults: Mapping[str, int]) -> PacingPolicy:
    """The marketplace's budgets, with retries measured in milliseconds."""
    return PacingPolicy(
        {**defaults, **profile.budgets},
        window_seconds=profile.window_seconds,
        ceilings=profile.budgets,
        max_attempts=2,
        max_rate_limited=2,
        base_delay=0.01,
        max_delay=0.05,
        default_retry_after=0.05,
    )


def fast_connector(profile: Profile, secret: str | None) -> Marketplace:
    """Like open_marketplace for every marketplace kind, with fast pacing and short timeouts."""
    from desktop_app.core.secrets import load_secret

    key = secret or load_secret(profile.name) or ""
    if profile.marketplace == "sellercenter":
        from desktop_app.core.marketplaces.sellercenter import marketplace as sellercenter

        return sellercenter.SellerCenterMarketplace(
            profile.base_url,
            profile.user_id or "",
            key,
            pacing=fast_policy(profile, sellercenter.DEFAULT_BUDGETS),
            options=profile.options,
            timeout=FAST_TIMEOUT,
        )
    if profile.marketplace == "unicommerce":
        from desktop_app.core.marketplaces.unicommerce import marketplace as unicommerce

        return unicommerce.UnicommerceMarketplace(
            new_http_client(profile.base_url, timeout=FAST_TIMEOUT),
            profile.base_url,
            profile.user_id or "",
            key,
            pacing=fast_policy(profile, unicommerce.DEFAULT_BUDGETS),
        )
    return AboutYouMarketplace(profile.base_url, key, pacing=fast_policy(profile, DEFAULT_BUDGETS))


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qloop: qasync.QEventLoop, qtbot: Any) -> Iterator[WindowFactory]:
    """`make_window(demo=True, **options)` builds a real window; teardown closes it cleanly."""
    from desktop_app.app import create_window

    windows: list[MainWindow] = []

    def make(demo: bool = True, **overrides: Any) -> MainWindow:
        overrides.setdefault("demo", FAST_DEMO)
        overrides.setdefault("engine", FAST_ENGINE)
        overrides.setdefault("connector", fast_connector)
        overrides.setdefault("grace_seconds", 0)  # no undo window unless a test wants one
        window = create_window(demo, options=AppOptions(**overrides))
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        qtbot.waitUntil(window.closed.is_set, timeout=5000)
        # Errors are never silent: a test that made the window show one fails here.
        assert window.errors.reported == [], window.errors.reported
    qloop.set_exception_handler(None)


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, str], Path]:
    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write

"""`seller-desk --self-test`: prove a build works end to end, offline, in under 30 s.

Opens the window in demo mode, runs a cancel and a ship job on the in-process sandbox, checks the
journal on disk and that a keyring backend resolves. Prints one line per check; exit 0 = all passed.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from desktop_app.core.engine import EngineSettings
from desktop_app.core.i18n import Msg
from desktop_app.core.models import Action, InputRow, JobState, Outcome, ShipInfo

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

TIMEOUT_SECONDS = 30.0
EXIT_FAILED, EXIT_TIMEOUT = 1, 3
# The keyring backend each OS must find in the bundle's entry-point metadata.
PLATFORM_BACKEND = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")


class SelfTestFailed(Exception):
    """One check failed; the message says which and why."""


def memory_keyring() -> KeyringBackend:
    """Only for --self-test on a machine without a system keyring (headless CI). Defined late:
    keyring auto-detects every imported backend class, and this one must never win by accident."""

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring is untyped here
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.secrets.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    return MemoryKeyring()


def say(message: str) -> None:
    print(f"self-test: {message}", flush=True)


def check_keyring() -> str:
    """Backends come from entry-point metadata, which freezers drop: check it made it in."""
    found = {entry.name for entry in entry_points(group="keyring.backends")}
    if PLATFORM_BACKEND not in found:
        raise SelfTestFailed(
            Msg(
                "keyring backend '{backend}' missing; found {found}",
                backend=PLATFORM_BACKEND,
                found=str(sorted(found)),
            )
        )
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        keyring.set_keyring(memory_keyring())
        return Msg(
            "no system keyring here; backends {found} found, in-memory one used",
            found=str(sorted(found)),
        )
    return f"{type(backend).__module__}.{type(backend).__name__}"


async def wait_shown(window: MainWindow) -> None:
    handle = window.windowHandle()
    deadline = time.monotonic() + 5
    while not (window.isVisible() and handle is not None and handle.isExposed()):
        if time.monotonic() > deadline:
            raise SelfTestFailed(Msg("the main window was not shown within 5 s"))
        await asyncio.sleep(0.005)
        handle = window.windowHandle()


def demo_rows(action: Action) -> list[InputRow]:
    # Different items per action: a cancelled item can no longer be shipped.
    first = 100001 if action is Action.CANCEL else 100101
    ship = ShipInfo("DHL_STD_NATIONAL", "SELFTEST-OUT", "SELFTEST-RET")
    return [
        InputRow(line, (first + line,), ship=ship if action is Action.SHIP else None)
        for line in range(2, 7)
    ]


async def run_job(window: MainWindow, action: Action) -> int:
    ctx = window.ctx
    profile = ctx.profile_list()[0]  # demo mode lists the demo profile first
    rows = demo_rows(action)
    # A short undo window: the scheduled -> released -> sent path runs too, without the wait.
    job_id = ctx.jobs.create_job(action, profile, f"self-test-{action}.csv", rows, grace=0.2)
    window.results_tab.add_job(job_id)
    record = await ctx.jobs.start(job_id)
    succeeded = record.counts[Outcome.SUCCEEDED]
    if record.state is not JobState.FINISHED or succeeded != len(rows):
        raise SelfTestFailed(
            Msg(
                "{action} job {job} ended {state} with {counts}",
                action=str(action),
                job=job_id,
                state=str(record.state),
                counts=str(dict(record.counts)),
            )
        )
    return job_id


def check_journal(path: Path, job_ids: list[int]) -> None:
    """Reopen the journal file after the window closed it: the outcomes must be on disk."""
    from desktop_app.core.journal import Journal

    if not path.is_file():
        raise SelfTestFailed(Msg("no journal at {path}", path=str(path)))
    journal = Journal(path)
    try:
        for job_id in job_ids:
            job = journal.job(job_id)
            if job.state is not JobState.FINISHED or job.counts[Outcome.SUCCEEDED] == 0:
                raise SelfTestFailed(
                    Msg("journal holds job {job} as {state}", job=job_id, state=str(job.state))
                )
    finally:
        journal.close()


def check_catalogs() -> str:
    """The core's gettext catalogs are data files, which a freezer drops unless told."""
    import gettext

    from desktop_app.core.i18n import DOMAIN, LANGUAGES, LOCALE_DIR

    translated = [language for language in LANGUAGES if language != "en"]
    for language in translated:
        try:
            gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=[language])
        except OSError:
            raise SelfTestFailed(
                Msg("the {language} message catalog is missing", language=language)
            ) from None
    return ", ".join(translated)


async def checks() -> None:
    from desktop_app.app import create_window
    from desktop_app.ui.context import AppOptions
    from desktop_app.ui.demo import DemoOptions

    say(Msg("keyring: {backend}", backend=check_keyring()))
    say(Msg("message catalogs: {languages}", languages=check_catalogs()))
    fast = EngineSettings(poll_first_delay=0.05, poll_max_delay=0.2)
    window = create_window(True, options=AppOptions(DemoOptions(0.1, 300, fast)))
    await wait_shown(window)
    # Read by packaging/smoke.sh to measure cold start from outside the process: English always.
    say(f"window shown at {time.time():.3f}")
    if window.windowIcon().isNull():
        raise SelfTestFailed(Msg("the window icon did not load (icons or the SVG plugin missing)"))
    job_ids = [await run_job(window, action) for action in (Action.CANCEL, Action.SHIP)]
    say(Msg("demo cancel and ship jobs {jobs} finished", jobs=str(job_ids)))
    journal_path = window.ctx.journal.path
    window.close()
    await window.closed.wait()
    if window.errors.reported:
        raise SelfTestFailed(
            Msg("the window reported errors: {errors}", errors=repr(window.errors.reported))
        )
    check_journal(journal_path, job_ids)
    say(Msg("journal written"))


@contextmanager
def private_home() -> Iterator[Path]:
    """A temporary SELLER_DESK_HOME unless the caller chose one: never touch the user's data."""
    chosen = os.environ.get("SELLER_DESK_HOME")
    if chosen:
        yield Path(chosen)
        return
    # Windows cannot delete the open log file; leaving it beats failing a passed test.
    with tempfile.TemporaryDirectory(
        prefix="seller-desk-self-test-", ignore_cleanup_errors=True
    ) as home:
        os.environ["SELLER_DESK_HOME"] = home
        try:
            yield Path(home)
        finally:
            del os.environ["SELLER_DESK_HOME"]


def print_log_tail(log_dir: Path, lines: int = 20) -> None:
    """The temporary home is deleted on exit: show the end of its log first."""
    for log in sorted(log_dir.glob("*.log")):
        say(Msg("last lines of {log}:", log=log.name))
        print("\n".join(log.read_text("utf-8", "replace").splitlines()[-lines:]), flush=True)


def start_watchdog() -> None:
    """A hung Qt loop never reaches asyncio's timeout: end the process from a thread."""

    def expire() -> None:
        say(Msg("FAILED: not finished within {seconds} s", seconds=f"{TIMEOUT_SECONDS:.0f}"))
        os._exit(EXIT_TIMEOUT)

    timer = threading.Timer(TIMEOUT_SECONDS + 2, expire)
    timer.daemon = True
    timer.start()


def run_self_test() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app import __version__
    from desktop_app.core.logging_setup import configure_logging
    from desktop_app.core.paths import app_paths

    started = time.monotonic()
    start_watchdog()
    say(f"version {__version__}")  # read by packaging/smoke.sh: English always
    with private_home() as home:
        say(f"SELLER_DESK_HOME={home}")
        configure_logging(app_paths().ensure())
        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        app.setQuitOnLastWindowClosed(False)
        import qasync  # after PySide6: qasync binds to the Qt already imported

        try:
            qasync.run(asyncio.wait_for(checks(), TIMEOUT_SECONDS))
        except (SelfTestFailed, TimeoutError) as error:
            say(Msg("FAILED: {reason}", reason=str(error) or Msg("timed out")))
            print_log_tail(app_paths().log_dir)
            return EXIT_FAILED
        except Exception:
            traceback.print_exc()
            say(Msg("FAILED: unexpected error (traceback above)"))
            print_log_tail(app_paths().log_dir)
            return EXIT_FAILED
    say(Msg("passed in {seconds} s", seconds=f"{time.monotonic() - started:.2f}"))
    return 0

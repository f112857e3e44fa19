"""`seller-desk sandbox`: serve one marketplace sandbox on a socket until Ctrl-C."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import FrameType

from starlette.types import ASGIApp

from desktop_app.sandbox.server import running_sandbox


@dataclass(frozen=True)
class SandboxOptions:
    api_key: str
    items: int
    latency: float


@dataclass(frozen=True)
class MarketplaceSandbox:
    label: str
    build: Callable[[SandboxOptions], ASGIApp]


def _aboutyou(options: SandboxOptions) -> ASGIApp:
    from desktop_app.sandbox.aboutyou import AboutYouSandboxConfig, create_aboutyou_app

    config = AboutYouSandboxConfig(
        api_key=options.api_key, items=options.items, latency=options.latency
    )
    return create_aboutyou_app(config)


# Another marketplace is one more entry here (and a choice in cli.py).
SANDBOXES: dict[str, MarketplaceSandbox] = {
    "aboutyou": MarketplaceSandbox("ABOUT YOU", _aboutyou),
}


def serve_sandbox(
    marketplace: str,
    host: str,
    port: int,
    api_key: str = "sandbox-demo-key",
    items: int = 5000,
    latency: float = 2.0,
) -> int:
    """Print the base URL line first (flushed), then serve until interrupted; returns 0."""
    sandbox = SANDBOXES.get(marketplace)
    if sandbox is None:
        print(
            f"Unknown marketplace {marketplace!r}; choose from {sorted(SANDBOXES)}", file=sys.stderr
        )
        return 2
    app = sandbox.build(SandboxOptions(api_key=api_key, items=items, latency=latency))
    _stop_on_sigterm()
    try:
        with running_sandbox(app, host=host, port=port) as base_url:
            print(
                f"Sandbox {sandbox.label} marketplace at {base_url} (API key: {api_key})",
                flush=True,
            )
            threading.Event().wait()
    except KeyboardInterrupt:
        pass
    return 0


def _stop_on_sigterm() -> None:
    """Let `kill` shut the server down as cleanly as Ctrl-C does."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)

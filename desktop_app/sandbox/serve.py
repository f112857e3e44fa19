"""`seller-desk sandbox`: serve one marketplace sandbox on a socket until Ctrl-C."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from types import FrameType

from starlette.types import ASGIApp

from desktop_app.sandbox.server import running_sandbox


@dataclass(frozen=True)
class SandboxOptions:
    api_key: str = "sandbox-demo-key"
    items: int | None = None  # None: the sandbox's own default
    latency: float = 2.0
    user_id: str = "demo@seller-desk.example"
    username: str = "demo"
    password: str = "sandbox-demo-password"  # noqa: S105 - the public demo password


@dataclass(frozen=True)
class MarketplaceSandbox:
    label: str
    build: Callable[[SandboxOptions], ASGIApp]
    credentials: Callable[[SandboxOptions], str]  # what the first line tells a client to use


def _aboutyou(options: SandboxOptions) -> ASGIApp:
    from desktop_app.sandbox.aboutyou import AboutYouSandboxConfig, create_aboutyou_app

    config = AboutYouSandboxConfig(
        api_key=options.api_key, items=options.items or 5000, latency=options.latency
    )
    return create_aboutyou_app(config)


def _sellercenter(options: SandboxOptions) -> ASGIApp:
    from desktop_app.sandbox.sellercenter import (
        SellerCenterSandboxConfig,
        create_sellercenter_app,
    )

    config = SellerCenterSandboxConfig(user_id=options.user_id, api_key=options.api_key)
    return create_sellercenter_app(replace(config, items=options.items or config.items))


def _unicommerce(options: SandboxOptions) -> ASGIApp:
    from desktop_app.sandbox.unicommerce import UnicommerceSandboxConfig, create_unicommerce_app

    config = UnicommerceSandboxConfig(username=options.username, password=options.password)
    return create_unicommerce_app(config)


SANDBOXES: dict[str, MarketplaceSandbox] = {
    "aboutyou": MarketplaceSandbox("ABOUT YOU", _aboutyou, lambda o: f"API key: {o.api_key}"),
    "sellercenter": MarketplaceSandbox(
        "SellerCenter (Falabella)",
        _sellercenter,
        lambda o: f"user: {o.user_id}, API key: {o.api_key}, any Seller ID",
    ),
    "unicommerce": MarketplaceSandbox(
        "Unicommerce", _unicommerce, lambda o: f"username: {o.username}, password: {o.password}"
    ),
}


def serve_sandbox(
    marketplace: str, host: str, port: int, options: SandboxOptions | None = None
) -> int:
    """Print the base URL line first (flushed), then serve until interrupted; returns 0."""
    sandbox = SANDBOXES.get(marketplace)
    if sandbox is None:
        print(
            f"Unknown marketplace {marketplace!r}; choose from {sorted(SANDBOXES)}", file=sys.stderr
        )
        return 2
    options = options or SandboxOptions()
    app = sandbox.build(options)
    _stop_on_sigterm()
    try:
        with running_sandbox(app, host=host, port=port) as base_url:
            print(
                f"Sandbox {sandbox.label} marketplace at {base_url}"
                f" ({sandbox.credentials(options)})",
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

    # Windows never delivers SIGTERM: `taskkill /F` ends the process at once, Ctrl+C stays.
    if sys.platform != "win32" and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)

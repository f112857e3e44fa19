"""Serve the SellerCenter sandbox until interrupted (for the CLI's `sandbox` command)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop_app.sandbox.sellercenter.app import create_sellercenter_app
from desktop_app.sandbox.sellercenter.config import SellerCenterSandboxConfig
from desktop_app.sandbox.server import running_sandbox


def banner(base_url: str, config: SellerCenterSandboxConfig) -> str:
    """The first line printed: where the sandbox is and the credentials it accepts."""
    return (
        f"Sandbox SellerCenter marketplace at {base_url}"
        f" (user: {config.user_id}, API key: {config.api_key})"
    )


def serve_sellercenter(
    config: SellerCenterSandboxConfig | None = None,
    host: str = "127.0.0.1",
    port: int = 8765,
    out: Callable[[str], None] = lambda line: print(line, flush=True),
) -> int:
    """Print the banner first (port 0 resolved), then serve until Ctrl-C; returns 0."""
    config = config or SellerCenterSandboxConfig()
    try:
        with running_sandbox(create_sellercenter_app(config), host=host, port=port) as base_url:
            out(banner(base_url, config))
            threading.Event().wait()
    except KeyboardInterrupt:
        pass
    return 0

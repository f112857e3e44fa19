"""A faithful sandbox of the ABOUT YOU Sellers API (cancel, ship, results, carriers, orders).

Qt-free. Runs in-process through httpx.ASGITransport or on a socket via sandbox.server.
"""

from desktop_app.sandbox.aboutyou.app import create_aboutyou_app, sandbox_state
from desktop_app.sandbox.aboutyou.config import AboutYouSandboxConfig
from desktop_app.sandbox.aboutyou.state import AboutYouState

__all__ = ["AboutYouSandboxConfig", "AboutYouState", "create_aboutyou_app", "sandbox_state"]

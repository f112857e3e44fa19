"""A sandbox marketplace speaking Unicommerce's marketplace protocol (Qt-free Starlette app)."""

from .app import create_unicommerce_app, sandbox_state, sandbox_tokens
from .config import TimeoutAfterApply, UnicommerceSandboxConfig
from .state import SandboxItem, SandboxOrder, UnicommerceSandboxState
from .tokens import TokenStore

__all__ = [
    "SandboxItem",
    "SandboxOrder",
    "TimeoutAfterApply",
    "TokenStore",
    "UnicommerceSandboxConfig",
    "UnicommerceSandboxState",
    "create_unicommerce_app",
    "sandbox_state",
    "sandbox_tokens",
]

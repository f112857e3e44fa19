"""A signature-checking SellerCenter sandbox (Starlette, Qt-free)."""

from desktop_app.sandbox.sellercenter.app import create_sellercenter_app, sandbox_state
from desktop_app.sandbox.sellercenter.config import SellerCenterSandboxConfig
from desktop_app.sandbox.sellercenter.state import SellerCenterSandboxState

__all__ = [
    "SellerCenterSandboxConfig",
    "SellerCenterSandboxState",
    "create_sellercenter_app",
    "sandbox_state",
]

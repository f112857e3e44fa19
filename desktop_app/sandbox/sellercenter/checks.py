"""The checks every request passes before its action runs, in the platform's order of concern:
mandatory parameters, version, timestamp, login (signature), action."""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from datetime import datetime

from desktop_app.sandbox.sellercenter.config import SellerCenterSandboxConfig
from desktop_app.sandbox.sellercenter.errors import ScError, mandatory
from desktop_app.sandbox.sellercenter.signature import signature_matches

COMMON = ("Action", "Timestamp", "UserID", "Version", "Signature")
FORMATS = ("JSON", "XML")
# Falabella documents GetOrders 2.0 (1.0 is deprecated but answers); everything else is 1.0.
VERSIONS = {"GetOrders": ("1.0", "2.0")}
# SellerId/Language/LanguageVersion, optionally /Integrator/BusinessUnit (Falabella "getting
# started"): e.g. `12345/Python/3.12.1`.
_USER_AGENT = re.compile(r"^(?P<seller>[^/\s]+)/[A-Za-z][\w+#.-]*/\d+(\.\d+)*(/[^/\s]+){0,2}$")


class UserAgentRefused(Exception):
    """Answered like a gateway in front of the API: HTTP 403 and no envelope."""


def check_user_agent(user_agent: str | None, config: SellerCenterSandboxConfig) -> None:
    if not config.require_user_agent:
        return
    match = _USER_AGENT.match((user_agent or "").strip())
    if match is None:
        raise UserAgentRefused(
            "User-Agent must be SellerId/Language/LanguageVersion, e.g. 12345/Python/3.12.1"
        )
    if config.seller_id is not None and match.group("seller") != config.seller_id:
        raise UserAgentRefused(f"User-Agent must start with the Seller ID {config.seller_id}")


def response_format(params: Mapping[str, str]) -> str:
    """XML unless asked otherwise; `json` in lower case works too (Daraz samples send it)."""
    return params.get("Format", "XML").upper()


def _timestamp(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ScError(4, "Invalid Timestamp format") from None
    if moment.utcoffset() is None:
        raise ScError(4, "Invalid Timestamp format")
    return moment


def check_request(
    params: Mapping[str, str],
    config: SellerCenterSandboxConfig,
    now: datetime,
    actions: Container[str],
) -> None:
    for name in COMMON:
        if not params.get(name):
            raise mandatory(name)
    if response_format(params) not in FORMATS:
        raise ScError(5, "Invalid Request Format")
    if params["Version"] not in VERSIONS.get(params["Action"], ("1.0",)):
        raise ScError(2, "Invalid Version")
    if abs(_timestamp(params["Timestamp"]) - now) > config.timestamp_skew:
        raise ScError(3, "Timestamp has expired")
    if params["UserID"] != config.user_id or not signature_matches(params, config.api_key):
        raise ScError(7, "Login failed. Signature mismatching", status=401)
    if params["Action"] not in actions:
        raise ScError(8, "Invalid Action")

"""Access tokens with an expiry, as `/authToken` hands them out."""

from __future__ import annotations

import secrets
from collections.abc import Callable

EXPIRED = "Access token expired"


class TokenStore:
    def __init__(self, lifetime_seconds: float, clock: Callable[[], float]) -> None:
        self._lifetime = lifetime_seconds
        self._clock = clock
        self._expiry: dict[str, float] = {}
        self.issued = 0  # tests count sign-ins

    def issue(self) -> str:
        token = secrets.token_urlsafe(24)
        self._expiry[token] = self._clock() + self._lifetime
        self.issued += 1
        return token

    def problem(self, token: str | None) -> str | None:
        """Why `token` is refused, or None when it is good."""
        if not token:
            return "Missing apiKey header: send the token from /authToken"
        expiry = self._expiry.get(token)
        if expiry is None:
            if token.lower().startswith("bearer "):
                return "Invalid access token: send it as-is in apiKey, without 'Bearer'"
            return "Invalid access token"
        if self._clock() >= expiry:
            del self._expiry[token]
            return EXPIRED
        return None

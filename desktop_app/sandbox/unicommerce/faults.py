"""The timeout-after-apply fault: decide which answers to hold back, then hold them."""

from __future__ import annotations

import random

import anyio
from starlette.requests import Request

from .config import TimeoutAfterApply


class TimeoutFault:
    def __init__(self, spec: TimeoutAfterApply | None, seed: int) -> None:
        self._spec = spec
        self._rng = random.Random(f"unicommerce-timeouts-{seed}")  # noqa: S311 - reproducible

    def strikes(self, request_number: int) -> bool:
        """Whether the `request_number`-th cancel/dispatch answer is held back."""
        if self._spec is None:
            return False
        drawn = self._rng.random() < self._spec.share  # drawn every time: reproducible per seed
        return drawn or request_number in self._spec.requests

    @property
    def hang_seconds(self) -> float:
        return self._spec.hang_seconds if self._spec else 0.0


async def hold_answer(request: Request, seconds: float) -> None:
    """Wait `seconds`, or less if the client hangs up: nobody is left to answer then."""
    with anyio.move_on_after(seconds):
        while (await request.receive())["type"] != "http.disconnect":
            pass

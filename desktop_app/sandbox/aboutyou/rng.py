"""Seeded random streams: the sandbox needs reproducible demo data and faults, not secrecy."""

from __future__ import annotations

import random


def seeded_random(stream: str, seed: int) -> random.Random:
    """Independent, reproducible streams: one per purpose, so they never shift each other."""
    return random.Random(f"aboutyou-{stream}:{seed}")  # noqa: S311 - determinism is the point

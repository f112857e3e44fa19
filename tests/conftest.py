"""Fixtures every test gets: a private SELLER_DESK_HOME and an in-memory keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop_app.core.i18n import set_language
from desktop_app.self_test import memory_keyring as memory_keyring_backend

pytest_plugins = ["tests.fixtures.sandboxes"]


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read English unless they choose a language; so do the CLIs they start."""
    monkeypatch.setenv("LANGUAGE", "en")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def seller_desk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "seller-desk-home"
    monkeypatch.setenv("SELLER_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[KeyringBackend]:
    """A real keyring backend that keeps secrets in a dict: round trips work, nothing persists."""
    previous = keyring.get_keyring()
    backend = memory_keyring_backend()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)

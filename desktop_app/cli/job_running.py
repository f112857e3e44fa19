"""The CLI's face of the job lifecycle: one JobService per command, and the confirmation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from desktop_app.cli.terminal import ProgressBar, confirm, stdin_is_terminal
from desktop_app.core.engine import EngineSettings
from desktop_app.core.errors import ConfigError
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action
from desktop_app.core.profiles import Environment, Profile, ProfileStore
from desktop_app.core.sessions import MarketplaceSessions


def confirm_send(action: Action, profile: Profile, count: int) -> None:
    verb = "Cancel" if action is Action.CANCEL else "Ship"
    if not stdin_is_terminal():
        raise ConfigError(
            f"Refusing to {action.value} {count} items without confirmation; pass --yes."
        )
    environment = profile.environment.value.upper()
    warning = " This cannot be undone." if action is Action.CANCEL else ""
    if profile.environment is Environment.PRODUCTION:
        warning += " This is PRODUCTION: real orders change."
    if not confirm(f"{verb} {count} order items on '{profile.name}' ({environment})?{warning}"):
        raise ConfigError("Nothing was sent.")


@asynccontextmanager
async def lifecycle(
    journal: Journal, profiles: ProfileStore, *, wait: bool = True, progress: bool = True
) -> AsyncIterator[JobService]:
    """The lifecycle for one command: a progress bar on stderr, clients closed at the end."""
    bar = ProgressBar() if progress else None
    service = JobService(
        journal,
        profiles.get,
        MarketplaceSessions(),
        settings=EngineSettings(wait_for_results=wait),
        on_progress=bar,
        grace_seconds=0,  # the CLI passes each job's delay itself
    )
    try:
        yield service
    finally:
        if bar is not None:
            bar.close()
        await service.aclose()

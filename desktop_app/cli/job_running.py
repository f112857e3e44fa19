"""The CLI's face of the job lifecycle: one JobService per command, and the confirmation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from desktop_app.cli.terminal import ProgressBar, confirm, stdin_is_terminal
from desktop_app.cli.words import environment_badge
from desktop_app.core.engine import EngineSettings
from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.job_service import JobService
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action
from desktop_app.core.profiles import Environment, Profile, ProfileStore
from desktop_app.core.sessions import MarketplaceSessions


def confirm_send(action: Action, profile: Profile, count: int) -> None:
    # English says "items" for any count (as before); the plural lets other languages agree.
    cancel = action is Action.CANCEL
    if not stdin_is_terminal():
        refusal = (
            Msg(
                "Refusing to cancel {n} items without confirmation; pass --yes.",
                plural="Refusing to cancel {n} items without confirmation; pass --yes.",
                n=count,
            )
            if cancel
            else Msg(
                "Refusing to ship {n} items without confirmation; pass --yes.",
                plural="Refusing to ship {n} items without confirmation; pass --yes.",
                n=count,
            )
        )
        raise ConfigError(refusal)
    where = {"profile": profile.name, "environment": environment_badge(profile.environment)}
    question = (
        Msg(
            "Cancel {n} order items on '{profile}' ({environment})? This cannot be undone.",
            plural="Cancel {n} order items on '{profile}' ({environment})? This cannot be undone.",
            n=count,
            **where,
        )
        if cancel
        else Msg(
            "Ship {n} order items on '{profile}' ({environment})?",
            plural="Ship {n} order items on '{profile}' ({environment})?",
            n=count,
            **where,
        )
    )
    if profile.environment is Environment.PRODUCTION:
        question = Msg("{question} This is PRODUCTION: real orders change.", question=question)
    if not confirm(question):
        raise ConfigError(Msg("Nothing was sent."))


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

"""Running a journaled job from the CLI, and the confirmation before it."""

from __future__ import annotations

from desktop_app.cli.terminal import ProgressBar, confirm, stdin_is_terminal
from desktop_app.core.engine import EngineSettings, JobRunner
from desktop_app.core.errors import ConfigError
from desktop_app.core.journal import Journal
from desktop_app.core.marketplaces.base import Marketplace
from desktop_app.core.models import Action, JobRecord
from desktop_app.core.profiles import Environment, Profile


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


async def run_job(
    journal: Journal,
    marketplace: Marketplace,
    job_id: int,
    *,
    wait: bool = True,
    progress: bool = True,
) -> JobRecord:
    bar = ProgressBar() if progress else None
    try:
        runner = JobRunner(
            journal, marketplace, on_progress=bar, settings=EngineSettings(wait_for_results=wait)
        )
        job = await runner.run(job_id)
        if runner.stopped_by is not None:  # the rows stay pending; one sentence, exit 2
            raise runner.stopped_by
        return job
    finally:
        if bar is not None:
            bar.close()

"""The cancellation-rate guard on the command line: print the figures, refuse over the line."""

from __future__ import annotations

import sys

from desktop_app.cli.terminal import confirm, stdin_is_terminal
from desktop_app.core.cancel_guard import CancelRate, describe
from desktop_app.core.errors import ConfigError


def report_and_check(rate: CancelRate, *, yes: bool, over_threshold: bool, as_json: bool) -> None:
    """Print the figures (stderr under --json, so stdout stays one object). Above the threshold
    --yes needs --over-threshold, and a person must say so once more."""
    for line in describe(rate):
        print(line, file=sys.stderr if as_json else sys.stdout)
    if not rate.over_threshold:
        return
    share = f"{rate.share_percent:.1f} %"
    if yes:
        if not over_threshold:
            raise ConfigError(
                f"Refusing to cancel: this job brings the 7-day cancellation share to {share},"
                f" above the profile's {rate.threshold_percent:g} %. Pass --over-threshold to"
                " cancel anyway. Nothing was sent."
            )
        return
    if not stdin_is_terminal() or not confirm(
        f"This takes the cancellation share to {share}, above {rate.threshold_percent:g} %."
        " Cancel anyway?"
    ):
        raise ConfigError("Nothing was sent.")

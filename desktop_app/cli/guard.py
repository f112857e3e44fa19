"""The guards on the command line: print the figures, refuse over the line without the extra
step (`--yes` needs its flag; a person says so once more)."""

from __future__ import annotations

import sys

from desktop_app.cli.terminal import confirm, stdin_is_terminal
from desktop_app.core.cancel_guard import CancelRate, describe
from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.live_overlap import LiveOverlap


def report_and_check(rate: CancelRate, *, yes: bool, over_threshold: bool, as_json: bool) -> None:
    """Print the figures (stderr under --json, so stdout stays one object). Above the threshold
    --yes needs --over-threshold, and a person must say so once more."""
    for line in describe(rate):
        print(line, file=sys.stderr if as_json else sys.stdout)
    if not rate.over_threshold:
        return
    share, threshold = f"{rate.share_percent:.1f} %", f"{rate.threshold_percent:g}"
    _extra_step(
        yes=yes,
        given=over_threshold,
        refusal=Msg(
            "Refusing to cancel: this job brings the 7-day cancellation share to {share},"
            " above the profile's {threshold} %. Pass --over-threshold to cancel anyway."
            " Nothing was sent.",
            share=share,
            threshold=threshold,
        ),
        question=Msg(
            "This takes the cancellation share to {share}, above {threshold} %. Cancel anyway?",
            share=share,
            threshold=threshold,
        ),
    )


def check_overlap(overlap: LiveOverlap | None, *, yes: bool, given: bool, as_json: bool) -> None:
    """Items already in an unfinished job: named, and the same extra step as the guard."""
    if overlap is None:
        return
    warning = Msg("WARNING: {warning}", warning=overlap.sentence())
    print(warning, file=sys.stderr if as_json else sys.stdout)
    _extra_step(
        yes=yes,
        given=given,
        refusal=Msg(
            "Refusing to send: {overlap} Pass --overlap to send them anyway. Nothing was sent.",
            overlap=overlap.sentence(),
        ),
        question=Msg("Send them anyway?"),
    )


def _extra_step(*, yes: bool, given: bool, refusal: str, question: str) -> None:
    if yes:
        if not given:
            raise ConfigError(refusal)
        return
    if not stdin_is_terminal() or not confirm(question):
        raise ConfigError(Msg("Nothing was sent."))

"""The CLI's arguments. This is a stable contract: tests outside the project use it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.profile_file import MARKETPLACES
from desktop_app.core.stable_files import DEFAULT_STABLE_SECONDS
from desktop_app.core.undo_window import MAX_GRACE_SECONDS


class _VersionAction(argparse._VersionAction):
    """argparse's --version, with the version looked up only when it is asked for."""

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        from desktop_app import __version__

        self.version = f"Seller Desk {__version__}"
        super().__call__(*args, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="seller-desk",
        description=Msg(
            "Cancel or ship marketplace order items in bulk; every outcome is journaled."
        ),
    )
    parser.add_argument(
        "--version", action=_VersionAction, help=Msg("show program's version number and exit")
    )
    parser.add_argument(
        "--demo", action="store_true", help=Msg("open the app on the built-in sandbox")
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=Msg(
            "language of the window and the CLI: en, de or es (default: LANG or the OS locale)"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=Msg(
            "check this installation offline (demo window, jobs, journal, keyring); exit 0 if ok"
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    profile = commands.add_parser("profile", help=Msg("add, list, remove or test profiles"))
    profile_commands = profile.add_subparsers(dest="profile_command", metavar="SUBCOMMAND")
    add = profile_commands.add_parser(
        "add", help=Msg("add a profile; the API key is read from stdin or prompted without echo")
    )
    add.add_argument("name")
    add.add_argument("--marketplace", required=True, choices=list(MARKETPLACES))
    add.add_argument("--base-url", required=True)
    add.add_argument(
        "--environment",
        choices=["sandbox", "production"],
        help=Msg("required: sandbox (a test shop) or production (real orders); never guessed"),
    )
    add.add_argument("--user-id", help=Msg("SellerCenter user e-mail, Unicommerce username"))
    add.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help=Msg("a marketplace default, e.g. cancel_reason=... (repeatable)"),
    )
    add.add_argument(
        "--budget",
        action="append",
        default=[],
        metavar="FAMILY=N",
        help=Msg("requests per minute for an endpoint family, e.g. cancel=30 (repeatable)"),
    )
    profile_commands.add_parser("list", help=Msg("list profiles"))
    remove = profile_commands.add_parser("remove", help=Msg("remove a profile and its key"))
    remove.add_argument("name")
    test = profile_commands.add_parser(
        "test", help=Msg("check that the profile can reach its marketplace")
    )
    test.add_argument("name")

    for action in ("cancel", "ship"):
        listed = (
            Msg("cancel the order items listed in FILE")
            if action == "cancel"
            else Msg("ship the order items listed in FILE")
        )
        job = commands.add_parser(action, help=listed)
        job.add_argument("file")
        job.add_argument("--profile", required=True)
        if action == "ship":
            job.add_argument("--carrier", help=Msg("carrier key for rows without one"))
        job.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="FIELD=COLUMN",
            help=Msg("read FIELD from the file's COLUMN (repeatable)"),
        )
        job.add_argument("--dry-run", action="store_true", help=Msg("check the file; send nothing"))
        job.add_argument("--yes", action="store_true", help=Msg("do not ask for confirmation"))
        job.add_argument(
            "--no-wait", action="store_true", help=Msg("send, then leave results to resume")
        )
        job.add_argument("--json", action="store_true", help=Msg("print one JSON object"))
        job.add_argument(
            "--delay",
            type=_grace_seconds,
            metavar="SECONDS",
            help=Msg(
                "wait this long before the first request; Ctrl+C withdraws the job"
                " (default: the profile's grace period, 0 with --yes)"
            ),
        )
        job.add_argument(
            "--overlap",
            action="store_true",
            help=Msg("with --yes, send even items an unfinished job of the profile already holds"),
        )
        if action == "cancel":
            job.add_argument(
                "--over-threshold",
                action="store_true",
                help=Msg(
                    "with --yes, cancel even above the profile's 7-day cancellation threshold"
                ),
            )

    send = commands.add_parser("send", help=Msg("send a job that is waiting to be sent"))
    send.add_argument("job", type=int)
    send.add_argument("--yes", action="store_true", help=Msg("do not ask for confirmation"))
    send.add_argument(
        "--over-threshold", action="store_true", help=Msg("with --yes, send a cancel job anyway")
    )
    send.add_argument(
        "--overlap", action="store_true", help=Msg("with --yes, send items another live job holds")
    )
    send.add_argument(
        "--no-wait", action="store_true", help=Msg("send, then leave results to resume")
    )
    send.add_argument("--json", action="store_true", help=Msg("print one JSON object"))
    withdraw = commands.add_parser(
        "withdraw", help=Msg("withdraw a job that is waiting to be sent; nothing is sent")
    )
    withdraw.add_argument("job", type=int)
    withdraw.add_argument("--json", action="store_true", help=Msg("print one JSON object"))
    watch = commands.add_parser(
        "watch", help=Msg("turn each new file in DIR into a job, until interrupted (Ctrl+C)")
    )
    watch.add_argument("dir")
    watch.add_argument("--profile", required=True)
    watch.add_argument("--action", required=True, choices=["cancel", "ship"])
    watch.add_argument(
        "--automatic",
        action="store_true",
        help=Msg("send without a confirmation where allowed (never a PRODUCTION cancel)"),
    )
    watch.add_argument(
        "--interval", type=_poll_seconds, default=1.0, metavar="SECONDS", help=Msg("look every N s")
    )
    watch.add_argument(
        "--stable-seconds",
        type=_poll_seconds,
        metavar="SECONDS",
        help=Msg(
            "take a file once it has not changed for this long (default: the profile's"
            " setting for DIR, else {seconds}); a workbook only once it is whole,"
            " one Excel holds open only once it is closed",
            seconds=f"{DEFAULT_STABLE_SECONDS:g}",
        ),
    )

    jobs = commands.add_parser("jobs", help=Msg("list every job in the journal, newest first"))
    jobs.add_argument("--json", action="store_true", help=Msg("print one JSON object"))
    resume = commands.add_parser(
        "resume",
        help=Msg(
            "finish every unfinished job in the journal; jobs never sent, and stopped ones,"
            " are only listed; with JOB, go on with that one job (stopped or unfinished)"
        ),
    )
    resume.add_argument("job", type=int, nargs="?")
    resume.add_argument("--json", action="store_true", help=Msg("print one JSON object"))
    stop = commands.add_parser(
        "stop", help=Msg("stop a running job before its next request; `resume JOB` goes on later")
    )
    stop.add_argument("job", type=int)
    stop.add_argument("--json", action="store_true", help=Msg("print one JSON object"))
    export = commands.add_parser("export", help=Msg("write a job's rows and outcomes to CSV"))
    export.add_argument("job", type=int)
    export.add_argument("--failed", action="store_true", help=Msg("only rows that did not succeed"))
    export.add_argument("-o", "--output", required=True)

    journal = commands.add_parser(
        "journal", help=Msg("check the journal, or set a damaged one aside")
    )
    journal_commands = journal.add_subparsers(dest="journal_command", required=True)
    journal_commands.add_parser("check", help=Msg("say whether the journal opens, in one line"))
    journal_commands.add_parser(
        "move-aside",
        help=Msg("keep a damaged journal as journal.sqlite3.damaged-DATE and start a new one"),
    )

    sandbox = commands.add_parser(
        "sandbox", help=Msg("serve a marketplace sandbox until interrupted")
    )
    sandbox.add_argument("--marketplace", default="aboutyou", choices=list(MARKETPLACES))
    sandbox.add_argument("--host", default="127.0.0.1")
    sandbox.add_argument("--port", type=int, default=8765, help=Msg("0 picks a free port"))
    sandbox.add_argument("--api-key", default="sandbox-demo-key")
    sandbox.add_argument("--items", type=int, help=Msg("open demo order items (ABOUT YOU: 5000)"))
    sandbox.add_argument("--latency", type=float, default=2.0, help=Msg("seconds a batch takes"))
    sandbox.add_argument("--user-id", default="demo@seller-desk.example", help="SellerCenter")
    sandbox.add_argument("--username", default="demo", help="Unicommerce")
    sandbox.add_argument("--password", default="sandbox-demo-password", help="Unicommerce")
    return parser


def _bounded(low: float, high: float) -> Callable[[str], float]:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                Msg("'{value}' is not a number of seconds", value=text)
            ) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                Msg("give {low} to {high} seconds", low=f"{low:g}", high=f"{high:g}")
            )
        return value

    return parse


_grace_seconds = _bounded(0, MAX_GRACE_SECONDS)
_poll_seconds = _bounded(0.05, 60)  # bounded: a watch never spins, nor sleeps for hours


def key_values(pairs: list[str], flag: str) -> dict[str, str]:
    """`KEY=VALUE` arguments as a dict; the same parser serves --map, --option and --budget."""
    result: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ConfigError(Msg("{flag} takes KEY=VALUE, not '{value}'.", flag=flag, value=pair))
        result[key.strip()] = value.strip()
    return result

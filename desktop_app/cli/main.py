"""Dispatch a parsed command; turn the core's errors into one line on stderr and an exit code."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.cli.argparse_words import use_our_catalog
from desktop_app.cli.parser import build_parser
from desktop_app.cli.terminal import readable_output
from desktop_app.core.errors import SellerDeskError
from desktop_app.core.i18n import Msg, set_language
from desktop_app.core.logging_setup import configure_logging
from desktop_app.core.paths import app_paths
from desktop_app.core.redaction import redact
from desktop_app.core.storage_faults import os_fault

EXIT_OK, EXIT_ROWS_NOT_DONE, EXIT_USAGE = 0, 1, 2
log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    readable_output()  # before the first print, --help included
    # The language first: the help texts and argparse's own words are made in it.
    asked = _asked_language(sys.argv[1:] if argv is None else argv)
    set_language(asked)  # the window sets it again from Qt's locale, to the same rule
    use_our_catalog()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang != asked:  # "--la de": argparse's abbreviation, found only by argparse
        set_language(args.lang)
    if args.command == "sandbox":
        from desktop_app.sandbox.serve import SandboxOptions, serve_sandbox

        options = SandboxOptions(
            api_key=args.api_key,
            items=args.items,
            latency=args.latency,
            user_id=args.user_id,
            username=args.username,
            password=args.password,
        )
        return serve_sandbox(args.marketplace, args.host, args.port, options)
    if args.self_test:
        from desktop_app.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        # No command: the window (Qt is imported only here, so the CLI starts fast).
        from desktop_app.app import run_app

        return run_app(sys.argv[:1], demo=args.demo, lang=args.lang)
    try:
        configure_logging(app_paths().ensure())  # a folder it cannot create: one sentence
        # Each command's module is imported when it runs: a dry run loads neither the profile
        # commands (and the keyring) nor the journal's.
        if args.command == "profile":
            from desktop_app.cli import profile_commands

            return profile_commands.run(args, parser)
        if args.command == "journal":
            from desktop_app.cli import journal_commands

            return journal_commands.run(args)
        from desktop_app.cli import job_commands

        return job_commands.run(args)
    except SellerDeskError as error:
        print(f"seller-desk: {redact(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as error:  # a disk fault no layer below put in words
        where = Path(error.filename).parent if error.filename else app_paths().data_dir
        fault = os_fault(error, where, Msg("a file"))
        print(f"seller-desk: {redact(str(fault))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        interrupted = Msg("interrupted; `seller-desk resume` finishes the job.")
        print(f"seller-desk: {interrupted}", file=sys.stderr)
        return 130
    except Exception:
        log.exception("unexpected error")
        unexpected = Msg(
            "an unexpected error happened; details are in {folder}.",
            folder=str(app_paths().log_dir),
        )
        print(f"seller-desk: {unexpected}", file=sys.stderr)
        return EXIT_USAGE


def _asked_language(argv: Sequence[str]) -> str | None:
    """`--lang CODE` or `--lang=CODE` before the parser exists; None leaves it to LANG."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if arg == "--":
            break
    return None

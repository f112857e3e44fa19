"""`seller-desk journal check | move-aside`: a damaged journal is said, never overwritten."""

from __future__ import annotations

import argparse

from desktop_app.core.errors import ConfigError, JournalDamaged
from desktop_app.core.i18n import Msg
from desktop_app.core.journal import Journal
from desktop_app.core.journal_file import move_aside
from desktop_app.core.paths import app_paths

EXIT_OK = 0


def run(args: argparse.Namespace) -> int:
    path = app_paths().ensure().journal_file
    if args.journal_command == "check":
        if not path.exists():
            print(
                Msg("There is no journal at {path} yet; the first job starts one.", path=str(path))
            )
            return EXIT_OK
        journal = Journal(path)  # JournalDamaged or StorageError: one line, exit 2
        count = len(journal.jobs())
        journal.close()
        print(
            Msg(
                "The journal at {path} opens fine; it holds {n} job(s).",
                plural="The journal at {path} opens fine; it holds {n} job(s).",
                n=count,
                path=str(path),
            )
        )
        return EXIT_OK
    if not path.exists():
        raise ConfigError(
            Msg("There is no journal at {path}; there is nothing to move aside.", path=str(path))
        )
    try:
        Journal(path).close()
    except JournalDamaged:
        kept = move_aside(path)
        Journal(path).close()  # the new, empty journal
        print(
            Msg(
                "Kept the damaged journal as {kept}; a new journal is at {path}.",
                kept=str(kept),
                path=str(path),
            )
        )
        return EXIT_OK
    raise ConfigError(
        Msg(
            "The journal at {path} is not damaged; Seller Desk leaves it where it is.",
            path=str(path),
        )
    )

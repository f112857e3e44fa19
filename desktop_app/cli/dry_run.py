"""`seller-desk cancel | ship FILE --dry-run`: the file read and checked, nothing sent.

It loads only what reading needs: no journal and no engine; the profile model, the keyring and a
marketplace client only when the marketplace must be asked (a SellerCenter cancel reason, ABOUT
YOU's carrier keys). An ABOUT YOU cancel file is read with the profile's marketplace alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.job_output import print_result
from desktop_app.cli.parser import key_values
from desktop_app.core.importing.for_marketplace import import_for_profile, import_offline
from desktop_app.core.models import Action, ImportResult, Outcome
from desktop_app.core.profile_file import stored_marketplace
from desktop_app.core.reports import preview_report

EXIT_OK, EXIT_ROWS_NOT_DONE = 0, 1


def dry_run(args: argparse.Namespace, action: Action, profiles_file: Path) -> int:
    imported = _import(args, action, profiles_file)
    if not args.json:
        for note in imported.notes:
            print(note)
    report = preview_report(action, args.profile, imported)
    print_result(args.json, report)
    return EXIT_OK if report.all_are(Outcome.VALID) else EXIT_ROWS_NOT_DONE


def _import(args: argparse.Namespace, action: Action, profiles_file: Path) -> ImportResult:
    path, mapping = Path(args.file), key_values(args.map, "--map")
    default_carrier = getattr(args, "carrier", None)
    marketplace = stored_marketplace(profiles_file, args.profile)
    if marketplace is not None:
        imported = import_offline(
            marketplace, path, action, mapping=mapping, default_carrier=default_carrier
        )
        if imported is not None:
            return imported
    from desktop_app.core.profiles import ProfileStore  # the model: pydantic

    profile = ProfileStore(profiles_file).get(args.profile)
    return import_for_profile(
        profile,
        path,
        action,
        mapping=mapping,
        default_carrier=default_carrier,
        on_warning=lambda text: print(f"seller-desk: {text}", file=sys.stderr),
    )

"""`seller-desk profile add | list | remove | test`."""

from __future__ import annotations

import argparse
import asyncio

from pydantic import ValidationError

from desktop_app.cli.parser import key_values
from desktop_app.cli.terminal import read_secret
from desktop_app.core.connect import open_marketplace
from desktop_app.core.errors import ConfigError
from desktop_app.core.paths import app_paths
from desktop_app.core.profiles import Profile, ProfileStore
from desktop_app.core.secrets import delete_secret, store_secret


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    store = ProfileStore(app_paths().ensure().profiles_file)
    command = args.profile_command
    if command == "add":
        if args.environment is None:
            raise ConfigError(
                "Say which environment the profile is for, --environment sandbox or "
                "--environment production: a key used in the wrong one changes real orders, "
                "so Seller Desk never guesses."
            )
        try:
            profile = Profile(
                name=args.name,
                marketplace=args.marketplace,
                environment=args.environment,
                base_url=args.base_url,
                user_id=args.user_id,
                options=key_values(args.option, "--option"),
                budgets={k: _count(v) for k, v in key_values(args.budget, "--budget").items()},
            )
        except ValidationError as error:
            first = error.errors()[0]
            raise ConfigError(f"{first['loc'][0]}: {first['msg']}") from None
        if profile.marketplace != "aboutyou" and not profile.user_id:
            who = "USERNAME" if profile.marketplace == "unicommerce" else "EMAIL"
            raise ConfigError(f"A {profile.marketplace} profile needs --user-id {who}.")
        what = "Password" if profile.marketplace == "unicommerce" else "API key"
        secret = read_secret(f"{what} for '{profile.name}': ")
        if not secret:
            raise ConfigError("No API key was given; the profile was not saved.")
        store_secret(profile.name, secret)
        store.save(profile)
        print(
            f"Saved profile '{profile.name}' ({profile.environment.upper()}); key in the keyring."
        )
        return 0
    if command == "list":
        for profile in store.list():
            print(
                f"{profile.name}\t{profile.marketplace}\t{profile.environment}\t{profile.base_url}"
            )
        return 0
    if command == "remove":
        store.remove(args.name)
        delete_secret(args.name)
        print(f"Removed profile '{args.name}' and its key.")
        return 0
    if command == "test":
        return asyncio.run(_test(store.get(args.name)))
    parser.parse_args(["profile", "--help"])
    return 2


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise ConfigError(f"--budget needs a whole number of requests, not '{text}'.")
    return int(text)


async def _test(profile: Profile) -> int:
    marketplace = open_marketplace(profile)
    try:
        carriers = await marketplace.carriers()
    finally:
        await marketplace.aclose()
    if carriers:
        print(
            f"Connected to '{profile.name}': the key works; {len(carriers)} carrier keys available."
        )
    else:
        print(f"Connected to '{profile.name}': signed in.")
    return 0

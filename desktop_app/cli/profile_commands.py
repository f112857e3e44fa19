"""`seller-desk profile add | list | remove | test`."""

from __future__ import annotations

import argparse
import asyncio

from pydantic import ValidationError

from desktop_app.cli.parser import key_values
from desktop_app.cli.terminal import read_secret
from desktop_app.cli.words import environment_badge
from desktop_app.core.connect import open_marketplace
from desktop_app.core.errors import ConfigError
from desktop_app.core.i18n import Msg
from desktop_app.core.paths import app_paths
from desktop_app.core.profiles import Profile, ProfileStore
from desktop_app.core.secrets import delete_secret, store_secret


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    store = ProfileStore(app_paths().ensure().profiles_file)
    command = args.profile_command
    if command == "add":
        if args.environment is None:
            raise ConfigError(
                Msg(
                    "Say which environment the profile is for, --environment sandbox or "
                    "--environment production: a key used in the wrong one changes real orders, "
                    "so Seller Desk never guesses."
                )
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
            raise ConfigError(
                Msg("{field}: {problem}", field=str(first["loc"][0]), problem=first["msg"])
            ) from None
        if profile.marketplace != "aboutyou" and not profile.user_id:
            who = "USERNAME" if profile.marketplace == "unicommerce" else "EMAIL"
            raise ConfigError(
                Msg(
                    "A {marketplace} profile needs --user-id {who}.",
                    marketplace=profile.marketplace,
                    who=who,
                )
            )
        if profile.marketplace == "unicommerce":
            prompt = Msg("Password for '{profile}':", profile=profile.name)
        else:
            prompt = Msg("API key for '{profile}':", profile=profile.name)
        secret = read_secret(f"{prompt} ")
        if not secret:
            raise ConfigError(Msg("No API key was given; the profile was not saved."))
        store_secret(profile.name, secret)
        store.save(profile)
        print(
            Msg(
                "Saved profile '{profile}' ({environment}); key in the keyring.",
                profile=profile.name,
                environment=environment_badge(profile.environment),
            )
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
        print(Msg("Removed profile '{profile}' and its key.", profile=args.name))
        return 0
    if command == "test":
        return asyncio.run(_test(store.get(args.name)))
    parser.parse_args(["profile", "--help"])
    return 2


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise ConfigError(
            Msg("--budget needs a whole number of requests, not '{value}'.", value=text)
        )
    return int(text)


async def _test(profile: Profile) -> int:
    marketplace = open_marketplace(profile)
    try:
        carriers = await marketplace.carriers()
    finally:
        await marketplace.aclose()
    if carriers:
        print(
            Msg(
                "Connected to '{profile}': the key works; {n} carrier keys available.",
                plural="Connected to '{profile}': the key works; {n} carrier keys available.",
                n=len(carriers),
                profile=profile.name,
            )
        )
    else:
        print(Msg("Connected to '{profile}': signed in.", profile=profile.name))
    return 0

"""A carrier as sellers write it: "dhl" means DHL_STD_NATIONAL when that is the account's only
DHL. Names that fit several carriers stay unmatched, so the importer asks instead of guessing."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.core.marketplaces.base import Carrier


def carrier_aliases(carriers: Iterable[Carrier]) -> dict[str, str]:
    """Written -> carrier key: every key, plus each name or label only one carrier has."""
    carriers = list(carriers)
    aliases = {carrier.key: carrier.key for carrier in carriers}
    named: dict[str, set[str]] = {}
    for carrier in carriers:
        for name in {carrier.name, carrier.label or ""}:
            if name.strip():
                named.setdefault(name.strip().casefold(), set()).add(carrier.key)
    for name, keys in named.items():
        if len(keys) == 1 and name not in {key.casefold() for key in aliases}:
            aliases[name] = next(iter(keys))
    return aliases

"""Checks made before sending: a tracking number against its provider's regex, a cancel reason
against the platform's list. Each returns a sentence for the row, or None when it is fine."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from functools import lru_cache

from desktop_app.core.i18n import Msg
from desktop_app.core.marketplaces.sellercenter.models import FailureReason, ShipmentProvider

_log = logging.getLogger(__name__)

# PCRE delimiters and the modifiers Python's re can honour.
_DELIMITED = re.compile(r"^([/#~!@%|])(?P<body>.*)\1(?P<flags>[a-zA-Z]*)$", re.DOTALL)
_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE, "u": 0}


@lru_cache(maxsize=256)
def tracking_pattern(php_regex: str | None) -> re.Pattern[str] | None:
    """The provider's PHP-style `/^[0-9]{20}$/i` as a Python pattern; None means no local check
    (no regex, or one Python cannot compile: the platform still checks it)."""
    if not php_regex or not php_regex.strip():
        return None
    text = php_regex.strip()
    body, flags = text, 0
    if match := _DELIMITED.match(text):
        body = match.group("body")
        for letter in match.group("flags"):
            flags |= _FLAGS.get(letter, 0)
    try:
        return re.compile(body, flags)
    except re.error:
        _log.warning("cannot check tracking numbers locally against %r", php_regex)
        return None


def find_provider(providers: Iterable[ShipmentProvider], name: str) -> ShipmentProvider | None:
    return next((provider for provider in providers if provider.name == name), None)


def tracking_number_problem(provider: ShipmentProvider, tracking_number: str) -> str | None:
    """Why SellerCenter would answer E031 for this number, or None."""
    if not tracking_number.strip():
        return Msg("A tracking number is required for {provider}.", provider=provider.name)
    pattern = tracking_pattern(provider.tracking_code_validation_regex)
    # preg_match semantics: the regex carries its own anchors.
    if pattern is None or pattern.search(tracking_number):
        return None
    if example := provider.tracking_code_example:
        return Msg(
            'Tracking number "{number}" is not in {provider}\'s format (example: "{example}").',
            number=tracking_number,
            provider=provider.name,
            example=example,
        )
    return Msg(
        'Tracking number "{number}" is not in {provider}\'s format.',
        number=tracking_number,
        provider=provider.name,
    )


def shipping_problem(
    providers: Iterable[ShipmentProvider], provider_name: str, tracking_number: str
) -> str | None:
    provider = find_provider(providers, provider_name)
    if provider is None:
        return Msg(
            '"{provider}" is not one of this shop\'s shipment providers.', provider=provider_name
        )
    return tracking_number_problem(provider, tracking_number)


def reason_problem(reasons: Iterable[FailureReason], reason: str) -> str | None:
    """Why SellerCenter would answer E022 for this cancel reason, or None."""
    if not reason.strip():
        return Msg("A cancel reason is required.")
    if any(r.is_cancel_reason and r.name == reason for r in reasons):
        return None
    return Msg('"{reason}" is not one of the marketplace\'s cancel reasons.', reason=reason)

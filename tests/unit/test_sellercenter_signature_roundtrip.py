"""The client's signer and the sandbox's independent verifier agree on any Unicode value."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.marketplaces.sellercenter.signing import query_string, signed_params
from desktop_app.sandbox.sellercenter.signature import parse_query, signature_matches

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
RESERVED = {"Action", "UserID", "Version", "Format", "Timestamp", "Signature"}

unicode_text = st.text(st.characters(codec="utf-8"), max_size=30)
names = st.text(st.characters(codec="utf-8"), min_size=1, max_size=12).filter(
    lambda name: name not in RESERVED
)
params = st.dictionaries(names, unicode_text, max_size=5)
keys = st.text(st.characters(codec="utf-8"), min_size=1, max_size=40)


def _sent(values: dict[str, str], key: str, user: str) -> dict[str, str]:
    """What the sandbox reads back from the URL query the client would send."""
    signed = signed_params(values, user, key, "SetStatusToCanceled", NOW)
    return parse_query(query_string(signed).encode("ascii"))


@settings(max_examples=150, deadline=None)
@given(values=params, key=keys, user=unicode_text)
def test_sandbox_accepts_what_the_client_signs(values: dict[str, str], key: str, user: str) -> None:
    received = _sent(values, key, user)
    assert {k: v for k, v in received.items() if k not in RESERVED} == values
    assert signature_matches(received, key)


@settings(max_examples=100, deadline=None)
@given(values=params.filter(bool), key=keys, data=st.data())
def test_sandbox_rejects_a_tampered_value(
    values: dict[str, str], key: str, data: st.DataObject
) -> None:
    received = _sent(values, key, "seller@example.com")
    name = data.draw(st.sampled_from(sorted(values)))
    received[name] = data.draw(unicode_text.filter(lambda v: v != values[name]))
    assert not signature_matches(received, key)


@settings(max_examples=50, deadline=None)
@given(values=params, key=keys, other=keys)
def test_sandbox_rejects_a_signature_made_with_another_key(
    values: dict[str, str], key: str, other: str
) -> None:
    received = _sent(values, key, "seller@example.com")
    assert signature_matches(received, other) == (other == key)

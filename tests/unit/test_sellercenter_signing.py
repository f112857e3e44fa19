"""Signing as the SellerCenter SDKs do: the official vectors and the derived examples."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop_app.core.marketplaces.sellercenter.signing import (
    canonical_query,
    format_timestamp,
    query_string,
    rfc3986,
    signature,
    signed_params,
)

REFERENCE_NOW = datetime(2015, 7, 1, 11, 11, 11, tzinfo=UTC)
KEY_1 = "b1bdb357ced10fe4e9a69840cdd4f0e9c03d77fe"


def test_java_sdk_vector_with_lowercase_version() -> None:
    params = {
        "Action": "FeedList",
        "Format": "XML",
        "Timestamp": "2015-07-01T11:11:11+00:00",
        "UserID": "look@me.com",
        "version": "1.0",
    }
    canonical = canonical_query(params)
    assert canonical == (
        "Action=FeedList&Format=XML&Timestamp=2015-07-01T11%3A11%3A11%2B00%3A00"
        "&UserID=look%40me.com&version=1.0"
    )
    assert signature(canonical, KEY_1) == (
        "9cbcdf6a7d8f8229ec01f67268a1ed82b47f8f931a2990316fe83835441ebff3"
    )


def test_go_sdk_vector_encodes_space_as_percent_20() -> None:
    params = {
        "Foo": "bar",
        "Whatever": "you want",
        "UserID": "abc@sellercenter.net",
        "Timestamp": "2014-11-12T11:45:26Z",
    }
    canonical = canonical_query(params)
    assert canonical == (
        "Foo=bar&Timestamp=2014-11-12T11%3A45%3A26Z&UserID=abc%40sellercenter.net"
        "&Whatever=you%20want"
    )
    assert signature(canonical, "1234567890") == (
        "bb6b9ee192fe31f7e21c2fcc6298feccc777b747beb0a062e7c21072671a5cae"
    )


def test_mobly_sdk_vector_signs_query_params_only() -> None:
    params = {
        "Action": "test",
        "Timestamp": "Fri, 20 Jul 2014 23:36:00 GMT",
        "UserID": "admin@sellercenter.net",
        "Version": "1.0",
    }
    canonical = canonical_query(params)
    assert canonical == (
        "Action=test&Timestamp=Fri%2C%2020%20Jul%202014%2023%3A36%3A00%20GMT"
        "&UserID=admin%40sellercenter.net&Version=1.0"
    )
    assert signature(canonical, "abc16cfd7e7fa8263b8b83eb3b4467e60ca0638b") == (
        "02815c9a18c5c45ee5f6af8fc9ee0a02b65aef1c55003574690f4d80efbefe80"
    )


@pytest.mark.parametrize(
    ("subject", "key", "expected"),
    [
        (
            "param1=123&param2=ab%20cd",
            "67c7ef5fa5d408aed1",
            "1dff271f6157edfbfc592966a3b811efee46df45e002c25120e4c65e06990c7a",
        ),
        (
            "param1=123&param2=ab%20cd",
            "67c7ef5fa5d408aed1diff",
            "fa95b6da10e5c6b59569627cc88a8f56d2b8d8a8db6543c3e307d6bf8e9cf1db",
        ),
        (
            "param1=123&param2=ab%20cd&someother",
            "67c7ef5fa5d408aed1",
            "7e6782cabcc903dc9e03b10fcd61deafd42a72bbcc750db01819611ec11255b7",
        ),
    ],
)
def test_php_sdk_hmac_vectors(subject: str, key: str, expected: str) -> None:
    assert signature(subject, key) == expected


def test_capitalised_version_gives_the_derived_signature() -> None:
    signed = signed_params({}, "look@me.com", KEY_1, "FeedList", REFERENCE_NOW, fmt="XML")
    assert signed["Signature"] == "3ceb8ed91049dfc718b0d2d176fb2ed0e5fd74f76c5971f34cdab48412476041"


def test_cancel_request_matches_the_derived_example() -> None:
    params = {"OrderItemId": "101", "Reason": "Out of stock", "ReasonDetail": "Sold elsewhere"}
    signed = signed_params(params, "look@me.com", KEY_1, "SetStatusToCanceled", REFERENCE_NOW)
    assert canonical_query(signed) == (
        "Action=SetStatusToCanceled&Format=JSON&OrderItemId=101&Reason=Out%20of%20stock"
        "&ReasonDetail=Sold%20elsewhere&Timestamp=2015-07-01T11%3A11%3A11%2B00%3A00"
        "&UserID=look%40me.com&Version=1.0"
    )
    assert signed["Signature"] == "b678f03253f1e238f3f28cc4c114a3bb775d5e0166a7a693eb7e29fea55ae55d"


def test_ready_to_ship_request_matches_the_derived_example() -> None:
    params = {
        "OrderItemIds": "[101,102]",
        "DeliveryType": "dropship",
        "ShippingProvider": "DHL",
        "TrackingNumber": "1Z999",
    }
    signed = signed_params(params, "look@me.com", KEY_1, "SetStatusToReadyToShip", REFERENCE_NOW)
    assert "OrderItemIds=%5B101%2C102%5D" in canonical_query(signed)
    assert signed["Signature"] == "cfc2e3ce28177afc38fb23544a003b3a13e1a47fa51f7360764b981163d2a111"


def test_rfc3986_keeps_only_unreserved_characters() -> None:
    assert rfc3986("aZ09-_.~") == "aZ09-_.~"
    assert rfc3986(" *!'()+/") == "%20%2A%21%27%28%29%2B%2F"
    assert rfc3986("é€") == "%C3%A9%E2%82%AC"


def test_keys_sort_by_byte_order_so_uppercase_comes_first() -> None:
    assert canonical_query({"b": "1", "B": "2", "a": "3", "A": "4"}) == "A=4&B=2&a=3&b=1"


def test_signature_parameter_is_never_signed() -> None:
    assert canonical_query({"A": "1", "Signature": "abc"}) == "A=1"


def test_timestamp_is_iso_8601_with_offset() -> None:
    berlin = timezone(timedelta(hours=2))
    moment = datetime(2015, 4, 1, 10, 0, 0, 123456, tzinfo=berlin)
    assert format_timestamp(moment) == "2015-04-01T10:00:00+02:00"


def test_naive_clock_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        format_timestamp(datetime(2015, 4, 1, 10, 0))


def test_every_signing_gets_a_fresh_timestamp_and_signature() -> None:
    first = signed_params({}, "u@x.example", "k", "GetFailureReasons", REFERENCE_NOW)
    later = signed_params(
        {}, "u@x.example", "k", "GetFailureReasons", REFERENCE_NOW + timedelta(seconds=1)
    )
    assert first["Timestamp"] != later["Timestamp"]
    assert first["Signature"] != later["Signature"]


def test_common_parameters_win_over_caller_parameters() -> None:
    signed = signed_params(
        {"Action": "Evil", "Signature": "x"}, "u@x.example", "k", "GetOrders", REFERENCE_NOW
    )
    assert signed["Action"] == "GetOrders"
    assert signed["Version"] == "1.0"
    assert signed["Signature"] == signature(canonical_query(signed), "k")


def test_query_string_ends_with_the_signature_and_never_holds_the_key() -> None:
    signed = signed_params({}, "u@x.example", "secret-key", "GetOrders", REFERENCE_NOW)
    query = query_string(signed)
    assert query.endswith("&Signature=" + signed["Signature"])
    assert "secret-key" not in query

"""Envelopes from JSON or XML, whatever the HTTP status, mapped to typed results and errors."""

from __future__ import annotations

import httpx
import pytest

from desktop_app.core.errors import (
    AuthFailed,
    BadResponse,
    ConfigError,
    MarketplaceUnavailable,
    RateLimited,
    RequestRejected,
)
from desktop_app.core.marketplaces.sellercenter.errors import (
    ClockRejected,
    CredentialsRejected,
    ItemRejected,
    PlatformBusy,
    RequestInvalid,
    Throttled,
)
from desktop_app.core.marketplaces.sellercenter.responses import (
    check_response,
    failure_reasons,
    order_items,
    shipment_providers,
    updated_items,
)

REASONS_XML = b"""<?xml version="1.0" encoding="UTF-8"?>
<SuccessResponse><Head><RequestId></RequestId><RequestAction>GetFailureReasons</RequestAction>
<ResponseType>Reasons</ResponseType><Timestamp>2013-08-27T14:44:13+0000</Timestamp></Head>
<Body><Reasons>
<Reason><Type>canceled</Type><Name>Sourcing team couldn't find items</Name></Reason>
<Reason><Type>canceled</Type><Name>Wrong address</Name></Reason>
</Reasons></Body></SuccessResponse>"""

PROVIDERS_XML = b"""<SuccessResponse><Head><RequestId></RequestId>
<RequestAction>GetShipmentProviders</RequestAction><ResponseType>ShipmentProvider</ResponseType>
<Timestamp>2013-08-27T14:44:13+0000</Timestamp></Head><Body><ShipmentProviders><ShipmentProvider>
<Name>GDEX</Name><Default>0</Default><ApiIntegration>0</ApiIntegration><Cod>0</Cod>
<TrackingCodeValidationRegex>/^[0-9]{20}$/</TrackingCodeValidationRegex>
<TrackingCodeExample>12345678901234567890</TrackingCodeExample>
<TrackingUrl>http://intranet.gdexpress.com/official/etracking.php?capture={{{TRACKING_NR}}}</TrackingUrl>
<EnabledDeliveryOptions><DeliveryOption>express</DeliveryOption>
<DeliveryOption>standard</DeliveryOption><DeliveryOption>economy</DeliveryOption>
</EnabledDeliveryOptions></ShipmentProvider></ShipmentProviders></Body></SuccessResponse>"""

PACKED_XML = b"""<SuccessResponse><Head><RequestId></RequestId>
<RequestAction>SetStatusToPackedByMarketplace</RequestAction><ResponseType>OrderItems</ResponseType>
<Timestamp>2013-08-27T14:44:13+0000</Timestamp></Head><Body><OrderItems><OrderItem>
<OrderItemId>101</OrderItemId><PurchaseOrderId>123456</PurchaseOrderId>
<PurchaseOrderNumber>ABC-123456</PurchaseOrderNumber><PackageId>MPDS-200131783-9800</PackageId>
</OrderItem></OrderItems></Body></SuccessResponse>"""

ONE_REASON_JSON = (
    b'{"SuccessResponse":{"Head":{"RequestId":"","RequestAction":"GetFailureReasons",'
    b'"ResponseType":"Reasons","Timestamp":"2013-08-27T14:44:13+0000"},'
    b'"Body":{"Reasons":{"Reason":{"Type":"canceled","Name":"Wrong address","ReasonId":"3"}}}}}'
)

ITEM_JSON = (
    b'{"SuccessResponse":{"Head":{"RequestAction":"GetOrderItems"},"Body":{"OrderItems":'
    b'{"OrderItem":{"OrderItemId":"1","OrderId":"7","Status":"shipped","IsProcessable":"1",'
    b'"ItemPrice":"12.50","TrackingCode":"","ShipmentProvider":""}}}}}'
)


def _response(content: bytes, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=content, headers=headers)


def _error_json(code: str, message: str) -> bytes:
    return (
        '{"ErrorResponse":{"Head":{"RequestAction":"SetStatusToCanceled","ErrorType":"Sender",'
        f'"ErrorCode":"{code}","ErrorMessage":"{message}"}},"Body":""}}}}'
    ).encode()


def _error_xml(code: str, message: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><ErrorResponse><Head>"
        "<RequestAction>SetStatusToCanceled</RequestAction><ErrorType>Sender</ErrorType>"
        f"<ErrorCode>{code}</ErrorCode><ErrorMessage>{message}</ErrorMessage></Head><Body/>"
        "</ErrorResponse>"
    ).encode()


def test_reference_failure_reasons_xml_is_read() -> None:
    reasons = failure_reasons(check_response(_response(REASONS_XML)).body)
    assert [(r.type, r.name) for r in reasons] == [
        ("canceled", "Sourcing team couldn't find items"),
        ("canceled", "Wrong address"),
    ]


def test_single_reason_sent_as_an_object_becomes_a_list() -> None:
    success = check_response(_response(ONE_REASON_JSON))
    (reason,) = failure_reasons(success.body)
    assert reason.name == "Wrong address"
    assert reason.reason_id == 3
    assert success.request_id is None


def test_reference_shipment_provider_xml_is_read_with_regex_and_options() -> None:
    (provider,) = shipment_providers(check_response(_response(PROVIDERS_XML)).body)
    assert provider.name == "GDEX"
    assert provider.is_default is False
    assert provider.tracking_code_validation_regex == "/^[0-9]{20}$/"
    assert provider.tracking_code_example == "12345678901234567890"
    assert provider.enabled_delivery_options == ("express", "standard", "economy")


def test_packed_answer_gives_each_items_package() -> None:
    (item,) = updated_items(check_response(_response(PACKED_XML)).body)
    assert item.order_item_id == 101
    assert item.package_id == "MPDS-200131783-9800"
    assert item.purchase_order_number == "ABC-123456"


def test_numbers_as_strings_and_blank_values_are_normalised() -> None:
    (item,) = order_items(check_response(_response(ITEM_JSON)).body)
    assert item.order_item_id == 1
    assert item.item_price == 12.5
    assert item.is_processable is True
    assert item.tracking_code is None
    assert item.shipment_provider is None


def test_empty_body_is_an_empty_list() -> None:
    body = b'{"SuccessResponse":{"Head":{},"Body":""}}'
    assert updated_items(check_response(_response(body)).body) == ()


ERROR_CASES = [
    ("1", "E001: Parameter Reason is mandatory", RequestInvalid),
    ("2", "E002: Invalid Version", RequestInvalid),
    ("3", "E003: Timestamp has expired", ClockRejected),
    ("7", "E007: Login failed. Signature mismatching", CredentialsRejected),
    ("8", "E008: Invalid Action", RequestInvalid),
    ("9", "E009: Access Denied", CredentialsRejected),
    ("20", "E020: &quot;5&quot; Invalid Order Item ID", ItemRejected),
    ("22", "E022: &quot;Bored&quot; Invalid Reason", ItemRejected),
    ("28", "E028: It is not possible to set the order to the status", ItemRejected),
    ("31", "E031: Tracking ID incorrect.", ItemRejected),
    ("63", "E063: The tracking code 1 has already been used", ItemRejected),
    ("73", "E073: All order items must have status Pending or Ready To Ship", ItemRejected),
    ("429", "E429: Too many requests", Throttled),
    ("6", "E006: Unexpected internal error", PlatformBusy),
    ("119", "E119: Some order items are not yet ready", PlatformBusy),
    ("1000", "E1000: Internal Application Error", PlatformBusy),
]


@pytest.mark.parametrize("fmt", ["JSON", "XML"])
@pytest.mark.parametrize(("code", "message", "kind"), ERROR_CASES)
def test_error_codes_map_to_typed_errors_even_with_http_200(
    fmt: str, code: str, message: str, kind: type[Exception]
) -> None:
    content = (
        _error_json(code, message.replace("&quot;", '\\"'))
        if fmt == "JSON"
        else _error_xml(code, message)
    )
    with pytest.raises(kind) as caught:
        check_response(_response(content, 200))
    assert getattr(caught.value, "code", None) == int(code)
    assert f"E{int(code):03d}" in str(caught.value)


def test_clock_error_tells_to_check_the_clock() -> None:
    with pytest.raises(AuthFailed, match="check the computer's clock"):
        check_response(_response(_error_json("3", "E003: Timestamp has expired"), 400))


def test_login_error_tells_to_check_user_id_and_key() -> None:
    with pytest.raises(AuthFailed, match="check the user id and API key"):
        check_response(_response(_error_json("7", "E007: Login failed"), 401))


def test_item_rejection_keeps_the_http_status_and_is_a_request_rejection() -> None:
    with pytest.raises(RequestRejected) as caught:
        check_response(_response(_error_json("22", "E022: Invalid Reason"), 200))
    assert caught.value.status == 200


def test_throttled_reads_retry_after() -> None:
    content = _error_xml("429", "E429: Too many requests")
    with pytest.raises(RateLimited) as caught:
        check_response(_response(content, 429, **{"Retry-After": "7"}))
    assert caught.value.retry_after == 7.0


def test_error_code_is_read_from_the_message_when_missing() -> None:
    content = (
        b'{"ErrorResponse":{"Head":{"ErrorType":"Sender","ErrorMessage":'
        b'"E031: Tracking ID incorrect"},"Body":""}}'
    )
    with pytest.raises(ItemRejected) as caught:
        check_response(_response(content))
    assert caught.value.code == 31


def test_server_text_never_echoes_the_api_key() -> None:
    content = _error_json("22", 'E022: \\"my-secret-key\\" Invalid Reason')
    with pytest.raises(ItemRejected) as caught:
        check_response(_response(content), secrets=("my-secret-key",))
    assert "my-secret-key" not in str(caught.value)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (503, MarketplaceUnavailable),
        (502, MarketplaceUnavailable),
        (429, RateLimited),
        (301, ConfigError),
        (403, AuthFailed),
        (404, BadResponse),
        (200, BadResponse),
    ],
)
def test_answers_without_an_envelope_map_by_status(status: int, kind: type[Exception]) -> None:
    with pytest.raises(kind):
        check_response(_response(b"<html><body>Bad gateway</body></html>", status))


def test_malformed_json_is_a_bad_response() -> None:
    with pytest.raises(BadResponse):
        check_response(_response(b'{"SuccessResponse": ', 200))


def test_xml_entity_expansion_is_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><SuccessResponse><Head/>'
        b"<Body>&b;</Body></SuccessResponse>"
    )
    with pytest.raises(BadResponse):
        check_response(_response(bomb, 200))


def test_unreadable_item_shape_is_a_bad_response() -> None:
    content = b'{"SuccessResponse":{"Head":{},"Body":{"OrderItems":{"OrderItem":{"Status":"x"}}}}}'
    with pytest.raises(BadResponse):
        order_items(check_response(_response(content)).body)

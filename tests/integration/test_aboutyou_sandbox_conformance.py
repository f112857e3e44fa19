"""Every answer of the sandbox, over real HTTP, validates against the published OpenAPI schemas.

Request bodies come from hypothesis, valid and invalid; the sandbox must accept exactly the
bodies the request schema accepts (plus its documented semantic checks)."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from desktop_app.sandbox.aboutyou.carriers import CARRIER_KEYS
from tests.fixtures.sandboxes import AboutYouFactory

SPECS = Path(__file__).resolve().parents[3] / "shared" / "specs"
CANCEL_SPEC = "aboutyou-cancel-order-items.openapi.json"
CANCEL_RESULTS_SPEC = "aboutyou-get-cancel-order-batch-results.openapi.json"
SHIP_RESULTS_SPEC = "aboutyou-get-ship-order-batch-results.openapi.json"
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spec(name: str) -> dict[str, Any]:
    return json.loads((SPECS / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _validator(components: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    # Keeping `components` at the root lets "#/components/schemas/..." references resolve.
    root = {**schema, "components": components}
    return Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _response_validators(name: str, path: str, method: str) -> dict[int, Draft202012Validator]:
    spec = _spec(name)
    responses = spec["paths"][path][method]["responses"]
    return {
        int(code): _validator(spec["components"], r["content"]["application/json"]["schema"])
        for code, r in responses.items()
        if code != "default"
    }


CANCEL_SPEC_DOC = _spec(CANCEL_SPEC)
CANCEL_REQUEST = _validator(
    CANCEL_SPEC_DOC["components"], {"$ref": "#/components/schemas/CancelRequestSchema"}
)
CANCEL_RESPONSES = _response_validators(CANCEL_SPEC, "/api/v1/orders/cancel", "post")
CANCEL_RESULTS = _response_validators(CANCEL_RESULTS_SPEC, "/api/v1/results/cancel-orders", "get")
SHIP_RESULTS = _response_validators(SHIP_RESULTS_SPEC, "/api/v1/results/ship-orders", "get")

# There is no spec file for POST /orders/ship: this is the reference's §1.2, verbatim in substance.
SHIP_COMPONENTS: dict[str, Any] = {
    "schemas": {
        "ShipmentRequestSchema": {
            "type": "object",
            "properties": {
                "items": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/ShipmentItemSchema"},
                    "minItems": 1,
                }
            },
            "required": ["items"],
        },
        "ShipmentItemSchema": _spec(SHIP_RESULTS_SPEC)["components"]["schemas"][
            "ShipmentItemSchema"
        ],
        "BatchRequestResponseSchema": CANCEL_SPEC_DOC["components"]["schemas"][
            "BatchRequestResponseSchema"
        ],
        "BadRequestSchema": CANCEL_SPEC_DOC["components"]["schemas"]["BadRequestSchema"],
    }
}
SHIP_REQUEST = _validator(SHIP_COMPONENTS, {"$ref": "#/components/schemas/ShipmentRequestSchema"})
SHIP_RESPONSES = {
    200: _validator(SHIP_COMPONENTS, {"$ref": "#/components/schemas/BatchRequestResponseSchema"}),
    400: _validator(SHIP_COMPONENTS, {"$ref": "#/components/schemas/BadRequestSchema"}),
    401: _validator(SHIP_COMPONENTS, {"$ref": "#/components/schemas/BadRequestSchema"}),
}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 200_000)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)
item_ids = st.one_of(st.integers(100_001, 100_040), st.integers(1, 10**9), st.just(1.0 * 100_002))
cancel_bodies = st.one_of(
    st.fixed_dictionaries({"items": st.lists(st.fixed_dictionaries({"id": item_ids}), max_size=4)}),
    st.fixed_dictionaries(
        {"items": st.lists(st.fixed_dictionaries({"id": json_values}), max_size=3)}
    ),
    st.fixed_dictionaries({"items": json_values}),
    json_values,
)
tracking_keys = st.one_of(
    st.text(min_size=1, max_size=12), st.sampled_from(["", "x" * 255, "x" * 256])
)
ship_entries = st.fixed_dictionaries(
    {
        "order_items": st.one_of(st.lists(st.integers(100_010, 100_060), max_size=3), json_values),
        "carrier_key": st.one_of(st.sampled_from(sorted(CARRIER_KEYS)), st.text(max_size=8)),
        "shipment_tracking_key": tracking_keys,
        "return_tracking_key": tracking_keys,
    }
).flatmap(
    lambda entry: st.sets(st.sampled_from(sorted(entry))).map(
        lambda dropped: {k: v for k, v in entry.items() if k not in dropped or len(dropped) > 1}
    )
)
ship_bodies = st.one_of(
    st.fixed_dictionaries({"items": st.lists(ship_entries, max_size=3)}),
    json_values,
)
raw_bodies = st.one_of(
    st.binary(max_size=12), st.just(b""), st.just(b"{"), st.just(b'{"items": NaN}')
)


def _assert_conforms(validators: dict[int, Draft202012Validator], response: httpx.Response) -> None:
    assert response.status_code in validators, (response.status_code, response.text)
    assert response.headers["content-type"] == "application/json"
    validators[response.status_code].validate(response.json())
    assert int(response.headers["X-RateLimit-Remaining"]) >= 0
    assert int(response.headers["X-RateLimit-Limit"]) >= 1


def _generous(aboutyou_sandbox: AboutYouFactory) -> httpx.Client:
    sandbox = aboutyou_sandbox(
        items=40, latency=0.0, cancel_budget=10_000, ship_budget=10_000, results_budget=10_000
    )
    return sandbox.client()


def test_cancel_answers_conform_and_accept_exactly_schema_valid_bodies(
    aboutyou_sandbox: AboutYouFactory,
) -> None:
    with _generous(aboutyou_sandbox) as client:

        @EXAMPLES
        @given(body=cancel_bodies)
        def check(body: Any) -> None:
            response = client.post("/orders/cancel", content=json.dumps(body))
            _assert_conforms(CANCEL_RESPONSES, response)
            assert (response.status_code == 200) == CANCEL_REQUEST.is_valid(body), response.text
            if response.status_code == 200:
                results = client.get(
                    "/results/cancel-orders",
                    params={"batch_request_id": response.json()["batchRequestId"]},
                )
                _assert_conforms(CANCEL_RESULTS, results)

        check()


def test_ship_answers_conform_and_refuse_every_schema_invalid_body(
    aboutyou_sandbox: AboutYouFactory,
) -> None:
    with _generous(aboutyou_sandbox) as client:

        @EXAMPLES
        @given(body=ship_bodies)
        def check(body: Any) -> None:
            response = client.post("/orders/ship", content=json.dumps(body))
            _assert_conforms(SHIP_RESPONSES, response)
            if not SHIP_REQUEST.is_valid(body):
                assert response.status_code == 400
            elif response.status_code == 400:
                message = response.json()["message"]
                assert "carrier_key" in message or "only open items" in message, message
            else:
                results = client.get(
                    "/results/ship-orders",
                    params={"batch_request_id": response.json()["batchRequestId"]},
                )
                _assert_conforms(SHIP_RESULTS, results)
                echoed = [entry["requestItem"] for entry in results.json()["items"]]
                assert echoed == body["items"]

        check()


def test_unparseable_bodies_get_a_conforming_400(aboutyou_sandbox: AboutYouFactory) -> None:
    with _generous(aboutyou_sandbox) as client:

        @EXAMPLES
        @given(raw=raw_bodies, path=st.sampled_from(["/orders/cancel", "/orders/ship"]))
        def check(raw: bytes, path: str) -> None:
            response = client.post(path, content=raw)
            validators = CANCEL_RESPONSES if path == "/orders/cancel" else SHIP_RESPONSES
            _assert_conforms(validators, response)
            assert response.status_code == 400

        check()


def test_result_lookups_conform_for_unknown_and_malformed_ids(
    aboutyou_sandbox: AboutYouFactory,
) -> None:
    with _generous(aboutyou_sandbox) as client:

        @EXAMPLES
        @given(
            batch_id=st.one_of(st.uuids().map(str), st.text(max_size=40)),
            kind=st.sampled_from(["cancel-orders", "ship-orders"]),
        )
        def check(batch_id: str, kind: str) -> None:
            response = client.get(f"/results/{kind}", params={"batch_request_id": batch_id})
            _assert_conforms(CANCEL_RESULTS if kind == "cancel-orders" else SHIP_RESULTS, response)
            assert response.status_code == (404 if UUID_RE.match(batch_id) else 400)

        check()


def test_wrong_or_missing_keys_get_a_conforming_401(aboutyou_sandbox: AboutYouFactory) -> None:
    sandbox = aboutyou_sandbox(items=5)
    endpoints = [
        ("POST", "/orders/cancel", CANCEL_RESPONSES),
        ("POST", "/orders/ship", SHIP_RESPONSES),
        ("GET", "/results/cancel-orders", CANCEL_RESULTS),
        ("GET", "/results/ship-orders", SHIP_RESULTS),
    ]
    with httpx.Client(base_url=sandbox.api_url) as client:

        @EXAMPLES
        @given(
            key=st.one_of(st.none(), st.text(alphabet="abcdefXYZ0123456789-", max_size=20)),
            endpoint=st.sampled_from(endpoints),
        )
        def check(key: str | None, endpoint: tuple[str, str, Any]) -> None:
            method, path, validators = endpoint
            headers = {} if key is None else {"X-API-Key": key}
            body = json.dumps({"items": [{"id": 100001}]})
            params = {"batch_request_id": str(uuid.uuid4())}
            response = client.request(method, path, headers=headers, content=body, params=params)
            _assert_conforms(validators, response)
            assert response.status_code == 401

        check()

"""SuccessResponse / ErrorResponse envelopes in JSON or XML, with the real platform's JSON quirks:
every value a string, "" for none, and a one-element list sent as a bare object."""

from __future__ import annotations

import json
import re
from datetime import datetime, tzinfo
from typing import TypeAlias
from uuid import uuid4
from xml.etree.ElementTree import Element, SubElement, tostring

from starlette.responses import Response

from desktop_app.sandbox.sellercenter.errors import ScError

Tree: TypeAlias = "dict[str, Tree] | list[Tree] | str | int | float | bool | None"

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def wire_time(moment: datetime) -> str:
    """The envelope's style: 2015-07-01T11:11:11+0000."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S%z")


def local_time(moment: datetime, zone: tzinfo) -> str:
    """Falabella's order and item times: the country's local time, without an offset."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def _scalar(value: str | int | float | bool | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _json_tree(tree: Tree) -> object:
    if isinstance(tree, dict):
        return {key: _json_tree(value) for key, value in tree.items()}
    if isinstance(tree, list):
        if not tree:
            return ""
        if len(tree) == 1:
            return _json_tree(tree[0])
        return [_json_tree(value) for value in tree]
    return _scalar(tree)


def _fill(element: Element, tree: Tree) -> None:
    if isinstance(tree, dict):
        for key, value in tree.items():
            for entry in value if isinstance(value, list) else [value]:
                _fill(SubElement(element, key), entry)
    elif not isinstance(tree, list):
        element.text = _NOT_XML.sub("", _scalar(tree))


def _response(root: str, head: Tree, body: Tree, fmt: str, status: int) -> Response:
    document: dict[str, Tree] = {root: {"Head": head, "Body": body}}
    headers: dict[str, str] = {}
    if fmt == "JSON":
        text = json.dumps(_json_tree(document), ensure_ascii=False)
        return Response(text, status, headers, media_type="application/json")
    element = Element(root)
    _fill(element, document[root])
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(element, encoding="unicode")
    return Response(xml, status, headers, media_type="text/xml")


def success(
    action: str,
    response_type: str,
    body: Tree,
    fmt: str,
    now: datetime,
    total_count: int | None = None,
) -> Response:
    head: dict[str, Tree] = {
        "RequestId": str(uuid4()),
        "RequestAction": action,
        "ResponseType": response_type,
        "Timestamp": wire_time(now),
    }
    if total_count is not None:
        head["TotalCount"] = total_count
    return _response("SuccessResponse", head, body, fmt, 200)


def failure(action: str, error: ScError, fmt: str) -> Response:
    """The error Head has no RequestId and no Timestamp (reference §2.1)."""
    head: dict[str, Tree] = {
        "RequestAction": action,
        "ErrorType": error.error_type,
        "ErrorCode": error.code,
        "ErrorMessage": str(error),
    }
    response = _response("ErrorResponse", head, "", fmt, error.status)
    if error.retry_after is not None:
        response.headers["Retry-After"] = str(error.retry_after)
    return response

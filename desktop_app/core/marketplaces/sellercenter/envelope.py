"""Reads the SuccessResponse / ErrorResponse envelope from JSON or XML (XML via defusedxml)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TypeAlias
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from desktop_app.core.errors import BadResponse
from desktop_app.core.i18n import Msg

# The wire as nested dicts / lists / strings; models validate it right away.
Tree: TypeAlias = object

_CODE_IN_MESSAGE = re.compile(r"^\s*E(\d+)\s*:")


@dataclass(frozen=True, slots=True)
class Success:
    action: str
    request_id: str | None
    total_count: int | None
    body: Tree


@dataclass(frozen=True, slots=True)
class Failure:
    action: str
    error_type: str
    code: int | None
    message: str


def _text(value: Tree) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _int(value: Tree) -> int | None:
    try:
        return int(_text(value).strip())
    except ValueError:
        return None


def _from_xml(element: Element) -> Tree:
    children = list(element)
    if not children:
        text = element.text or ""
        return text if text.strip() else ""
    tree: dict[str, Tree] = {}
    for child in children:
        value = _from_xml(child)
        if child.tag not in tree:
            tree[child.tag] = value
        else:
            previous = tree[child.tag]
            tree[child.tag] = (
                [*previous, value] if isinstance(previous, list) else [previous, value]
            )
    return tree


def _document(content: bytes) -> dict[str, Tree] | None:
    """The top-level mapping, or None when the bytes are neither JSON nor XML."""
    start = content.lstrip()[:1]
    try:
        if start == b"{":
            loaded = json.loads(content)
            return loaded if isinstance(loaded, dict) else None
        if start == b"<":
            root = fromstring(content)
            return {root.tag: _from_xml(root)}
    except (ValueError, ParseError, DefusedXmlException):
        return None
    return None


def read_envelope(content: bytes) -> Success | Failure | None:
    """The envelope, or None when the body is not a SellerCenter response at all."""
    document = _document(content)
    if document is None:
        return None
    if isinstance(success := document.get("SuccessResponse"), dict):
        head = success.get("Head")
        head = head if isinstance(head, dict) else {}
        return Success(
            action=_text(head.get("RequestAction")),
            request_id=_text(head.get("RequestId")) or None,
            total_count=_int(head.get("TotalCount")),
            body=success.get("Body", ""),
        )
    if isinstance(error := document.get("ErrorResponse"), dict):
        head = error.get("Head")
        if not isinstance(head, dict):
            raise BadResponse(Msg("SellerCenter sent an error without its details."))
        message = _text(head.get("ErrorMessage")).strip()
        code = _int(head.get("ErrorCode"))
        if code is None and (match := _CODE_IN_MESSAGE.match(message)):
            code = int(match.group(1))
        return Failure(
            action=_text(head.get("RequestAction")),
            error_type=_text(head.get("ErrorType")),
            code=code,
            message=message,
        )
    return None

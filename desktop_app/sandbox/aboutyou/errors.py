"""Failures a handler raises; the guard turns each into its HTTP answer."""

from __future__ import annotations


class RequestInvalid(Exception):
    """A body or query the API refuses: 400 {"message"} naming the field."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class QueryInvalid(Exception):
    """A paging or filter parameter out of range: 422 with the pydantic-style {"detail"} body."""

    def __init__(self, kind: str, param: str, msg: str) -> None:
        super().__init__(msg)
        self.detail = [{"type": kind, "loc": ["query", param], "msg": msg}]


class NotFound(Exception):
    """An unknown batch: 404 {"message"}."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

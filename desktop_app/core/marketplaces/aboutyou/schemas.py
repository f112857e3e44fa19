"""The response bodies we read, after ../shared/specs. Unknown fields are ignored on purpose."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

TERMINAL_STATUSES = frozenset({"completed", "failed"})
# The spec's `format: uuid`: anything else is a bad answer, never journaled nor polled.
UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"


class BatchRequestResponse(BaseModel):
    batch_request_id: str = Field(alias="batchRequestId", max_length=36, pattern=UUID_PATTERN)


class ResultItem(BaseModel):
    request_item: dict[str, Any] = Field(alias="requestItem")
    success: bool
    errors: list[str] = Field(default_factory=list)


class BatchResults(BaseModel):
    batch_request_id: str = Field(alias="batchRequestId")
    # The spec allows any string besides the enum; unknown ones are treated as not finished.
    # It is journaled, so a hostile one cannot be long.
    status: str = Field(max_length=64)
    items: list[ResultItem] = Field(default_factory=list)


class CarrierEntry(BaseModel):
    key: str
    carrier_name: str | None = None
    country_code: str | None = None
    display_label: str | None = None


class OrderItemEntry(BaseModel):
    id: int
    sku: str = ""
    status: str = ""
    shipment_tracking_key: str | None = None


class OrderEntry(BaseModel):
    order_number: str
    status: str = ""
    created_at: str = ""
    shipping_country_code: str | None = None
    order_items: list[OrderItemEntry] = Field(default_factory=list)


class Pagination(BaseModel):
    page: int = 1
    # Public clients show `pages: null`; missing and null both mean "not said".
    pages: int | None = None
    total: int | None = None

    def more_after(self, page: int, per_page: int, got: int) -> bool:
        """Is there a page after `page`, which held `got` entries?"""
        if got == 0:
            return False
        if self.pages is not None:
            return page < self.pages
        if self.total is not None and page * per_page < self.total:
            return True
        return got >= per_page  # a full page: the next one may hold more


class CarrierPage(BaseModel):
    items: list[CarrierEntry]
    pagination: Pagination = Field(default_factory=Pagination)


class OrderPage(BaseModel):
    items: list[OrderEntry]
    pagination: Pagination = Field(default_factory=Pagination)

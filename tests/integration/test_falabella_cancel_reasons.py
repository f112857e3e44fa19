"""Cancel reasons on Falabella: the seed's SHORTAGE (and its German and Spanish spellings in a
file) is the marketplace's own shortage reason; the picker shows only the marketplace's list."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.importing import import_file
from desktop_app.core.marketplaces.sellercenter.row_specs import REASON, shortage_aliases
from desktop_app.core.models import Action, Outcome
from tests.fixtures.sandboxes import SellerCenterFactory
from tests.integration.test_sellercenter_engine import _row_spec, marketplace_for, run, run_job

MARKETPLACE_REASONS = [
    "Out of stock",
    "Sourcing team couldn't find items",
    "Wrong address",
    "Customer requested cancellation",
    "Artículo agotado",
]


def test_shortage_in_english_german_or_spanish_cancels_with_the_shortage_reason(
    tmp_path: Path, sellercenter_sandbox: SellerCenterFactory
) -> None:
    sandbox = sellercenter_sandbox()
    ids = sandbox.pending_ids(4)
    spellings = ["SHORTAGE", "Fehlbestand", "falta de stock", "Sin stock"]
    csv = tmp_path / "cancel.csv"
    csv.write_text(
        "order_item_id,reason\n"
        + "".join(f"{i},{s}\n" for i, s in zip(ids, spellings, strict=True)),
        encoding="utf-8",
    )
    spec = run(_row_spec(marketplace_for(sandbox, options={"seller_id": "SC1"}), Action.CANCEL))
    (reason,) = [field for field in spec.fields if field.name == REASON]
    assert list(reason.choices or ()) == MARKETPLACE_REASONS  # what the picker offers
    imported = import_file(csv, Action.CANCEL, spec=spec)
    assert [row.outcome for row in imported.rows] == [Outcome.VALID] * 4, imported.rows
    assert {row.details[REASON] for row in imported.rows} == {"Out of stock"}

    _, rows = run_job(
        tmp_path,
        marketplace_for(sandbox, options={"seller_id": "SC1"}),
        Action.CANCEL,
        imported.rows,
    )
    assert [row.outcome for row in rows] == [Outcome.SUCCEEDED] * 4
    assert [sandbox.state.items[i].reason for i in ids] == ["Out of stock"] * 4


def test_without_a_shortage_reason_in_the_list_shortage_is_refused_by_name() -> None:
    assert shortage_aliases(["Wrong address", "Customer requested cancellation"]) == {}
    aliases = shortage_aliases(["Wrong address", "Producto sin stock"])
    assert aliases["SHORTAGE"] == aliases["Fehlbestand"] == "Producto sin stock"

"""Templates and the columns help come from the importers' own definitions: a template reads back
with every column found, and a sample file's rows are all valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.importing import import_file
from desktop_app.core.importing.headers import SYNONYMS
from desktop_app.core.models import Action, Outcome
from desktop_app.core.profiles import MARKETPLACES
from desktop_app.core.templates import columns_for, static_spec, write_template

CASES = [(m, a) for m in MARKETPLACES for a in Action]


@pytest.mark.parametrize(("marketplace", "action"), CASES)
def test_a_template_reads_back_with_every_column_found(
    tmp_path: Path, marketplace: str, action: Action
) -> None:
    path = tmp_path / "t.csv"
    write_template(path, marketplace, action)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n")  # what Excel needs
    header = raw.decode("utf-8-sig").splitlines()[0]
    with path.open("a", encoding="utf-8", newline="") as handle:  # one row, to read it back
        handle.write(",".join("1" for _ in header.split(",")) + "\r\n")
    result = import_file(path, action, spec=static_spec(marketplace, action), default_carrier="X")
    assert len(result.rows) == 1
    assert set(result.mapping) >= {d.name for d in columns_for(marketplace, action) if d.required}


@pytest.mark.parametrize("action", list(Action))
def test_the_demo_sample_file_imports_with_only_valid_rows(tmp_path: Path, action: Action) -> None:
    path = tmp_path / "sample.csv"
    assert write_template(path, "aboutyou", action, sample=True) == 3
    result = import_file(
        path,
        action,
        carriers=["DHL_STD_NATIONAL", "HERMES_KLV"],
        default_carrier="DHL_STD_NATIONAL",
    )
    assert [row.outcome for row in result.rows] == [Outcome.VALID] * 3


def test_the_columns_list_names_the_synonyms_the_importer_reads() -> None:
    cancel = {doc.name: doc for doc in columns_for("aboutyou", Action.CANCEL)}
    assert set(cancel["order_item_id"].synonyms) == set(SYNONYMS["order_item_id"]) - {
        "order_item_id"
    }
    assert "Order ID" not in cancel["order_item_id"].synonyms
    unicommerce = {doc.name for doc in columns_for("unicommerce", Action.SHIP)}
    assert {"order_item_id", "order_id", "tracking_id"} <= unicommerce

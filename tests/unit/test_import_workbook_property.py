"""Issue 14's property: any bytes, as a CSV or as a real zip named .xlsx, give a clear one-sentence
error or exactly one outcome per data line, within the memory limit.

The zips are valid archives (so the workbook reader, not the zip check, meets the bytes): parts
of random bytes, or sheets of random rows and cells, with the ids, types and styles a hostile
or careless writer might use."""

from __future__ import annotations

import tempfile
import tracemalloc
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ImportFileError
from desktop_app.core.importing import import_file
from desktop_app.core.models import Action, ImportResult
from tests.fixtures import hostile_files as hostile
from tests.unit.test_import_property import _assert_one_outcome_per_line

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Far below the 300 MB a process may use: the importer's own allocations for these small files.
MEMORY_LIMIT = 64 * 1024 * 1024
PARTS = (
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "xl/worksheets/sheet1.xml",
    "xl/sharedStrings.xml",
    "xl/styles.xml",
)


def _import(path: Path, action: Action) -> ImportResult | None:
    tracemalloc.start()
    try:
        return import_file(path, action, carriers=["DHL"])
    except ImportFileError as error:
        text = str(error)
        assert text.strip() and "\n" not in text and "Traceback" not in text
        return None
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert peak < MEMORY_LIMIT, f"{peak / 1024 / 1024:.0f} MB"


_PART_BYTES = st.dictionaries(st.sampled_from(PARTS), st.binary(max_size=200), max_size=7)


@SETTINGS
@given(parts=_PART_BYTES, action=st.sampled_from(list(Action)))
def test_a_zip_of_random_parts_named_xlsx_gives_a_sentence_or_rows(
    parts: dict[str, bytes], action: Action
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.xlsx"
        hostile.write_zip(path, [hostile.Member(name, data) for name, data in parts.items()])
        result = _import(path, action)
    if result is not None:
        _assert_one_outcome_per_line(result)


_TEXT = st.one_of(
    st.integers(1, 10**12).map(str),
    st.text(alphabet="0123456789 ,;|.E+-'\"abcTotal\tä\n&<>", max_size=14),
)
_CELL = st.tuples(
    st.sampled_from(["", "A", "B", "C", "D", "ZZZZ", "a", "1"]),  # the column in r="…"
    st.sampled_from(["n", "s", "str", "inlineStr", "b", "e", "d", "", "bogus"]),  # t="…"
    st.sampled_from(["", "0", "1", "99", "x", "9" * 12]),  # s="…" (a style)
    _TEXT,
)
_ROW = st.tuples(
    st.sampled_from(["", "1", "2", "5", "0", "-1", "x", "99999999999"]), st.lists(_CELL, max_size=5)
)


def _cell(column: str, kind: str, style: str, text: str, row: str) -> str:
    attrs = (f' r="{column}{row}"' if column else "") + (f' t="{kind}"' if kind else "")
    attrs += f' s="{style}"' if style else ""
    value = escape(text)
    if kind == "inlineStr":
        return f"<c{attrs}><is><t>{value}</t></is></c>"
    return f"<c{attrs}><v>{value}</v></c>"


@SETTINGS
@given(
    rows=st.lists(_ROW, max_size=12),
    strings=st.lists(_TEXT, max_size=4),
    action=st.sampled_from(list(Action)),
)
def test_a_workbook_of_random_rows_gives_a_sentence_or_one_outcome_per_line(
    rows: list[tuple[str, list[tuple[str, str, str, str]]]], strings: list[str], action: Action
) -> None:
    header = hostile.HEADER_ROW
    if action is Action.SHIP:
        header = (
            '<row r="1"><c r="A1" t="inlineStr"><is><t>order_items</t></is></c>'
            '<c r="B1" t="inlineStr"><is><t>carrier_key</t></is></c>'
            '<c r="C1" t="inlineStr"><is><t>shipment_tracking_key</t></is></c>'
            '<c r="D1" t="inlineStr"><is><t>return_tracking_key</t></is></c></row>'
        )
    body = "".join(
        f"<row{f' r={chr(34)}{number}{chr(34)}' if number else ''}>"
        + "".join(_cell(*cell, number) for cell in cells)
        + "</row>"
        for number, cells in rows
    )
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    with tempfile.TemporaryDirectory() as folder:
        path = hostile.workbook(Path(folder) / "rows.xlsx", header + body)
        if strings:  # the same workbook, with shared strings for the t="s" cells
            _add_shared_strings(path, shared)
        result = _import(path, action)
    if result is not None:
        _assert_one_outcome_per_line(result)


def _add_shared_strings(path: Path, shared: str) -> None:
    with zipfile.ZipFile(path) as archive:
        members = [hostile.Member(info.filename, archive.read(info)) for info in archive.infolist()]
    rels = hostile.WORKBOOK_RELS.replace(
        "</Relationships>",
        '<Relationship Id="rId2" Target="sharedStrings.xml" Type="http://schemas.openxmlformats'
        '.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>',
    )
    members = [m for m in members if m.name != "xl/_rels/workbook.xml.rels"]
    members += [
        hostile.Member("xl/_rels/workbook.xml.rels", rels.encode()),
        hostile.Member(
            "xl/sharedStrings.xml", f'<sst xmlns="{hostile.NS}">{shared}</sst>'.encode()
        ),
    ]
    hostile.write_zip(path, members)

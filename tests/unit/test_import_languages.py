"""Issue 17: the awkward-file and hostile-file corpus imported in German and in Spanish gives no
English row message, warning, file note or file error; and a row journaled in English reads in
German. Each message must be a Msg whose id (and every nested Msg's id) the language's catalog
translates, and whose text is not the English one; only the file's own values (a cell, a header,
a file name) are left as they were written."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.core.earlier_jobs import EarlierDone, flag_earlier
from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg, message_of, set_language
from desktop_app.core.importing import RowSpec, import_file, import_text
from desktop_app.core.importing.spec import FIELD_LABELS
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, ImportResult
from desktop_app.core.templates import columns_for, static_spec
from tests.fixtures import hostile_files as hostile
from tests.fixtures.awkward_files import CORPUS, AwkwardFile
from tests.unit.spec_examples import REASONS, SELLERCENTER_CANCEL, UNICOMMERCE_DISPATCH
from tests.unit.test_message_catalogs import TOOL  # the catalog tool, loaded once

LANGUAGES = ("de", "es")
CATALOGS = {language: TOOL.catalog(language) for language in LANGUAGES}
# A proper name (UTF-8, UTF-16 LE) is a message id no language translates.
NAME = re.compile(r"[A-Z0-9][A-Z0-9 .\-]*")
WORD = re.compile(r"[^\W\d_]{2,}")

# SellerCenter's cancel rows with a default reason, so that a bare id column is a whole file.
_REASON, _DETAIL = SELLERCENTER_CANCEL.fields
SPEC = replace(SELLERCENTER_CANCEL, fields=(replace(_REASON, default=REASONS[0]), _DETAIL))
UNICOMMERCE_TEXT = (
    "Order Item Code,Order ID,SKU,Qty,Dispatch Date,Invoice Date,Tracking URL\n"
    "UC-1-1,UC-1,SKU-1,1,2026-11-23,2026-11-23 14:05,https://track.example/1\n"
    "UC-1-1,UC-1,SKU-2,1,2026-11-23,,\n"
    "UC-2-1,UC-2,SKU-3,0,31.02.2026,tomorrow,ftp://x\n"
    'UC-2-2,UC-2,SKU-3,"1,5",45254,,track.example/2\n'
    "UC\x07-3,UC-3,SKU-3,1,2026-11-24,,\n"
    f"{'X' * 256},UC-4,SKU-4,1,2026-11-24,,\n"
    ",UC-5,,1,2026-11-24,,\n"
    "UC-6-1;UC-6-1,UC-6,SKU-6,1.23457E+11,2026-11-24,,\n"
)


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return write


# A whole file refused, one case per kind of sentence: (how to write it, action, spec, mapping).
Refusal = tuple[Callable[[Path], Path], Action, RowSpec | None, dict[str, str] | None]
REFUSALS: dict[str, Refusal] = {
    "empty": (_bytes("empty.csv", b" \r\n"), Action.CANCEL, None, None),
    "blank_lines_only": (_bytes("blank.csv", b"\xef\xbb\xbf\r\n\r\n"), Action.CANCEL, None, None),
    "header_without_rows": (_bytes("head.csv", b"order_item_id\n\n"), Action.CANCEL, None, None),
    "pdf": (_bytes("orders.pdf", b"%PDF-1.7\n..."), Action.CANCEL, None, None),
    "old_xls": (_bytes("orders.xls", b"\xd0\xcf\x11\xe0\xa1\xb1"), Action.CANCEL, None, None),
    "binary": (_bytes("data.csv", bytes(range(1, 32)) * 40), Action.CANCEL, None, None),
    "not_a_workbook": (_bytes("broken.xlsx", b"PK\x03\x04broken"), Action.CANCEL, None, None),
    "no_id_column": (_bytes("x.csv", b"Name,Price\nAnna,1\n"), Action.CANCEL, None, None),
    "ship_without_tracking": (_bytes("s.csv", b"order_items,x\n1,2\n"), Action.SHIP, None, None),
    "bare_ids_to_ship": (_bytes("ids.csv", b"1001\n1002\n"), Action.SHIP, None, None),
    "mapped_column_absent": (
        _bytes("m.csv", b"Item,Name\n1,Anna\n"),
        Action.CANCEL,
        None,
        {"order_item_id": "Artikel"},
    ),
    "mapped_field_unknown": (
        _bytes("m.csv", b"order_item_id\n1\n"),
        Action.CANCEL,
        None,
        {"colour": "order_item_id"},
    ),
    "spec_needs_more_columns": (
        _bytes("ids.csv", b"1001\n1002\n"),
        Action.CANCEL,
        SELLERCENTER_CANCEL,
        None,
    ),
    "spec_column_missing": (
        _bytes("r.csv", b"order_item_id\n1001\n"),
        Action.CANCEL,
        SELLERCENTER_CANCEL,
        None,
    ),
    "spec_default_unusable": (
        _bytes("r.csv", b"order_item_id\n1001\n"),
        Action.CANCEL,
        replace(SELLERCENTER_CANCEL, fields=(replace(_REASON, default="Lost"), _DETAIL)),
        None,
    ),
}


def _read(import_: Callable[[], ImportResult]) -> tuple[ImportResult | None, list[str]]:
    """What the seller reads of one import: every row's errors and warnings and the notes, or
    the sentence of the file's refusal."""
    try:
        result = import_()
    except ImportFileError as error:
        return None, [message_of(error)]
    messages = [m for row in result.rows for m in (*row.errors, *row.warnings)]
    return result, [*messages, *result.notes]


def _awkward(case: AwkwardFile, folder: Path, spec: RowSpec | None) -> list[str]:
    path = case.build(folder)
    return _read(
        lambda: import_file(
            path,
            case.action,
            spec=spec,
            carriers=case.carriers,
            default_carrier=case.default_carrier,
            mapping=None if spec else case.mapping,
        )
    )[1]


def _nodes(message: Msg) -> Iterator[Msg]:
    yield message
    for value in message.params.values():
        if isinstance(value, Msg):
            yield from _nodes(value)


def _english(message: Msg, language: str) -> str:
    set_language("en")
    try:
        return Msg.from_data(message.to_data())
    finally:
        set_language(language)


def _not_translated(messages: list[str], language: str) -> list[str]:
    """Each message that a German or Spanish seller would find (partly) in English."""
    catalog = CATALOGS[language]
    wrong: list[str] = []
    for message in messages:
        if not isinstance(message, Msg):
            wrong.append(f"plain text, not a Msg: {message!r}")
            continue
        for node in _nodes(message):
            if NAME.fullmatch(node.id):
                continue
            entry = catalog.get(node.id)
            if entry is None or not entry.complete:
                wrong.append(f"no {language} translation of {node.id!r} in {message!r}")
                continue
            english = {node.id} if node.plural is None else {node.id, node.plural}
            # Words, not names or units (MB, CSV): those stay as they are.
            words = [w for w in WORD.findall(TOOL.PLACEHOLDER.sub("", node.id)) if not w.isupper()]
            if words and english & set(entry.translations):
                wrong.append(f"{node.id!r} is 'translated' as English")
        if message == _english(message, language):
            wrong.append(f"reads as in English: {message!r}")
    return wrong


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    set_language(request.param)
    yield request.param
    set_language("en")


@pytest.mark.parametrize("case", CORPUS, ids=lambda case: case.name)
def test_an_awkward_file_has_no_english_message(
    case: AwkwardFile, language: str, tmp_path: Path
) -> None:
    messages = _awkward(case, tmp_path, None)
    if case.action is Action.CANCEL:  # the spec importer reads the same file in its own words
        messages += _awkward(case, tmp_path, SPEC)
    assert messages, "the corpus file gives no message at all: nothing is checked"
    assert _not_translated(messages, language) == []


@pytest.mark.parametrize("name", sorted(hostile.HOSTILE))
def test_a_hostile_file_is_refused_or_read_in_the_language(
    name: str, language: str, tmp_path: Path
) -> None:
    write, filename, marketplace = hostile.HOSTILE[name]
    path = write(tmp_path / filename)
    spec = SPEC if marketplace == "sellercenter" else None
    _, messages = _read(lambda: import_file(path, Action.CANCEL, spec=spec))
    assert _not_translated(messages, language) == []


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_a_refused_file_says_why_in_the_language(name: str, language: str, tmp_path: Path) -> None:
    write, action, spec, mapping = REFUSALS[name]
    path = write(tmp_path)
    result, messages = _read(lambda: import_file(path, action, spec=spec, mapping=mapping))
    assert result is None, "the file was meant to be refused"
    assert _not_translated(messages, language) == []


def test_spec_rows_and_pasted_text_are_in_the_language(language: str) -> None:
    _, messages = _read(
        lambda: import_text(UNICOMMERCE_TEXT, Action.SHIP, spec=UNICOMMERCE_DISPATCH)
    )
    assert len(messages) >= 10
    assert _not_translated(messages, language) == []
    for refused in ("", "x" * (50 * 1024 * 1024 + 1)):
        _, messages = _read(lambda text=refused: import_text(text, Action.CANCEL))  # type: ignore[misc]
        assert _not_translated(messages, language) == []


def test_an_imported_files_rows_journaled_in_english_read_in_german_and_spanish(
    tmp_path: Path,
) -> None:
    case = CORPUS[0]  # every id problem there is: Excel, separators, duplicates, empty cells
    path = case.build(tmp_path)
    english = import_file(path, case.action)
    journal = Journal(tmp_path / "journal.sqlite3")
    try:
        job_id = journal.create_job(case.action, "p", "aboutyou", path.name, english.rows)
        for language in LANGUAGES:
            set_language(language)
            stored = {row.line: row.errors for row in journal.rows(job_id)}
            fresh = {row.line: row.errors for row in import_file(path, case.action).rows}
            assert stored == fresh  # exactly what an import in that language says
            assert (
                _not_translated([m for errors in stored.values() for m in errors], language) == []
            )
            assert sum(1 for errors in stored.values() if errors) == 7
    finally:
        set_language("en")
        journal.close()


def test_every_marketplace_field_has_its_name_in_the_catalogs() -> None:
    for marketplace in ("sellercenter", "unicommerce"):
        for action in Action:
            spec = static_spec(marketplace, action)
            assert spec is not None
            labels = {field.label for field in spec.all_fields}
            assert labels <= FIELD_LABELS, (marketplace, action, labels - FIELD_LABELS)


def test_the_accepted_columns_notes_are_in_the_language(language: str) -> None:
    notes = [
        doc.note
        for marketplace in ("aboutyou", "sellercenter", "unicommerce")
        for action in Action
        for doc in columns_for(marketplace, action)
        if doc.note
    ]
    assert len(notes) >= 8
    assert _not_translated(notes, language) == []


def test_an_earlier_jobs_warning_is_in_the_language(language: str, tmp_path: Path) -> None:
    result = import_text("order_item_id\n7001\n7002\n", Action.CANCEL)
    done = {
        7001: EarlierDone(12, Action.CANCEL, "2026-11-30T10:00:00Z"),
        7002: EarlierDone(13, Action.SHIP, "2026-12-01T10:00:00Z"),
    }
    assert flag_earlier(result, done) == 2
    warnings = [w for row in result.rows for w in row.warnings]
    assert _not_translated(warnings, language) == []
    assert "12" in warnings[0] and "2026-11-30" in warnings[0]


def test_numbers_are_grouped_the_readers_way(tmp_path: Path) -> None:
    path = hostile.csv_many_columns(tmp_path / "columns.csv")
    said = {}
    try:
        for language in ("en", *LANGUAGES):
            set_language(language)
            with pytest.raises(ImportFileError) as error:
                import_file(path, Action.CANCEL)
            said[language] = str(error.value)
    finally:
        set_language("en")
    assert "16,384 columns" in said["en"]
    assert "16.384 Spalten" in said["de"] and "16.384 columnas" in said["es"]

"""The plain-line reader (csv_source.Lines) reads every text exactly as csv.reader does."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ImportFileError
from desktop_app.core.importing import csv_source
from desktop_app.core.importing.csv_source import Lines, csv_chunks

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Line breaks csv.reader knows and those only str.splitlines() knows, quotes, delimiters, NUL.
_TEXT = st.text(alphabet='12 a,;"\r\n\x0b\x1c\x1f\x85\u2028\x00é', max_size=60)


def _records_of_csv_reader(text: str, delimiter: str) -> list[tuple[list[str], int]] | str:
    """What the importer read before Lines: csv.reader's records and the line each ends on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = []
    try:
        for cells in reader:
            records.append((cells, reader.line_num))
    except csv.Error:
        return "error"
    return records


def _records(text: str, delimiter: str) -> list[tuple[list[str], int]] | str:
    try:
        chunks = list(csv_chunks(io.StringIO(text, newline=""), delimiter, lambda: None))
    except ImportFileError:
        return "error"
    return [(list(cells), end) for chunk in chunks for cells, end in chunk]


@SETTINGS
@given(text=_TEXT, delimiter=st.sampled_from([",", ";", "\x1f"]), block=st.integers(1, 9))
@example(text="1\r\n2", delimiter=",", block=2)  # "\r" and "\n" in two blocks
@example(text="1\r\r\n\n2\n", delimiter=",", block=1)
@example(text='1\n"2\n3"\n4', delimiter=",", block=3)  # a quoted line break after plain lines
def test_lines_read_every_text_as_csv_reader_does(text: str, delimiter: str, block: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_source, "_PLAIN_BLOCK_CHARS", block)
        assert _records(text, delimiter) == _records_of_csv_reader(text, delimiter)


def test_a_file_without_quotes_is_read_as_lines_and_one_with_them_by_csv_reader() -> None:
    plain = list(csv_chunks(io.StringIO("a\n1\n\n2\n", newline=""), "\x1f", lambda: None))
    assert all(isinstance(chunk, Lines) for chunk in plain)
    assert plain[0].texts == ["a", "1", "", "2"] and plain[0].one_column
    quoted = list(csv_chunks(io.StringIO('a\n"1"\n', newline=""), "\x1f", lambda: None))
    assert not any(isinstance(chunk, Lines) for chunk in quoted)


def test_a_line_over_the_field_limit_is_left_to_csv_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(csv_source, "_PLAIN_BLOCK_CHARS", 4)
    old = csv.field_size_limit(10)
    try:
        with pytest.raises(ImportFileError, match="Line 2 has a cell over 10 characters"):
            list(csv_chunks(io.StringIO("1\n" + "2" * 11 + "\n3\n"), ",", lambda: None))
        text = "1\n" + "2" * 10 + "\n3\n"  # exactly at the limit: still plain
        assert [
            end for chunk in csv_chunks(io.StringIO(text), ",", lambda: None) for _, end in chunk
        ] == [1, 2, 3]
    finally:
        csv.field_size_limit(old)

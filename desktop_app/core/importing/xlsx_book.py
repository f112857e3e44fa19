"""What the sheet's cells need from the rest of a workbook: where the first sheet is, the shared
strings, which cell styles are dates, and the date epoch. Every part is read bounded."""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg
from desktop_app.core.importing.limits import (
    MAX_CELL_CHARS,
    MAX_OTHER_PART_BYTES,
    MAX_SHARED_STRINGS,
    MAX_SHARED_STRINGS_BYTES,
)
from desktop_app.core.importing.wording import grouped
from desktop_app.core.importing.xml_stream import NOT_A_WORKBOOK, parse_part

OFFICE_DOCUMENT = "/officeDocument"
WORKSHEET = "/worksheet"
SHARED_STRINGS = "/sharedStrings"
STYLES = "/styles"
# Excel's built-in number formats that show a date or a time.
BUILTIN_DATES = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
# Quoted text, [colours]/[$locale], escaped and padding characters carry no date letters.
_NOT_FORMAT = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_DATE_LETTER = re.compile(r"[dmhysDMHYS]")


def is_date_format(code: str) -> bool:
    return bool(_DATE_LETTER.search(_NOT_FORMAT.sub("", code.split(";")[0])))


@dataclass(slots=True)
class Book:
    sheet: str  # the first worksheet's part name
    strings: list[str] = field(default_factory=list)
    date_styles: frozenset[int] = frozenset()  # cell style indexes (c s="…") that are dates
    date1904: bool = False


def open_book(archive: zipfile.ZipFile) -> Book:
    workbook = _target(archive, OFFICE_DOCUMENT, "xl/workbook.xml")
    sheets: list[str] = []
    flags = {"date1904": False}

    def on_workbook(name: str, attrs: dict[str, str]) -> None:
        if name == "sheet":
            rel = next((v for k, v in attrs.items() if k.endswith(":id")), None)
            if rel:
                sheets.append(rel)
        elif name == "workbookPr":
            flags["date1904"] = attrs.get("date1904", "").lower() in ("1", "true")

    parse_part(archive, workbook, MAX_OTHER_PART_BYTES, on_workbook)
    relations = _relations(archive, workbook)
    worksheets = [
        relations[rel][1]
        for rel in sheets
        if relations.get(rel, ("", ""))[0] == WORKSHEET and relations[rel][1] in archive.NameToInfo
    ]
    if not worksheets:
        raise ImportFileError(Msg(NOT_A_WORKBOOK))
    book = Book(sheet=worksheets[0], date1904=flags["date1904"])
    by_type: dict[str, str] = {}
    for kind, target in relations.values():
        by_type.setdefault(kind, target)
    if SHARED_STRINGS in by_type and by_type[SHARED_STRINGS] in archive.NameToInfo:
        book.strings = _shared_strings(archive, by_type[SHARED_STRINGS])
    if STYLES in by_type and by_type[STYLES] in archive.NameToInfo:
        book.date_styles = _date_styles(archive, by_type[STYLES])
    return book


def _relations(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type: "/worksheet", "/sharedStrings", …, or "" for others; target)."""
    folder, base = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", base + ".rels")
    found: dict[str, tuple[str, str]] = {}
    if rels not in archive.NameToInfo:
        return found

    def on_rel(name: str, attrs: dict[str, str]) -> None:
        if name != "Relationship" or attrs.get("TargetMode") == "External":
            return
        kind = attrs.get("Type", "")
        known = next((k for k in (WORKSHEET, SHARED_STRINGS, STYLES) if kind.endswith(k)), "")
        if kind.endswith(OFFICE_DOCUMENT):
            known = OFFICE_DOCUMENT
        target = attrs.get("Target", "")
        if target.startswith("/"):
            path = target.lstrip("/")
        else:
            path = posixpath.normpath(posixpath.join(folder, target))
        found[attrs.get("Id", "")] = (known, path)

    parse_part(archive, rels, MAX_OTHER_PART_BYTES, on_rel)
    return found


def _target(archive: zipfile.ZipFile, kind: str, fallback: str) -> str:
    """The package's main part of `kind` (its relationships are in _rels/.rels)."""
    for known, target in _relations(archive, "").values():
        if known == kind and target in archive.NameToInfo:
            return target
    if fallback in archive.NameToInfo:
        return fallback
    raise ImportFileError(Msg(NOT_A_WORKBOOK))


def _shared_strings(archive: zipfile.ZipFile, part: str) -> list[str]:
    strings: list[str] = []
    pieces: list[str] = []
    state = {"in_text": False, "phonetic": False, "length": 0}

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "t" and not state["phonetic"]:
            state["in_text"] = True
        elif name == "rPh":  # the phonetic reading of East Asian text is not the value
            state["phonetic"] = True
        elif name == "si":
            pieces.clear()
            state["length"] = 0

    def end(name: str) -> None:
        if name == "t":
            state["in_text"] = False
        elif name == "rPh":
            state["phonetic"] = False
        elif name == "si":
            if len(strings) >= MAX_SHARED_STRINGS:
                raise ImportFileError(
                    Msg(
                        "The workbook holds over {limit} different texts, more than "
                        "Seller Desk reads; split it into smaller files.",
                        limit=grouped(MAX_SHARED_STRINGS),
                    )
                )
            strings.append("".join(pieces))

    def text(data: str) -> None:
        if state["in_text"]:
            state["length"] += len(data)
            if state["length"] > MAX_CELL_CHARS:
                raise ImportFileError(cell_too_long(None))
            pieces.append(data)

    parse_part(archive, part, MAX_SHARED_STRINGS_BYTES, start, end, text)
    return strings


def cell_too_long(row: int | None) -> Msg:
    if row is None:
        return Msg(
            "The workbook holds a cell over {limit} characters long, more than Excel itself "
            "allows; correct that cell and save the file again.",
            limit=grouped(MAX_CELL_CHARS),
        )
    return Msg(
        "Row {row} of the sheet has a cell over {limit} characters long, more than Excel "
        "itself allows; correct that cell and save the file again.",
        row=row,
        limit=grouped(MAX_CELL_CHARS),
    )


def _date_styles(archive: zipfile.ZipFile, part: str) -> frozenset[int]:
    custom: dict[int, str] = {}
    formats: list[int] = []
    state = {"in_xfs": False}

    def start(name: str, attrs: dict[str, str]) -> None:
        if name == "numFmt":
            number = attrs.get("numFmtId", "")
            if number.isdigit():
                custom[int(number)] = attrs.get("formatCode", "")
        elif name == "cellXfs":
            state["in_xfs"] = True
        elif name == "xf" and state["in_xfs"]:
            number = attrs.get("numFmtId", "0")
            formats.append(int(number) if number.isdigit() else 0)

    def end(name: str) -> None:
        if name == "cellXfs":
            state["in_xfs"] = False

    parse_part(archive, part, MAX_OTHER_PART_BYTES, start, end)
    return frozenset(
        index
        for index, number in enumerate(formats)
        if number in BUILTIN_DATES or (number in custom and is_date_format(custom[number]))
    )

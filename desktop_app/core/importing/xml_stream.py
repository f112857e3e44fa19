"""Safe, bounded XML parsing of workbook parts: expat fed in blocks, with no DTD (so no entity
expansion), a cap on the decompressed bytes and on any one tag the parser must hold."""

from __future__ import annotations

import pyexpat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from desktop_app.core.errors import ImportFileError
from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.importing.limits import MAX_TAG_BYTES
from desktop_app.core.importing.wording import megabytes

BLOCK = 64 * 1024
NOT_A_WORKBOOK = message_id(
    "This file could not be opened as an Excel workbook (.xlsx); "
    "save it again from Excel as .xlsx or CSV and open that."
)
# A part's sentence when it is too large, given its size in words ("1,024 MB", "over 8 MB").
TooLarge = Callable[[Msg], Msg]


def local(name: str) -> str:
    """The element name without its namespace prefix ("x:row" -> "row")."""
    return name.rpartition(":")[2]


def _no_dtd(*_: object) -> None:
    # Workbooks never carry a DTD; one here can only be an entity bomb.
    raise ImportFileError(Msg(NOT_A_WORKBOOK))


def new_parser() -> Any:
    parser = pyexpat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = BLOCK
    parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _no_dtd
    parser.EntityDeclHandler = _no_dtd
    return parser


def part_blocks(
    archive: zipfile.ZipFile, name: str, limit: int, too_large: TooLarge
) -> Iterator[bytes]:
    """The decompressed bytes of one part in blocks; ImportFileError(too_large(…)) past `limit`.

    The declared size is checked first (zipfile never inflates past it), then the bytes read."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise ImportFileError(Msg(NOT_A_WORKBOOK)) from None
    if info.file_size > limit:
        raise ImportFileError(too_large(megabytes(info.file_size)))
    read = 0
    try:
        with archive.open(info) as stream:
            while block := stream.read(BLOCK):
                read += len(block)
                if read > limit:
                    raise ImportFileError(too_large(Msg("over {size}", size=megabytes(limit))))
                yield block
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        NotImplementedError,
        OSError,
        EOFError,
    ):
        raise ImportFileError(Msg(NOT_A_WORKBOOK)) from None
    except RuntimeError:  # an encrypted member
        raise ImportFileError(Msg(NOT_A_WORKBOOK)) from None


def feed(parser: Any, blocks: Iterator[bytes]) -> Iterator[None]:
    """Parse every block, yielding after each one so that the caller can take what was parsed."""
    fed = 0
    try:
        for block in blocks:
            parser.Parse(block, False)
            fed += len(block)
            if fed - parser.CurrentByteIndex > MAX_TAG_BYTES:
                raise ImportFileError(
                    Msg(
                        "The workbook holds an XML tag over {size} long, which no spreadsheet "
                        "writes; save it again from Excel as .xlsx or CSV and open that.",
                        size=megabytes(MAX_TAG_BYTES),
                    )
                )
            yield
        parser.Parse(b"", True)
    except pyexpat.ExpatError:
        raise ImportFileError(Msg(NOT_A_WORKBOOK)) from None
    yield


def parse_part(
    archive: zipfile.ZipFile,
    name: str,
    limit: int,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None = None,
    text: Callable[[str], None] | None = None,
) -> None:
    """A small part (workbook, relationships, styles, shared strings) through the handlers."""
    parser = new_parser()
    parser.StartElementHandler = lambda name, attrs: start(local(name), attrs)
    if end is not None:
        parser.EndElementHandler = lambda name: end(local(name))
    if text is not None:
        parser.CharacterDataHandler = text

    def too_large(size: Msg) -> Msg:
        return Msg(
            "The workbook's part {part} is {size} uncompressed, over the limit of {limit}; "
            "save it again from Excel as .xlsx or CSV and open that.",
            part=name,
            size=size,
            limit=megabytes(limit),
        )

    for _ in feed(parser, part_blocks(archive, name, limit, too_large)):
        pass

"""The bounds on every imported file, in one place (the README's table lists them).

Each is far above any real export and low enough that a hostile file fails within seconds and a
few hundred MB: they are checked while reading, before the memory is spent.
"""

from __future__ import annotations

MAX_BYTES = 50 * 1024 * 1024  # the file (or pasted text) as a whole
# Excel's own sheet size: no real workbook or order export has more.
MAX_ROWS = 1_048_576  # records of a CSV or rows of a sheet, header and blank lines included
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767  # Excel's longest cell
MAX_LINE_CHARS = 1024 * 1024  # one physical line of a CSV
MAX_ID_DIGITS = 20  # an order item id

# XLSX parts, decompressed. A 1M-row sheet of a few columns is ~200 MB of XML.
MAX_SHEET_BYTES = 256 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
MAX_SHARED_STRINGS = 2_000_000
MAX_OTHER_PART_BYTES = 8 * 1024 * 1024  # workbook, relationships, styles
# Each XML element costs the parser about a microsecond: this bounds a sheet to seconds.
MAX_SHEET_ELEMENTS = 4_000_000  # e.g. 440,000 rows of four cells
# The longest tag the XML parser may hold while waiting for its end (no real tag is near it).
MAX_TAG_BYTES = 1024 * 1024

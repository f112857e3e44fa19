"""Which delimiter a delimited text file uses: , ; tab or |, judged from a sample of its lines."""

from __future__ import annotations

import csv
import io
from collections import Counter

CANDIDATES = ("\t", ";", "|", ",")
# A character that never occurs in text that passed the binary check: "no delimiter at all".
NO_DELIMITER = "\x1f"
NAMES = {
    ",": "comma",
    ";": "semicolon",
    "\t": "tab",
    "|": "pipe",
    NO_DELIMITER: "one-column",
}
SAMPLE_RECORDS = 200


def sniff_delimiter(sample: str, *, prefer_tab: bool = False) -> str:
    """The candidate that splits the sample's records into the most consistent number of fields.

    Consistency wins over count so that a comma inside German decimals ("1,50") or inside an
    id list does not beat the semicolon that separates every line, header included.
    """
    best, best_score = NO_DELIMITER, (0.0, 0)
    for delimiter in CANDIDATES:
        if delimiter not in sample:
            continue
        widths = _field_counts(sample, delimiter)
        if not widths:
            continue
        width, hits = Counter(widths).most_common(1)[0]
        if width < 2 and widths[0] >= 2 and all(w <= widths[0] for w in widths):
            # A header wider than most lines: its last columns are optional and mostly left
            # empty (a SellerCenter reason), yet every line fits it.
            width, hits = widths[0], len(widths)
        if width < 2:
            continue
        score = (hits / len(widths), width)
        if prefer_tab and delimiter == "\t" and score[0] >= 0.5:
            return delimiter
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _field_counts(sample: str, delimiter: str) -> list[int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    widths: list[int] = []
    try:
        for cells in reader:
            # Trailing delimiters and empty cells at the end do not count as columns.
            while cells and not cells[-1].strip():
                cells.pop()
            if cells:
                widths.append(len(cells))
            if len(widths) >= SAMPLE_RECORDS:
                break
    except csv.Error:
        pass
    return widths

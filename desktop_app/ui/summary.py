"""The one-line summary above a preview: file, valid, invalid, duplicates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QObject

from desktop_app.core.models import CountedRows, InputRow, Outcome


class Summary(QObject):
    def text(self, source: str, rows: Sequence[InputRow]) -> str:
        # An import's RowTable counts its outcome codes without building a row each.
        if isinstance(rows, CountedRows):
            counts = rows.outcome_counts()
        else:
            counts = Counter(row.outcome for row in rows)
        valid, invalid = counts[Outcome.VALID], counts[Outcome.INVALID]
        duplicates = counts[Outcome.DUPLICATE]
        parts = [f"<b>{escape(source)}</b>", self.tr("%Ln valid", "", valid)]
        if invalid:
            text = self.tr("%Ln invalid", "", invalid)
            parts.append(f"<span style='color:#c0392b'>⚠ {text}</span>")
        if duplicates:
            text = self.tr("%Ln duplicate(s)", "", duplicates)
            parts.append(f"<span style='color:#b9770e'>{text}</span>")
        return " · ".join(parts)


def summary_text(source: str, rows: Sequence[InputRow]) -> str:
    return Summary().text(source, rows)

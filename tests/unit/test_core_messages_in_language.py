"""The core's own sentences in German and Spanish: disk faults, a damaged journal, the cancel
guard's figures; and a fault's sentence keeps its id on its way into the journal."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.cancel_guard import CancelRate, describe
from desktop_app.core.errors import JournalDamaged, StorageError
from desktop_app.core.i18n import Msg, from_stored, message_of, set_language, stored
from desktop_app.core.journal import Journal
from desktop_app.core.journal_file import WHAT
from desktop_app.core.storage_faults import disk_full


def _journal_error(path: Path) -> StorageError:
    with pytest.raises(StorageError) as raised:
        Journal(path)
    return raised.value


def test_a_journal_whose_folder_is_a_file_says_so_in_german(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    set_language("de")
    error = _journal_error(blocker / "journal.sqlite3")
    text = str(error)
    assert text.startswith(f"Seller Desk konnte das Protokoll in {blocker} nicht verwenden (")
    assert text.endswith("); prüfen Sie den Datenträger und versuchen Sie es dann erneut.")


def test_a_full_disk_reads_in_the_language_of_whoever_reads_it_later(tmp_path: Path) -> None:
    message = message_of(disk_full(tmp_path, Msg(WHAT)))
    assert message == (
        f"The disk that holds {tmp_path} is full, so Seller Desk could not save the journal;"
        " free some space, then try again (a job resumes where it stopped)."
    )
    set_language("es")
    assert from_stored(stored(message)) == (
        f"El disco que contiene {tmp_path} está lleno, así que Seller Desk no pudo guardar el"
        " registro; libera espacio y vuelve a intentarlo (un proceso se reanuda donde se detuvo)."
    )


def test_a_damaged_journal_is_named_in_german(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is no database at all, just words" * 10)
    set_language("de")
    error = _journal_error(path)
    assert isinstance(error, JournalDamaged)
    assert str(error).startswith(
        f"Das Protokoll {path} ist beschädigt (es ist keine Datenbank); Seller Desk hat es nicht"
        " verändert."
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            [
                "Dieses Profil hat in den letzten 7 Tagen 3 Bestellposition(en) storniert;"
                " dieser Vorgang fügt 2 hinzu.",
                "Das sind 5 von 100 Bestellpositionen der letzten 7 Tage (5.0 %; Schwelle 2 %).",
                "WARNUNG: über der Schwelle. Marktplätze können einen Shop, der so viel"
                " storniert, einschränken oder schließen.",
            ],
        ),
        (
            "es",
            [
                "Este perfil canceló 3 ítem(s) en los últimos 7 días; este proceso agrega 2.",
                "Son 5 de 100 ítems de órdenes de los últimos 7 días (5.0 %; umbral 2 %).",
                "ADVERTENCIA: por encima del umbral. Los marketplaces pueden restringir o cerrar"
                " una tienda que cancela tanto.",
            ],
        ),
    ],
)
def test_the_cancel_guard_figures_in_german_and_spanish(language: str, expected: list[str]) -> None:
    set_language(language)
    assert describe(CancelRate(3, 2, 100, 2.0)) == expected

"""Messages as data: a Msg shows the active language, and the journal keeps its id."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core import i18n
from desktop_app.core.i18n import Msg, choose_language, from_stored, set_language, stored
from desktop_app.core.journal import Journal
from desktop_app.core.models import Action, InputRow, Outcome

READ_AS = "Read as {encoding}, {layout}."


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language("en")


def test_a_message_is_its_text_in_the_active_language() -> None:
    english = Msg(READ_AS, encoding="UTF-8", layout=Msg("one column"))
    set_language("de")
    german = Msg(READ_AS, encoding="UTF-8", layout=Msg("one column"))
    set_language("es")
    spanish = Msg(READ_AS, encoding="UTF-8", layout=Msg("one column"))
    assert english == "Read as UTF-8, one column."
    assert german == "Gelesen als UTF-8, eine Spalte."
    assert spanish == "Leído como UTF-8, una columna."
    assert german.id == spanish.id == READ_AS


def test_a_stored_message_is_shown_in_the_language_of_the_reader() -> None:
    text = stored(Msg(READ_AS, encoding="UTF-8", layout=Msg("comma-separated")))
    set_language("de")
    assert from_stored(text) == "Gelesen als UTF-8, durch Kommas getrennt."
    set_language("en")
    assert from_stored(text) == "Read as UTF-8, comma-separated."


def test_older_text_without_an_id_is_shown_as_it_is() -> None:
    assert from_stored("The marketplace refused: has status cancelled") == (
        "The marketplace refused: has status cancelled"
    )
    assert stored("plain") == "plain"
    assert from_stored('{"id": broken') == '{"id": broken'
    assert i18n.messages_from_json('["old sentence"]') == ("old sentence",)


def test_plurals_pick_their_form() -> None:
    one = Msg("{n} blank line skipped.", plural="{n} blank lines skipped.", n=1)
    many = Msg("{n} blank line skipped.", plural="{n} blank lines skipped.", n=4)
    assert (one, many) == ("1 blank line skipped.", "4 blank lines skipped.")
    assert from_stored(stored(many)) == "4 blank lines skipped."


def test_a_message_survives_pickling_with_its_id() -> None:
    message = Msg(READ_AS, encoding="UTF-8", layout=Msg("one column"))
    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.id == READ_AS


def test_a_catalog_with_a_wrong_placeholder_falls_back_to_english() -> None:
    # No catalog has this id; the point is that a missing parameter never raises.
    assert Msg("Line {line} is odd.", line=3) == "Line 3 is odd."


@pytest.mark.parametrize(
    ("explicit", "environment", "expected"),
    [
        ("de", {}, "de"),
        ("es-CL", {}, "es"),
        ("fr", {}, "en"),
        (None, {"LANGUAGE": "de:en"}, "de"),
        (None, {"LANG": "es_CL.UTF-8"}, "es"),
        (None, {"LC_ALL": "C"}, "en"),
        (None, {"LC_ALL": "de_DE.UTF-8", "LANG": "es_ES.UTF-8"}, "de"),
    ],
)
def test_the_language_comes_from_the_flag_then_the_environment(
    explicit: str | None,
    environment: dict[str, str],
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert choose_language(explicit) == expected


def test_a_job_journaled_in_english_reads_in_german(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    note = Msg(READ_AS, encoding="UTF-8", layout=Msg("one column"))
    row = InputRow(line=2, order_items=(7,), outcome=Outcome.INVALID, errors=(note,))
    job_id = journal.create_job(Action.CANCEL, "p", "aboutyou", "f.csv", [row])
    journal.add_event(job_id, "note", note)
    set_language("de")
    (read,) = journal.rows(job_id)
    assert read.errors == ("Gelesen als UTF-8, eine Spalte.",)
    assert journal.events(job_id)[-1][2] == "Gelesen als UTF-8, eine Spalte."
    journal.close()


def test_a_secret_in_a_message_is_masked_and_it_stays_a_message() -> None:
    from desktop_app.core.errors import MarketplaceError
    from desktop_app.core.i18n import message_of
    from desktop_app.core.redaction import register_secret

    register_secret("sk-live-4242-secret")
    error = MarketplaceError(
        Msg("The marketplace said: {reason}", reason="bad key sk-live-4242-secret")
    )
    message = message_of(error)
    assert isinstance(message, Msg) and "sk-live-4242-secret" not in message
    assert "sk-live-4242-secret" not in str(error) and "sk-live-4242-secret" not in stored(message)


def test_a_file_problem_passes_its_message_on_with_its_id() -> None:
    import errno

    from desktop_app.core.errors import FileLocked
    from desktop_app.core.i18n import message_of

    error = FileLocked(
        errno.EBUSY, Msg("{name} is open in another program; try later.", name="a.csv")
    )
    message = message_of(error)
    assert (
        isinstance(message, Msg)
        and message == str(error) == "a.csv is open in another program; try later."
    )

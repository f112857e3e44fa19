"""The CLI's own words in the active language: the confirmation, argparse's words, outcome words."""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator

import pytest

from desktop_app.cli.argparse_words import use_our_catalog
from desktop_app.cli.parser import build_parser
from desktop_app.cli.terminal import confirm
from desktop_app.cli.words import counts_text, word
from desktop_app.core.i18n import set_language


@pytest.fixture
def argparse_words(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(argparse, "_", argparse._)  # put back after the test
    use_our_catalog()
    yield


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> io.StringIO:
    monkeypatch.setattr("sys.stdin", io.StringIO(text + "\n"))
    prompt = io.StringIO()
    monkeypatch.setattr("sys.stderr", prompt)
    return prompt


@pytest.mark.parametrize(
    ("language", "answer", "going_on"),
    [
        ("de", "ja", True),
        ("de", "yes", True),
        ("de", "nein", False),
        ("es", "sí", True),
        ("es", "si", True),
        ("es", "no", False),
        ("en", "ja", False),
    ],
)
def test_the_confirmation_takes_yes_in_the_active_language_and_in_english(
    monkeypatch: pytest.MonkeyPatch, language: str, answer: str, going_on: bool
) -> None:
    set_language(language)
    _answer(monkeypatch, answer)
    assert confirm("Go?") is going_on


def test_the_confirmation_asks_in_the_active_language(monkeypatch: pytest.MonkeyPatch) -> None:
    prompt = _answer(monkeypatch, "")
    confirm("Go?")
    assert prompt.getvalue() == "Go? Type 'yes' to go on: "
    set_language("de")
    prompt = _answer(monkeypatch, "")
    confirm("Los?")
    assert prompt.getvalue() == "Los? Zum Fortfahren „ja“ eingeben: "


def test_argparse_says_its_own_words_in_german(
    argparse_words: None, capsys: pytest.CaptureFixture[str]
) -> None:
    set_language("de")
    parser = build_parser()
    help_text = parser.format_help()
    assert help_text.startswith("Aufruf: seller-desk")
    assert "\nPositionsargumente:\n" in help_text and "\nOptionen:\n" in help_text
    assert "diese Hilfe anzeigen und beenden" in help_text
    with pytest.raises(SystemExit):
        parser.parse_args(["cancel", "--profile", "shop"])
    error = capsys.readouterr().err
    assert error.endswith("seller-desk cancel: Fehler: diese Argumente fehlen: file\n")
    with pytest.raises(SystemExit):
        parser.parse_args(["watch", "d", "--profile", "p", "--action", "refund"])
    assert "ungültige Auswahl: 'refund' (möglich: 'cancel', 'ship')" in capsys.readouterr().err


def test_argparse_stays_english_in_english(
    argparse_words: None, capsys: pytest.CaptureFixture[str]
) -> None:
    parser = build_parser()
    assert parser.format_help().startswith("usage: seller-desk")
    with pytest.raises(SystemExit):
        parser.parse_args(["jobs", "--bogus"])
    assert capsys.readouterr().err.endswith("seller-desk: error: unrecognized arguments: --bogus\n")


def test_outcome_words_and_counts_agree_with_their_number() -> None:
    counts = {"valid": 2, "invalid": 1, "duplicate": 1}
    assert counts_text(counts) == "1 duplicate, 1 invalid, 2 valid"
    set_language("es")
    assert counts_text(counts) == "1 duplicada, 1 inválida, 2 válidas"
    assert word("finished") == "terminado" and word("dry-run") == "simulación"
    set_language("de")
    assert counts_text(counts) == "1 doppelt, 1 ungültig, 2 gültig"
    assert word("no-such-state") == "no-such-state"

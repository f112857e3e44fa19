"""Issue 17: the window's catalogs are complete, their placeholders match the English, and the
.qm files the app loads say what the .ts files say."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tests.ui.language_check import LANGUAGES, TRANSLATIONS, catalog

ROOT = TRANSLATIONS.parents[1]


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"%L?n|%L?\d", text))


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&|amp;|lt;|gt;)\w", text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_has_a_finished_translation(language: str) -> None:
    missing = [
        f"{context}: {source!r}"
        for context, source, _, finished in catalog(language)
        if not finished
    ]
    assert missing == []


def test_english_has_both_plural_forms_of_every_counted_text() -> None:
    missing = [f"{context}: {source!r}" for context, source, _, done in catalog("en") if not done]
    assert missing == []


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_placeholders_and_shortcut_keys_match_the_english(language: str) -> None:
    wrong = []
    for context, source, texts, _ in catalog(language):
        for text in texts:
            if _placeholders(text) != _placeholders(source):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if _mnemonics(text) != _mnemonics(source):
                wrong.append(f"{context}: {source!r} -> {text!r} (shortcut key)")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalog_says_what_the_source_catalog_says(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"seller_desk_{language}.qm"))
    stale = []
    for context, source, texts, _ in catalog(language):
        if len(texts) == 1 and translator.translate(context, source) != texts[0]:
            stale.append(f"{context}: {source!r}")
    assert stale == [], "run resources/translations/update.py"


def test_every_text_of_the_window_is_in_the_catalog(tmp_path: Path) -> None:
    """lupdate over the window's code finds no text the German catalog lacks."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(fresh).getroot().iter("context")
        for message in context.iter("message")
    }
    known = {(context, source) for context, source, _, _ in catalog("de")}
    assert sorted(found - known) == [], "run resources/translations/update.py"

"""The core's catalogs: every message id translated in every language, placeholders kept."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    path = ROOT / "resources" / "translations" / "core_messages.py"
    spec = importlib.util.spec_from_file_location("core_messages", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["core_messages"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
AREAS, NOT_LITERAL = TOOL.extract()
IDS = {msgid: entry for entries in AREAS.values() for msgid, entry in entries.items()}


def test_every_message_id_is_a_literal_the_check_can_see() -> None:
    assert [f"{p.path}:{p.line}" for p in NOT_LITERAL] == []


@pytest.mark.parametrize("language", TOOL.TRANSLATED)
def test_every_message_has_a_translation(language: str) -> None:
    catalog = TOOL.catalog(language)
    missing = [msgid for msgid in IDS if msgid not in catalog or not catalog[msgid].complete]
    assert missing == [], f"{len(missing)} messages untranslated in {language}"


@pytest.mark.parametrize("language", TOOL.TRANSLATED)
def test_translations_keep_the_placeholders(language: str) -> None:
    catalog = TOOL.catalog(language)
    wrong = []
    for msgid, entry in IDS.items():
        found = catalog.get(msgid)
        if found is None:
            continue
        sources = [msgid] if entry.plural is None else [msgid, entry.plural]
        expected = set().union(*(TOOL.placeholders(s) for s in sources))
        for form in found.translations:
            # A singular may name its count in words ("eine Zeile"), so only {n} may be left out.
            used = TOOL.placeholders(form)
            if not used <= expected or not expected - {"n"} <= used:
                wrong.append((msgid, form))
    assert wrong == []


@pytest.mark.parametrize("language", TOOL.TRANSLATED)
def test_the_shipped_catalog_is_built_from_the_po_files(language: str) -> None:
    built = TOOL.mo_bytes(language, TOOL.catalog(language).values())
    assert TOOL.mo_path(language).read_bytes() == built, (
        "run resources/translations/core_messages.py"
    )

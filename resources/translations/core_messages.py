"""The core's and the CLI's messages: find every message id, refresh the .po files, build the .mo.

    .venv/bin/python resources/translations/core_messages.py

A message id is the first argument of `Msg(...)` (with its `plural=`) or of `message_id(...)`,
written as a string literal. Each id lives in the .po file of the area that first uses it
(importing, marketplaces, cli, core), so people translating different areas never edit the same
file. Known translations are kept wherever they were; ids no source uses any more are dropped.
The .mo files (one per language, in desktop_app/core/locale) are what the app loads.
"""

from __future__ import annotations

import ast
import re
import struct
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PO_DIR = HERE / "messages"
MO_DIR = ROOT / "desktop_app" / "core" / "locale"
DOMAIN = "seller_desk"
TRANSLATED = ("de", "es")
HEADER = {
    "de": "Language: de\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
    "es": "Language: es\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
    "Content-Transfer-Encoding: 8bit\nPlural-Forms: nplurals=2; plural=(n != 1);\n",
}
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)[^{}]*\}(?!\})")


@dataclass
class Entry:
    msgid: str
    plural: str | None = None
    translations: list[str] = field(default_factory=list)  # one, or one per plural form
    where: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        forms = 2 if self.plural is not None else 1
        return len(self.translations) >= forms and all(self.translations[:forms])


def area_of(path: Path) -> str:
    parts = path.relative_to(ROOT / "desktop_app").parts
    if parts[0] in ("cli", "self_test.py"):
        return "cli"
    if parts[:2] == ("core", "importing"):
        return "importing"
    if parts[:2] == ("core", "marketplaces"):
        return "marketplaces"
    return "core"


def sources() -> list[Path]:
    folders = (ROOT / "desktop_app" / "core", ROOT / "desktop_app" / "cli")
    found = [p for folder in folders for p in folder.rglob("*.py")]
    return sorted([*found, ROOT / "desktop_app" / "self_test.py"])


@dataclass(frozen=True)
class Found:
    msgid: str
    plural: str | None
    path: Path
    line: int


@dataclass(frozen=True)
class NotLiteral:
    path: Path
    line: int


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def scan(path: Path) -> Iterator[Found | NotLiteral]:
    """Every Msg(...) / message_id(...) call of one file; a non-literal id is reported too."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in ("Msg", "message_id") or not node.args:
            continue
        msgid = _literal(node.args[0])
        plural_node = next((k.value for k in node.keywords if k.arg == "plural"), None)
        plural = _literal(plural_node)
        if msgid is None or (plural_node is not None and plural is None):
            if name == "Msg" and isinstance(node.args[0], ast.Name | ast.Attribute | ast.Subscript):
                continue  # an id held in a constant: its message_id(...) is found where it is set
            yield NotLiteral(path, node.lineno)
            continue
        yield Found(msgid, plural, path, node.lineno)


def extract() -> tuple[dict[str, dict[str, Entry]], list[NotLiteral]]:
    """Per area, the ids its sources use, in first-use order; and any non-literal ids."""
    areas: dict[str, dict[str, Entry]] = {}
    seen: dict[str, Entry] = {}
    problems: list[NotLiteral] = []
    for path in sources():
        for found in scan(path):
            if isinstance(found, NotLiteral):
                problems.append(found)
                continue
            where = f"{path.relative_to(ROOT).as_posix()}:{found.line}"
            entry = seen.get(found.msgid)
            if entry is None:
                entry = Entry(found.msgid, found.plural)
                seen[found.msgid] = entry
                areas.setdefault(area_of(path), {})[found.msgid] = entry
            entry.where.append(where)
    return areas, problems


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


# --- .po files -----------------------------------------------------------------------------


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
    lines = escaped.split("\n")
    if len(lines) == 1:
        return f'"{escaped}"'
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{part}"' for part in parts)


def _unquote(text: str) -> str:
    body = text.strip()[1:-1]
    out: list[str] = []
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\" and index + 1 < len(body):
            nxt = body[index + 1]
            out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, nxt))
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def read_po(path: Path) -> list[Entry]:
    """The entries of one .po file (the header entry left out)."""
    entries: list[Entry] = []
    fields: dict[str, str] = {}
    last: str | None = None

    def flush() -> None:
        if fields.get("msgid"):
            forms = sorted(k for k in fields if k.startswith("msgstr"))
            entries.append(
                Entry(fields["msgid"], fields.get("msgid_plural"), [fields[k] for k in forms])
            )
        fields.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            if not line and fields:
                flush()
                last = None
            continue
        if line.startswith('"'):
            if last is not None:
                fields[last] += _unquote(line)
            continue
        key, _, value = line.partition(" ")
        if key == "msgid" and "msgid" in fields:
            flush()
        fields[key] = _unquote(value)
        last = key
    flush()
    return entries


def write_po(path: Path, language: str, entries: Iterable[Entry]) -> None:
    out = ['msgid ""', "msgstr " + _quote(HEADER[language]), ""]
    for entry in entries:
        out += [f"#: {where}" for where in entry.where]
        out.append("msgid " + _quote(entry.msgid))
        if entry.plural is None:
            out.append("msgstr " + _quote(entry.translations[0] if entry.translations else ""))
        else:
            out.append("msgid_plural " + _quote(entry.plural))
            forms = [*entry.translations, "", ""][:2]
            out += [f"msgstr[{n}] " + _quote(form) for n, form in enumerate(forms)]
        out.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")


def catalog(language: str) -> dict[str, Entry]:
    """Every entry of a language's .po files, by id."""
    found: dict[str, Entry] = {}
    for po in sorted((PO_DIR / language).glob("*.po")):
        for entry in read_po(po):
            found.setdefault(entry.msgid, entry)
    return found


# --- .mo files -----------------------------------------------------------------------------


def mo_bytes(language: str, entries: Iterable[Entry]) -> bytes:
    """A GNU .mo of the complete entries (gettext reads no other kind)."""
    pairs = {"": HEADER[language]}
    for entry in entries:
        if not entry.complete:
            continue
        if entry.plural is None:
            pairs[entry.msgid] = entry.translations[0]
        else:
            pairs[f"{entry.msgid}\0{entry.plural}"] = "\0".join(entry.translations[:2])
    keys = sorted(pairs)
    ids = [k.encode("utf-8") for k in keys]
    strs = [pairs[k].encode("utf-8") for k in keys]
    count = len(keys)
    start = 7 * 4 + 16 * count  # header, then both tables of (length, offset)
    id_table, str_table, blob = [], [], b""
    for data in ids:
        id_table.append((len(data), start + len(blob)))
        blob += data + b"\0"
    for data in strs:
        str_table.append((len(data), start + len(blob)))
        blob += data + b"\0"
    head = struct.pack("<7I", 0x950412DE, 0, count, 28, 28 + 8 * count, 0, 0)
    tables = b"".join(struct.pack("<2I", *pair) for pair in id_table + str_table)
    return head + tables + blob


def mo_path(language: str) -> Path:
    return MO_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def main() -> int:
    areas, problems = extract()
    for problem in problems:
        print(f"{problem.path}:{problem.line}: a message id must be a string literal")
    for language in TRANSLATED:
        known = catalog(language)
        for stale in (PO_DIR / language).glob("*.po"):
            if stale.stem not in areas:
                stale.unlink()
        for area, entries in areas.items():
            for entry in entries.values():
                old = known.get(entry.msgid)
                entry.translations = (
                    list(old.translations) if old and old.plural == entry.plural else []
                )
            write_po(PO_DIR / language / f"{area}.po", language, entries.values())
        target = mo_path(language)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(mo_bytes(language, catalog(language).values()))
        missing = [e.msgid for e in catalog(language).values() if not e.complete]
        print(f"{language}: {len(catalog(language))} messages, {len(missing)} untranslated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

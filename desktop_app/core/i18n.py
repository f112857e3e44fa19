"""Messages for people as data: an English message id plus parameters, shown in the active language.

A `Msg` is a `str` (its text in the language active when it was made), so every layer that
shows, joins or compares text keeps working; it also keeps its id and parameters, so the
journal stores those (`stored` / `from_stored`) and a job read later in another language is
shown in that language. Catalogs are gettext `.mo` files shipped in `core/locale`, compiled from
`resources/translations/messages/<lang>/*.po` by `resources/translations/core_messages.py`.
"""

from __future__ import annotations

import gettext
import json
import locale
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, overload

__all__ = [
    "LANGUAGES",
    "Msg",
    "active_language",
    "choose_language",
    "english",
    "from_stored",
    "message_id",
    "message_of",
    "messages_from_json",
    "messages_json",
    "set_language",
    "stored",
]

DOMAIN: Final = "seller_desk"
LOCALE_DIR: Final = Path(__file__).resolve().parent / "locale"
# English is the message ids themselves; the others have catalogs.
LANGUAGES: Final = ("en", "de", "es")

_translation: gettext.NullTranslations = gettext.NullTranslations()
_new_str = str.__new__
_language = "en"


def message_id(text: str) -> str:
    """Marks a message id kept in a constant, so the catalog check finds it; returns it as is."""
    return text


class Msg(str):
    """A sentence for people: its text now, and its id and parameters for any other language.

    `Msg("Read as {encoding}.", encoding="UTF-8")`; a plural picks its form by `n`:
    `Msg("{n} blank line skipped.", plural="{n} blank lines skipped.", n=2)`. A parameter may be
    a Msg itself; it is shown in the same language as the sentence around it."""

    id: str
    plural: str | None = None  # set on the instance only when there is one: a Msg is made per row
    params: Mapping[str, str | int | float | Msg]

    def __new__(
        cls, message_id: str, /, *, plural: str | None = None, **params: str | int | float | Msg
    ) -> Msg:
        if plural is None:
            template = _translation.gettext(message_id)
        else:
            template = _translation.ngettext(message_id, plural, int(params["n"]))
        try:
            text = template.format_map(params) if params else template
        except (KeyError, IndexError, ValueError):
            # A catalog whose placeholders drifted must not lose the sentence: show the English.
            english = message_id if plural is None or params.get("n") == 1 else plural
            text = english.format_map(params)
        made = _new_str(cls, text)
        made.id = message_id
        made.params = params
        if plural is not None:
            made.plural = plural
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.to_data(),))

    def to_data(self) -> dict[str, Any]:
        """The id and parameters as JSON-ready data; nested messages nest."""
        data: dict[str, Any] = {
            "id": self.id,
            "params": {k: _param_data(v) for k, v in self.params.items()},
        }
        if self.plural is not None:
            data["plural"] = self.plural
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Msg:
        params = {k: _param_value(v) for k, v in dict(data.get("params") or {}).items()}
        return cls(str(data["id"]), plural=data.get("plural"), **params)


def english(text: str) -> str:
    """A message as English shows it, whatever the active language; other text as it is."""
    if not isinstance(text, Msg):
        return text
    template = text.id if text.plural is None or text.params.get("n") == 1 else text.plural
    params = {k: english(v) if isinstance(v, str) else v for k, v in text.params.items()}
    try:
        return template.format_map(params)
    except (KeyError, IndexError, ValueError):
        return str(text)


def message_of(error: BaseException) -> str:
    """An exception's sentence, as the Msg it was raised with when it was (so it journals by id)."""
    first = error.args[0] if len(error.args) == 1 else None
    if isinstance(error, OSError) and isinstance(error.strerror, Msg):
        first = error.strerror  # FileProblem: (errno, sentence), like every OSError
    return first if isinstance(first, Msg) else str(error)


def _param_data(value: str | int | float | Msg) -> Any:
    return value.to_data() if isinstance(value, Msg) else value


def _param_value(value: Any) -> str | int | float | Msg:
    if isinstance(value, dict) and "id" in value:
        return Msg.from_data(value)
    if isinstance(value, int | float | str):
        return value
    return str(value)


def _rebuild(data: Mapping[str, Any]) -> Msg:
    return Msg.from_data(data)


# A stored text that starts so is a message's data; a sentence never starts this way.
_STORED_PREFIX: Final = '{"id":'


@overload
def stored(text: str) -> str: ...
@overload
def stored(text: None) -> None: ...
def stored(text: str | None) -> str | None:
    """How the journal keeps a text: a Msg as its JSON data, any other text as it is."""
    if isinstance(text, Msg):
        return json.dumps(text.to_data(), ensure_ascii=False, separators=(",", ":"))
    return text


@overload
def from_stored(text: str) -> str: ...
@overload
def from_stored(text: None) -> None: ...
def from_stored(text: str | None) -> str | None:
    """The journal's text back: a stored Msg shown in the active language; older text as it is."""
    if text is None or not text.startswith(_STORED_PREFIX):
        return text
    try:
        return Msg.from_data(json.loads(text))
    except (ValueError, KeyError, TypeError):
        return text


def messages_json(messages: Sequence[str]) -> str:
    """A row's messages as the journal keeps them: a JSON list, each Msg as its data."""
    if not messages:
        return "[]"
    return json.dumps(
        [m.to_data() if isinstance(m, Msg) else m for m in messages], ensure_ascii=False
    )


def messages_from_json(text: str) -> tuple[str, ...]:
    if text == "[]":
        return ()
    return tuple(_message_from_item(item) for item in json.loads(text))


def _message_from_item(item: Any) -> str:
    if isinstance(item, dict):
        try:
            return Msg.from_data(item)
        except (KeyError, TypeError, ValueError):
            return json.dumps(item, ensure_ascii=False)
    return str(item)


def choose_language(explicit: str | None = None) -> str:
    """The language to show: --lang, else LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else the OS locale."""
    candidates: list[str | None] = [explicit] if explicit else []
    if not explicit:
        candidates += [
            os.environ.get(name) for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
        ]
        candidates.append(_os_locale())
    for candidate in candidates:
        if not candidate:
            continue
        # "de_DE.UTF-8", "es-CL", "de:en" (LANGUAGE lists several): the first part decides.
        code = candidate.split(":")[0].split(".")[0].replace("-", "_").split("_")[0].lower()
        if code in ("c", "posix"):
            return "en"
        return code if code in LANGUAGES else "en"
    return "en"


def _os_locale() -> str | None:
    if sys.platform == "win32":
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return locale.windows_locale.get(lcid)
    return locale.getlocale(locale.LC_MESSAGES)[0]


def set_language(code: str | None = None) -> str:
    """Show messages made from now on in this language (see choose_language); returns it."""
    global _translation, _language
    language = choose_language(code)
    if language == "en":
        _translation = gettext.NullTranslations()
    else:
        _translation = gettext.translation(
            DOMAIN, localedir=LOCALE_DIR, languages=[language], fallback=True
        )
    _language = language
    return language


def active_language() -> str:
    return _language

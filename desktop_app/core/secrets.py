"""API keys live in the OS keyring only (service `seller-desk`, user = profile name)."""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail

from desktop_app.core.errors import SecretStoreUnavailable
from desktop_app.core.i18n import Msg, message_id
from desktop_app.core.redaction import register_secret

SERVICE = "seller-desk"
NO_KEYRING = message_id(
    "No usable keyring was found to store the API key safely. On Windows and macOS the system"
    " keychain is used; on Linux install and unlock a Secret Service (GNOME Keyring or KWallet),"
    " or choose a backend with PYTHON_KEYRING_BACKEND. Seller Desk never stores keys in plain text."
)


def _unavailable(error: Exception) -> SecretStoreUnavailable:
    """NO_KEYRING, naming the keyring's error by its type."""
    kind = type(error).__name__
    return SecretStoreUnavailable(Msg("{reason} ({error})", reason=Msg(NO_KEYRING), error=kind))


def _backend() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()  # honours PYTHON_KEYRING_BACKEND
    if isinstance(backend, fail.Keyring):
        raise SecretStoreUnavailable(Msg(NO_KEYRING))
    return backend


def store_secret(profile: str, secret: str) -> None:
    register_secret(secret)
    try:
        _backend().set_password(SERVICE, profile, secret)
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from None


def load_secret(profile: str) -> str | None:
    try:
        secret = _backend().get_password(SERVICE, profile)
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from None
    if secret:
        register_secret(secret)
    return secret


def delete_secret(profile: str) -> None:
    try:
        _backend().delete_password(SERVICE, profile)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored: already gone
    except keyring.errors.KeyringError as error:
        raise _unavailable(error) from None

"""Server passwords remembered in the OS keyring (the `keyring` package), when the user asks.

Only ever keyed by the address without a password (`ServerLocation.keyring_account`); a
keyring that is missing or fails is the same as nothing remembered: the password is asked.
libpq's own passfile (~/.pgpass, PGPASSFILE) and service file are read by the driver itself
and need nothing here.
"""

from __future__ import annotations

import contextlib
import logging

from mentordesk.db.location import ServerLocation

KEYRING_SERVICE = "MentorDesk server"

log = logging.getLogger(__name__)


def keyring_available() -> bool:
    """True when the OS offers a keyring to remember passwords in."""
    try:
        import keyring

        return bool(keyring.get_keyring().priority > 0)
    except Exception:  # no backend, a broken backend: treated as none
        return False


def remembered_password(location: ServerLocation) -> str | None:
    """The password remembered for this server and user, or None."""
    if not keyring_available():
        return None
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, location.keyring_account())
    except Exception as error:
        log.warning("The keyring could not be read (%s)", type(error).__name__)
        return None
    return value or None


def remember_password(location: ServerLocation, password: str | None) -> bool:
    """Store (or, with None, forget) the password for this server and user; False when the
    keyring cannot."""
    if not keyring_available():
        return False
    try:
        import keyring

        if password is None:
            with contextlib.suppress(keyring.errors.PasswordDeleteError):
                keyring.delete_password(KEYRING_SERVICE, location.keyring_account())
        else:
            keyring.set_password(KEYRING_SERVICE, location.keyring_account(), password)
    except Exception as error:
        log.warning("The keyring could not be written (%s)", type(error).__name__)
        return False
    return True


__all__ = ["KEYRING_SERVICE", "keyring_available", "remember_password", "remembered_password"]

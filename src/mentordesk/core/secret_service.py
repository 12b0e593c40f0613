"""The desktop keyring on Linux (the freedesktop Secret Service) for the `keyring` package,
spoken over D-Bus with jeepney, without SecretStorage and its `cryptography` (11 MB in the
bundle).

`keyring` finds this backend through the `keyring.backends` entry point (pyproject.toml) and
prefers it to its own SecretService backend wherever a Secret Service answers on the session
bus (GNOME Keyring, KWallet, KeePassXC). Items carry the same attributes as `keyring`'s own
backend writes (service, username, application), so what was remembered before is found.

Secrets travel with the Secret Service's `plain` algorithm, not SecretStorage's Diffie-Hellman
session (a 1024-bit group with AES-128). The session bus is a socket only the user's own
processes can open; a program running as the user that could read the bus could as well ask
the Secret Service for the item itself (an unlocked collection answers every client of the
user). What the encrypted transfer adds is that a bus monitor the user runs (`dbus-monitor`)
does not print the secret; that is the one difference.
"""

from __future__ import annotations

import sys
from contextlib import closing
from typing import Any

from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import unwrap_msg
from keyring import backend
from keyring.compat import properties
from keyring.errors import KeyringLocked, PasswordDeleteError

BUS_NAME = "org.freedesktop.secrets"
_SECRET = "org.freedesktop.Secret."
_SERVICE = DBusAddress("/org/freedesktop/secrets", BUS_NAME, _SECRET + "Service")
#: Seconds to wait for the desktop's answer to a prompt (unlock the keyring, confirm).
PROMPT_TIMEOUT = 120.0
_NO_PROMPT = "/"


def _call(
    connection: DBusConnection,
    path: str,
    interface: str,
    method: str,
    signature: str | None = None,
    body: tuple[Any, ...] = (),
) -> tuple[Any, ...]:
    """One method call; a D-Bus error is raised as jeepney's DBusErrorResponse."""
    address = DBusAddress(path, BUS_NAME, _SECRET + interface)
    reply = connection.send_and_get_reply(new_method_call(address, method, signature, body))
    return tuple(unwrap_msg(reply))


def _prompt(connection: DBusConnection, prompt: str) -> Any:
    """Let the desktop ask the user (unlock, confirm); the prompt's result, or KeyringLocked
    when the user dismissed it."""
    if prompt == _NO_PROMPT:
        return None
    rule = MatchRule(type="signal", interface=_SECRET + "Prompt", member="Completed", path=prompt)
    unwrap_msg(connection.send_and_get_reply(message_bus.AddMatch(rule)))
    with connection.filter(rule) as queue:
        _call(connection, prompt, "Prompt", "Prompt", "s", ("",))
        dismissed, (_signature, result) = connection.recv_until_filtered(
            queue, timeout=PROMPT_TIMEOUT
        ).body
    if dismissed:
        raise KeyringLocked("The keyring prompt was dismissed.")
    return result


class _Session:
    """A connection to the Secret Service with a `plain` session and the default collection,
    unlocked."""

    def __init__(self) -> None:
        self.connection = open_dbus_connection(bus="SESSION")
        try:
            _output, self.path = _call(
                self.connection,
                _SERVICE.object_path,
                "Service",
                "OpenSession",
                "sv",
                ("plain", ("s", "")),
            )
            self.collection = self._default_collection()
            _unlocked, prompt = _call(
                self.connection,
                _SERVICE.object_path,
                "Service",
                "Unlock",
                "ao",
                ([self.collection],),
            )
            _prompt(self.connection, prompt)
        except BaseException:
            self.connection.close()
            raise

    def _default_collection(self) -> str:
        (path,) = _call(
            self.connection, _SERVICE.object_path, "Service", "ReadAlias", "s", ("default",)
        )
        if path != _NO_PROMPT:
            return str(path)
        # No default keyring yet (a fresh account): the desktop creates one, asking for its
        # password.
        label = {_SECRET + "Collection.Label": ("s", "Default keyring")}
        path, prompt = _call(
            self.connection,
            _SERVICE.object_path,
            "Service",
            "CreateCollection",
            "a{sv}s",
            (label, "default"),
        )
        if path == _NO_PROMPT:
            path = _prompt(self.connection, prompt)
        return str(path)

    def search(self, attributes: dict[str, str]) -> list[str]:
        (items,) = _call(
            self.connection, self.collection, "Collection", "SearchItems", "a{ss}", (attributes,)
        )
        return list(items)

    def secret(self, item: str) -> bytes:
        ((_session, _parameters, value, _content_type),) = _call(
            self.connection, item, "Item", "GetSecret", "o", (self.path,)
        )
        return bytes(value)

    def store(self, label: str, attributes: dict[str, str], secret: bytes) -> None:
        properties = {
            _SECRET + "Item.Label": ("s", label),
            _SECRET + "Item.Attributes": ("a{ss}", attributes),
        }
        value = (self.path, b"", secret, "text/plain; charset=utf8")
        item, prompt = _call(
            self.connection,
            self.collection,
            "Collection",
            "CreateItem",
            "a{sv}(oayays)b",
            (properties, value, True),
        )
        if item == _NO_PROMPT:
            _prompt(self.connection, prompt)

    def delete(self, item: str) -> None:
        (prompt,) = _call(self.connection, item, "Item", "Delete")
        _prompt(self.connection, prompt)

    def close(self) -> None:
        try:
            _call(self.connection, self.path, "Session", "Close")
        finally:
            self.connection.close()


def service_available() -> bool:
    """True when a Secret Service runs on the session bus or D-Bus can start one."""
    try:
        with open_dbus_connection(bus="SESSION") as connection:
            (running,) = unwrap_msg(
                connection.send_and_get_reply(message_bus.NameHasOwner(BUS_NAME))
            )
            if running:
                return True
            (activatable,) = unwrap_msg(
                connection.send_and_get_reply(message_bus.ListActivatableNames())
            )
            return BUS_NAME in activatable
    except Exception:  # no session bus (a server, a bare container): no keyring
        return False


class SecretServiceKeyring(backend.SchemeSelectable, backend.KeyringBackend):
    """The Secret Service (GNOME Keyring, KWallet, KeePassXC) over D-Bus, `plain` transfer."""

    #: The attribute keyring's own SecretService backend writes (items stay interchangeable).
    appid = "Python keyring library"

    @properties.classproperty
    def priority(cls) -> float:
        if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            raise RuntimeError("The Secret Service is a Linux/BSD desktop service")
        if not service_available():
            raise RuntimeError("No Secret Service on the session bus")
        return 5.5  # above keyring's SecretService backend (5): one path with or without it

    def get_password(self, service: str, username: str) -> str | None:
        with closing(_Session()) as session:
            for item in session.search(self._query(service, username)):
                return session.secret(item).decode("utf-8")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        attributes = self._query(service, username, application=self.appid)
        label = f"Password for '{username}' on '{service}'"
        with closing(_Session()) as session:
            session.store(label, attributes, password.encode("utf-8"))

    def delete_password(self, service: str, username: str) -> None:
        with closing(_Session()) as session:
            for item in session.search(self._query(service, username)):
                session.delete(item)
                return
        raise PasswordDeleteError(service, username)  # which item (callers never show it)

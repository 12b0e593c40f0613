"""The Linux keyring without SecretStorage/cryptography: the Secret Service over jeepney, on a
private session bus (dbus-daemon) with a real GNOME Keyring when one is installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection
from keyring.errors import KeyringLocked, PasswordDeleteError

from mentordesk.core import secret_service
from mentordesk.core.secret_service import SecretServiceKeyring, service_available

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux desktop service"),
    pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon"),
]
needs_gnome_keyring = pytest.mark.skipif(
    shutil.which("gnome-keyring-daemon") is None,
    reason="needs gnome-keyring-daemon (packaging/debian-deps.sh bundle installs it)",
)
SERVICE = "MentorDesk test"
_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def _wait(condition: object, what: str) -> None:
    deadline = time.monotonic() + 20
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


_CHOSEN = """
import keyring
from keyring.backends.chainer import ChainerBackend
from mentordesk.db.credentials import keyring_available
chosen = keyring.get_keyring()
first = chosen.backends[0] if isinstance(chosen, ChainerBackend) else chosen
print(type(first).__module__, keyring_available())
"""


def _first_backend() -> str:
    """The module of the backend keyring asks first in a fresh process (with several viable
    ones, keyring's chainer tries each by priority: ours, then SecretStorage's where that is
    installed), and whether MentorDesk offers "Remember…"."""
    done = subprocess.run(
        [sys.executable, "-c", _CHOSEN], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


@pytest.fixture
def session_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private D-Bus session bus, the only one this test's keyring sees (no activatable
    services: a Secret Service runs only when a test starts one)."""
    config = tmp_path / "bus.conf"
    config.write_text(_BUS_CONFIG.format(folder=tmp_path), encoding="utf-8")
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)


@pytest.fixture
def gnome_keyring(session_bus: str) -> Iterator[None]:
    """GNOME Keyring's Secret Service on the private bus, its login keyring unlocked."""
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(os.environ),
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"login password")
    daemon.stdin.close()
    try:
        _wait(service_available, "GNOME Keyring on the bus")
        yield
    finally:
        daemon.terminate()
        daemon.wait(10)


@needs_gnome_keyring
def test_keyring_remembers_reads_and_forgets_through_the_desktop_keyring(
    gnome_keyring: None,
) -> None:
    # keyring finds this backend by its entry point and asks it first.
    assert _first_backend() == "mentordesk.core.secret_service True"
    ours = SecretServiceKeyring()
    path = "/home/ana/Programa de mentoría.sqlite"
    assert ours.get_password(SERVICE, path) is None
    ours.set_password(SERVICE, path, "contraseña ñ 名字 🔑")
    assert ours.get_password(SERVICE, path) == "contraseña ñ 名字 🔑"
    ours.set_password(SERVICE, path, "replaced")  # one item per file, replaced
    assert ours.get_password(SERVICE, path) == "replaced"
    assert ours.get_password(SERVICE, "/another/file.sqlite") is None
    ours.delete_password(SERVICE, path)
    assert ours.get_password(SERVICE, path) is None
    with pytest.raises(PasswordDeleteError):
        ours.delete_password(SERVICE, path)


@needs_gnome_keyring
def test_items_stay_interchangeable_with_keyring_own_secretstorage_backend(
    gnome_keyring: None,
) -> None:
    """A passphrase remembered by an older MentorDesk (keyring's SecretStorage backend) is
    still found, and the other way round."""
    secretstorage_backend = pytest.importorskip("keyring.backends.SecretService").Keyring()
    pytest.importorskip("secretstorage")
    ours = SecretServiceKeyring()
    secretstorage_backend.set_password(SERVICE, "old.sqlite", "remembered before")
    assert ours.get_password(SERVICE, "old.sqlite") == "remembered before"
    ours.set_password(SERVICE, "new.sqlite", "remembered now")
    assert secretstorage_backend.get_password(SERVICE, "new.sqlite") == "remembered now"
    ours.delete_password(SERVICE, "old.sqlite")
    assert secretstorage_backend.get_password(SERVICE, "old.sqlite") is None


@needs_gnome_keyring
def test_a_locked_keyring_whose_prompt_is_dismissed_is_refused(
    gnome_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = SecretServiceKeyring()
    ours.set_password(SERVICE, "file.sqlite", "secret")
    with open_dbus_connection(bus="SESSION") as connection:
        service = DBusAddress(
            "/org/freedesktop/secrets", "org.freedesktop.secrets", "org.freedesktop.Secret.Service"
        )
        (default,) = connection.send_and_get_reply(
            new_method_call(service, "ReadAlias", "s", ("default",))
        ).body
        connection.send_and_get_reply(new_method_call(service, "Lock", "ao", ([default],)))
    # No display: GNOME Keyring cannot show its unlock dialog and reports the prompt
    # dismissed; the secret is not handed out.
    monkeypatch.setattr(secret_service, "PROMPT_TIMEOUT", 30.0)
    with pytest.raises(KeyringLocked):
        ours.get_password(SERVICE, "file.sqlite")


def test_a_session_bus_without_a_secret_service_offers_no_keyring(session_bus: str) -> None:
    assert not service_available()
    with pytest.raises(RuntimeError, match="No Secret Service"):
        _ = SecretServiceKeyring.priority
    assert _first_backend().startswith("keyring.backends.fail ")


def test_no_session_bus_offers_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent")
    assert not service_available()
    with pytest.raises(RuntimeError):
        _ = SecretServiceKeyring.priority
    assert _first_backend() == "keyring.backends.fail False"

"""TLS for real: a certificate from a throw-away CA made here; `sslmode=verify-full` with
that CA connects (command line and File ▸ Connect to Server…), and a wrong CA or a host name
the certificate does not carry are refused in one sentence, with nothing written.

The PostgreSQL of the pgserver wheel is built without SSL ("SSL is not supported by this
build"), so the TLS end is a small front in this module that speaks PostgreSQL's own
negotiation (SSLRequest → "S" → TLS handshake, Python's ssl module with the test
certificate) and then relays the decrypted stream to the session's server. What is tested
is MentorDesk's and libpq's side — the address, the CA check, the host-name check and the
sentences — against a real TLS handshake. One front for the module; skipped with the reason
without the PostgreSQL binaries, a failure under CI (fixture `pg_server`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import socket
import ssl
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.cli import main
from mentordesk.db.engine import Database
from mentordesk.gui.common.context import AppContext
from mentordesk.gui.files import ConnectDialog
from mentordesk.gui.main_window import MainWindow
from tests.pgserver_fixture import SUPERUSER, PgForTests

pytestmark = pytest.mark.timeout(120)


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _ca(common: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(_name(common))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _server_cert(
    ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """Made out to "localhost" only: 127.0.0.1 is then a host name it does not carry."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


#: PostgreSQL's requests to negotiate encryption before the startup message.
SSL_REQUEST, GSSENC_REQUEST = 80877103, 80877104


class TlsFront:
    """Accepts TLS the PostgreSQL way on 127.0.0.1 and relays to the server's plain port."""

    def __init__(self, backend_port: int, cert: Path, key: Path) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.backend_port = backend_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self.listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return  # closed
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            while True:
                request = _read(client, 8)
                code = struct.unpack("!ii", request)[1]
                if code == GSSENC_REQUEST:
                    client.sendall(b"N")  # no GSSAPI here: libpq then asks for TLS
                    continue
                if code != SSL_REQUEST:
                    client.close()  # this front serves TLS only
                    return
                client.sendall(b"S")
                break
            secure = self.context.wrap_socket(client, server_side=True)
        except (OSError, ValueError, struct.error):
            client.close()  # e.g. the client refused our certificate
            return
        backend = socket.create_connection(("127.0.0.1", self.backend_port))
        threading.Thread(target=_pipe, args=(secure, backend), daemon=True).start()
        _pipe(backend, secure)


def _read(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise ValueError("closed")
        data += chunk
    return data


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.close()


@dataclass(frozen=True)
class Tls:
    server: PgForTests
    port: int  # the TLS front's
    ca: Path  # the CA that signed the server's certificate
    other_ca: Path  # a CA that did not

    def url(self, database: str, *, host: str = "localhost", ca: Path | None = None) -> str:
        root = quote(str(ca or self.ca))
        return (
            f"postgresql://{SUPERUSER}@{host}:{self.port}/{database}"
            f"?sslmode=verify-full&sslrootcert={root}"
        )


@pytest.fixture(scope="module")
def tls(pg_server: PgForTests, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tls]:
    """A throw-away CA, a server certificate it signed (for "localhost"), another CA, and
    the TLS front before the session's server, for this module."""
    ca_key, ca = _ca("MentorDesk test CA")
    key, cert = _server_cert(ca_key, ca)
    _, other = _ca("Somebody else's CA")
    folder = tmp_path_factory.mktemp("tls")
    (folder / "ca.pem").write_bytes(_pem(ca))
    (folder / "other-ca.pem").write_bytes(_pem(other))
    (folder / "server.crt").write_bytes(_pem(cert))
    (folder / "server.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    front = TlsFront(pg_server.port, folder / "server.crt", folder / "server.key")
    yield Tls(pg_server, front.port, folder / "ca.pem", folder / "other-ca.pem")
    front.close()


@pytest.fixture
def database(tls: Tls) -> Iterator[str]:
    name = tls.server.new_database()
    yield name
    tls.server.drop_later(name)


def _programs(server: PgForTests, database: str) -> int:
    db = Database(server.url(database))  # over the socket: no TLS involved
    try:
        with db.connect_read() as c:
            return int(c.execute(sa.text("SELECT count(*) FROM programs")).scalar_one())
    finally:
        db.close()


def test_verified_tls_connects(tls: Tls, database: str, capsys: pytest.CaptureFixture[str]) -> None:
    """verify-full with the CA that signed the server: the command works over TLS."""
    url = tls.url(database)
    assert main(["--db", url, "demo", "--participants", "4"]) == 0
    capsys.readouterr()
    db = Database(url)
    try:
        with db.connect_read() as c:
            used = c.connection.dbapi_connection.pgconn.ssl_in_use  # type: ignore[union-attr]
    finally:
        db.close()
    assert used is True
    assert _programs(tls.server, database) == 1


@pytest.mark.parametrize(
    ("host", "wrong_ca", "reason"),
    [
        ("localhost", True, "not the one the CA file vouches for"),
        ("127.0.0.1", False, "made out to another host name"),
    ],
    ids=["wrong CA", "host name mismatch"],
)
def test_unverified_server_is_refused_in_one_sentence(
    tls: Tls,
    database: str,
    capsys: pytest.CaptureFixture[str],
    host: str,
    wrong_ca: bool,
    reason: str,
) -> None:
    """A wrong CA, or a host the certificate does not name: one sentence, nothing written."""
    url = tls.url(database, host=host, ca=tls.other_ca if wrong_ca else None)
    assert main(["--db", url, "demo", "--participants", "4"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    assert "A secure (TLS) connection to" in err and reason in err
    assert "SSL" not in err and "verify" not in err  # not libpq's own words
    assert _programs(tls.server, database) == 0


def _connect_dialog(window: MainWindow, tls: Tls, database: str, ca: Path) -> ConnectDialog:
    dialog = window.connect_to_server_with_dialog()
    assert isinstance(dialog, ConnectDialog)
    dialog.host.setText("localhost")
    dialog.port.setValue(tls.port)
    dialog.database.setText(database)
    dialog.user.setText(SUPERUSER)
    dialog.ca_file.setText(str(ca))
    return dialog


def test_connect_dialog_with_a_ca_file(
    tls: Tls,
    database: str,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File ▸ Connect to Server… with the CA file opens the server; with another CA the
    window says the one sentence and keeps its file."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    local = Database(tmp_path / "local.sqlite")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(local), settings=settings)
    qtbot.addWidget(window)

    refused = _connect_dialog(window, tls, database, tls.other_ca)
    refused.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    assert len(warnings) == 1 and "not the one the CA file vouches for" in warnings[0]
    assert not window.ctx.db.is_server

    opened = _connect_dialog(window, tls, database, tls.ca)
    assert dict(opened.location().options)["sslmode"] == "verify-full"
    opened.buttons.button(QDialogButtonBox.StandardButton.Open).click()
    assert window.ctx.db.is_server and len(warnings) == 1

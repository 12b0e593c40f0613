"""File ▸ Connect to server…: a district's PostgreSQL database in the window, like a file.

The dialog builds a `ServerLocation` (never holding the password). Opening it tries, in
order: libpq's own passfile or service file (the driver reads them), the password remembered
in the OS keyring, then asks (three tries); "Remember password" stores a password that
worked in the keyring. A refusal (server down, no such database, TLS) is one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.db.credentials import keyring_available, remember_password, remembered_password
from mentordesk.db.engine import Database
from mentordesk.db.errors import PasswordRequiredError, WrongPasswordError
from mentordesk.db.location import DEFAULT_PORT, ServerLocation
from mentordesk.gui.common import ERROR, pick, translate

#: ask(location, message) → (password, remember) or None when cancelled.
AskPassword = Callable[[ServerLocation, str], tuple[str, bool] | None]
PASSWORD_TRIES = 3


class ConnectDialog(QDialog):
    """Host, port, database, user, an optional CA file (then TLS is verified), and whether
    to remember the password in the keyring."""

    def __init__(self, parent: QWidget | None = None, initial: ServerLocation | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("files.server", "Connect to server"))
        initial = initial or ServerLocation()
        intro = QLabel(
            translate(
                "files.server",
                "A district's MentorDesk database on a PostgreSQL server. The password is asked "
                "when the server needs one (or read from ~/.pgpass).",
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(initial.host)
        self.host.setAccessibleName(translate("files.server", "Server"))
        self.host.setPlaceholderText(translate("files.server", "db.district.example"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(initial.port or DEFAULT_PORT)
        self.port.setAccessibleName(translate("files.server", "Port"))
        self.database = QLineEdit(initial.database)
        self.database.setAccessibleName(translate("files.server", "Database"))
        self.database.setPlaceholderText("mentordesk")
        self.user = QLineEdit(initial.user)
        self.user.setAccessibleName(translate("files.server", "User"))
        self.ca_file = QLineEdit(initial.option("sslrootcert"))
        self.ca_file.setAccessibleName(translate("files.server", "CA certificate file"))
        self.ca_file.setPlaceholderText(
            translate("files.server", "optional: the server's CA certificate (.pem, .crt)")
        )
        browse = QPushButton(translate("files.server", "Choose…"))
        browse.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(browse)
        self.remember = QCheckBox(
            translate("files.server", "Remember the password in this computer's keyring")
        )
        self.remember.setEnabled(keyring_available())
        self.problem = QLabel("")
        self.problem.setStyleSheet(f"color: {pick(ERROR, self).name()}")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("files.server", "&Server:"), self.host)
        form.addRow(translate("files.server", "&Port:"), self.port)
        form.addRow(translate("files.server", "&Database:"), self.database)
        form.addRow(translate("files.server", "&User:"), self.user)
        form.addRow(translate("files.server", "&CA file:"), ca_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user, self.ca_file):
            edit.textChanged.connect(self._check)
        self._check()

    def _choose_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("files.server", "The server's CA certificate"),
            "",
            translate("files.server", "Certificates (*.pem *.crt *.cer);;All (*)"),
        )
        if name:
            self.ca_file.setText(name)

    def problem_text(self) -> str:
        """What keeps the form from connecting (empty when nothing does)."""
        if not self.host.text().strip():
            return translate("files.server", "Give the server's name or address.")
        if not self.database.text().strip():
            return translate("files.server", "Give the database's name.")
        if not self.user.text().strip():
            return translate("files.server", "Give your user name on the server.")
        ca = self.ca_file.text().strip()
        if ca and not Path(ca).expanduser().is_file():
            return translate("files.server", "The CA file does not exist.")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        if ok is not None:
            ok.setEnabled(not problem)

    def location(self) -> ServerLocation:
        """The server as typed; with a CA file, TLS with the server's name checked."""
        options: tuple[tuple[str, str], ...] = ()
        ca = self.ca_file.text().strip()
        if ca:
            ca_path = str(Path(ca).expanduser().absolute())
            options = (("sslmode", "verify-full"), ("sslrootcert", ca_path))
        port = self.port.value()
        return ServerLocation(
            host=self.host.text().strip(),
            port=None if port == DEFAULT_PORT else port,
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            options=options,
        )


class PasswordDialog(QDialog):
    def __init__(self, location: ServerLocation, message: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("files.server", "Server password"))
        layout = QVBoxLayout(self)
        label = QLabel(
            translate("files.server", "The password of {user} for {server}:").format(
                user=location.user or translate("files.server", "your user"), server=location.name
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.message = QLabel(message)
        self.message.setStyleSheet(f"color: {pick(ERROR, self).name()}")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(translate("files.server", "Password"))
        layout.addWidget(self.password)
        self.remember = QCheckBox(
            translate("files.server", "Remember it in this computer's keyring")
        )
        self.remember.setEnabled(keyring_available())
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def _ask_with_dialog(parent: QWidget | None) -> AskPassword:
    def ask(location: ServerLocation, message: str) -> tuple[str, bool] | None:
        dialog = PasswordDialog(location, message, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text(), dialog.remember.isChecked()

    return ask


def open_server(
    location: ServerLocation,
    parent: QWidget | None = None,
    *,
    ask: AskPassword | None = None,
    remember: bool = False,
) -> Database | None:
    """Open the server's database: libpq's files, then the keyring, then ask (three tries).

    None when the coordinator cancels; a refusal other than the password raises its one
    sentence (a MentorDeskError). `remember`: store the password that worked (also when the
    dialog's own checkbox is ticked)."""
    ask = ask or _ask_with_dialog(parent)
    stored = remembered_password(location)
    try:
        db = Database(location, password=stored)
    except PasswordRequiredError as error:
        if stored is not None and isinstance(error, WrongPasswordError):
            remember_password(location, None)  # the remembered one no longer works
        message = "" if stored is None else str(error)
    else:
        return db  # libpq's passfile, trust, or the keyring supplied what was needed
    for attempt in range(1, PASSWORD_TRIES + 1):
        answer = ask(location, message)
        if answer is None:
            return None
        password, keep = answer
        try:
            db = Database(location, password=password or None)
        except PasswordRequiredError as error:
            if attempt == PASSWORD_TRIES:
                raise
            message = str(error)
            continue
        if keep or remember:
            remember_password(location, password)
        return db
    return None


def connect_with_dialog(
    parent: QWidget | None,
    open_location: Callable[[ServerLocation, bool], None],
    initial: ServerLocation | None = None,
) -> ConnectDialog:
    """File ▸ Connect to server…: the dialog (window-modal); OK calls `open_location(location,
    remember)`."""
    dialog = ConnectDialog(parent, initial)

    def accepted() -> None:
        open_location(dialog.location(), dialog.remember.isChecked())

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def tell_refusal(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(parent, translate("files.server", "Connect to server"), str(error))


__all__ = ["ConnectDialog", "PasswordDialog", "connect_with_dialog", "open_server"]

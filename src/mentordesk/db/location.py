"""Where the database lives: a file (the default) or a PostgreSQL server (district mode).

`parse_location` is the one place that reads what the user gave (`--db`, `MENTORDESK_DB`,
File ▸ Open or File ▸ Connect to server…) and decides which engine it means; everything else
asks the `Location` it returns. A server address never carries a password: one written in it
is refused (it would sit in the shell history, the process list and the recent-files list);
libpq's passfile or service file, a prompt, or the OS keyring supply it instead.

Imports nothing heavy (no SQLAlchemy, no driver): the GUI reads the location before its
first paint.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.i18n import t

APP_NAME = "MentorDesk"
ENV_VAR = "MENTORDESK_DB"
BACKUP_ENV_VAR = "MENTORDESK_BACKUPS"
#: What a server address may start with (`postgresql+psycopg` as SQLAlchemy writes it).
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DEFAULT_PORT = 5432


class LocationError(MentorDeskError):
    """The database location given cannot be used as written."""


@dataclass(frozen=True)
class ServerLocation:
    """A PostgreSQL database: who connects to which database on which server.

    Never holds a password. `options` are libpq connection parameters given in the address
    (`sslmode`, `sslrootcert`, `service`, `connect_timeout`…), passed to the driver as they are.
    """

    host: str = ""
    port: int | None = None
    database: str = ""
    user: str = ""
    options: tuple[tuple[str, str], ...] = field(default=())

    @property
    def name(self) -> str:
        """How the window title, messages and the recent list name it."""
        where = self.host or self.option("service") or "local server"
        return f"{self.database or self.user or 'default'} on {where}"

    def option(self, key: str) -> str:
        return dict(self.options).get(key, "")

    def url(self) -> str:
        """The address without a password: safe to show, log and remember."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = quote(self.host, safe="") if self.host and not self.host.startswith("/") else ""
        port = f":{self.port}" if self.port else ""
        options = list(self.options)
        if self.host.startswith("/"):  # a Unix socket folder goes in the query, as libpq reads it
            options.insert(0, ("host", self.host))
        query = f"?{urlencode(options)}" if options else ""
        return f"postgresql://{user}{host}{port}/{quote(self.database, safe='')}{query}"

    def keyring_account(self) -> str:
        """The key a remembered password is stored under in the OS keyring."""
        return f"{self.user}@{self.host or 'localhost'}:{self.port or DEFAULT_PORT}/{self.database}"

    def __str__(self) -> str:
        return self.url()


Location = Path | ServerLocation


def is_server_address(text: str) -> bool:
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.lower() in SERVER_SCHEMES


def parse_location(value: str | os.PathLike[str] | ServerLocation) -> Location:
    """A file path (made absolute, `~` expanded) or a ServerLocation; LocationError for an
    address MentorDesk will not use (a password in it, a scheme it does not know)."""
    if isinstance(value, ServerLocation):
        return value
    if isinstance(value, Path):
        return value.expanduser()
    text = os.fspath(value)
    if "://" not in text:
        return Path(text).expanduser()
    if not is_server_address(text):
        scheme = text.partition("://")[0]
        raise LocationError(
            t(
                "MentorDesk cannot open a '{scheme}' address; give a file path or a "
                "postgresql://user@host/database address",
                scheme=scheme,
            )
        )
    return _parse_server(text)


def _parse_server(text: str) -> ServerLocation:
    parts = urlsplit(text)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if parts.password is not None or any(key == "password" for key, _ in query):
        raise LocationError(
            t(
                "The server address must not contain a password (it would be kept in your shell "
                "history and visible to other programs); remove it: MentorDesk reads it from "
                "~/.pgpass or a service file, or asks for it"
            )
        )
    try:
        port = parts.port
    except ValueError:
        raise LocationError(t("The port in the server address is not a number")) from None
    host = unquote(parts.hostname or "")
    options = [(key, val) for key, val in query if key not in ("host", "port", "user", "dbname")]
    given = dict(query)
    host = given.get("host", host)
    if "port" in given:
        if not given["port"].isdigit():
            raise LocationError(t("The port in the server address is not a number"))
        port = int(given["port"])
    return ServerLocation(
        host=host,
        port=port,
        database=given.get("dbname", unquote(parts.path.lstrip("/"))),
        user=given.get("user", unquote(parts.username or "")),
        options=tuple(options),
    )


def describe(location: Location) -> str:
    """A location as the user reads it: the file's path, or the server address (no password)."""
    return os.fspath(location) if isinstance(location, Path) else location.url()


def display_name(location: Location) -> str:
    """Short name for titles and messages: the file's name, or 'database on host'."""
    return location.name


def default_location() -> Location:
    """`MENTORDESK_DB` if set (a file path or a server address), else mentordesk.sqlite in the
    platform's user data folder."""
    override = os.environ.get(ENV_VAR)
    if override:
        return parse_location(override)
    return _user_data_dir() / "mentordesk.sqlite"


def _user_data_dir() -> Path:
    # platformdirs (~10 ms) only when asked: a window opening a known file never is (issue 14)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The default file (`MENTORDESK_DB` when it names a file)."""
    location = default_location()
    if isinstance(location, Path):
        return location
    return _user_data_dir() / "mentordesk.sqlite"


def default_backup_dir(db_path: Path) -> Path:
    """`MENTORDESK_BACKUPS` if set, else a folder per database under the user data folder.

    Each database file gets its own folder (named after it and a short hash of its full
    path), so two files called mentoring.sqlite in different places never share backups.
    """
    override = os.environ.get(BACKUP_ENV_VAR)
    if override:
        return Path(override).expanduser()
    import hashlib

    absolute = os.fspath(Path(db_path).expanduser().absolute())
    digest = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:10]
    root = _user_data_dir() / "backups"
    return root / f"{Path(db_path).stem}-{digest}"

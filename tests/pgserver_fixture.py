"""A private PostgreSQL 16 for the tests, started from the binaries in the `pgserver` wheel.

One server per test session (per xdist worker): a data folder in a temporary directory,
listening on a Unix socket in it and on 127.0.0.1 at a free port, durability off (fsync,
synchronous_commit: the tests never survive a power cut). The schema is built once in a
template database; each test gets `CREATE DATABASE … TEMPLATE` of it (~40 ms) and the
database is dropped after the test.

Authentication: every role connects without a password (trust), except members of the
group role `md_password`, which must give theirs (scram-sha-256): tests of the password
paths create such a role.
"""

from __future__ import annotations

import ctypes
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

PASSWORD_GROUP = "md_password"
TEMPLATE = "mentordesk_template"
#: Finished tests' databases kept before they are dropped (see `drop_later`).
KEEP_FINISHED = 4
SUPERUSER = "postgres"

_HBA = f"""\
local   all  +{PASSWORD_GROUP}               scram-sha-256
host    all  +{PASSWORD_GROUP}  127.0.0.1/32 scram-sha-256
local   all  all                             trust
host    all  all                127.0.0.1/32 trust
"""


class ServerUnavailable(RuntimeError):
    """The PostgreSQL binaries are missing or the server would not start."""


@dataclass
class PgForTests:
    base: Path
    port: int
    run_as: str | None
    _counter: itertools.count[int]
    process: subprocess.Popen[bytes] | None = None
    _finished: list[str] = field(default_factory=list)

    @property
    def socket_dir(self) -> str:
        return str(self.base)

    def url(self, database: str, user: str = SUPERUSER, *, tcp: bool = False) -> str:
        """A password-less address of `database` (over the socket, or TCP when asked)."""
        if tcp:
            return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"
        return f"postgresql://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def admin(self, database: str = "postgres") -> object:
        """An autocommit psycopg connection as the superuser."""
        import psycopg

        return psycopg.connect(
            host=self.socket_dir, port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        )

    def execute(self, *statements: str, database: str = "postgres") -> None:
        with self.admin(database) as connection:  # type: ignore[attr-defined]
            for statement in statements:
                connection.execute(statement)

    def drop_later(self, name: str) -> None:
        """Drop `name` a few tests later: a widget of a finished test may still read from it
        (a timer, pytest-qt's event processing at the next test's setup), as it could from
        a file left in its temporary folder; only the last few are kept."""
        self._finished.append(name)

    def new_database(self, *, template: str | None = TEMPLATE) -> str:
        while len(self._finished) > KEEP_FINISHED:
            self.drop_database(self._finished.pop(0))
        name = f"t{os.getpid()}_{next(self._counter)}"
        clause = f" TEMPLATE {template}" if template else ""
        self.execute(f"CREATE DATABASE {name}{clause}")
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        _run(
            self, ["pg_ctl", "-D", str(self.base / "data"), "-m", "immediate", "stop"], check=False
        )
        shutil.rmtree(self.base, ignore_errors=True)


def _bin() -> Path:
    try:
        with warnings.catch_warnings():  # pgserver asks platformdirs for a runtime folder
            warnings.simplefilter("ignore")
            from pgserver._commands import POSTGRES_BIN_PATH
    except ImportError as error:
        raise ServerUnavailable(
            "the pgserver package (PostgreSQL binaries) is not installed: "
            "`make test` installs it with the dev extra"
        ) from error
    return Path(POSTGRES_BIN_PATH)


def _run(server: PgForTests, argv: list[str], *, check: bool = True) -> None:
    command = [str(_bin() / argv[0]), *argv[1:]]
    result = subprocess.run(
        command, user=server.run_as, capture_output=True, text=True, check=False, timeout=60
    )
    if check and result.returncode != 0:
        raise ServerUnavailable(f"{argv[0]} failed: {result.stderr.strip()[-400:]}")


_LIBC = ctypes.CDLL(None, use_errno=True)  # loaded here: nothing is imported after fork
_PR_SET_PDEATHSIG = 1
_SIGQUIT = int(signal.SIGQUIT)


def _die_with_parent() -> None:
    """In the server's process before exec (after the switch of user, which would clear it):
    the kernel sends SIGQUIT (immediate shutdown) when the test process dies, however."""
    _LIBC.prctl(_PR_SET_PDEATHSIG, _SIGQUIT)


def _wait_until_ready(server: PgForTests, timeout: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        if server.process is not None and server.process.poll() is not None:
            log = (server.base / "log").read_text(errors="replace")[-400:]
            raise ServerUnavailable(f"postgres exited at start: {log}")
        try:
            psycopg.connect(
                host=server.socket_dir, port=server.port, user=SUPERUSER, dbname="postgres"
            ).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise ServerUnavailable("postgres did not accept connections in time") from None
            time.sleep(0.05)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start() -> PgForTests:
    """Start a fresh server (ServerUnavailable when it cannot be)."""
    binaries = _bin()
    run_as = None
    base = Path(tempfile.mkdtemp(prefix="mdpg-"))
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: use pgserver's own user
        import pwd
        import stat

        from pgserver.utils import (
            ensure_folder_permissions,
            ensure_prefix_permissions,
            ensure_user_exists,
        )

        run_as = "pgserver"
        ensure_user_exists(run_as)
        ensure_prefix_permissions(binaries)
        ensure_folder_permissions(
            binaries, stat.S_IXGRP | stat.S_IXOTH | stat.S_IRGRP | stat.S_IROTH
        )
        ensure_folder_permissions(binaries.parent / "lib", stat.S_IRGRP | stat.S_IROTH)
        ensure_prefix_permissions(base)
        entry = pwd.getpwnam(run_as)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    server = PgForTests(base, _free_port(), run_as, itertools.count(1))
    data = base / "data"
    _run(
        server,
        [
            "initdb",
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
    )
    (data / "pg_hba.conf").write_text(_HBA)  # stays readable by its owner (root keeps it 0600)
    log = (base / "log").open("ab")
    server.process = subprocess.Popen(
        [
            str(binaries / "postgres"),
            *("-D", str(data), "-k", str(base), "-h", "127.0.0.1", "-p", str(server.port)),
            *("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"),
            *("-c", "max_connections=300", "-c", "shared_buffers=64MB"),
        ],
        user=run_as,
        stdout=log,
        stderr=log,
        preexec_fn=_die_with_parent,  # a killed test run leaves no server behind
    )
    log.close()
    _wait_until_ready(server)
    server.execute(f"CREATE ROLE {PASSWORD_GROUP} NOLOGIN")
    return server

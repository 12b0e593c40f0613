"""Starting the application: QApplication, the main window, then the database.

The window is painted first — menus, navigation, the file's name and the last program's name
from QSettings — with nothing of the database layer imported; the file is opened in a
background thread started as the window is shown (`gui/startup.py`), and the roster filled
from what it read. Ctrl-C at any moment prints one line and
exits 130 (`_Interrupt`).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from mentordesk import __version__
from mentordesk.core.errors import MentorDeskError
from mentordesk.db.location import Location
from mentordesk.gui.common import (
    QT_TRANSLATE_NOOP,
    AppContext,
    Settings,
    choose_language,
    error_box,
    fit_to_screen,
    install_excepthook,
    install_language,
    log,
    setup_logging,
    translate,
)
from mentordesk.gui.main_window import MainWindow
from mentordesk.gui.startup import BackgroundOpen, Opened, open_start_database

#: Set to print "painted <t>", "shown <t>" and "filled <t>" (time.time()) on stderr as the
#: window first paints, as the roster's rows are first on screen (read before the file was
#: opened, or with it) and as the file is open and the roster filled; "quit" also ends the
#: application then, "painted" right after the first paint (bench/: the CPU time to it). With
#: "stall <seconds>" at "filled": the longest the event loop went unanswered in between (a
#: timer asking every 5 ms), i.e. how long input would have waited at worst while the file
#: opened.
TRACE_VAR = "MENTORDESK_TRACE_STARTUP"
STALL_TICK_MS = 5

FIRST_RUN_TIP = QT_TRANSLATE_NOOP(
    "app",
    "New file created. To keep it unreadable without a passphrase, use "
    "File ▸ Protect with passphrase…",
)

__all__ = ["build_main_window", "choose_path", "open_start_database", "run_gui"]


def choose_path(db_path: Location | None, settings: Settings) -> Location:
    """--db, then $MENTORDESK_DB, then the file or server used last time, then the default
    file."""
    from mentordesk.db.location import ENV_VAR, default_location

    if db_path is not None:
        return db_path
    if os.environ.get(ENV_VAR):
        return default_location()
    last = settings.last_database()
    if last is not None and (not isinstance(last, Path) or last.exists()):
        return last
    return default_location()


def build_main_window(db_path: Location | None = None, *, load_now: bool = True) -> MainWindow:
    """The window on an opened file, in the calling thread (tests, screenshots).

    `load_now=False` leaves the program list and the roster to the first turn of the event
    loop, right after the window is painted.
    """
    settings = Settings(QSettings())
    install_language(choose_language(settings.language()))
    path = choose_path(db_path, settings)
    first_run = isinstance(path, Path) and not path.exists()
    db = open_start_database(path, interactive=True)
    ctx = AppContext(db)
    window = MainWindow(ctx, load_now=load_now)
    if first_run:  # the moment to mention encryption: before any real data goes in
        window.statusBar().showMessage(translate("app", FIRST_RUN_TIP), 30000)
    settings.add_recent(db.location)
    window.restore_geometry()
    return window


class _Interrupt(QObject):
    """Ctrl-C while the GUI runs: one line, exit status 130, never a traceback or a dialog.

    Python runs a signal handler only when it next executes bytecode, which can be long while Qt
    waits for events; the wake-up fd makes the event loop notice the signal at once. Built from
    `_signal` and a pipe (a socket pair on Windows, where the wake-up fd must be a socket):
    the `signal` and `socket` modules would cost ~15 ms of enum building before the first paint.
    """

    def __init__(self, app: QApplication) -> None:
        import _signal

        super().__init__(app)
        self.app = app
        self.happened = False
        if sys.platform == "win32":
            import socket

            ends = socket.socketpair()
            for end in ends:
                end.setblocking(False)
            self._ends: tuple[Any, Any] = ends
            self._read_fd, write_fd = ends[0].fileno(), ends[1].fileno()
        else:
            self._read_fd, write_fd = os.pipe()
            for fd in (self._read_fd, write_fd):
                os.set_blocking(fd, False)
            self._ends = (self._read_fd, write_fd)
        self._old_fd = _signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
        self._old_handler = _signal.signal(_signal.SIGINT, self._on_signal)
        self._notifier = QSocketNotifier(self._read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        reader = self._ends[0]
        with contextlib.suppress(OSError):
            os.read(reader, 512) if isinstance(reader, int) else reader.recv(512)

    def _on_signal(self, _signum: int, _frame: object) -> None:
        if not self.happened:  # the entry point prints nothing more for a 130
            self.happened = True
            os.write(2, b"mentordesk: interrupted\n")
        self.app.exit(130)

    def restore(self) -> None:
        import _signal

        self._notifier.setEnabled(False)
        _signal.set_wakeup_fd(self._old_fd)
        _signal.signal(_signal.SIGINT, self._old_handler)
        for end in self._ends:
            if isinstance(end, int):
                os.close(end)
            else:
                end.close()


class _StartupTrace(QObject):
    """The start-up benchmark's probe (`TRACE_VAR`)."""

    def __init__(self, window: MainWindow, quit_when: str) -> None:
        super().__init__(window)
        self.window, self.quit_when, self.painted = window, quit_when, False
        self._ticks = QTimer(self)
        self._ticks.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticks.setInterval(STALL_TICK_MS)
        self._ticks.timeout.connect(self._tick)
        self._last_tick, self.longest_stall = 0.0, 0.0
        window.installEventFilter(self)
        window.rosterShown.connect(self._shown)
        window.loaded.connect(self._filled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            print(f"painted {time.time()}", file=sys.stderr, flush=True)
            self._last_tick = time.perf_counter()
            self._ticks.start()
            if self.quit_when == "painted":
                QTimer.singleShot(0, lambda: os._exit(0))  # the shortest way out, not measured
        return False

    def _shown(self) -> None:
        self.window.repaint()  # the rows on screen, not only in the model
        print(f"shown {time.time()}", file=sys.stderr, flush=True)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_stall = max(self.longest_stall, now - self._last_tick - STALL_TICK_MS / 1000)
        self._last_tick = now

    def _filled(self) -> None:
        self.window.repaint()  # the rows on screen, not only in the model
        print(f"filled {time.time()}", file=sys.stderr, flush=True)
        self._tick()
        self._ticks.stop()
        print(f"stall {self.longest_stall}", file=sys.stderr, flush=True)
        if self.quit_when == "quit":
            QApplication.exit(0)


def _show_start_error(error: BaseException, details: str) -> None:
    if isinstance(error, MentorDeskError):
        QMessageBox.critical(None, "MentorDesk", str(error))
    else:  # e.g. a file that cannot be opened: a dialog, not a traceback
        log.error("Cannot start\n%s", details)
        error_box(error, details).exec()
    QApplication.exit(1)


def run_gui(db_path: Location | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    interrupt = _Interrupt(app)
    try:
        return _run(app, interrupt, db_path)
    finally:
        interrupt.restore()


def _run(app: QApplication, interrupt: _Interrupt, db_path: Location | None) -> int:
    QApplication.setOrganizationName("MentorDesk")
    QApplication.setApplicationName("MentorDesk")
    QApplication.setApplicationVersion(__version__)
    install_excepthook()
    settings = Settings(QSettings())
    install_language(choose_language(settings.language()))
    path = choose_path(db_path, settings)
    window = MainWindow(AppContext(None), load_now=False, db_path=path)
    window.restore_geometry()
    fit_to_screen(window)  # the style that fits every window (`install_keyboard_aids`) comes later
    unlocked = None
    from mentordesk.db.header import is_encrypted

    if isinstance(path, Path) and is_encrypted(
        path
    ):  # the passphrase is asked here, on the UI thread, before opening
        unlocked = open_start_database(path, interactive=True)
    opener = BackgroundOpen(path, settings.last_program(path), window, db=unlocked)
    first_run = isinstance(path, Path) and not path.exists()
    welcomed = False

    def when_loaded(action: Callable[[], None]) -> None:
        if window.ctx.has_database:
            action()
        else:  # chosen while the sample program is still being made
            window.loaded.connect(lambda: QTimer.singleShot(0, action))

    def welcome() -> None:
        """Say the sample is fictional and offer a program of their own: on a first start,
        as soon as the window is painted, while the sample is made in the background."""
        nonlocal welcomed
        from mentordesk.gui.welcome import show_welcome

        welcomed = True
        show_welcome(
            window.ctx,
            window,
            pick_program=lambda program_id: window.reload_programs(prefer=program_id),
            open_import=window.open_import_dialog,
            when_ready=when_loaded,
        )
        if os.environ.get(TRACE_VAR):
            print(f"welcome {time.time()}", file=sys.stderr, flush=True)

    def after_first_paint() -> None:
        """Right after the first paint: the file starts opening (the early read first), and
        the bundled fonts load meanwhile, before the roster's names are drawn."""
        from mentordesk.gui.common import load_bundled_fonts, share_interpreter

        share_interpreter()  # from now on the UI thread gets the interpreter within 1 ms
        # Started no earlier: the opening thread's Python would compete with building and
        # painting the window for the one interpreter lock.
        opener.start()
        opener.watch()
        load_bundled_fonts()
        if isinstance(path, Path) and path.exists() and unlocked is None:
            # the view the early rows will fill, built while the thread reads them
            QTimer.singleShot(0, window.prepare_early_roster)
        if first_run:
            welcome()

    settled = False

    def settle(*, now: bool = False) -> None:
        """What the window needs soon, not first: once the roster's rows are on screen (or the
        file is open, or failed to), each piece in its own turn of the event loop, so that
        input waits for none of them for long (`now`: at once, before an error is shown)."""
        nonlocal settled
        if settled:
            return
        settled = True
        from mentordesk.gui.common import keep_collections_short

        steps = (
            window.install_keyboard_aids,
            setup_logging,  # the log file (platformdirs)
            lambda: window.setWindowIcon(app_icon()),  # the SVG icon engine
            keep_collections_short,  # full garbage collections walk only what is new (heap.py)
        )
        for step in steps:
            step() if now else QTimer.singleShot(0, step)

    window.rosterShown.connect(lambda: settle())
    window.loaded.connect(lambda: settle())

    def opened(result: Opened) -> None:
        window.attach_database(result.db, result.program_id, result.rows)
        settings.add_recent(result.db.location)
        if result.first_run:  # the moment to mention encryption: before any real data goes in
            window.statusBar().showMessage(translate("app", FIRST_RUN_TIP), 30000)
        if result.first_run and not welcomed:
            welcome()

    window.after_first_paint = after_first_paint

    def failed(error: BaseException, details: str) -> None:
        """What needs the coordinator (another window has the file, it is damaged, it needs
        a passphrase) is asked here, on the UI thread; then the file opens as usual."""
        from mentordesk.gui.files import can_ask_about

        settle(now=True)  # the log file too, for what went wrong
        if not can_ask_about(error):
            _show_start_error(error, details)
            return
        try:
            db = open_start_database(path, interactive=True)
        except Exception as again:  # one sentence, never a traceback
            _show_start_error(again, "")
            return
        retry = BackgroundOpen(path, settings.last_program(path), window, db=db)
        retry.opened.connect(opened)
        retry.failed.connect(_show_start_error)
        retry.start()
        retry.watch()

    opener.peeked.connect(lambda pid, rows: window.show_early_roster(pid, rows))
    opener.opened.connect(opened)
    opener.failed.connect(failed)
    trace = os.environ.get(TRACE_VAR)
    if trace:
        _StartupTrace(window, quit_when=trace)
    window.show()
    quit_after = os.environ.get("MENTORDESK_QUIT_AFTER_MS", "")
    if quit_after.isdigit():  # smoke tests of an installed bundle: start, open, show, quit
        window.loaded.connect(lambda: QTimer.singleShot(int(quit_after), app.quit))
    if interrupt.happened:
        return 130
    code = app.exec()
    return 130 if interrupt.happened else code


def app_icon() -> QIcon:
    """The application's mark (resources/icons/mentordesk.svg), also the window icon."""
    from mentordesk.core.resources import resource_path

    return QIcon(str(resource_path("icons", "mentordesk.svg")))

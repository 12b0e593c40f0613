"""Roster: cold start to an interactive main window (5,000 people) and filtering 20,000 rows.

Targets (issue 2): start ≤ 2× a bare PySide6 window process; a keystroke ≤ 50 ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1200, 760); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

MENTORDESK = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from mentordesk.gui.fonts import load_bundled_fonts
from mentordesk.gui.app import build_main_window
load_bundled_fonts()
w = build_main_window(Path(sys.argv[1]))
w.show()
assert w.roster_view.proxy.rowCount() == 5000
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _time_process(code: str, *args: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env)
    return time.perf_counter() - started


def bench_start(folder: Path) -> None:
    from mentordesk.db.engine import Database
    from mentordesk.services.sample import create_sample_program

    path = folder / "start.sqlite"
    db = Database(path)
    create_sample_program(db, participants=5000, seed=7)
    db.close()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.update(HOME=str(folder), XDG_CONFIG_HOME=str(folder / "cfg"))
    bare, app = [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        bare.append(_time_process(BARE, env=env))
        app.append(_time_process(MENTORDESK, str(path), env=env))
    b, a = statistics.median(bare), statistics.median(app)
    verdict = "OK" if a <= 2 * b else "ABOVE TARGET"
    print(f"bare PySide6 window   median {b:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in bare)})")
    print(f"MentorDesk, 5,000     median {a:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in app)})")
    print(f"ratio {a / b:.2f}× (target ≤ 2×): {verdict}")


def bench_filter(folder: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from mentordesk.db.engine import Database
    from mentordesk.gui.context import AppContext
    from mentordesk.gui.roster_view import RosterView
    from mentordesk.services.sample import create_sample_program

    app = QApplication.instance() or QApplication([])
    db = Database(folder / "filter.sqlite")
    program = create_sample_program(db, participants=20_000, seed=8)
    ctx = AppContext(db)
    started = time.perf_counter()
    ctx.set_program(program.id)
    view = RosterView(ctx)
    view.resize(1200, 700)
    view.show()
    view.reload()
    app.processEvents()
    print(f"load 20,000 rows into the view: {time.perf_counter() - started:.2f} s")
    times = []
    for query in ("maria", "class 10", "cleared", "zh", "@students"):
        view.ui.filterEdit.clear()
        view.apply_filter()
        text = ""
        for char in query:
            text += char
            view.ui.filterEdit.setText(text)
            tick = time.perf_counter()
            view.apply_filter()  # what the debounce timer runs
            app.processEvents()  # and the repaint of the table
            times.append((time.perf_counter() - tick) * 1000)
    median, worst = statistics.median(times), max(times)
    verdict = "OK" if worst <= 50 else "ABOVE TARGET"
    print(
        f"filter keystroke on 20,000 rows: median {median:.1f} ms, worst {worst:.1f} ms "
        f"over {len(times)} keystrokes (target ≤ 50 ms): {verdict}"
    )
    sorts = []
    for column in range(view.proxy.columnCount()):
        view.ui.filterEdit.clear()
        view.apply_filter()
        tick = time.perf_counter()
        view.ui.table.sortByColumn(column, view.ui.table.horizontalHeader().sortIndicatorOrder())
        app.processEvents()
        sorts.append((time.perf_counter() - tick) * 1000)
    print(f"sort 20,000 rows by a column: median {statistics.median(sorts):.0f} ms, "
          f"worst {max(sorts):.0f} ms")  # fmt: skip
    view.close()
    db.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        bench_start(folder)
        bench_filter(folder)


if __name__ == "__main__":
    main()

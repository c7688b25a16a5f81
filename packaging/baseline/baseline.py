"""The smallest PySide6 program: an empty main window, frozen as the size and start-up yardstick.

``--version`` prints and exits before Qt is loaded; ``--self-test`` builds the window
offscreen-capable, runs one turn of the event loop, prints one line and exits. With
``PTQUIZ_BENCH_EXIT_AFTER_PAINT=1`` it prints ``PTQUIZ_FIRST_PAINT <monotonic time>`` at
its first paint and quits, as the app does (``ptquiz_gui/views/startup_probe.py``), so
``make bench`` can compare the two frozen programs' start-up.
"""

from __future__ import annotations

import os
import sys
import time


def main(argv: list[str]) -> int:
    if "--version" in argv:
        print("baseline 0")
        return 0
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(argv[:1])
    window = QMainWindow()
    window.setWindowTitle("baseline")
    window.resize(1180, 780)
    if os.environ.get("PTQUIZ_BENCH_EXIT_AFTER_PAINT") == "1":
        from PySide6.QtCore import QEvent, QObject

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    QTimer.singleShot(0, report)
                return False

        def report() -> None:
            print(f"PTQUIZ_FIRST_PAINT {time.monotonic():.6f}", flush=True)
            app.quit()

        window.installEventFilter(FirstPaint(window))
    window.show()
    if "--self-test" in argv:
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("baseline self-test ok")
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""The start-up yardstick: an empty PySide6 QMainWindow, the app's size, timed to its first paint.

It reports through the same probe as the app (``PTQUIZ_BENCH_EXIT_AFTER_PAINT=1``), so both
are measured the same way: from the moment the process is started to the end of the paint.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from ptquiz_gui.views.startup_probe import watch_first_paint

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("baseline")
window.resize(1180, 780)
watch_first_paint(window)
window.show()
sys.exit(app.exec())

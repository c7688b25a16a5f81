"""The smallest PySide6 program: an empty main window, frozen as the size and start-up yardstick.

``--version`` prints and exits before Qt is loaded; ``--self-test`` builds the window
offscreen-capable, runs one turn of the event loop, prints one line and exits.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if "--version" in argv:
        print("baseline 0")
        return 0
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(argv[:1])
    window = QMainWindow()
    window.setWindowTitle("baseline")
    window.resize(640, 480)
    window.show()
    if "--self-test" in argv:
        QTimer.singleShot(0, app.quit)
        app.exec()
        print("baseline self-test ok")
        return 0
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))

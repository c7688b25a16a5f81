from __future__ import annotations

import sys

from ptquiz_gui.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # In the built app, the import preview's reader processes (import_reading) start
        # as this program; freeze_support runs them here instead of starting the app.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())

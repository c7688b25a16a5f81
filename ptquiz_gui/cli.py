"""Command-line front: ``ptquiz [--data-dir DIR] [COMMAND ...]``.

Other tools script against these commands, so their options and output are a contract
(see README.md).  Each command lives in ``ptquiz_gui.commands.<name>`` and is imported
only when used, which keeps start-up of the GUI fast. Opening the window (no command, or
``start``) and ``--self-test`` go to the composition root, ``ptquiz_gui.app``, from here.
"""

from __future__ import annotations

import importlib
import io
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:  # a double-click: nothing to parse, so the parser is never built
        from ptquiz_gui.app import run_gui

        return run_gui(None)
    from ptquiz_gui.cli_parser import build_parser

    args = build_parser().parse_args(arguments)
    if args.command == "validate" and args.strict and not args.lint:
        args.validate_parser.error("--strict applies only with --lint")
    if args.self_test and args.command is not None:
        args.parser.error(f"--self-test runs on its own; it cannot be given with {args.command}")
    if args.self_test:
        from ptquiz_gui.selftest import run_self_test

        return run_self_test()
    if args.reverse:  # Qt reads -reverse from sys.argv too; this also covers main(argv)
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if args.command is None:
        from ptquiz_gui.app import run_gui

        return run_gui(args.data_dir)
    if args.command == "start":
        from ptquiz_gui.commands.start import request_for

        request = request_for(args)
        if request is None:
            return 1
        from ptquiz_gui.app import run_gui

        return run_gui(args.data_dir, request)
    from ptquiz_gui.domain import display

    display.use_locale(display.PLAIN)  # a command prints English, whatever a window in this process chose
    module = "import_" if args.command == "import" else args.command
    command = importlib.import_module(f"ptquiz_gui.commands.{module}")
    from ptquiz_gui.commands.output import OutputFailed

    if isinstance(sys.stderr, io.TextIOWrapper):  # a path that is not UTF-8 is said with escapes
        sys.stderr.reconfigure(errors="backslashreplace")
    try:
        result: int = command.run(args)
    except OutputFailed as failed:
        print(f"ptquiz {args.command}: {failed}", file=sys.stderr)
        return 1
    return result


if __name__ == "__main__":
    sys.exit(main())

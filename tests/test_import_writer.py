"""Saving converted banks: valid, atomic, and never replacing a file that is already there."""

from __future__ import annotations

from pathlib import Path

import pytest

from ptquiz_gui.domain.formats import convert_file, write_bank
from ptquiz_gui.domain.formats.bank_writer import slugify, title_from_stem
from ptquiz_gui.domain.loader import load_bank_file
from ptquiz_gui.domain.model import BankError

DATA = Path(__file__).resolve().parent / "data" / "import"


def test_writes_the_bank_into_a_folder_it_creates(tmp_path: Path) -> None:
    result = convert_file(DATA / "aiken-good.txt", None)
    target = tmp_path / "new" / "banks"

    written = write_bank(result.bank_yaml, target, result.stem)

    assert written == target / "aiken-good.yaml"
    assert written.read_text(encoding="utf-8") == result.bank_yaml
    assert [q.key_text for q in load_bank_file(written).questions] == ["Mercury", "Aiken", "9", "eight"]
    assert sorted(p.name for p in target.iterdir()) == ["aiken-good.yaml"]


def test_an_existing_file_is_kept_and_the_new_bank_gets_a_numbered_name(tmp_path: Path) -> None:
    existing = tmp_path / "aiken-good.yaml"
    existing.write_text("my own bank, not to be touched\n", encoding="utf-8")
    (tmp_path / "aiken-good-2.yml").write_text("another\n", encoding="utf-8")
    result = convert_file(DATA / "aiken-good.txt", None)

    written = write_bank(result.bank_yaml, tmp_path, result.stem)

    assert written == tmp_path / "aiken-good-3.yaml"
    assert existing.read_text(encoding="utf-8") == "my own bank, not to be touched\n"
    assert load_bank_file(written).id == "aiken-good-3"


def test_ids_of_other_banks_are_not_reused(tmp_path: Path) -> None:
    result = convert_file(DATA / "aiken-good.txt", None)

    written = write_bank(result.bank_yaml, tmp_path, result.stem, taken_ids={"aiken-good"})

    assert written.name == "aiken-good-2.yaml"
    assert load_bank_file(written).id == "aiken-good-2"


def test_an_invalid_bank_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    broken = "format: 1\nid: broken\ntitle: Broken\nquestions: []\n"

    with pytest.raises(BankError) as caught:
        write_bank(broken, tmp_path, "broken")

    assert caught.value.problems
    assert all("broken.yaml (not written)" in str(p) for p in caught.value.problems)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("My Quiz (v2)", "my-quiz-v2"),
        ("Café crème", "cafe-creme"),
        ("__init__.gift", "init__.gift"),
        ("???", ""),
        ("x" * 80, "x" * 64),
    ],
)
def test_slugs_are_valid_ids(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_titles_come_from_the_file_name() -> None:
    assert title_from_stem("pytorch_week-3") == "Pytorch week 3"
    assert title_from_stem("Moodle export") == "Moodle export"
    assert title_from_stem("--") == "Imported questions"

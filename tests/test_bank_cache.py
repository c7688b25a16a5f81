"""The bank cache: a start after the first takes unchanged bank files from it instead of
parsing their YAML again, and gets exactly the banks and problems a fresh load gives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_loader import bank_text

from ptquiz_gui.domain.bank_cache import BankCache
from ptquiz_gui.domain.bank_codec import bank_from_record, bank_to_record
from ptquiz_gui.domain.library import load_library
from ptquiz_gui.domain.model import BankSource, LoadResult

BUNDLED = Path(__file__).resolve().parent.parent / "quizzes"


def load_twice(bundled: Path, user: Path, cache_file: Path) -> tuple[LoadResult, LoadResult]:
    first_cache = BankCache(cache_file)
    first = load_library(bundled, user, first_cache)
    assert first_cache.save()
    return first, load_library(bundled, user, BankCache(cache_file))


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    bundled, user = tmp_path / "bundled", tmp_path / "user"
    bundled.mkdir()
    user.mkdir()
    (bundled / "one.yaml").write_text(bank_text("one", "q1", "q2"), encoding="utf-8")
    (user / "mine.yaml").write_text(bank_text("mine"), encoding="utf-8")
    return bundled, user, tmp_path / "cache" / "banks.json"


def test_the_bundled_banks_from_the_cache_equal_the_banks_parsed_from_yaml(tmp_path: Path) -> None:
    fresh = load_library(BUNDLED, tmp_path / "none")
    first, cached = load_twice(BUNDLED, tmp_path / "none", tmp_path / "banks.json")
    assert len(fresh.banks) == 12
    assert cached.banks == fresh.banks == first.banks
    assert cached.problems == fresh.problems == []


def test_a_second_load_from_the_cache_does_not_import_the_yaml_loader(tmp_path: Path) -> None:
    script = (
        "import sys; from pathlib import Path\n"
        "from ptquiz_gui.domain.bank_cache import BankCache\n"
        "from ptquiz_gui.domain.library import load_library\n"
        "result = load_library(Path(sys.argv[1]), Path(sys.argv[2]), BankCache(Path(sys.argv[3])))\n"
        "print(len(result.banks), 'yaml' in sys.modules, 'ptquiz_gui.domain.bank_parse' in sys.modules)\n"
    )
    args = [sys.executable, "-c", script, str(BUNDLED), str(tmp_path / "none"), str(tmp_path / "banks.json")]
    first = subprocess.run(args, capture_output=True, text=True, check=True, timeout=60)
    assert first.stdout.split() == ["12", "True", "True"]
    saved = BankCache(tmp_path / "banks.json")
    load_library(BUNDLED, tmp_path / "none", saved)
    assert saved.save()
    second = subprocess.run(args, capture_output=True, text=True, check=True, timeout=60)
    assert second.stdout.split() == ["12", "False", "False"]


def test_an_edited_file_is_parsed_again(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, cache_file = folders
    load_twice(bundled, user, cache_file)
    mine = user / "mine.yaml"
    before = mine.stat()
    mine.write_text(bank_text("mine").replace("Bank mine", "Bank MINE"), encoding="utf-8")  # same size
    os.utime(mine, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    result = load_library(bundled, user, BankCache(cache_file))
    assert {b.id: b.title for b in result.banks}["mine"] == "Bank MINE"


def test_a_file_that_turned_bad_shows_its_problems_and_a_cached_bad_file_keeps_them(
    folders: tuple[Path, Path, Path],
) -> None:
    bundled, user, cache_file = folders
    load_twice(bundled, user, cache_file)
    (user / "mine.yaml").write_text("format: 1\nid: mine\n", encoding="utf-8")
    fresh = load_library(bundled, user)
    first, cached = load_twice(bundled, user, cache_file)
    assert (
        [str(p) for p in cached.problems]
        == [str(p) for p in fresh.problems]
        == [
            f"{user / 'mine.yaml'}:1:1: missing required key 'title'",
            f"{user / 'mine.yaml'}:1:1: missing required key 'questions'",
        ]
    )
    assert [b.id for b in cached.banks] == ["one"]


def test_a_reused_id_is_refused_when_both_banks_come_from_the_cache(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, cache_file = folders
    (user / "copy.yaml").write_text(bank_text("one"), encoding="utf-8")
    _, cached = load_twice(bundled, user, cache_file)
    assert [b.id for b in cached.banks] == ["one", "mine"]
    assert [str(p) for p in cached.problems] == [
        f"{user / 'copy.yaml'}:2:5: bank id 'one' is already used by {bundled / 'one.yaml'}"
    ]


def test_a_removed_file_leaves_the_library_and_the_cache(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, cache_file = folders
    load_twice(bundled, user, cache_file)
    (user / "mine.yaml").unlink()
    cache = BankCache(cache_file)
    assert [b.id for b in load_library(bundled, user, cache).banks] == ["one"]
    assert cache.save()
    assert list(json.loads(cache_file.read_text(encoding="utf-8"))["files"]) == [
        f"bundled:{bundled / 'one.yaml'}"
    ]


@pytest.mark.parametrize(
    "damage",
    [
        lambda doc: "not json at all {",
        lambda doc: json.dumps({**doc, "version": "0.0.0-other"}),
        lambda doc: json.dumps({**doc, "format": 99}),
        lambda doc: json.dumps([doc]),
        lambda doc: json.dumps(_tampered(doc, lambda bank: bank["questions"][0].__setitem__(3, 7))),
        lambda doc: json.dumps(_tampered(doc, lambda bank: bank["questions"][0].__setitem__(2, ["only"]))),
        lambda doc: json.dumps(_tampered(doc, lambda bank: bank.__setitem__("title", None))),
        lambda doc: json.dumps(_tampered(doc, lambda bank: bank.__setitem__("questions", []))),
        lambda doc: json.dumps(_tampered(doc, lambda bank: bank.__setitem__("pass_mark", True))),
        lambda doc: "[" * 100_000,
        lambda doc: '{"format": 1, "files": ' + "[" * 100_000,
        lambda doc: json.dumps(_tampered(doc, lambda bank: bank.__setitem__("questions", [[[]]] * 3))),
        lambda doc: json.dumps({**doc, "files": {k: {**e, "id_site": 5} for k, e in doc["files"].items()}}),
    ],
    ids=[
        "not-json",
        "other-version",
        "other-format",
        "not-an-object",
        "key-out-of-range",
        "one-choice",
        "title-missing",
        "no-questions",
        "bool-for-number",
        "nested-100000-deep",
        "nested-inside-the-document",
        "questions-of-the-wrong-shape",
        "id-site-not-a-pair",
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored_and_the_files_are_parsed(
    folders: tuple[Path, Path, Path], damage: object
) -> None:
    bundled, user, cache_file = folders
    fresh = load_library(bundled, user)
    load_twice(bundled, user, cache_file)
    document = json.loads(cache_file.read_text(encoding="utf-8"))
    assert callable(damage)
    cache_file.write_text(damage(document), encoding="utf-8")
    assert load_library(bundled, user, BankCache(cache_file)) == fresh


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(folders: tuple[Path, Path, Path]) -> None:
    bundled, user, cache_file = folders
    cache_file.parent.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = BankCache(cache_file)
    assert [b.id for b in load_library(bundled, user, cache).banks] == ["one", "mine"]
    assert not cache.save()
    assert [b.id for b in load_library(bundled, user, BankCache(cache_file)).banks] == ["one", "mine"]


def test_every_bundled_bank_survives_the_record_round_trip() -> None:
    for bank in load_library(BUNDLED, BUNDLED / "none").banks:
        assert bank.path is not None
        record = json.loads(json.dumps(bank_to_record(bank)))
        assert bank_from_record(record, bank.path, BankSource.BUNDLED) == bank


def _tampered(document: dict[str, object], change: object) -> dict[str, object]:
    files = document["files"]
    assert isinstance(files, dict) and callable(change)
    for entry in files.values():
        if "bank" in entry:
            change(entry["bank"])
    return document

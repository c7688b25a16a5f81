"""The library model and its search proxy, checked without widgets."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ptquiz_gui.domain.model import Bank, Question
from ptquiz_gui.qtmodels.library_model import Column, LibraryEntry, LibraryFilterProxy, LibraryModel, Roles


def bank(bank_id: str, title: str, topics: tuple[str, ...], n: int = 3, time_limit: int = 0) -> Bank:
    qs = tuple(Question(f"q{i}", f"Prompt {i}", ("a", "b"), 0) for i in range(n))
    return Bank(id=bank_id, title=title, questions=qs, topics=topics, time_limit=time_limit)


def entries() -> list[LibraryEntry]:
    return [
        LibraryEntry(
            bank("cnn", "Convolutions", ("cnn", "pooling"), 10, 900),
            80.0,
            datetime(2026, 3, 1, tzinfo=UTC),
            2,
        ),
        LibraryEntry(bank("nlp", "Tokenizers", ("nlp", "bert"), 4)),
        LibraryEntry(
            bank("quant", "Quantization", ("pruning", "onnx"), 7), 55.0, datetime(2026, 4, 1, tzinfo=UTC), 1
        ),
    ]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = LibraryModel()
    model.set_entries(entries())
    qtmodeltester.check(model)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("tok")
    qtmodeltester.check(proxy)


def test_columns_show_what_a_user_reads() -> None:
    model = LibraryModel()
    model.set_entries(entries())
    row = [model.index(0, c).data() for c in Column]
    assert row == ["Convolutions", "cnn, pooling", "10", "15 min", "80%", model.index(0, Column.LAST).data(), "—"]
    assert model.index(1, Column.BEST).data() == "—"
    assert model.index(1, Column.LAST).data() == "never"
    assert model.index(1, Column.TIME_LIMIT).data() == "4 min"  # default: a minute per question
    assert model.headerData(Column.BEST, Qt.Orientation.Horizontal) == "Best score"


def test_readiness_reads_beside_the_pass_mark_with_a_30_day_sparkline(qtbot: QtBot) -> None:
    from dataclasses import replace

    from ptquiz_gui.qtmodels.library_model import sparkline
    from ptquiz_gui.views.library.detail_pane import DetailPane

    first = entries()[0]
    ready = replace(first, readiness=0.733, projection=(0.733, 0.70, 0.62, 0.55))
    model = LibraryModel()
    model.set_entries([ready, first])
    assert model.index(0, Column.READINESS).data() == "73.3%"  # the pass mark in the tip and when read aloud
    spoken = model.index(0, Column.READINESS).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"73.3% · pass {first.bank.pass_mark}%"
    assert model.index(0, Column.READINESS).data(Qt.ItemDataRole.ToolTipRole).startswith(f"{spoken}\n")
    assert model.index(1, Column.READINESS).data() == "—"  # before the history is read
    assert sparkline([0.0, 0.5, 1.0]) == "▁▅█"
    pane = DetailPane()
    qtbot.addWidget(pane)
    assert pane.readiness_line(ready) == (
        f"Readiness 73.3% · pass mark {first.bank.pass_mark}% · {sparkline(ready.projection[::3])} 55% in 3 days with no review"
    )


def test_search_matches_every_word_in_title_topics_and_id() -> None:
    model = LibraryModel()
    model.set_entries(entries())
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search_text("BERT")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Tokenizers"]
    proxy.set_search_text("pruning quant")
    assert [proxy.index(r, 0).data(Roles.BANK_ID) for r in range(proxy.rowCount())] == ["quant"]
    proxy.set_search_text("nothing-like-this")
    assert proxy.rowCount() == 0
    proxy.set_search_text("")
    assert proxy.rowCount() == 3


def test_sorting_by_best_score_uses_numbers_not_text() -> None:
    model = LibraryModel()
    model.set_entries(entries())
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.BEST, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(Roles.BANK_ID) for r in range(3)] == ["cnn", "quant", "nlp"]
    proxy.sort(Column.QUESTIONS, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(Roles.BANK_ID) for r in range(3)] == ["nlp", "quant", "cnn"]

"""The quiz header's second line ("Practice  Question 3 of 10 · 2 answered · 1 flagged") on a
narrow header: where the counts move to a row of their own, the "·" before them stays at the
end of the position's row, so that no row starts with a separator (German wrapped one there);
and flagging a question never makes the header wider (in German with larger text, the counts
as one label pushed the page past an 800 px window and it scrolled sideways)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QFont

from ptquiz_gui.views.quiz.header import QuizHeader


def _header(qtbot: QtBot, width: int, counts: str = "2 beantwortet · 1 markiert") -> QuizHeader:
    header = QuizHeader()
    qtbot.addWidget(header)
    header.mode_label.setText("Übung")
    header.position_label.setText("Frage 3 von 10")
    answered, _, flagged = counts.partition(" · ")
    header.counts_label.setText(answered)
    header.flagged_label.setText(flagged)
    header.flagged_separator.setVisible(bool(flagged))
    header.flagged_label.setVisible(bool(flagged))
    header.resize(width, 200)
    header.show()
    for _ in range(4):
        QApplication.processEvents()
    return header


def test_a_wide_header_keeps_the_line_on_one_row(qtbot: QtBot) -> None:
    header = _header(qtbot, 1000)
    line = (header.mode_label, header.position_label, header.counts_separator, header.counts_label)
    line += (header.flagged_separator, header.flagged_label)
    assert len({label.y() for label in line}) == 1
    assert [label.x() for label in line] == sorted(label.x() for label in line)


@pytest.mark.parametrize("room", [0, 4, 8])
def test_the_counts_wrap_without_a_separator_at_the_start_of_a_row(qtbot: QtBot, room: int) -> None:
    """The row is just wide enough for "Übung  Frage 3 von 10" and ``room`` px: not for the "·".
    (The counts are shorter than that, so that the row may be so narrow.)"""
    probe = _header(qtbot, 1000)
    line = probe.position_label.geometry().right() + 1 - probe.mode_label.x()
    clock = probe.width() - probe.layout().itemAtPosition(0, 1).geometry().left()
    header = _header(qtbot, line + room + clock + 16, "2 beantwortet")  # 16: the column spacing
    position, separator, counts = header.position_label, header.counts_separator, header.counts_label
    assert counts.y() > position.y(), "the counts did not wrap"
    assert separator.y() == counts.y() or separator.y() == position.y()
    starts = min((w for w in (position, separator, counts) if w.y() == separator.y()), key=lambda w: w.x())
    assert starts is not separator, "a row starts with the separator"


def test_flagging_never_widens_the_header(qtbot: QtBot) -> None:
    """With German words at 1.3 times the text size."""
    header = QuizHeader()
    qtbot.addWidget(header)
    font = QFont(header.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    header.setFont(font)
    header.title_label.set_full_text("CNNs, convolution, pooling, nn.Module, nn.Sequential")
    header.mode_label.setText("Übung")
    header.position_label.setText("Frage 10 von 10")
    header.counts_label.setText("10 beantwortet")
    unflagged = header.minimumSizeHint().width()
    header.flagged_label.setText("10 markiert")
    header.flagged_separator.show()
    header.flagged_label.show()
    assert header.minimumSizeHint().width() == unflagged

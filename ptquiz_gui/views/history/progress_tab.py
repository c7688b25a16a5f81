"""Progress for one bank: its scores over time and the accuracy per topic.

The bank is the one the History page's own Bank filter names; with "All banks" (or a mixed
exam or review, which have no progress of their own) it is the bank of the latest finished
attempt, and a caption says so."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.views.history.bank_choices import BankChoice
from ptquiz_gui.views.history.charts import ScoreChart, TopicChart
from ptquiz_gui.views.theme import show_as_hint


class ProgressTab(QWidget):
    """``load_failed(str)`` carries the store's message when the figures cannot be read."""

    load_failed = Signal(str)

    def __init__(self, reader: HistoryReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_tab")
        self._reader = reader
        self._choices: list[BankChoice] = []
        self._bank_id: str | None = None
        self.caption = QLabel()
        self.caption.setObjectName("progress_caption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.caption.hide()
        note = QLabel(
            self.tr(
                "Scores: finished attempts at the whole bank. Topics: every answer in a finished attempt, "
                "retries, reviews and mixed exams included."
            )
        )
        note.setObjectName("progress_note")
        note.setWordWrap(True)
        show_as_hint(note)
        self.score_chart = ScoreChart()
        self.score_chart.setMinimumHeight(280)
        self.topic_chart = TopicChart()

        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.score_chart, 3)
        charts_layout.addWidget(self.topic_chart, 2)
        scroll = QScrollArea()
        scroll.setObjectName("progress_scroll")
        scroll.setAccessibleName(self.tr("Progress charts"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to each chart, which it scrolls into view
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(charts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.caption)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)

    def set_banks(self, choices: Sequence[BankChoice], bank_id: str | None, *, chosen: bool) -> None:
        """Chart the real banks (not mixed exams or reviews) among ``choices``: ``bank_id``,
        which the page's filter names when ``chosen``, else the bank shown, else the first."""
        self._choices = [c for c in choices if not c.pseudo]
        self.show_bank(bank_id, chosen=chosen)

    def bank_id(self) -> str | None:
        return self._bank_id

    def show_bank(self, bank_id: str | None, *, chosen: bool) -> None:
        ids = [c.bank_id for c in self._choices]
        shown = next((b for b in (bank_id, self._bank_id) if b in ids), ids[0] if ids else None)
        self._bank_id = shown
        choice = self._choice()
        chosen = chosen and shown == bank_id
        if choice is None or chosen:
            self.caption.hide()
        else:
            if shown == bank_id:
                caption = self.tr(
                    "The charts show {title}, the bank of your latest finished attempt. "
                    "Choose a bank in the Bank filter above to chart another."
                )
            else:
                caption = self.tr(
                    "The charts show {title}. Choose a bank in the Bank filter above to chart another."
                )
            self.caption.setText(caption.format(title=choice.title))
            self.caption.show()
        self.reload()

    def _choice(self) -> BankChoice | None:
        return next((c for c in self._choices if c.bank_id == self._bank_id), None)

    def reload(self) -> None:
        choice = self._choice()
        if choice is None:
            self.score_chart.set_scores("", [], 0)
            self.topic_chart.set_topics("", [])
            return
        try:
            scores = self._reader.score_series(choice.bank_id)
            topics = self._reader.topic_accuracy(choice.bank_id)
        except StorageError as error:
            scores, topics = [], []
            self.load_failed.emit(str(error))
        self.score_chart.set_scores(choice.title, scores, choice.pass_mark)
        self.topic_chart.set_topics(choice.title, topics)

"""Progress for one bank: its scores over time and the accuracy per topic."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.views.history.bank_choices import BankChoice
from ptquiz_gui.views.history.charts import ScoreChart, TopicChart
from ptquiz_gui.views.history.filter_bar import BANK_COMBO_CHARS, fit_popup_to_items
from ptquiz_gui.views.theme import show_as_hint


class ProgressTab(QWidget):
    """``load_failed(str)`` carries the store's message when the figures cannot be read."""

    load_failed = Signal(str)

    def __init__(self, reader: HistoryReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_tab")
        self._reader = reader
        self._choices: list[BankChoice] = []
        self.bank_combo = QComboBox()
        self.bank_combo.setObjectName("progress_bank")
        self.bank_combo.setAccessibleName("Bank to chart")
        self.bank_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.bank_combo.setMinimumContentsLength(BANK_COMBO_CHARS)
        label = QLabel("Ban&k:")
        label.setBuddy(self.bank_combo)
        note = QLabel(
            "Scores: finished attempts at the whole bank. Topics: every answer in a finished attempt, "
            "retries, reviews and mixed exams included."
        )
        note.setObjectName("progress_note")
        note.setWordWrap(True)
        show_as_hint(note)
        self.score_chart = ScoreChart()
        self.score_chart.setMinimumHeight(280)
        self.topic_chart = TopicChart()

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.bank_combo)
        top.addStretch(1)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.score_chart, 3)
        charts_layout.addWidget(self.topic_chart, 2)
        scroll = QScrollArea()
        scroll.setObjectName("progress_scroll")
        scroll.setAccessibleName("Progress charts")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(charts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.bank_combo.currentIndexChanged.connect(self._on_bank_changed)

    def set_banks(self, choices: Sequence[BankChoice], preferred: str | None) -> None:
        """Offer the real banks (not mixed exams or reviews); show ``preferred`` when offered,
        else keep the bank shown, else the first."""
        shown = self.bank_id()
        self._choices = [c for c in choices if not c.pseudo]
        self.bank_combo.blockSignals(True)
        try:
            self.bank_combo.clear()
            for choice in self._choices:
                self.bank_combo.addItem(choice.title, choice.bank_id)
            fit_popup_to_items(self.bank_combo)
            index = -1
            for wanted in (preferred, shown):
                if wanted is not None and (index := self.bank_combo.findData(wanted)) >= 0:
                    break
            self.bank_combo.setCurrentIndex(max(index, 0) if self._choices else -1)
        finally:
            self.bank_combo.blockSignals(False)
        self.reload()

    def bank_id(self) -> str | None:
        data = self.bank_combo.currentData()
        return data if isinstance(data, str) else None

    def show_bank(self, bank_id: str) -> None:
        index = self.bank_combo.findData(bank_id)
        if index >= 0:
            self.bank_combo.setCurrentIndex(index)

    def reload(self) -> None:
        choice = next((c for c in self._choices if c.bank_id == self.bank_id()), None)
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

    @Slot(int)
    def _on_bank_changed(self, _index: int) -> None:
        self.reload()

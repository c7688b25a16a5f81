"""View → Spaced review retention…: the desired retention, what it trades, and the reviews a day it costs.

The estimate simulates a year of reviews of the student's own cards (0.1-0.3 s), so it runs
on a worker thread; the dialog stays responsive and shows the figure when it arrives.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.fsrs_cards import MAX_RETENTION, MIN_RETENTION, QuestionCard
from ptquiz_gui.domain.review_queue import expected_reviews_per_day
from ptquiz_gui.views.window_fit import size_to_content


class _Estimate(QRunnable):
    def __init__(self, sink: _Sink, cards: list[QuestionCard], retention: float, now: datetime) -> None:
        super().__init__()
        self._sink, self._cards, self._retention, self._now = sink, cards, retention, now

    def run(self) -> None:
        self._sink.estimated.emit(self._retention, expected_reviews_per_day(self._cards, self._retention, self._now))


class _Sink(QObject):
    estimated = Signal(float, float)  # retention, reviews a day


class RetentionDialog(QDialog):
    chosen = Signal(float)  # the retention accepted with OK

    def __init__(self, retention: float, cards: list[QuestionCard], now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_dialog")
        self.setWindowTitle(self.tr("Spaced review retention"))
        self._cards = [c for c in cards if c.memory is not None]
        self._now = now
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._sink = _Sink(self)
        self._sink.estimated.connect(self._on_estimated)
        self.spin = QDoubleSpinBox()
        self.spin.setObjectName("retention_spin")
        self.spin.setRange(100 * MIN_RETENTION, 100 * MAX_RETENTION)
        self.spin.setDecimals(0)
        self.spin.setSingleStep(1)
        self.spin.setSuffix(display.current_locale().percent(""))  # "%" in English, " %" in German
        self.spin.setValue(round(100 * retention))
        self.spin.setAccessibleName(self.tr("Desired retention"))
        self.spin.valueChanged.connect(self._estimate)
        explanation = QLabel(
            self.tr(
                "Each question comes back on the day your chance of answering it right falls to this share. "
                "Higher: you forget less, but the gaps are shorter and there are more reviews every day. "
                "Lower: fewer reviews and longer gaps, and more questions already forgotten "
                "when they come back. "
                "The cost climbs steeply above {share}."
            ).format(share=display.percent(90))
        )
        explanation.setWordWrap(True)
        self.workload = QLabel()
        self.workload.setObjectName("retention_workload")
        self.workload.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Desired retention:"), self.spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.workload)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self._estimate()
        size_to_content(self, 520)

    @property
    def retention(self) -> float:
        return round(self.spin.value()) / 100

    def workload_words(self, retention: float, per_day: float | None) -> str:
        """The reviews a day ``retention`` costs; ``per_day`` None while it is being estimated."""
        if not self._cards:
            return self.tr(
                "No question is scheduled yet, so there is nothing to review: "
                "questions you miss enter the schedule."
            )
        share = display.percent(100 * retention)
        if per_day is None:
            return self.tr("At {share}: estimating the reviews a day…").format(share=share)
        return self.tr(
            "At {share}: about {per_day} reviews a day over the next year, for your %Ln scheduled questions.",
            "",
            len(self._cards),
        ).format(share=share, per_day=display.current_locale().number(per_day, 1))

    def _show_workload(self, text: str) -> None:
        """On the label, and as the spin box's description, so that a screen reader on it hears the figure."""
        self.workload.setText(text)
        self.spin.setAccessibleDescription(text)
        if self.isVisible():  # the figure takes more lines than "estimating…"
            size_to_content(self, self.width())

    @Slot()
    def _estimate(self) -> None:
        if not self._cards:
            self._show_workload(self.workload_words(self.retention, 0.0))
            return
        self._show_workload(self.workload_words(self.retention, None))
        self._pool.start(_Estimate(self._sink, self._cards, self.retention, self._now))

    @Slot(float, float)
    def _on_estimated(self, retention: float, per_day: float) -> None:
        if abs(retention - self.retention) < 1e-9:  # an older estimate for a value since changed is dropped
            self._show_workload(self.workload_words(retention, per_day))

    def done(self, result: int) -> None:
        self._pool.waitForDone()
        if result == QDialog.DialogCode.Accepted:
            self.chosen.emit(self.retention)
        super().done(result)

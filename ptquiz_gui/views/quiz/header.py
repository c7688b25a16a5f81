"""The strip above a question: title, position, progress and the clock.

When an exam's clock enters its last tenth, a screen reader is told as well as shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.attempt import Attempt
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.qtmodels.plain_text import plain_tooltip
from ptquiz_gui.views.flow_layout import FlowLayout
from ptquiz_gui.views.markdown import mix
from ptquiz_gui.views.status_announcer import announce
from ptquiz_gui.views.theme import legible, status_colors

WARNING_FRACTION = 0.10  # the exam clock turns to a warning in the last 10 % of the time


def clock_reading(attempt: Attempt) -> tuple[str, str, bool]:
    """(caption, time, warning) for the header: elapsed in practice, remaining in an exam."""
    remaining = attempt.remaining()
    if remaining is None:
        return QCoreApplication.translate("QuizHeader", "Elapsed"), display.duration(attempt.elapsed()), False
    limit = attempt.plan.time_limit or 0
    warning = remaining <= WARNING_FRACTION * limit
    return QCoreApplication.translate("QuizHeader", "Time left"), display.time_left(remaining), warning


class _ElidedLabel(QLabel):
    """A one-line label that ends in … when too narrow, with the full text as tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)  # the full text is a bank's title
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleName(text)
        self.setAccessibleDescription(text)  # else a screen reader gets the tooltip's HTML
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))


class QuizHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz_header")
        self._warning = False
        self.title_label = _ElidedLabel()
        self.title_label.setObjectName("quiz_title")
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.mode_label = QLabel()
        self.mode_label.setObjectName("mode_label")
        self.position_label = QLabel()
        self.position_label.setObjectName("position_label")
        # Each count is an item of its own, so that the line can wrap between them: as one
        # label, "2 beantwortet · 10 markiert" made the header wider than an 800 px window.
        # A "·" stays on the row of the item before it: no row starts with one.
        self.counts_separator = QLabel("·")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("counts_label")
        self.flagged_separator = QLabel("·")
        self.flagged_label = QLabel()
        self.flagged_label.setObjectName("flagged_label")
        self.flagged_separator.hide()
        self.flagged_label.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("quiz_progress")
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.clock_caption = QLabel()
        self.clock_caption.setObjectName("clock_caption")
        self.clock_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timer_label")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        timer_font.setPointSizeF(self.font().pointSizeF() * 1.5)
        timer_font.setBold(True)
        self.timer_label.setFont(timer_font)
        self.timer_label.setMinimumWidth(self.timer_label.fontMetrics().horizontalAdvance("0:00:00") + 24)
        self.pause_button = QPushButton(self.tr("Pause (P)"))
        self.pause_button.setObjectName("pause_button")
        self.pause_button.setAccessibleName(self.tr("Pause"))
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.leave_button = QPushButton(self.tr("Leave (Esc)"))
        self.leave_button.setObjectName("leave_button")
        self.leave_button.setAccessibleName(self.tr("Leave the attempt"))
        self.leave_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        line = FlowLayout(spacing=10, row_spacing=2)
        line.addWidget(self.mode_label)
        line.addWidget(self.position_label)
        line.add_joined(self.counts_separator)
        line.addWidget(self.counts_label)
        line.add_joined(self.flagged_separator)
        line.addWidget(self.flagged_label)
        clock = QHBoxLayout()
        clock.setSpacing(8)
        clock.addWidget(self.clock_caption)
        clock.addWidget(self.timer_label)
        clock.addSpacing(8)
        clock.addWidget(self.pause_button)
        clock.addWidget(self.leave_button)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.title_label, 0, 0)
        grid.addLayout(clock, 0, 1, 2, 1)
        grid.addLayout(line, 1, 0)
        grid.addWidget(self.progress, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self._style_timer()
        self._fit_pause_button()

    def _fit_pause_button(self) -> None:
        """As wide as the wider of its labels, so that nothing beside it moves when Pause
        becomes Resume (in German, "Pause" becomes the longer "Fortsetzen")."""
        button = self.pause_button
        shown = button.text()
        widths = []
        for label in (self.tr("Pause (P)"), self.tr("Resume (P)")):
            button.setText(label)
            widths.append(button.sizeHint().width())
        button.setText(shown)
        button.setMinimumWidth(max(widths))

    def show_attempt(self, attempt: Attempt) -> None:
        self.title_label.set_full_text(attempt.plan.title)
        practice = attempt.mode is Mode.PRACTICE
        self.mode_label.setText(self.tr("Practice") if practice else self.tr("Exam"))
        self.pause_button.setVisible(practice)
        self.progress.setRange(0, attempt.size)
        self.update_progress(attempt)
        self.update_clock(attempt)

    def update_progress(self, attempt: Attempt) -> None:
        self.position_label.setText(
            self.tr("Question {number} of {total}").format(number=attempt.current + 1, total=attempt.size)
        )
        self.counts_label.setText(self.tr("%Ln answered", "", attempt.answered_count))
        self.flagged_label.setText(self.tr("%Ln flagged", "", attempt.flagged_count))
        self.flagged_separator.setVisible(attempt.flagged_count > 0)
        self.flagged_label.setVisible(attempt.flagged_count > 0)
        # setValue repaints the bar at once, in the middle of the update, under the style
        # sheet; with updates off it is just marked for the next paint of the header.
        self.progress.setUpdatesEnabled(False)
        self.progress.setValue(attempt.answered_count)
        self.progress.setUpdatesEnabled(True)
        self.progress.setAccessibleDescription(
            self.tr("%Ln of {total} answered", "", attempt.answered_count).format(total=attempt.size)
        )

    def update_clock(self, attempt: Attempt) -> None:
        caption, reading, warning = clock_reading(attempt)
        self.clock_caption.setText(caption)
        self.timer_label.setText(reading)
        spoken = self.tr("{caption}: {time}").format(caption=caption, time=reading)
        if self.timer_label.accessibleName() != spoken:  # each change is an event on the bus
            self.timer_label.setAccessibleName(spoken)
        self.pause_button.setText(self.tr("Resume (P)") if attempt.paused else self.tr("Pause (P)"))
        self.pause_button.setAccessibleName(self.tr("Resume") if attempt.paused else self.tr("Pause"))
        if warning != self._warning:
            self._warning = warning
            self.timer_label.setProperty("warning", warning)
            self._style_timer()
            if warning:
                warned = self.tr("Less than a tenth of the time is left: {time}.").format(time=reading)
                self.timer_label.setAccessibleDescription(warned)
                announce(self.timer_label, warned, assertive=True)
            else:
                self.timer_label.setAccessibleDescription("")

    @property
    def warning(self) -> bool:
        return self._warning

    def _style_timer(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        if self._warning:
            accent = status_colors(palette).wrong
            fill, border = mix(base, accent, 0.2), accent
            text = legible(accent, fill)
        else:
            fill = base
            border = palette.color(QPalette.ColorRole.Mid)
            text = palette.color(QPalette.ColorRole.Text)
        self.timer_label.setStyleSheet(
            f"QLabel#timer_label {{ color: {text.name()}; background: {fill.name()};"
            f" border: {2 if self._warning else 1}px solid {border.name()}; border-radius: 6px;"
            " padding: 3px 10px; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_timer()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_pause_button()

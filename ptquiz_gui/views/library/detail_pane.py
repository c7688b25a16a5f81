"""The selected bank: description, facts, its unfinished attempts, and the buttons that start it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ptquiz_gui.domain.model import BankSource
from ptquiz_gui.domain import display
from ptquiz_gui.qtmodels.library_model import SPARK_EVERY_DAYS, LibraryEntry, readiness_explained, sparkline
from ptquiz_gui.views.flow_layout import FlowLayout
from ptquiz_gui.views.library.bank_columns import viewport_of
from ptquiz_gui.views.library.whole_lines import WholeLinesArea
from ptquiz_gui.views.markdown import MarkdownView
from ptquiz_gui.views.resume.unfinished_list import UnfinishedList

if TYPE_CHECKING:
    from ptquiz_gui.storage.records import AttemptSummary


class DetailPane(QWidget):
    practice_clicked = Signal()
    exam_clicked = Signal()
    mixed_clicked = Signal()
    remove_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_pane")
        self._title = QLabel()
        self._title.setObjectName("detail_title")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)
        font = QFont(self._title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self._title.setFont(font)
        self._facts = QLabel()
        self._facts.setObjectName("detail_facts")
        self._facts.setTextFormat(Qt.TextFormat.PlainText)
        self._facts.setWordWrap(True)
        self.readiness = QLabel()
        self.readiness.setObjectName("detail_readiness")
        self.readiness.setTextFormat(Qt.TextFormat.PlainText)
        self.readiness.setWordWrap(True)
        self.readiness.setAccessibleName(self.tr("Readiness"))
        self.readiness.setToolTip(readiness_explained())
        # As tall as its text: the details scroll as a whole rather than squeeze it to a sliver.
        self._description = MarkdownView(auto_height=True)
        viewport_of(self._description)  # before it fits its height to its text (see viewport_of)
        self._description.setObjectName("detail_description")
        self._description.setAccessibleName(self.tr("Bank description"))
        self._description.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unfinished = UnfinishedList()
        # On a short window the rows scroll (Tab brings each into view, as does the wheel)
        # rather than squeeze the bank list above them; at least one row always shows.
        self._unfinished_area = QScrollArea()
        self._unfinished_area.setObjectName("unfinished_area")
        self._unfinished_area.setWidgetResizable(True)
        self._unfinished_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self._unfinished_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._unfinished_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._unfinished_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._unfinished_area.setWidget(self.unfinished)
        self._unfinished_area.setVisible(False)

        self.practice_button = QPushButton(self.tr("&Practice"))
        self.practice_button.setObjectName("practice_button")
        self.practice_button.setToolTip(
            self.tr("One question at a time with the reasoning after each answer (Enter)")
        )
        self.exam_button = QPushButton(self.tr("&Exam…"))
        self.exam_button.setObjectName("exam_button")
        self.exam_button.setToolTip(self.tr("Timed, no feedback until you submit (Ctrl+E)"))
        self.mixed_button = QPushButton(self.tr("&Mixed exam…"))
        self.mixed_button.setObjectName("mixed_button")
        self.mixed_button.setToolTip(self.tr("Random questions drawn from every selected bank"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("remove_button")
        self.remove_button.setToolTip(
            self.tr("Take this bank out of your library (the file is kept in removed-banks)")
        )
        for button, name in (
            (self.remove_button, self.tr("Remove bank")),
            (self.practice_button, self.tr("Start practice")),
            (self.exam_button, self.tr("Start exam")),
            (self.mixed_button, self.tr("Start mixed exam")),
        ):
            button.setAccessibleName(name)
            button.setMinimumHeight(34)

        buttons = FlowLayout()
        buttons.addWidget(self.practice_button)
        buttons.addWidget(self.exam_button)
        buttons.addWidget(self.mixed_button)
        buttons.push_right()
        buttons.addWidget(self.remove_button)
        about = QWidget()
        about.setObjectName("detail_about")
        about_layout = QVBoxLayout(about)
        about_layout.setContentsMargins(0, 0, 0, 0)
        about_layout.addWidget(self._title)
        about_layout.addWidget(self._facts)
        about_layout.addWidget(self.readiness)
        about_layout.addWidget(self._description)
        about_layout.addStretch(1)
        # On a short window (longer words, larger text, a problems panel below) what is said
        # about the bank scrolls, ending between two lines; its unfinished attempts and the
        # buttons that start it stay in sight below.
        self._about_area = WholeLinesArea()
        self._about_area.setObjectName("detail_scroll_area")
        self._about_area.setAccessibleName(self.tr("Bank details"))
        self._about_area.setWidgetResizable(True)
        self._about_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self._about_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._about_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._about_area.setWidget(about)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self._about_area, 1)
        layout.addWidget(self._unfinished_area)
        layout.addLayout(buttons)
        self._connect_signals()
        self.show_entry(None)

    def _connect_signals(self) -> None:
        self.practice_button.clicked.connect(self.practice_clicked)
        self.exam_button.clicked.connect(self.exam_clicked)
        self.mixed_button.clicked.connect(self.mixed_clicked)
        self.remove_button.clicked.connect(self.remove_clicked)

    @Slot(object)
    def show_entry(self, entry: LibraryEntry | None, selected_count: int = 1) -> None:
        has = entry is not None
        self.remove_button.setVisible(entry is not None and entry.bank.source is BankSource.USER)
        self.practice_button.setEnabled(has)
        self.exam_button.setEnabled(has)
        self.mixed_button.setEnabled(has)
        self.mixed_button.setText(
            self.tr("&Mixed exam from %Ln banks…", "", selected_count)
            if selected_count > 1
            else self.tr("&Mixed exam…")
        )
        if entry is None:
            self._title.setText(self.tr("No bank selected"))
            self._facts.setText(
                self.tr("Choose a bank in the list, or import your own with File → Import bank…")
            )
            self._description.set_markdown("")
            self.readiness.hide()
            return
        self.readiness.setText(self.readiness_line(entry))
        self.readiness.setVisible(entry.readiness is not None)
        bank = entry.bank
        facts = [  # each a phrase of its own
            self.tr("%Ln questions", "", len(bank.questions)),
            self.tr("exam time {time}").format(time=display.minutes(bank.effective_time_limit)),
            self.tr("pass mark {percent}").format(percent=display.percent(bank.pass_mark)),
            self.tr("bundled") if bank.source is BankSource.BUNDLED else self.tr("your bank"),
        ]
        if entry.best_percent is not None:
            best = self.tr("best {percent} in %Ln attempts", "", entry.attempts)
            facts.append(best.format(percent=display.percent(entry.best_percent)))
        self._title.setText(bank.title)
        self._facts.setText(" · ".join(facts))
        topics = ", ".join(bank.topics)
        more = "\n\n" + self.tr("**Topics:** {topics}").format(topics=topics) if topics else ""
        self._description.set_markdown(bank.description + more)
        self._about_area.verticalScrollBar().setValue(0)  # a new bank is read from its title

    def readiness_line(self, entry: LibraryEntry) -> str:
        """Today's readiness beside the pass mark, then the next 30 days with no review as a
        curve and where it ends."""
        if entry.readiness is None:
            return ""
        today, pass_mark = display.percent(100 * entry.readiness), display.percent(entry.bank.pass_mark)
        if not entry.projection:
            line = self.tr("Readiness {today} · pass mark {pass_mark}")
            return line.format(today=today, pass_mark=pass_mark)
        days = len(entry.projection) - 1
        line = self.tr(
            "Readiness {today} · pass mark {pass_mark} · {curve} {last} in %Ln days with no review", "", days
        )
        return line.format(
            today=today,
            pass_mark=pass_mark,
            curve=sparkline(entry.projection[::SPARK_EVERY_DAYS]),
            last=display.percent(100 * entry.projection[-1]),
        )

    def show_unfinished(self, attempts: list[AttemptSummary]) -> None:
        """The selected bank's unfinished attempts, each a button that resumes it."""
        self.unfinished.set_attempts(attempts)
        self._unfinished_area.setVisible(bool(attempts))
        self._fit_unfinished()

    def _fit_unfinished(self) -> None:
        """Room for every row at the pane's width (a row whose Discard… wraps under its Resume
        is taller), and for the first row at least."""
        rows = len(self.unfinished.resume_buttons)
        if not rows:
            return
        margins = self._layout.contentsMargins()
        width = self.contentsRect().width() - margins.left() - margins.right()
        self._unfinished_area.setMaximumHeight(self.unfinished.rows_height(width, rows))
        self._unfinished_area.setMinimumHeight(self.unfinished.rows_height(width, 1))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_unfinished()

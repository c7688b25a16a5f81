"""The selected bank: description, facts, its unfinished attempts, and the buttons that start it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ptquiz_gui.domain.model import BankSource
from ptquiz_gui.domain import display
from ptquiz_gui.qtmodels.library_model import READINESS_EXPLAINED, LibraryEntry, readiness_detail
from ptquiz_gui.views.flow_layout import FlowLayout
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
        self.readiness.setAccessibleName("Readiness")
        self.readiness.setToolTip(READINESS_EXPLAINED)
        self._description = MarkdownView()
        self._description.setObjectName("detail_description")
        self._description.setAccessibleName("Bank description")
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

        self.practice_button = QPushButton("&Practice")
        self.practice_button.setObjectName("practice_button")
        self.practice_button.setToolTip("One question at a time with the reasoning after each answer (Enter)")
        self.exam_button = QPushButton("&Exam…")
        self.exam_button.setObjectName("exam_button")
        self.exam_button.setToolTip("Timed, no feedback until you submit (Ctrl+E)")
        self.mixed_button = QPushButton("&Mixed exam…")
        self.mixed_button.setObjectName("mixed_button")
        self.mixed_button.setToolTip("Random questions drawn from every selected bank")
        self.remove_button = QPushButton("&Remove…")
        self.remove_button.setObjectName("remove_button")
        self.remove_button.setToolTip(
            "Take this bank out of your library (the file is kept in removed-banks)"
        )
        for button, name in (
            (self.remove_button, "Remove bank"),
            (self.practice_button, "Start practice"),
            (self.exam_button, "Start exam"),
            (self.mixed_button, "Start mixed exam"),
        ):
            button.setAccessibleName(name)
            button.setMinimumHeight(34)

        buttons = FlowLayout()
        buttons.addWidget(self.practice_button)
        buttons.addWidget(self.exam_button)
        buttons.addWidget(self.mixed_button)
        buttons.push_right()
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self._title)
        layout.addWidget(self._facts)
        layout.addWidget(self.readiness)
        layout.addWidget(self._description, 1)
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
            f"&Mixed exam from {selected_count} banks…" if selected_count > 1 else "&Mixed exam…"
        )
        if entry is None:
            self._title.setText("No bank selected")
            self._facts.setText("Choose a bank on the left, or import your own with File → Import bank….")
            self._description.set_markdown("")
            self.readiness.hide()
            return
        self.readiness.setText(readiness_detail(entry))
        self.readiness.setVisible(entry.readiness is not None)
        bank = entry.bank
        source = "bundled" if bank.source is BankSource.BUNDLED else "your bank"
        facts = [
            display.count(len(bank.questions), "question"),
            f"exam time {display.minutes(bank.effective_time_limit)}",
            f"pass mark {display.percent(bank.pass_mark)}",
            source,
        ]
        if entry.best_percent is not None:
            facts.append(
                f"best {display.percent(entry.best_percent)} in {display.count(entry.attempts, 'attempt')}"
            )
        self._title.setText(bank.title)
        self._facts.setText(" · ".join(facts))
        topics = ", ".join(bank.topics)
        self._description.set_markdown(bank.description + (f"\n\n**Topics:** {topics}" if topics else ""))

    def show_unfinished(self, attempts: list[AttemptSummary]) -> None:
        """The selected bank's unfinished attempts, each a button that resumes it."""
        self.unfinished.set_attempts(attempts)
        self._unfinished_area.setVisible(bool(attempts))
        row = max((b.sizeHint().height() for b in self.unfinished.resume_buttons), default=0)
        self._unfinished_area.setMaximumHeight(self.unfinished.sizeHint().height())
        self._unfinished_area.setMinimumHeight(row)

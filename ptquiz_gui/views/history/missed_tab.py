"""The questions missed most often across the history.

Enter (or a double click) on a row opens the question; Practise these (Alt+P) starts a
practice of every listed question, as each was last shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.qtmodels.missed_model import Column, MissedModel
from ptquiz_gui.storage.errors import StorageError
from ptquiz_gui.storage.reader import HistoryReader
from ptquiz_gui.storage.records import MissedQuestion
from ptquiz_gui.views.attempt_launcher import REVIEW_PASS_MARK, missed_plan
from ptquiz_gui.views.history.confirm import show_problem
from ptquiz_gui.views.theme import show_as_hint

MISSED_LIMIT = 50


class MissedCaption(QObject):
    """The counted sentence above the list (a QObject for ``tr``: lupdate finds plurals only there)."""

    def text(self, shown: int) -> str:
        if shown >= MISSED_LIMIT:
            return self.tr("The %Ln questions you got wrong or left unanswered most often.", "", shown)
        return self.tr("%Ln questions you got wrong or left unanswered, most often first.", "", shown)


def caption(shown: int) -> str:
    """What the list above ``shown`` rows says it holds."""
    return MissedCaption().text(shown)


class MissedTab(QWidget):
    practice_requested = Signal(object)  # AttemptPlan: a practice of the listed questions

    def __init__(self, reader: HistoryReader | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("missed_tab")
        self.reader = reader
        self.question_dialog: QWidget | None = None
        self._pass_marks: dict[str, int] = {}
        self.model = MissedModel(self)
        self.view = QTreeView()
        self.view.setObjectName("missed_list")
        self.view.setAccessibleName(self.tr("Most missed questions"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.QUESTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.BANK, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.WRONG, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(Column.BANK, 220)
        self.empty_label = QLabel(
            self.tr(
                "No missed questions yet. Questions you answer wrongly in finished attempts are listed here, "
                "most often missed first."
            )
        )
        self.empty_label.setObjectName("missed_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)
        self.intro = intro = QLabel()
        intro.setObjectName("missed_caption")
        show_as_hint(intro)
        intro.setWordWrap(True)
        self.practise_button = QPushButton(self.tr("&Practise these"))
        self.practise_button.setObjectName("practise_missed_button")
        self.practise_button.setAccessibleName(self.tr("Practise these questions"))
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.practise_button.clicked.connect(self.practise)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.practise_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self._show_count()

    def set_questions(
        self,
        questions: Sequence[MissedQuestion],
        titles: Mapping[str, str],
        pass_marks: Mapping[str, int] | None = None,
    ) -> None:
        """``pass_marks`` maps bank ids to pass marks, for a practice of one bank's questions."""
        self.model.set_questions(questions, titles)
        self._pass_marks = dict(pass_marks or {})
        self.stack.setCurrentWidget(self.view if questions else self.empty_label)
        if questions:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._show_count()

    def _show_count(self) -> None:
        shown = self.model.row_total()
        self.intro.setText(caption(shown))
        self.intro.setVisible(shown > 0)
        self.practise_button.setEnabled(shown > 0 and self.reader is not None)
        mnemonic = QKeySequence.mnemonic(self.practise_button.text())
        keys = mnemonic.toString(QKeySequence.SequenceFormat.NativeText)
        tip = self.tr("Start a practice of the %Ln listed questions ({keys})", "", shown).format(keys=keys)
        self.practise_button.setToolTip(tip if shown else "")

    # --- opening and practising --------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress  # first: a window torn down from Python has no view
            and watched is self.view
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            self.open_question(self.view.currentIndex().row())
            return True
        return super().eventFilter(watched, event)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.open_question(index.row())

    def open_question(self, row: int) -> None:
        """Show the question of ``row`` as last shown, with every answer given to it."""
        from ptquiz_gui.views.history.missed_question import MissedQuestionDialog

        if self.reader is None or not 0 <= row < self.model.row_total():
            return
        missed = self.model.question(row)
        try:
            shown = self.reader.last_shown([(missed.bank_id, missed.question_id)])
            answers, total = self.reader.past_answers(missed.bank_id, missed.question_id)
        except StorageError as error:
            show_problem(self, "missed_failed", self.tr("Could not open the question"), str(error))
            return
        if not shown:
            return
        if self.question_dialog is not None:
            self.question_dialog.close()
            self.question_dialog.deleteLater()
        dialog = MissedQuestionDialog(
            missed, self.model.bank_title(missed.bank_id), shown[0].question, answers, total, self
        )
        self.question_dialog = dialog
        dialog.open()

    @Slot()
    def practise(self) -> None:
        """Ask for a practice of every listed question, as each was last shown."""
        if self.reader is None or self.model.row_total() == 0:
            return
        listed = [self.model.question(r) for r in range(self.model.row_total())]
        try:
            items = self.reader.last_shown([(q.bank_id, q.question_id) for q in listed])
        except StorageError as error:
            show_problem(self, "missed_failed", self.tr("Could not read the questions"), str(error))
            return
        if not items:
            return
        banks = {item.bank_id for item in items}
        pass_mark = self._pass_marks.get(banks.pop(), REVIEW_PASS_MARK) if len(banks) == 1 else REVIEW_PASS_MARK
        self.practice_requested.emit(missed_plan(items, pass_mark))

"""The screen that runs one attempt, driven by mouse or entirely by keyboard.

The keys are the app-wide contract in ``views.quiz.keys``; its ``KeyRouter`` filters the
children that take focus and hands the page each key of the contract. What the quiz says
to a screen reader without moving the focus is in ``views.quiz.spoken``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal, SignalInstance, Slot
from PySide6.QtGui import QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ptquiz_gui.domain import display
from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.domain.scoring import score
from ptquiz_gui.qtmodels.choice_model import ChoiceModel, how_to_answer, lettered, marked_choices
from ptquiz_gui.qtmodels.navigator_model import NavigatorModel
from ptquiz_gui.views.quiz.choice_list import ChoiceButton
from ptquiz_gui.views.quiz.dialogs import ConfirmDialogs
from ptquiz_gui.views.quiz.header import QuizHeader
from ptquiz_gui.views.quiz.keys import KeyRouter, key_hints
from ptquiz_gui.views.quiz.navigator_panel import NavigatorPanel
from ptquiz_gui.views.quiz.pause_overlay import PauseOverlay
from ptquiz_gui.views.quiz.quiz_layout import QuizLayout
from ptquiz_gui.views.quiz.quiz_actions import QuizActions, next_target
from ptquiz_gui.views.quiz.question_pane import QuestionPane
from ptquiz_gui.views.quiz.session import QuizSession
from ptquiz_gui.views.quiz.spoken import StatusLine
from ptquiz_gui.views.status_announcer import announce
from ptquiz_gui.views.wrapping_label import WrappingLabel


class QuizPage(QWidget):
    attempt_finished = Signal(object)  # the Result, after a submit or when time ran out
    attempt_left = Signal()  # Esc confirmed: the attempt was suspended and stays resumable

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz_page")
        self._session: QuizSession | None = None
        self.dialogs = ConfirmDialogs(self)
        self._shown_position = -1
        self.setAccessibleName(self.tr("Quiz"))  # not a focus stop itself: its controls are

        self.choice_model = ChoiceModel(self)
        self.navigator_model = NavigatorModel(self)

        self.header = QuizHeader()
        self.question_pane = QuestionPane()
        self.question_caption = self.question_pane.question_caption
        self.flag_badge = self.question_pane.flag_badge
        self.prompt_view = self.question_pane.prompt_view
        self.choice_list = self.question_pane.choice_list
        self.choice_list.setModel(self.choice_model)
        self.reasoning_panel = self.question_pane.reasoning_panel
        self.scroll_area = self.question_pane.scroll_area

        self.prev_button = self._button(self.tr("← Previous"), "prev_button", self.tr("Previous question"))
        self.next_button = self._button(self.tr("Next →"), "next_button", self.tr("Next question"))
        self.flag_button = self._button(self.tr("⚑ Flag (F)"), "flag_button", self.tr("Flag for review"))
        self.flag_button.setCheckable(True)  # a check box to a screen reader, whose Toggle flags
        self.primary_button = self._button(
            self.tr("Check answer (Enter)"), "primary_button", self.tr("Check answer")
        )
        self.finish_button = self._button(
            self.tr("Finish… (Ctrl+Enter)"), "finish_button", self.tr("Finish the attempt")
        )

        self.pause_overlay = PauseOverlay()
        self.navigator_panel = NavigatorPanel(self.navigator_model)
        self.navigator = self.navigator_panel.view

        self.status_label = StatusLine()
        self.hints_label = WrappingLabel()
        self.hints_label.setObjectName("key_hints")
        self.hints_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hints_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.quiz_actions = QuizActions(
            self,
            session=lambda: self._session,
            status=self.status_label,
            choices=self.choice_list,
            flag_button=self.flag_button,
            dialogs=self.dialogs,
        )
        self._keys = KeyRouter(self, self.quiz_actions.paused, self.quiz_actions.run)
        self._layout = QuizLayout(
            self,
            header=self.header,
            body=[self.question_pane, self.pause_overlay],
            moves=[self.prev_button, self.next_button, self.flag_button],
            finishes=[self.primary_button, self.finish_button],
            navigator=self.navigator_panel,
            footer=[self.status_label, self.hints_label],
        )
        self.body = self._layout.body
        self._connect_signals()
        self._install_key_filter()
        self._set_tab_order()

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard where it was
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout.arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._layout.arrange()

    def _connect_signals(self) -> None:
        actions = self.quiz_actions
        self.choice_list.choice_picked.connect(actions.choose)
        self.choice_list.choice_confirmed.connect(actions.choose_and_confirm)
        self.navigator.question_chosen.connect(actions.jump_to)
        self.prev_button.clicked.connect(actions.previous_question)
        self.next_button.clicked.connect(actions.next_question)
        self.flag_button.toggled.connect(actions.flag_button_toggled)
        self.primary_button.clicked.connect(actions.enter)
        self.finish_button.clicked.connect(actions.request_finish)
        self.header.pause_button.clicked.connect(actions.toggle_pause)
        self.header.leave_button.clicked.connect(actions.request_leave)
        self.pause_overlay.resume_button.clicked.connect(actions.toggle_pause)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.choice_list.buttons(),  # the group adds later choices after these
            self.primary_button,
            self.prev_button,
            self.next_button,
            self.flag_button,
            self.finish_button,
            self.navigator,
            self.prompt_view,
            self.reasoning_panel.explanation,
            self.header.pause_button,
            self.header.leave_button,
            self.pause_overlay.resume_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _install_key_filter(self) -> None:
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(child, ChoiceButton):
                child.installEventFilter(self._keys)
        self.choice_list.set_key_filter(self._keys)  # on the group and on every choice it makes

    # --- session -------------------------------------------------------------------------

    def start(self, session: QuizSession) -> None:
        """Show ``session``'s attempt and follow it until it is finished or left."""
        old = self._session
        if old is not None:
            self._disconnect_session(old)
            if old is not session:
                old.deleteLater()
        self.dialogs.close()
        session.setParent(self)
        self._session = session
        attempt = session.attempt
        session.question_changed.connect(self._on_question_changed)
        session.selection_changed.connect(self._on_answer_changed)
        session.answer_committed.connect(self._on_answer_committed)
        session.flag_toggled.connect(self._on_flag_toggled)
        session.clock_ticked.connect(self._on_clock_ticked)
        session.paused_changed.connect(self._on_paused_changed)
        session.attempt_finished.connect(self._on_attempt_finished)
        session.attempt_left.connect(self._on_attempt_left)
        for signal, slot in self._navigator_links(session):
            signal.connect(slot)
        exam = attempt.mode is Mode.EXAM
        if exam:
            self.finish_button.setText(self.tr("Submit exam… (Ctrl+Enter)"))
            self.finish_button.setAccessibleName(self.tr("Submit the exam"))
        else:
            self.finish_button.setText(self.tr("Finish… (Ctrl+Enter)"))
            self.finish_button.setAccessibleName(self.tr("Finish the practice"))
        self.header.show_attempt(attempt)
        self.navigator_model.set_attempt(attempt)
        self.navigator_panel.set_mode(attempt.mode)
        self._shown_position = -1
        self._show_question()
        self._on_paused_changed(attempt.paused)
        self.choice_list.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def session(self) -> QuizSession | None:
        return self._session

    def open_dialog(self) -> QMessageBox | None:
        """The confirmation dialog now open (submit or leave), if any."""
        return self.dialogs.current()

    def _disconnect_session(self, session: QuizSession) -> None:
        for signal, slot in (
            (session.question_changed, self._on_question_changed),
            (session.selection_changed, self._on_answer_changed),
            (session.answer_committed, self._on_answer_committed),
            (session.flag_toggled, self._on_flag_toggled),
            (session.clock_ticked, self._on_clock_ticked),
            (session.paused_changed, self._on_paused_changed),
            (session.attempt_finished, self._on_attempt_finished),
            (session.attempt_left, self._on_attempt_left),
            *self._navigator_links(session),
        ):
            signal.disconnect(slot)

    def _navigator_links(self, session: QuizSession) -> list[tuple[SignalInstance, Callable[[int], None]]]:
        model = self.navigator_model
        return [
            (session.question_changed, model.current_moved),
            (session.selection_changed, model.answer_changed),
            (session.answer_committed, model.answer_changed),
            (session.flag_toggled, model.flag_changed),
        ]

    # --- drawing -------------------------------------------------------------------------

    def _show_question(self) -> None:
        session = self._session
        if session is None:
            return
        attempt = session.attempt
        item = attempt.item
        moved = attempt.current != self._shown_position
        if moved:
            self._shown_position = attempt.current
            self.prompt_view.set_markdown(item.question.prompt)
            self.scroll_area.verticalScrollBar().setValue(0)
            self.status_label.clear()
            self.navigator.show_current(attempt.current)
        position = self.tr("Question {number} of {total}").format(
            number=attempt.current + 1, total=attempt.size
        )
        caption = [position, item.question.topic, how_to_answer(item.question)]
        self.question_caption.setText(" · ".join(part for part in caption if part))
        if moved:
            self.prompt_view.setAccessibleName(position)
            prompt = self.prompt_view.document().toPlainText().strip()
            spoken = self.tr("{position}: {prompt}").format(position=position, prompt=prompt)
            announce(self.prompt_view, spoken)  # the focus stays on the choices
        self._show_hints()
        self._show_answer()
        if moved and item.question.multiple:  # the focus starts on the first ticked box
            ticked = attempt.selection()
            self.choice_list.show_current(ticked[0] if ticked else None)

    def _show_hints(self) -> None:
        session = self._session
        if session is not None:
            attempt = session.attempt
            choices, multiple = len(attempt.item.choice_order), attempt.item.question.multiple
            self.hints_label.setText(key_hints(attempt.mode, choices, multiple, paused=attempt.paused))

    def _show_answer(self) -> None:
        session = self._session
        if session is None:
            return
        attempt = session.attempt
        item = attempt.item
        multiple = item.question.multiple
        selection = attempt.selection()
        selected = attempt.selected()
        revealed = attempt.is_revealed()
        self.choice_model.show(
            item.shown_choices, selection, item.shown_keys if revealed else None, multiple=multiple
        )
        if not multiple:
            self.choice_list.show_current(selected)
        practice = attempt.mode is Mode.PRACTICE
        committed = attempt.is_committed()
        if practice and revealed and selection:
            target = next_target(self._session)
            if target is not None:
                hint = self.tr("Press Enter for the next question")
            else:
                hint = self.tr("Press Enter to finish")
            points = score(item.question, attempt.answers[attempt.current].choices)
            self.reasoning_panel.show_outcome(
                correct=points >= 1,
                key=" · ".join(lettered(item.shown_choices, k) for k in item.shown_keys),
                picked=lettered(item.shown_choices, selection[0]),
                explanation=item.question.explanation,
                hint=hint,
                marks=marked_choices(item.shown_choices, item.shown_keys, selection) if multiple else (),
                points=display.score(points, 1).removesuffix("/1") if 0 < points < 1 else "",
            )
            self.question_pane.show_reasoning(True)
        else:
            self.question_pane.show_reasoning(False)
        flagged = attempt.answers[attempt.current].flagged
        with QSignalBlocker(self.flag_button):
            self.flag_button.setChecked(flagged)
        self.flag_button.setText(self.tr("⚑ Flagged (F)") if flagged else self.tr("⚑ Flag (F)"))
        self.flag_badge.setVisible(flagged)
        self.prev_button.setEnabled(attempt.current > 0)
        self.next_button.setEnabled(attempt.current < attempt.size - 1)
        if practice and not committed:
            self.primary_button.setText(self.tr("Check answer (Enter)"))
            self.primary_button.setAccessibleName(self.tr("Check answer"))
            self.primary_button.setEnabled(bool(selection))
            finishing = False
        else:
            finishing = next_target(self._session) is None
            if finishing:
                self.primary_button.setText(self.tr("Finish… (Enter)"))
                self.primary_button.setAccessibleName(self.tr("Finish"))
            else:
                self.primary_button.setText(self.tr("Next question (Enter)"))
                self.primary_button.setAccessibleName(self.tr("Next question"))
            self.primary_button.setEnabled(True)
        # Where Enter finishes, one Finish button: "Finish… (Enter)" stood beside "Finish…
        # (Ctrl+Enter)", two names for one act. Ctrl+Enter finishes from any question still.
        self.finish_button.setHidden(finishing)
        self.header.update_progress(attempt)

    # --- session signals -----------------------------------------------------------------

    @Slot(int)
    def _on_question_changed(self, position: int) -> None:
        self._show_question()

    @Slot(int)
    def _on_answer_changed(self, position: int) -> None:
        self._show_answer()

    @Slot(int)
    def _on_answer_committed(self, position: int) -> None:
        self._show_answer()
        if not self.reasoning_panel.isHidden():
            announce(self.reasoning_panel, self.reasoning_panel.spoken_outcome(), assertive=True)
            # after the layout has given the explanation its height
            QTimer.singleShot(0, self.question_pane.share_room)

    @Slot(int)
    def _on_flag_toggled(self, position: int) -> None:
        self._show_answer()

    @Slot()
    def _on_clock_ticked(self) -> None:
        if self._session is not None:
            self.header.update_clock(self._session.attempt)

    @Slot(bool)
    def _on_paused_changed(self, paused: bool) -> None:
        self.body.setCurrentWidget(self.pause_overlay if paused else self.question_pane)
        for widget in (self.prev_button, self.next_button, self.flag_button, self.primary_button):
            widget.setVisible(not paused)
        self.navigator.setEnabled(not paused)
        self._show_hints()
        if self._session is not None:
            self.header.update_clock(self._session.attempt)
        if paused:
            self.status_label.say(self.tr("Paused. The clock is stopped."))
            self.pause_overlay.resume_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.status_label.clear()
            self.choice_list.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _on_attempt_finished(self, result: object) -> None:
        self.dialogs.close()
        self.attempt_finished.emit(result)

    @Slot()
    def _on_attempt_left(self) -> None:
        self.dialogs.close()
        self.attempt_left.emit()

    # --- keyboard ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._keys.handle(event, None):
            super().keyPressEvent(event)

"""What the quiz's buttons and keys do to the running attempt.

Each action asks the live session (none once the attempt is finished or left) and says
why when it does nothing, on the quiz's status line, where a screen reader hears it.
The page draws the outcome from the session's signals; these only ask.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import QPushButton

from ptquiz_gui.domain.plan import Mode
from ptquiz_gui.views.quiz.choice_list import ChoiceListView
from ptquiz_gui.views.quiz.dialogs import ConfirmDialogs
from ptquiz_gui.views.quiz.keys import Action, KeyCommand, choice_keys_hint
from ptquiz_gui.views.quiz.session import QuizSession
from ptquiz_gui.views.quiz.spoken import StatusLine


def next_target(session: QuizSession | None) -> int | None:
    """Where Enter goes after this question: the next one, else the first unanswered."""
    if session is None:
        return None
    attempt = session.attempt
    if attempt.current < attempt.size - 1:
        return attempt.current + 1
    return attempt.next_unanswered()


class QuizActions(QObject):
    def __init__(
        self,
        parent: QObject,
        *,
        session: Callable[[], QuizSession | None],
        status: StatusLine,
        choices: ChoiceListView,
        flag_button: QPushButton,
        dialogs: ConfirmDialogs,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._status = status
        self._choices = choices
        self._flag_button = flag_button
        self._dialogs = dialogs
        self._dialogs.confirmed.connect(self._confirmed)

    def live_session(self) -> QuizSession | None:
        """The session while its attempt can still be answered."""
        session = self._session()
        if session is None or session.attempt.finished:
            return None
        return session

    def paused(self) -> bool | None:
        session = self.live_session()
        return None if session is None else session.attempt.paused

    def _say(self, text: str) -> None:
        self._status.say(text)

    def run(self, command: KeyCommand) -> None:
        """A key of the contract in ``views.quiz.keys``."""
        if command.action is Action.CHOOSE:
            self.choose(command.choice)
            return
        {
            Action.FINISH: self.request_finish,
            Action.LEAVE: self.request_leave,
            Action.PAUSE: self.toggle_pause,
            Action.ENTER: self.enter,
            Action.PREVIOUS: self.previous_question,
            Action.NEXT: self.next_question,
            Action.FLAG: self.toggle_flag,
        }[command.action]()

    @Slot(int)
    def choose(self, shown: int) -> None:
        session = self.live_session()
        if session is None or session.attempt.paused:
            return
        attempt = session.attempt
        count = len(attempt.item.choice_order)
        if shown >= count:
            choices = self.tr("This question has %Ln choices ({keys}).", "", count)
            self._say(choices.format(keys=choice_keys_hint(count)))
            return
        if attempt.mode is Mode.PRACTICE and attempt.is_committed():
            self._say(self.tr("Already answered. Press Enter for the next question."))
            return
        if session.select(shown):
            self._status.clear()
            if attempt.item.question.multiple:
                self._choices.show_current(shown)

    @Slot(int)
    def choose_and_confirm(self, shown: int) -> None:
        session = self.live_session()
        if session is not None and session.attempt.item.question.multiple:
            return  # a double click on a check box is two ticks; Enter checks
        self.choose(shown)
        session = self.live_session()
        if session is not None and session.mode is Mode.PRACTICE:
            session.confirm()

    @Slot()
    def enter(self) -> None:
        session = self.live_session()
        if session is None or session.attempt.paused:
            return
        attempt = session.attempt
        if attempt.mode is Mode.PRACTICE and not attempt.is_committed():
            if not attempt.selection():
                keys = choice_keys_hint(len(attempt.item.choice_order))
                if attempt.item.question.multiple:
                    self._say(self.tr("Tick at least one choice first ({keys}).").format(keys=keys))
                else:
                    self._say(self.tr("Choose an answer first ({keys}).").format(keys=keys))
                return
            session.confirm()
            return
        target = next_target(session)
        if target is None:
            self.request_finish()
        else:
            session.go_to(target)

    @Slot()
    def next_question(self) -> None:
        session = self.live_session()
        if session is not None and not session.next() and session.attempt.current == session.attempt.size - 1:
            self._say(self.tr("This is the last question. Ctrl+Enter finishes."))

    @Slot()
    def previous_question(self) -> None:
        session = self.live_session()
        if session is not None and not session.previous() and session.attempt.current == 0:
            self._say(self.tr("This is the first question."))

    @Slot(int)
    def jump_to(self, position: int) -> None:
        session = self.live_session()
        if session is not None:
            session.go_to(position)
            self._choices.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def toggle_flag(self) -> None:
        session = self.live_session()
        if session is None:
            return
        flagged = session.toggle_flag()
        self._say(self.tr("Flagged for review.") if flagged else self.tr("Flag removed."))

    @Slot(bool)
    def flag_button_toggled(self, checked: bool) -> None:
        """A click, Space or a screen reader's Toggle on the Flag check box flags the question."""
        session = self.live_session()
        flagged = session is not None and session.attempt.answers[session.attempt.current].flagged
        if checked == flagged:
            return
        if session is None:
            with QSignalBlocker(self._flag_button):
                self._flag_button.setChecked(flagged)
            return
        self.toggle_flag()

    @Slot()
    def toggle_pause(self) -> None:
        session = self.live_session()
        if session is None:
            return
        if session.mode is Mode.EXAM:
            self._say(self.tr("An exam cannot be paused; its clock keeps running."))
            return
        if session.attempt.paused:
            session.resume()
        else:
            session.pause()

    @Slot()
    def request_finish(self) -> None:
        session = self.live_session()
        if session is not None:
            attempt = session.attempt
            self._dialogs.ask_to_submit(
                mode=attempt.mode, unanswered=attempt.unanswered_count, flagged=attempt.flagged_count
            )

    @Slot()
    def request_leave(self) -> None:
        if self.live_session() is not None:
            self._dialogs.ask_to_leave()

    @Slot(str)
    def _confirmed(self, action: str) -> None:
        session = self.live_session()
        if session is None:
            return
        if action == "finish":
            session.finish()
        elif action == "leave":
            session.leave()

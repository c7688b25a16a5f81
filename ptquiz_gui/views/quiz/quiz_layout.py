"""How the quiz screen is laid out: the header, the question (or the pause screen) with its
buttons, the navigator beside it where both fit and under it where they do not, and the
status line with the key hints at the foot."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.views.flow_layout import FlowLayout
from ptquiz_gui.views.quiz.navigator import COLUMNS_BESIDE, COLUMNS_BESIDE_FEWEST
from ptquiz_gui.views.quiz.navigator_panel import NavigatorPanel

QUESTION_MIN_CHARS = 60  # the navigator moves under the question rather than leave it narrower
QUESTION_ROOM_CHARS = 80  # the navigator beside it takes fewer columns rather than leave it narrower
_ACROSS = QBoxLayout.Direction.LeftToRight


def _rule(shape: QFrame.Shape) -> QFrame:
    line = QFrame()
    line.setFrameShape(shape)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setForegroundRole(QPalette.ColorRole.Mid)
    return line


class QuizLayout:
    def __init__(
        self,
        page: QWidget,
        *,
        header: QWidget,
        body: list[QWidget],
        moves: list[QPushButton],
        finishes: list[QPushButton],
        navigator: NavigatorPanel,
        footer: list[QWidget],
    ) -> None:
        """``body``: the question and the pause screen (a stack, the first shown); ``moves``
        sit at the left under it and ``finishes`` at the right; ``footer``: the status line
        (which takes the room) and the key hints."""
        self._page = page
        self._navigator = navigator
        self.body = QStackedWidget()
        self.body.setObjectName("quiz_body")
        for widget in body:
            self.body.addWidget(widget)

        actions = FlowLayout()
        for button in moves:
            actions.addWidget(button)
        actions.push_right()
        for button in finishes:
            actions.addWidget(button)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.body, 1)
        left.addLayout(actions)

        self.divider = _rule(QFrame.Shape.VLine)
        self.middle = QBoxLayout(_ACROSS)
        self.middle.setSpacing(16)
        self.middle.addLayout(left, 1)
        self.middle.addWidget(self.divider)
        self.middle.addWidget(navigator)

        foot = QHBoxLayout()
        foot.addWidget(footer[0], 1)  # each wraps where both do not fit on one line
        for widget in footer[1:]:
            foot.addWidget(widget)

        whole = QVBoxLayout(page)
        whole.setContentsMargins(18, 14, 18, 10)
        whole.setSpacing(10)
        whole.addWidget(header)
        whole.addWidget(_rule(QFrame.Shape.HLine))
        whole.addLayout(self.middle, 1)
        whole.addLayout(foot)

    def arrange(self) -> None:
        """The navigator beside the question where both fit, with as many columns as leave the
        question a line of ``QUESTION_ROOM_CHARS``; else under it."""
        navigator = self._navigator
        char = self._page.fontMetrics().averageCharWidth()
        room = self._page.width() - 70  # the page's margins, the spacing and the divider
        columns = next(
            (
                count
                for count in range(COLUMNS_BESIDE, COLUMNS_BESIDE_FEWEST - 1, -1)
                if room >= navigator.side_width(count) + QUESTION_ROOM_CHARS * char
            ),
            COLUMNS_BESIDE_FEWEST,
        )
        beside = room >= navigator.side_width(columns) + QUESTION_MIN_CHARS * char
        unchanged = beside == navigator.beside and (not beside or columns == navigator.columns)
        if unchanged and beside == (self.middle.direction() == _ACROSS):
            return
        self.middle.setDirection(_ACROSS if beside else QBoxLayout.Direction.TopToBottom)
        self.divider.setFrameShape(QFrame.Shape.VLine if beside else QFrame.Shape.HLine)
        navigator.set_beside(beside, columns)

"""At start-up, every unfinished attempt in one list: resume one, discard any, or "Not now".

The dialog opens tall enough to show the first ``SHOWN_ROWS`` attempts without scrolling,
and wide enough that each row reads on one line, as far as the screen has room; beyond
that the list scrolls. (A scroll area asks for the height its contents wanted when it
first looked, before the rows wrapped to the dialog's width, so the room is worked out
here from the rows at the width the dialog will have.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ptquiz_gui.views import window_fit
from ptquiz_gui.views.resume.questions import confirm_discard
from ptquiz_gui.views.resume.unfinished_list import UnfinishedList

if TYPE_CHECKING:
    from ptquiz_gui.storage.records import AttemptSummary

LATER_TEXT = str(
    QT_TRANSLATE_NOOP(
        "UnfinishedDialog",
        "An exam's clock did not run while PTQuiz was closed. Each one also stays in its bank's "
        "details in the library and in History until you finish or discard it.",
    )
)
SHOWN_ROWS = 5  # more than this many attempts scroll
WIDEST_CHARS = 100  # a row longer than this wraps rather than widen the dialog further


class UnfinishedDialog(QDialog):
    """``chosen`` is the attempt to resume once accepted; discarding asks first and keeps the
    dialog open for the others."""

    def __init__(
        self, attempts: list[AttemptSummary], discard: Callable[[int], bool], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resume_dialog")
        self.setWindowTitle(self.tr("Resume an unfinished attempt?"))
        self.chosen: int | None = None
        self._attempts = list(attempts)
        self._discard = discard
        self.heading = QLabel()
        self.heading.setObjectName("resume_heading")
        self.heading.setWordWrap(True)
        later = QLabel(self.tr(LATER_TEXT))
        later.setObjectName("resume_later")
        later.setWordWrap(True)
        self.rows = UnfinishedList(long=True)
        self.rows_area = QScrollArea()
        self.rows_area.setObjectName("resume_scroll")
        self.rows_area.setAccessibleName(self.tr("Unfinished attempts"))
        self.rows_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from button to button
        self.rows_area.setWidgetResizable(True)
        self.rows_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.rows_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_area.setWidget(self.rows)
        buttons = QDialogButtonBox()
        self.not_now = buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.not_now.setObjectName("not_now_button")
        self.not_now.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.rows_area, 1)
        layout.addWidget(later)
        layout.addWidget(buttons)
        self.rows.resume_clicked.connect(self._resume)
        # Asked from the event loop, once the click is over: the list is rebuilt after it.
        self.rows.discard_clicked.connect(self._ask_discard, Qt.ConnectionType.QueuedConnection)
        self._show_rows()

    def _show_rows(self) -> None:
        self.rows.set_attempts(self._attempts)
        count = len(self._attempts)
        heading = self.tr("You have %Ln unfinished attempts. Resume one where you left off?", "", count)
        self.heading.setText(heading)
        if self.rows.resume_buttons:
            self.rows.resume_buttons[0].setDefault(True)
            self.rows.resume_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self._fit()

    def _fit(self) -> None:
        """Size the dialog for its rows, as far as the screen it opens on has room."""
        self.ensurePolished()  # the style sheet's padding and fonts are in every size below
        parent = self.parentWidget()
        room = window_fit.available_geometry(parent.window() if parent is not None else self).size()
        room -= window_fit.FRAME_ALLOWANCE
        layout = self._layout
        margins = layout.contentsMargins()
        sides = margins.left() + margins.right()
        widest = self.fontMetrics().averageCharWidth() * WIDEST_CHARS
        width = max(self.rows.natural_width() + sides, layout.totalSizeHint().width())
        width = min(width, widest, room.width())
        wanted = self.rows.rows_height(width - sides, SHOWN_ROWS)
        self.rows_area.setMinimumHeight(wanted)
        total = layout.totalHeightForWidth(width)
        if total > room.height():  # the screen is short: the list scrolls sooner
            least = self.rows_area.minimumSizeHint().height()
            self.rows_area.setMinimumHeight(max(wanted - (total - room.height()), least))
            total = layout.totalHeightForWidth(width)
        self.resize(QSize(width, min(total, room.height())).expandedTo(self.minimumSizeHint()))

    @Slot(int)
    def _resume(self, attempt_id: int) -> None:
        self.chosen = attempt_id
        self.accept()

    @Slot(int)
    def _ask_discard(self, attempt_id: int) -> None:
        summary = next((a for a in self._attempts if a.id == attempt_id), None)
        if summary is None or not confirm_discard(self, summary):
            return
        if self._discard(attempt_id):
            self._attempts.remove(summary)
        if not self._attempts:
            self.reject()
        else:
            self._show_rows()

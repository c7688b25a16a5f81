"""A finished attempt: score and verdict, time and pace, topics, and the review of every question.

Keys: 1–4 pick the review filter (all, wrong, flagged, unanswered), Up/Down walk the
list, R retries the questions answered wrongly or left unanswered, Esc goes back.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.result import ItemOutcome, Result
from ptquiz_gui.qtmodels.review_model import (
    ReviewFilter,
    ReviewFilterModel,
    ReviewModel,
    Roles,
    TopicScoreModel,
)
from ptquiz_gui.views.flow_layout import FlowLayout
from ptquiz_gui.views.key_table import Screen, hint_line
from ptquiz_gui.views.results.result_words import ResultWords
from ptquiz_gui.views.results.retry import retry_plan
from ptquiz_gui.views.results.results_style import chip_style, notice_style, verdict_style
from ptquiz_gui.views.results.review_list import ReviewDetail, ReviewListView
from ptquiz_gui.views.results.summary_layout import SummaryLayout
from ptquiz_gui.views.results.topic_table import TopicTable
from ptquiz_gui.views.status_announcer import announce
from ptquiz_gui.views.wrapping_label import WrappingLabel

TOPIC_ROWS = 6  # the topic table's height in rows (more scroll), on a page at least TALL_PAGE high
TOPIC_ROWS_SHORT = 3
TALL_PAGE = 640


class ResultsPage(QWidget):
    """Shows one Result; ``show_result`` may be called again for another.

    ``read_only=True`` is for a past attempt opened from history: the heading says so
    and the back button reads "Back to history". The retry button stays available
    there too, since it starts a new practice and changes nothing in the past attempt.
    """

    retry_requested = Signal(object)  # AttemptPlan: practice of the missed questions (PlanKind.RETRY)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results_page")
        # Not a Tab stop itself: its keys reach it from whichever of its widgets has the focus.
        self.setAccessibleName(self.tr("Results"))
        self.words = ResultWords(self)
        self._result: Result | None = None
        self._read_only = False
        self._summary = ""  # what the page says when it next shows
        self.review_model = ReviewModel(self)
        self.review_proxy = ReviewFilterModel(self)
        self.review_proxy.setSourceModel(self.review_model)
        self.topic_model = TopicScoreModel(self)

        self.kind_label = self._label("kind_label")
        self.kind_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.title_label = self._label("results_title", scale=1.3, bold=True)
        self.title_label.setWordWrap(True)
        self.score_label = self._label("score_label", scale=2.6, bold=True)
        self.percent_label = self._label("percent_label", scale=1.5)
        self.verdict_label = self._label("verdict_label", scale=1.2, bold=True)
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # These wrap where a longer language leaves no room beside the score and the topics.
        self.pass_mark_label = self._label("pass_mark_label", wraps=True)
        self.time_label = self._label("time_label", wraps=True)
        self.pace_label = self._label("pace_label", wraps=True)
        self.counts_label = WrappingLabel()
        self.counts_label.setObjectName("counts_label")
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.timeout_notice = self._label("timeout_notice")
        self.timeout_notice.setWordWrap(True)
        self.timeout_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.timeout_notice.setMargin(8)

        self.retry_button = QPushButton(self.tr("Nothing to retry"))
        self.retry_button.setObjectName("retry_button")
        self.retry_button.setAccessibleName(self.tr("Nothing to retry"))
        self.back_button = QPushButton(self.words.back(read_only=False))
        self.back_button.setObjectName("back_button")
        self.back_button.setAccessibleName(self.words.back_name(read_only=False))
        self.topic_table = TopicTable(self.topic_model)
        # On a short page the table under the figures would leave the review a slot of two
        # questions: there this button shows the scores per topic in the review's place.
        self.topics_in_place = TopicTable(self.topic_model)
        self.topics_in_place.setObjectName("topics_in_place")
        self.topics_in_place.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.topics_button = QPushButton(self.tr("Topics"))
        self.topics_button.setObjectName("topics_button")
        self.topics_button.setCheckable(True)
        self.topics_button.setAccessibleName(self.tr("Show the score per topic"))
        self.topics_button.setToolTip(self.tr("Show the score per topic"))

        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[ReviewFilter, QPushButton] = {}
        for number, review_filter in enumerate(ReviewFilter, start=1):
            button = QPushButton(self.words.filter_label(review_filter, 0))
            button.setObjectName(f"filter_{review_filter.value}")
            button.setCheckable(True)
            button.setAccessibleName(self.words.filter_name(review_filter, 0))
            button.setToolTip(self.tr("Key {number}").format(number=number))
            self.filter_group.addButton(button, number)
            self.filter_buttons[review_filter] = button
        self.filter_buttons[ReviewFilter.ALL].setChecked(True)

        self.review_list = ReviewListView()
        self.review_list.setModel(self.review_proxy)
        self.review_detail = ReviewDetail()
        self.hints_label = self._label("results_hints")
        self.hints_label.setText(hint_line(Screen.RESULTS))
        self.hints_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hints_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hints_label.setWordWrap(True)

        self._build_layout()
        self._connect_signals()
        for child in (
            self.review_list,
            self.retry_button,
            self.back_button,
            self.topic_table,
            self.topics_button,
            self.topics_in_place,
        ):
            child.installEventFilter(self)
        for button in self.filter_buttons.values():
            button.installEventFilter(self)

    def _label(self, name: str, *, scale: float = 1.0, bold: bool = False, wraps: bool = False) -> QLabel:
        label = WrappingLabel() if wraps else QLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if scale != 1.0 or bold:
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * scale)
            font.setBold(bold)
            label.setFont(font)
        return label

    def _build_layout(self) -> None:
        self._arrangement = SummaryLayout(
            (self.kind_label, self.title_label),
            (self.retry_button, self.back_button),
            (self.score_label, self.percent_label, self.verdict_label, self.pass_mark_label),
            (self.time_label, self.pace_label, self.counts_label),
            self.topic_table,
        )

        review_title = self._label("review_title", scale=1.1, bold=True)
        review_title.setText(self.tr("Review"))
        filters = FlowLayout(spacing=6)
        filters.addWidget(review_title)
        for button in self.filter_buttons.values():
            filters.addWidget(button)
        filters.push_right()
        filters.addWidget(self.topics_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("review_splitter")
        splitter.addWidget(self.review_list)
        splitter.addWidget(self.review_detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.review_list.setMinimumWidth(260)
        splitter.setSizes([380, 620])

        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setForegroundRole(QPalette.ColorRole.Mid)
        page = self._page = QVBoxLayout(self)
        page.setContentsMargins(18, 14, 18, 10)
        page.setSpacing(10)
        page.addLayout(self._arrangement.top)
        page.addLayout(self._arrangement.summary)
        page.addWidget(self.timeout_notice)
        page.addWidget(rule)
        page.addLayout(filters)
        self.review_stack = QStackedWidget()
        self.review_stack.addWidget(splitter)
        self.review_stack.addWidget(self.topics_in_place)
        page.addWidget(self.review_stack, 1)
        page.addWidget(self.hints_label)
        self.verdict_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        reading_order = (
            self.retry_button,
            self.back_button,
            self.topic_table,
            *self.filter_buttons.values(),
            self.topics_button,
            self.topics_in_place,
            self.review_list,
            self.review_detail.prompt,
            self.review_detail.explanation,
        )
        for before, after in pairwise(reading_order):
            QWidget.setTabOrder(before, after)

    def _connect_signals(self) -> None:
        self.retry_button.clicked.connect(self.request_retry)
        self.back_button.clicked.connect(self.back_requested)
        self.filter_group.idClicked.connect(self._filter_clicked)
        self.topics_button.toggled.connect(self._fit_topic_table)
        self.review_list.selectionModel().currentChanged.connect(self._current_changed)
        self.review_proxy.modelReset.connect(self._select_first)
        self.review_proxy.layoutChanged.connect(self._select_first)
        self.review_proxy.rowsRemoved.connect(self._select_first)
        self.review_proxy.rowsInserted.connect(self._select_first)

    # --- showing a result -----------------------------------------------------------------

    def show_result(self, result: Result, *, read_only: bool = False) -> None:
        self._result = result
        self._read_only = read_only
        words = self.words
        self.kind_label.setText(words.kind(result.plan, read_only))
        self.title_label.setText(result.plan.title)
        self.score_label.setText(display.score(result.score, result.total))
        self.score_label.setAccessibleName(words.score_name(result))
        self.percent_label.setText(display.percent(result.percent))
        self.verdict_label.setText(display.verdict(result.passed))  # its colour says it too
        self.verdict_label.setAccessibleName(display.verdict(result.passed))
        self.pass_mark_label.setText(words.pass_mark(result.plan))
        self.time_label.setText(words.time_used(result))
        self.pace_label.setText(words.pace(result))
        self.counts_label.setText(words.counts(result))
        self.timeout_notice.setVisible(result.timed_out)
        if result.timed_out:
            self.timeout_notice.setText(words.timeout(result))
        self.retry_button.setEnabled(retry_plan(result) is not None)
        self.retry_button.setText(words.retry_button(result))
        self.retry_button.setAccessibleName(words.retry_name(result))
        self.retry_button.setToolTip(words.retry_tooltip(result))
        self.back_button.setText(words.back(read_only))
        self.back_button.setAccessibleName(words.back_name(read_only))
        for review_filter, button in self.filter_buttons.items():
            count = review_filter.count_in(result)
            button.setText(words.filter_label(review_filter, count))
            button.setAccessibleName(words.filter_name(review_filter, count))
        self.topic_model.set_result(result)
        self._arrange_summary()  # the figures' words are new: the table may no longer fit beside them
        self.review_model.set_result(result)
        self.set_review_filter(ReviewFilter.ALL)
        self._select_first()
        self._style_verdict()
        self.review_list.setFocus(Qt.FocusReason.OtherFocusReason)
        # The focus lands on the review list, so the score and verdict are said, and kept to read.
        self._summary = words.summary(result, read_only)
        self.setAccessibleDescription(self._summary)
        if self.isVisible():
            self._announce()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._announce()

    def _announce(self) -> None:
        if self._summary:
            announce(self, self._summary)
            self._summary = ""

    def _arrange_summary(self) -> None:
        margins = self._page.contentsMargins()
        self._page.activate()  # the sizes of the words just shown
        self._arrangement.arrange(self.width() - margins.left() - margins.right())
        self._fit_topic_table()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_summary()

    def _fit_topic_table(self) -> None:
        """Six rows high (three on a short page); more rows scroll. On a short page where the
        table would go under the figures, the scores per topic show in the review's place
        while **Topics** is pressed, and the figures stand alone."""
        tall = self.height() >= TALL_PAGE
        self.topic_table.fit_rows(TOPIC_ROWS if tall else TOPIC_ROWS_SHORT)
        waits = not tall and not self._arrangement.table_beside
        self.topics_button.setVisible(waits)
        self.topic_table.setVisible(not waits)
        in_place = waits and self.topics_button.isChecked()
        self.review_stack.setCurrentIndex(1 if in_place else 0)  # the topics, or the review

    @property
    def result(self) -> Result | None:
        return self._result

    @property
    def read_only(self) -> bool:
        return self._read_only

    def set_review_filter(self, review_filter: ReviewFilter) -> None:
        """Show the questions ``review_filter`` keeps (in the review's place, not the topics)."""
        self.topics_button.setChecked(False)
        self.filter_buttons[review_filter].setChecked(True)
        self.review_proxy.set_review_filter(review_filter)
        self._select_first()

    def _style_verdict(self) -> None:
        if self._result is None:
            return
        palette = self.palette()
        self.verdict_label.setStyleSheet(verdict_style(palette, self._result.passed))
        chips = chip_style(palette)
        for chip in self.filter_buttons.values():
            chip.setStyleSheet(chips)
        self.timeout_notice.setStyleSheet(notice_style(palette))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._style_verdict()

    # --- review ---------------------------------------------------------------------------

    @Slot(int)
    def _filter_clicked(self, number: int) -> None:
        self.set_review_filter(list(ReviewFilter)[number - 1])

    @Slot()
    def _select_first(self) -> None:
        if self.review_proxy.rowCount() == 0:
            self.review_detail.show_outcome(None)
            return
        current = self.review_list.currentIndex()
        if not current.isValid():
            first = self.review_proxy.index(0, 0)
            self.review_list.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_current()

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        outcome = self.review_list.currentIndex().data(Roles.ITEM_OUTCOME)
        self.review_detail.show_outcome(outcome if isinstance(outcome, ItemOutcome) else None)

    def shown_positions(self) -> list[int]:
        """Positions (0-based) of the questions the review list shows now."""
        return [
            int(self.review_proxy.index(r, 0).data(Roles.POSITION))
            for r in range(self.review_proxy.rowCount())
        ]

    # --- actions --------------------------------------------------------------------------

    @Slot()
    def request_retry(self) -> None:
        if self._result is None:
            return
        plan = retry_plan(self._result)
        if plan is not None:
            self.retry_requested.emit(plan)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.review_list and event.key() in ReviewListView._OWN_KEYS:
                return False
            return self._handle_key(event)
        return False

    def _handle_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.back_requested.emit()
        elif key == Qt.Key.Key_R:
            self.request_retry()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            self.set_review_filter(list(ReviewFilter)[key - Qt.Key.Key_1])
        else:
            return False
        return True

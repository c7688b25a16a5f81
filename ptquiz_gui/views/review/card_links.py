"""The **Card…** buttons that open a question's card from History → Most missed and from an
attempt's results (the review answers have theirs in ``review_notes``).

Each is placed beside the screen's own buttons for the question chosen there, so those
screens need not know about spaced review.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLayout, QPushButton, QWidget

from ptquiz_gui.domain.result import ItemOutcome
from ptquiz_gui.qtmodels.review_model import Roles
from ptquiz_gui.views.history.missed_tab import MissedTab
from ptquiz_gui.views.results.results_page import ResultsPage

OpenCard = Callable[[str, str], None]  # bank id, question id


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        found = _layout_holding(item.layout() if item is not None else None, widget)
        if found is not None:
            return found
    return None


def _button(name: str, beside: QWidget, root: QWidget) -> QPushButton:
    button = QPushButton(QCoreApplication.translate("card_links", "Card…"))
    button.setObjectName(name)
    button.setToolTip(
        QCoreApplication.translate(
            "card_links",
            "The chosen question's spaced review card: stability, difficulty, retrievability, next due, "
            "past answers",
        )
    )
    button.setAccessibleName(QCoreApplication.translate("card_links", "Show the question's card"))
    layout = _layout_holding(root.layout(), beside)
    if layout is not None:
        layout.addWidget(button)
    return button


def add_missed_card_button(tab: MissedTab, open_card: OpenCard) -> QPushButton:
    """A Card… button beside Practise these, for the selected most-missed question."""

    def show() -> None:
        row = tab.view.currentIndex().row()
        if 0 <= row < tab.model.row_total():
            missed = tab.model.question(row)
            open_card(missed.bank_id, missed.question_id)

    button = _button("missed_card_button", tab.practise_button, tab)
    QWidget.setTabOrder(tab.practise_button, button)
    button.clicked.connect(show)
    return button


def add_results_card_button(page: ResultsPage, open_card: OpenCard) -> QPushButton:
    """A Card… button after the review filters (and Topics), for the question selected in the review."""

    def show() -> None:
        outcome = page.review_list.currentIndex().data(Roles.ITEM_OUTCOME)
        if isinstance(outcome, ItemOutcome):
            open_card(outcome.item.bank_id, outcome.item.question.id)

    beside = next(iter(page.filter_buttons.values()))
    button = _button("results_card_button", beside, page)
    QWidget.setTabOrder(page.topics_button, button)  # Tab reaches it after the filters and Topics
    button.clicked.connect(show)
    return button

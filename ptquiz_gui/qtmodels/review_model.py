"""Reviewing a result: one row per question (filterable), and the per-topic score table."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.result import ItemOutcome, Outcome, Result, TopicScore
from ptquiz_gui.qtmodels.choice_model import choice_letter
from ptquiz_gui.qtmodels.plain_text import plain_summary

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ReviewFilter(StrEnum):
    ALL = "all"
    WRONG = "wrong"
    FLAGGED = "flagged"
    UNANSWERED = "unanswered"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    def accepts(self, outcome: ItemOutcome) -> bool:
        if self is ReviewFilter.WRONG:
            return outcome.outcome is Outcome.WRONG
        if self is ReviewFilter.FLAGGED:
            return outcome.flagged
        if self is ReviewFilter.UNANSWERED:
            return outcome.outcome is Outcome.UNANSWERED
        return True

    def count_in(self, result: Result) -> int:
        return sum(1 for o in result.outcomes if self.accepts(o))


class Roles(IntEnum):
    ITEM_OUTCOME = Qt.ItemDataRole.UserRole
    OUTCOME = Qt.ItemDataRole.UserRole + 1
    FLAGGED = Qt.ItemDataRole.UserRole + 2
    POSITION = Qt.ItemDataRole.UserRole + 3
    TOPIC = Qt.ItemDataRole.UserRole + 4
    PROMPT = Qt.ItemDataRole.UserRole + 5  # Markdown source
    SUMMARY = Qt.ItemDataRole.UserRole + 6  # the prompt's first line as plain text
    YOUR_ANSWER = Qt.ItemDataRole.UserRole + 7  # "B — text", several "A — text · C — text"; "" if none
    KEY = Qt.ItemDataRole.UserRole + 8  # "C — text" (several keys: "A — text · C — text")
    EXPLANATION = Qt.ItemDataRole.UserRole + 9  # Markdown source


OUTCOME_WORDS = {Outcome.CORRECT: "Correct", Outcome.WRONG: "Wrong", Outcome.UNANSWERED: "Unanswered"}


def answer_text(outcome: ItemOutcome, file_index: int | None) -> str:
    """A choice as the attempt showed it: its letter then its text."""
    if file_index is None:
        return ""
    shown = outcome.item.to_shown_index(file_index)
    return f"{choice_letter(shown)} — {outcome.item.question.choices[file_index]}"


def answers_text(outcome: ItemOutcome, file_indexes: Iterable[int]) -> str:
    """Choices as the attempt showed them, in shown order: "A — text · C — text"."""
    shown = sorted(outcome.item.to_shown_index(i) for i in file_indexes)
    return " · ".join(answer_text(outcome, outcome.item.to_file_index(s)) for s in shown)


class ReviewModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._outcomes: tuple[ItemOutcome, ...] = ()
        self._summaries: tuple[str, ...] = ()

    def set_result(self, result: Result | None) -> None:
        self.beginResetModel()
        self._outcomes = result.outcomes if result is not None else ()
        self._summaries = tuple(plain_summary(o.item.question.prompt) for o in self._outcomes)
        self.endResetModel()

    def outcome_at(self, row: int) -> ItemOutcome:
        return self._outcomes[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._outcomes)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._outcomes):
            return None
        o = self._outcomes[index.row()]
        question = o.item.question
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{o.position + 1}. {self._summaries[index.row()]}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            flagged = ", flagged" if o.flagged else ""
            return f"Question {o.position + 1}, {OUTCOME_WORDS[o.outcome].lower()}{flagged}"
        lookup: dict[int, Any] = {
            Roles.ITEM_OUTCOME: o,
            Roles.OUTCOME: o.outcome,
            Roles.FLAGGED: o.flagged,
            Roles.POSITION: o.position,
            Roles.TOPIC: question.topic,
            Roles.PROMPT: question.prompt,
            Roles.SUMMARY: self._summaries[index.row()],
            Roles.YOUR_ANSWER: answers_text(o, o.choices),
            Roles.KEY: answers_text(o, question.answers),
            Roles.EXPLANATION: question.explanation,
        }
        return lookup.get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({int(r): QByteArray(r.name.lower().encode()) for r in Roles})
        return names


class ReviewFilterModel(QSortFilterProxyModel):
    """Shows the review rows one ``ReviewFilter`` accepts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ReviewFilter.ALL

    @property
    def review_filter(self) -> ReviewFilter:
        return self._filter

    def set_review_filter(self, review_filter: ReviewFilter) -> None:
        if review_filter is not self._filter:
            self.beginFilterChange()
            self._filter = review_filter
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        source = self.sourceModel()
        if source is None:
            return False
        outcome = source.data(source.index(source_row, 0, source_parent), Roles.ITEM_OUTCOME)
        return isinstance(outcome, ItemOutcome) and self._filter.accepts(outcome)


class TopicColumn(IntEnum):
    TOPIC = 0
    SCORE = 1
    PERCENT = 2


TOPIC_HEADERS = {TopicColumn.TOPIC: "Topic", TopicColumn.SCORE: "Correct", TopicColumn.PERCENT: "Score"}


class TopicScoreModel(QAbstractTableModel):
    """One row per topic of a result: right answers out of questions, and the percent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._topics: tuple[TopicScore, ...] = ()

    def set_result(self, result: Result | None) -> None:
        self.beginResetModel()
        self._topics = result.per_topic() if result is not None else ()
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._topics)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(TopicColumn)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._topics):
            return None
        topic = self._topics[index.row()]
        column = TopicColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is TopicColumn.TOPIC:
                return topic.topic
            if column is TopicColumn.SCORE:
                return f"{topic.correct} of {topic.total}"
            return display.percent(topic.percent)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not TopicColumn.TOPIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return topic
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.TextAlignmentRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(TopicColumn)
        ):
            side = Qt.AlignmentFlag.AlignLeft if section == TopicColumn.TOPIC else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(TopicColumn):
            return TOPIC_HEADERS[TopicColumn(section)]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._topics):
            return str(section + 1)
        return None

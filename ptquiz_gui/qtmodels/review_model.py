"""Reviewing a result: one row per question (filterable), and the per-topic score table."""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ptquiz_gui.domain import display
from ptquiz_gui.domain.result import ItemOutcome, Outcome, Result, TopicScore
from ptquiz_gui.qtmodels.choice_model import choice_letter, marked_choices
from ptquiz_gui.qtmodels.plain_text import plain_summary

if TYPE_CHECKING:  # PySide6 types it as returning object; it returns the text

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...  # noqa: N802

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ReviewFilter(StrEnum):
    ALL = "all"
    WRONG = "wrong"
    FLAGGED = "flagged"
    UNANSWERED = "unanswered"

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


OUTCOME_WORDS = {
    Outcome.CORRECT: QT_TRANSLATE_NOOP("ReviewWords", "Correct"),
    Outcome.WRONG: QT_TRANSLATE_NOOP("ReviewWords", "Wrong"),
    Outcome.UNANSWERED: QT_TRANSLATE_NOOP("ReviewWords", "Unanswered"),
}
# The same within a sentence ("Question 2, wrong, flagged"), where a partly right answer says so.
STATE_WORDS = {
    Outcome.CORRECT: QT_TRANSLATE_NOOP("ReviewWords", "correct"),
    Outcome.WRONG: QT_TRANSLATE_NOOP("ReviewWords", "wrong"),
    Outcome.UNANSWERED: QT_TRANSLATE_NOOP("ReviewWords", "unanswered"),
}
PARTLY_RIGHT = QT_TRANSLATE_NOOP("ReviewWords", "wrong, partly right")


class ReviewWords(QObject):
    """How the review names a question's outcome and answers, in the window's language.

    What marks and colours show (✓ right, ✗ wrong, ⚑ flagged) is said in words here, for the
    accessible names. The words are methods of a QObject because ``pyside6-lupdate`` marks a
    message as a plural only in a ``self.tr(text, "", n)`` call; the class's name is their context.
    """

    def outcome(self, outcome: Outcome) -> str:
        """"Correct", "Wrong" or "Unanswered"."""
        return self.tr(OUTCOME_WORDS[outcome])

    def state(self, outcome: ItemOutcome) -> str:
        """"correct", "wrong", "wrong, partly right" or "unanswered"."""
        return self.tr(PARTLY_RIGHT if outcome.partial else STATE_WORDS[outcome.outcome])

    def question(self, outcome: ItemOutcome) -> str:
        return self.tr("Question {number}").format(number=outcome.position + 1)

    def flagged(self) -> str:
        return self.tr("⚑ Flagged")

    def states(self, outcome: ItemOutcome) -> str:
        """"Question 2, wrong, flagged"."""
        words = [self.question(outcome), self.state(outcome)]
        if outcome.flagged:
            words.append(self.tr("flagged"))
        return ", ".join(words)

    def points(self, points: float) -> str:
        """"1 point", "0 points", "0.50 points" (a fraction of a point is "points" too)."""
        if abs(points - round(points)) < 1e-9:
            return self.tr("%Ln points", "", round(points))
        shown = display.score(points, 1).partition("/")[0]  # cut to two decimals, as the score is
        return self.tr("{points} points").format(points=shown)

    def your_answer(self, outcome: ItemOutcome) -> str:
        """The user's answer in one sentence, its outcome in words (the page shows it by a mark)."""
        question = outcome.item.question
        if not outcome.choices:
            return self.tr("Your answer: none (unanswered)")
        if not question.multiple:
            return self.tr("Your answer, {state}: {answer}").format(
                state=self.state(outcome), answer=answers_text(outcome, outcome.choices)
            )
        return self.tr("Your answers, {state}, {points}: {choices}").format(
            state=self.state(outcome),
            points=self.points(outcome.points),
            choices="; ".join(_MARK.sub(r"\1", line, count=1) for line in self.marked_lines(outcome)),
        )

    def marked_lines(self, outcome: ItemOutcome) -> list[str]:
        """Every choice of a multiple-answer question with its mark and what it means."""
        item = outcome.item
        shown_picks = [item.to_shown_index(i) for i in outcome.choices]
        return marked_choices(item.shown_choices, item.shown_keys, shown_picks)

    def key(self, outcome: ItemOutcome) -> str:
        """"Correct answer: B — text"."""
        question = outcome.item.question
        keys = answers_text(outcome, question.answers)
        if question.multiple:
            return self.tr("Correct answers: {answers}").format(answers=keys)
        return self.tr("Correct answer: {answer}").format(answer=keys)


# The mark a marked choice's line begins with, said in words after it; whatever a translation
# puts before it (the pseudo-locale's bracket) stays.
_MARK = re.compile(r"^(\W*?)[✓✗○·] ")
WORDS = ReviewWords()


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
            return WORDS.states(o)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # the answers, which the list does not show
            if o.outcome is Outcome.CORRECT:
                return WORDS.your_answer(o)
            return f"{WORDS.your_answer(o)}. {WORDS.key(o)}"
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


TOPIC_HEADERS = {
    TopicColumn.TOPIC: QT_TRANSLATE_NOOP("TopicScoreModel", "Topic"),
    TopicColumn.SCORE: QT_TRANSLATE_NOOP("TopicScoreModel", "Correct"),
    TopicColumn.PERCENT: QT_TRANSLATE_NOOP("TopicScoreModel", "Score"),
}


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
                return self.tr("{right} of {total}").format(right=topic.correct, total=topic.total)
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
            return QCoreApplication.translate("TopicScoreModel", TOPIC_HEADERS[TopicColumn(section)])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._topics):
            return str(section + 1)
        return None

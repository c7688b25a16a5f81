"""The library as a screen reader gets it, through Qt's accessibility interfaces (what its
AT-SPI bridge hands to Orca): a bank selected through the table's selection becomes the
current bank and the details follow; the search's clear button has a name; a cell's
description is plain text; the kind of each problem row is said, not only drawn; and
status bar and banner messages are announced without the focus moving."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from app_fixtures import SHIFT, AppRun, Launcher, focused, press, type_text
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QListView, QToolButton

from ptquiz_gui.qtmodels.library_model import Column, Roles
from ptquiz_gui.views.library.library_page import LibraryPage


Announcement = tuple[str, QAccessible.AnnouncementPoliteness]


def accessible(widget: QObject) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface


def cell(table: QAccessibleInterface, row: int, column: int) -> QAccessibleInterface:
    """The table's cell at ``row`` and ``column`` (of the rows as shown), as a screen reader walks to it."""
    for i in range(table.childCount()):
        child = table.child(i)
        place = child.tableCellInterface() if child is not None else None
        if place is not None and place.rowIndex() == row and place.columnIndex() == column:
            return child
    raise AssertionError(f"no cell at {row}, {column}")


def bank_at(page: LibraryPage, row: int) -> str:
    return str(page.proxy.index(row, 0).data(Roles.BANK_ID))


def detail_title(page: LibraryPage) -> str:
    return page.detail._title.text()


def test_a_bank_selected_through_the_table_becomes_current_and_the_details_follow(app: AppRun) -> None:
    page = app.window.library_page
    table = accessible(page.view)
    assert table.role() == QAccessible.Role.Tree and table.text(QAccessible.Text.Name) == "Banks"
    headers = [table.child(i).text(QAccessible.Text.Name) for i in range(3)]
    assert headers == ["Title", "Topics", "Questions"]
    assert page.current_bank_id() == bank_at(page, 0)

    selection = table.selectionInterface()
    assert selection is not None
    target = cell(table, 2, Column.TITLE)
    assert selection.select(target)  # AT-SPI's Selection.SelectChild, as Orca or a switch sends it
    assert page.current_bank_id() == bank_at(page, 2)
    assert detail_title(page) == target.text(QAccessible.Text.Name)
    assert target.tableCellInterface().isSelected()

    # The cell's own action (AT-SPI "Toggle") selects through the same route, and, like a
    # click, the bank chosen is the one selected: a mixed exam takes only what was chosen.
    other = cell(table, 4, Column.QUESTIONS)
    toggle = other.actionInterface()
    assert toggle is not None and QAccessibleActionInterface.toggleAction() in toggle.actionNames()
    toggle.doAction(QAccessibleActionInterface.toggleAction())
    assert page.current_bank_id() == bank_at(page, 4)
    assert detail_title(page) == cell(table, 4, Column.TITLE).text(QAccessible.Text.Name)
    assert page.selected_bank_ids() == [bank_at(page, 4)]
    assert page.detail.mixed_button.text() == "&Mixed exam…"

    # Several banks for a mixed exam are still chosen with the keyboard, and selecting all
    # keeps the current bank.
    page.view.setFocus()
    press(Qt.Key.Key_Down, SHIFT, to=page.view)
    assert page.selected_bank_ids() == [bank_at(page, 4), bank_at(page, 5)]
    assert page.current_bank_id() == bank_at(page, 5)
    assert selection.selectAll()
    assert page.current_bank_id() == bank_at(page, 5)
    assert len(page.selected_bank_ids()) == page.proxy.rowCount()


def test_the_search_clear_button_has_a_name_once_there_is_text_to_clear(app: AppRun) -> None:
    page = app.window.library_page
    type_text("pytorch", to=page.search)
    search = accessible(page.search)
    assert search.role() == QAccessible.Role.EditableText
    assert search.text(QAccessible.Text.Name) == "Search banks"
    buttons = [search.child(i) for i in range(search.childCount())]
    shown = [b for b in buttons if b.role() == QAccessible.Role.Button and not b.state().invisible]
    assert [b.text(QAccessible.Text.Name) for b in shown] == ["Clear search"]
    button = page.search.findChild(QToolButton)
    assert button is not None and button.isVisible()
    button.click()
    assert page.search.text() == ""


def test_a_title_cell_describes_the_bank_in_plain_text_not_html(app: AppRun) -> None:
    page = app.window.library_page
    table = accessible(page.view)
    for row in range(page.proxy.rowCount()):
        description = cell(table, row, Column.TITLE).text(QAccessible.Text.Description)
        assert description == f"{bank_at(page, row)} — bundled with PTQuiz"
    tooltip = str(page.proxy.index(0, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole))
    assert tooltip.startswith("<p"), "the tooltip stays the escaped paragraph that shows bank text as typed"


def test_problem_rows_say_whether_they_are_errors_or_warnings(launch: Launcher, data_dir: Path) -> None:
    banks = data_dir / "banks"
    banks.mkdir()
    (banks / "broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    run = launch(data_dir)
    problems = run.window.library_page.problems
    assert problems.isVisible() and problems.title() == "Problems (1)"
    view = problems.findChild(QListView, "problems_list")
    assert view is not None
    listing = accessible(view)
    assert listing.text(QAccessible.Text.Name) == "Bank problems and warnings"
    rows = [listing.child(i) for i in range(listing.childCount())]
    assert [r.text(QAccessible.Text.Description) for r in rows] == ["Error"]
    assert str(banks / "broken.yaml") in rows[0].text(QAccessible.Text.Name)


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Announcement]]:
    """What was announced to a screen reader, as (message, politeness)."""
    said: list[Announcement] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness()))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    yield said


def test_status_bar_and_banner_messages_are_announced(app: AppRun, announced: list[Announcement]) -> None:
    status = app.window.statusBar()
    status.showMessage("Drop the files again once the running job has finished.", 10_000)
    polite = QAccessible.AnnouncementPoliteness.Polite
    assert announced == [("Drop the files again once the running job has finished.", polite)]
    assert accessible(status).text(QAccessible.Text.Name) == status.currentMessage()
    status.clearMessage()
    assert len(announced) == 1, "an emptied status bar says nothing"

    app.window.banner.show_message("Your answers could not be saved.")
    assert announced[-1] == ("Your answers could not be saved.", QAccessible.AnnouncementPoliteness.Assertive)


def test_tab_follows_the_reading_order_and_every_stop_is_named(launch: Launcher, data_dir: Path) -> None:
    banks = data_dir / "banks"
    banks.mkdir()
    (banks / "mine.yaml").write_text(
        "format: 1\nid: mine\ntitle: Mine\nquestions:\n"
        "  - id: q1\n    prompt: Two plus two?\n    choices: ['3', '4']\n    answer: '4'\n",
        encoding="utf-8",
    )
    run = launch(data_dir)
    page = run.window.library_page
    page.show_bank("mine")  # a bank of the user's own: Remove shows too
    page.search.setFocus()
    stops = []
    for _ in range(9):
        widget = focused()
        stops.append(widget.objectName())
        iface = accessible(widget)
        assert iface.text(QAccessible.Text.Name), f"{widget.objectName()} has no name"
        press(Qt.Key.Key_Tab)
    # Review due is disabled (nothing due), so Tab passes it by.
    assert stops == [
        "library_search",
        "history_button",
        "library_view",
        "practice_button",
        "exam_button",
        "mixed_button",
        "remove_button",
        "library_search",  # round again: the window has nothing else to stop at
        "history_button",
    ]

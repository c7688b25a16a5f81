"""The answer choices: large, word-wrapping cards labelled A, B, C…, one real button each.

Each choice is a checkable button, so a screen reader meets what it is: a radio button
(one answer, true/false) or a check box (several answers), named "A: text", with its
checked state, a description of its mark once the key is revealed, and the standard
Toggle action that picks it. The buttons never change their own checked state: a click,
Space, a choice key or that action asks the page (``choice_picked``) and the buttons then
show what ``ChoiceModel`` says was picked.

The group is one Tab stop: Up/Down/Home/End move among the choices (picking, radio-style,
on a one-answer question; ticking nothing on a multiple-answer one), and Space picks or
ticks the focused one. Other keys belong to the page.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QEnterEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ptquiz_gui.qtmodels.choice_model import ChoiceModel, ChoiceState, Roles
from ptquiz_gui.views.quiz.choice_card import CardLook, card_height, paint_card, text_document, text_width

_OWN_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Space})


class ChoiceButton(QAbstractButton):
    """One choice. ``autoExclusive`` makes it a radio button to accessibility, else a check box."""

    double_clicked = Signal()
    focused = Signal()

    def __init__(self, parent: QWidget, *, check_box: bool) -> None:
        super().__init__(parent)
        self.setObjectName("choice_button")
        self.setCheckable(True)
        self.setAutoExclusive(not check_box)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._look = CardLook("", "", ChoiceState.NORMAL, "", check_box, False)
        self._document: tuple[tuple[str, str, int], QTextDocument] | None = None

    @property
    def check_box(self) -> bool:
        return self._look.check_box

    @property
    def look(self) -> CardLook:
        return self._look

    def set_look(self, look: CardLook) -> None:
        if look != self._look:
            old = self._look
            self._look = look
            if (look.text, look.tag, look.check_box) != (old.text, old.tag, old.check_box):
                self.updateGeometry()
            self.update()

    def nextCheckState(self) -> None:
        """A click does not tick: the page decides, and the model's state is shown."""

    def document(self, width: int) -> QTextDocument:
        look = self._look
        room = round(text_width(self.font(), width, look.tag, look.check_box, self))
        key = (look.text, self.font().key(), room)
        if self._document is None or self._document[0] != key:
            self._document = (key, text_document(look.text, self.font(), room))
        return self._document[1]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return card_height(self.document(width))

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        look = self._look
        shown = CardLook(
            look.letter, look.text, look.state, look.tag, look.check_box, look.ticked,
            hovered=self.underMouse(), focused=self.hasFocus(),
        )
        painter = QPainter(self)
        document = self.document(self.width())
        paint_card(painter, QRectF(self.rect()), self.palette(), self.font(), shown, document, self)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _OWN_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            event.ignore()  # the group moves and picks
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.double_clicked.emit()
            return
        super().mouseDoubleClickEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self.update()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # the group lays its choices out again


class ChoiceListView(QWidget):
    """Shows every choice of ``ChoiceModel`` at full height (no inner scrolling; the page scrolls).

    ``choice_picked(row)`` on a click, on Space, on an accessibility Toggle, or when
    Up/Down/Home/End move to another row of a one-answer question; ``choice_confirmed(row)``
    on a double click.
    """

    choice_picked = Signal(int)
    choice_confirmed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice_list")
        self.setAccessibleName(self.tr("Answer choices"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._model: ChoiceModel | None = None
        self._buttons: list[ChoiceButton] = []
        self._current = 0
        self._syncing = False
        self._key_filter: QObject | None = None
        self._replace_buttons(1, check_box=False)  # kept while there is no question: the Tab stop

    # --- the model -----------------------------------------------------------------------

    def setModel(self, model: ChoiceModel) -> None:
        self._model = model
        model.modelReset.connect(self._rebuild)
        model.dataChanged.connect(self._refresh)
        self._rebuild()

    def model(self) -> QAbstractItemModel | None:
        return self._model

    def choice_model(self) -> ChoiceModel:
        assert self._model is not None
        return self._model

    def buttons(self) -> list[ChoiceButton]:
        """The choices' buttons in order (a hidden one while there is no question)."""
        return list(self._buttons)

    def button(self, row: int) -> ChoiceButton:
        return self._buttons[row]

    def set_key_filter(self, watcher: QObject) -> None:
        """Install ``watcher`` as event filter on every choice, now and when choices are made."""
        self._key_filter = watcher
        self.installEventFilter(watcher)
        for button in self._buttons:
            button.installEventFilter(watcher)

    @Slot()
    def _rebuild(self) -> None:
        model = self.choice_model()
        rows = model.rowCount()
        kind_changed = bool(self._buttons) and self._buttons[0].check_box != model.multiple
        if kind_changed or rows > len(self._buttons) or (rows and rows < len(self._buttons)):
            self._replace_buttons(max(rows, 1), check_box=model.multiple, fresh=kind_changed)
        self._current = 0
        self._set_tab_stop(focus=self._has_focus())
        self._refresh()

    def _replace_buttons(self, count: int, *, check_box: bool, fresh: bool = False) -> None:
        """Keep ``count`` buttons, new ones if ``fresh``; each new one joins the Tab chain after
        the last, so the group keeps its place in the page's focus order."""
        had_focus = self._has_focus()
        old = self._buttons
        kept = [] if fresh else old[:count]
        gone = old[len(kept):]
        made: list[ChoiceButton] = []
        previous = old[-1] if old else None
        for _ in range(count - len(kept)):
            button = ChoiceButton(self, check_box=check_box)
            button.toggled.connect(self._button_toggled)
            button.clicked.connect(self._button_clicked)
            button.double_clicked.connect(self._button_double_clicked)
            button.focused.connect(self._button_focused)
            if self._key_filter is not None:
                button.installEventFilter(self._key_filter)
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button
            button.show()  # a child made after its parent is shown stays hidden, and cannot take the focus
            made.append(button)
        self._buttons = kept + made
        self._current = min(self._current, count - 1)
        self._set_tab_stop(focus=had_focus)
        for button in gone:
            button.hide()
            button.setParent(None)  # out of the accessibility tree and the focus chain now
            button.deleteLater()

    # --- showing the model -----------------------------------------------------------------

    @Slot()
    def _refresh(self) -> None:
        model = self._model
        if model is None:
            return
        rows = model.rowCount()
        self._syncing = True
        try:
            for row, button in enumerate(self._buttons):
                button.setVisible(row < rows)
                if row < rows:
                    self._show_row(model, row, button)
        finally:
            self._syncing = False
        self._fit_height()

    def _show_row(self, model: ChoiceModel, row: int, button: ChoiceButton) -> None:
        index = model.index(row, 0)
        ticked = model.state(row) in (ChoiceState.SELECTED, ChoiceState.CORRECT_PICK, ChoiceState.WRONG_PICK)
        button.set_look(
            CardLook(
                letter=str(index.data(Roles.LETTER) or ""),
                text=str(index.data() or ""),
                state=model.state(row),
                tag=str(index.data(Roles.TAG) or ""),
                check_box=button.check_box,
                ticked=ticked,
            )
        )
        name = str(index.data(Qt.ItemDataRole.AccessibleTextRole) or "")
        if button.accessibleName() != name:
            button.setAccessibleName(name)
        description = str(index.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "")
        if button.accessibleDescription() != description:
            button.setAccessibleDescription(description)
        if button.isChecked() != ticked:
            exclusive = button.autoExclusive()
            button.setAutoExclusive(False)  # an exclusive button cannot be unchecked
            button.setChecked(ticked)
            button.setAutoExclusive(exclusive)

    def _fit_height(self) -> None:
        width = self.width()
        top = 0
        for button in self._buttons:
            if button.isHidden():
                continue
            height = button.heightForWidth(width)
            button.setGeometry(0, top, width, height)
            top += height
        if top != self.height() or self.minimumHeight() != top:
            self.setFixedHeight(top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a choice's text or font changed
            self._fit_height()
        return super().event(event)

    # --- focus -------------------------------------------------------------------------------

    def show_current(self, row: int | None) -> None:
        """Make ``row`` (the picked choice; the first when None) the one the keyboard is on,
        without picking anything; the focus moves there if it is in the group."""
        self._current = 0 if row is None else max(0, min(row, len(self._buttons) - 1))
        self._set_tab_stop(focus=self._has_focus())

    def current_row(self) -> int:
        return self._current

    def _has_focus(self) -> bool:
        return any(button.hasFocus() for button in self._buttons)

    def _set_tab_stop(self, *, focus: bool) -> None:
        """Only the current choice is a Tab stop, and the group's focus proxy."""
        current = self._buttons[self._current]
        for button in self._buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is current else Qt.FocusPolicy.ClickFocus
            if button.focusPolicy() != policy:
                button.setFocusPolicy(policy)
        self.setFocusProxy(current)
        if focus and not current.hasFocus():
            current.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _button_focused(self) -> None:
        sender = self.sender()
        if isinstance(sender, ChoiceButton) and sender in self._buttons:
            self._current = self._buttons.index(sender)
            self._set_tab_stop(focus=False)

    # --- picking ---------------------------------------------------------------------------

    def _row_of(self, sender: QObject | None) -> int | None:
        if isinstance(sender, ChoiceButton) and sender in self._buttons:
            return self._buttons.index(sender)
        return None

    @Slot()
    def _button_clicked(self) -> None:
        row = self._row_of(self.sender())
        if row is not None:
            self.choice_picked.emit(row)

    @Slot()
    def _button_double_clicked(self) -> None:
        row = self._row_of(self.sender())
        if row is not None:
            self.choice_confirmed.emit(row)

    @Slot(bool)
    def _button_toggled(self, checked: bool) -> None:
        """A change nobody here made: an accessibility action toggled the button."""
        row = self._row_of(self.sender())
        if self._syncing or row is None:
            return
        if not checked and not self._buttons[row].check_box:
            return  # a radio button let go as another was checked; that one asks
        self.choice_picked.emit(row)
        self._refresh()  # shows what the page made of it, refused or not

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self._model
        rows = model.rowCount() if model is not None else 0
        key = event.key()
        if model is None or not rows or key not in _OWN_KEYS:
            event.ignore()  # contract keys (digits, letters, Enter, arrows…) belong to the page
            return
        if key == Qt.Key.Key_Space:
            self.choice_picked.emit(self._current)
            return
        target = {
            Qt.Key.Key_Up: max(0, self._current - 1),
            Qt.Key.Key_Down: min(rows - 1, self._current + 1),
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: rows - 1,
        }[Qt.Key(key)]
        if target == self._current:
            return  # already at that end
        self._current = target
        self._set_tab_stop(focus=True)
        if not model.multiple and target != model.selected:
            self.choice_picked.emit(target)

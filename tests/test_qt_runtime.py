"""The Qt bindings ptquiz runs on must not leak references to ``None``.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a C++
method that returns nothing; a quiz's clock tick and painting would abort the
interpreter ("none_dealloc") within minutes. pyproject.toml excludes that release;
this test keeps it excluded.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_consume_none_references(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
    assert sys.getrefcount(None) >= before - 50

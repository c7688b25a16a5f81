"""Dunder names in bank Markdown are escaped outside code, and nothing else is touched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ptquiz_gui.domain.python_names import keep_dunder_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in __getitem__ may", r"in \_\_getitem\_\_ may"),
        ("invokes __call__() which", r"invokes \_\_call\_\_() which"),
        ("self.__dict__.", r"self.\_\_dict\_\_."),
        ("in `__init__` and `` a `__x__` ``", "in `__init__` and `` a `__x__` ``"),
        ("```\n__init__\n```\nthen __len__", "```\n__init__\n```\nthen \\_\\_len\\_\\_"),
        ("~~~~\n__a__\n~~~\n__b__\n~~~~\n__c__", "~~~~\n__a__\n~~~\n__b__\n~~~~\n\\_\\_c\\_\\_"),
        ("    def __len__(self):", "    def __len__(self):"),
        ("__Bold__, **bold**, snake_case__x__y", "__Bold__, **bold**, snake_case__x__y"),
        (r"already \_\_escaped\_\_", r"already \_\_escaped\_\_"),
        ("an unclosed ` then __x__", r"an unclosed ` then \_\_x\_\_"),
    ],
)
def test_dunder_names_outside_code_are_escaped(text: str, expected: str) -> None:
    assert keep_dunder_names(text) == expected


@given(st.text(alphabet=st.sampled_from(list("ab_` \n~*\\(x)")), max_size=80))
def test_only_underscores_get_backslashes(text: str) -> None:
    escaped = keep_dunder_names(text)
    assert escaped.replace("\\_", "_") == text.replace("\\_", "_")
    assert escaped.count("\n") == text.count("\n")

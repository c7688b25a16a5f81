"""Importing Moodle GIFT files: every construct ptquiz understands, skipped types, faults."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ptquiz_gui.domain.formats import convert_bytes, convert_file
from ptquiz_gui.domain.formats.gift import category_topic, parse_gift
from ptquiz_gui.domain.loader import load_bank_bytes
from ptquiz_gui.domain.model import Question

DATA = Path(__file__).resolve().parent / "data" / "import"


def _by_id(path: Path) -> dict[str, Question]:
    result = convert_file(path, None)
    assert result.problems == []
    return {q.id: q for q in result.questions}


def test_constructs_file_imports_without_problems_into_a_loadable_bank() -> None:
    result = convert_file(DATA / "gift-constructs.gift", None)

    assert result.format == "gift"
    assert result.problems == []
    assert result.skipped == []
    bank = load_bank_bytes(result.bank_yaml.encode("utf-8"), "converted")
    assert bank.id == "gift-constructs"
    assert bank.title == "Gift constructs"
    assert bank.topics == ("Geography", "Syntax")
    assert [q.id for q in bank.questions] == [q.id for q in result.questions]


def test_multiple_choice_with_name_comments_and_per_choice_feedback() -> None:
    question = _by_id(DATA / "gift-constructs.gift")["capital-of-france"]

    assert question.prompt == "What is the capital of France?"
    assert question.choices == ("Paris", "Lyon", "Marseille")
    assert question.key_text == "Paris"
    assert question.explanation == (
        "- Paris: Right: the capital since 987.\n- Lyon: Lyon is the third largest city."
    )
    assert question.topic == "Geography"
    assert question.line == 6


def test_unnamed_questions_get_numbered_ids_and_keep_their_line_breaks() -> None:
    questions = _by_id(DATA / "gift-constructs.gift")

    assert questions["q002"].prompt == "Which river\nflows through Rome?"
    assert questions["q002"].key_text == "Tiber"


def test_missing_word_questions_show_a_blank_where_the_answers_were() -> None:
    question = _by_id(DATA / "gift-constructs.gift")["q003"]

    assert question.prompt == "The Sun rises in the _____ every day."
    assert question.choices == ("west", "east", "north")
    assert question.key_text == "east"


def test_true_false_in_every_spelling_with_feedback_and_general_feedback() -> None:
    questions = _by_id(DATA / "gift-constructs.gift")

    star, moon, earth = questions["sun-is-a-star"], questions["moon"], questions["earth-round"]
    assert (star.choices, star.key_text, star.explanation) == (("True", "False"), "True", "")
    assert (moon.choices, moon.key_text) == (("True", "False"), "False")
    assert moon.explanation == (
        "The Moon orbits the Earth.\n\n"
        "- True: No, it is a natural satellite.\n- False: Right, it is a satellite."
    )
    assert (earth.prompt, earth.key_text) == ("The Earth is *round*.", "True")
    assert earth.explanation == "Seen from space since 1946."


def test_escaped_characters_are_read_as_text() -> None:
    question = _by_id(DATA / "gift-constructs.gift")["escapes"]

    assert question.prompt == "Which of these is {not} special: ~ = # \\ or \\n?\nPick one."
    assert question.choices == ("a plain word", "~tilde", "=equals", "back\\slash")
    assert question.key_text == "a plain word"
    assert question.explanation == "The escaped characters are ~ = # { } : and \\."


def test_plain_text_is_escaped_so_markdown_shows_it_as_written() -> None:
    question = _by_id(DATA / "gift-constructs.gift")["plain-text"]

    assert question.prompt == "Line one with a\\*b and \\<tag\\>\\\n\\- not a list\n\n2\\. not a number"
    assert question.choices == ("yes", "no")
    assert question.explanation == "General # feedback\n\n- no: Feedback \\*as written\\*"


def test_categories_set_the_topic_of_the_questions_after_them() -> None:
    questions = _by_id(DATA / "gift-constructs.gift")

    assert {q.id: q.topic for q in questions.values()} == {
        "capital-of-france": "Geography",
        "q002": "Geography",
        "q003": "Geography",
        "sun-is-a-star": "Geography",
        "moon": "Geography",
        "earth-round": "Geography",
        "escapes": "Syntax",
        "plain-text": "Syntax",
        "title-with-spaces-symbols": "Syntax",
        "title-with-spaces-symbols-2": "Syntax",
    }


@pytest.mark.parametrize(
    ("path", "topic"),
    [
        ("$course$/top/Default for PyTorch/Tensors", "Tensors"),
        ("tom/dick/harry", "harry"),
        ("paths//folders", "paths/folders"),
        ("$course$/top", ""),
        ("$system$/top/Default for System", "Default for System"),
        ("Geography", "Geography"),
        ("top", "top"),
        ("top/Tensors", "Tensors"),
    ],
)
def test_category_path_gives_its_last_name_as_topic(path: str, topic: str) -> None:
    assert category_topic(path) == topic


def test_a_category_switch_back_to_the_top_clears_the_topic() -> None:
    text = "$CATEGORY: tensors\n\n::a:: A?{=x ~y}\n\n$CATEGORY: $course$/top\n\n::b:: B?{=x ~y}\n"

    result = parse_gift(text)

    assert [(q.name, q.topic) for q in result.questions] == [("a", "tensors"), ("b", "")]


def test_names_become_ids_made_unique_in_file_order() -> None:
    questions = _by_id(DATA / "gift-constructs.gift")

    assert questions["title-with-spaces-symbols"].prompt == "Another question?"
    assert questions["title-with-spaces-symbols-2"].prompt == "The same title again?"


def test_html_is_converted_to_text_and_never_obeyed() -> None:
    result = convert_file(DATA / "gift-html.gift", None)

    assert result.problems == []
    (question,) = result.questions
    assert question.prompt == (
        "What does `torch.zeros(2, 3).shape` print?\n\n- run it on CPU\n- ignore \\<warnings\\>"
    )
    assert question.choices == ("torch.Size([2, 3])", "torch.Size([3, 2])", "(2, 3)")
    assert question.key_text == "torch.Size([2, 3])"
    assert question.explanation == (
        "See the docs.\n\n```\nx = torch.zeros(2, 3)\nprint(x.shape)\n```\n\n"
        "- torch.Size(\\[2, 3\\]): Right: rows, then columns."
    )
    assert "alert" not in result.bank_yaml
    assert "pytorch.org" not in result.bank_yaml
    assert "<" not in result.bank_yaml.replace("\\<warnings\\>", "")


def test_question_types_ptquiz_does_not_run_are_skipped_with_a_note() -> None:
    path = DATA / "gift-skipped.gift"

    result = convert_file(path, None)

    assert result.problems == []
    assert result.skipped == [
        f"{path}:3: skipped essay question",
        f"{path}:5: skipped numerical question",
        f"{path}:7: skipped matching question",
        f"{path}:12: skipped short-answer question",
        f"{path}:20: skipped partial-credit question",
        f"{path}:22: skipped description (text without an answer block)",
    ]
    # '~%50%PyTorch ~%50%JAX ~%-100%Django' is a multiple-answer question since issue 18.
    assert [(q.id, q.key_texts) for q in result.questions] == [
        ("multiple-answers", ("PyTorch", "JAX")),
        ("good", ("yes",)),
    ]


def test_every_malformed_question_is_reported_at_its_line_and_the_rest_imported() -> None:
    path = DATA / "gift-malformed.gift"

    result = convert_file(path, None)

    assert result.problems == [
        f'{path}:1: unbalanced braces: "{{" is never closed',
        f'{path}:3: unbalanced braces: "}}" has no "{{" before it',
        f'{path}:5: unbalanced braces: "{{" inside an answer block (write \\{{ for a literal brace)',
        f"{path}:7: a question can have only one answer block {{...}}"
        " (write \\{ and \\} for literal braces)",
        f'{path}:9: no choice is marked right with "="',
        f'{path}:11: 2 choices are marked right with "="; ptquiz needs exactly one'
        " (write \\= for a literal =)",
        f"{path}:13: choice 2 is empty",
        f'{path}:15: choice "a" is both a key and a distractor',
        f'{path}:17: the question name after "::" has no closing "::"',
        f"{path}:19: the question text is empty",
    ]
    assert result.skipped == []
    assert [(q.id, q.prompt) for q in result.questions] == [("good", "Still imported?")]


def test_a_brace_fault_points_at_the_line_of_the_brace() -> None:
    text = "::q::\nWhich one?\n{\n=a\n~b\n\n::r:: Next?{=x ~y}\n"

    result = convert_bytes(text.encode(), "multi.gift", "gift", "multi")

    assert result.problems == ['multi.gift:3: unbalanced braces: "{" is never closed']
    assert [q.id for q in result.questions] == ["r"]


def test_unicode_noncharacters_are_reported_not_turned_into_escapes() -> None:
    text = "::a:: Fine?{=x ~y}\n\n::b:: Odd \ufdd0 text?{=x ~y}\n"

    result = convert_bytes(text.encode("utf-8"), "odd.gift", None, "odd")

    assert result.problems == [
        "odd.gift:3: contains a Unicode noncharacter (U+FDD0 to U+FDEF), which is not text"
    ]
    assert [q.id for q in result.questions] == ["a"]


def test_a_file_of_blank_lines_is_empty_and_one_of_comments_has_no_questions() -> None:
    blank = DATA / "gift-blank.gift"

    assert convert_file(blank, None).problems == [f"{blank}:1: the file is empty"]
    assert convert_file(blank, "gift").problems == [f"{blank}:1: the file is empty"]
    comments = convert_bytes(b"// only a comment\n", "c.gift", "gift", "c")
    assert comments.problems == ["c.gift:1: no questions to import"]
    assert comments.bank_yaml == ""


def test_only_skipped_questions_means_nothing_to_import() -> None:
    result = convert_bytes(b"::e:: Essay?{}\n", "e.gift", None, "e")

    assert result.skipped == ["e.gift:1: skipped essay question"]
    assert result.problems == ["e.gift:1: no questions to import"]
    assert result.bank_yaml == ""


def test_multi_line_text_is_written_as_literal_blocks() -> None:
    result = convert_file(DATA / "gift-constructs.gift", None)

    assert "    prompt: |-\n      Which river\n      flows through Rome?\n" in result.bank_yaml
    data = yaml.safe_load(result.bank_yaml)
    assert data["questions"][1]["prompt"] == "Which river\nflows through Rome?"


_PIECES = st.sampled_from(
    [*"\n\n{}~=#:%[]/\\ABC.)T xyz", "ANSWER: A", "$CATEGORY: a/b", "//", "::", "[html]", "<pre>", "<code>"]
    + ["</pre>", "####", "->", "A) ", "A.", "\ufdd3", "\u2028", "\ufeff", "\r"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60).map("".join), st.sampled_from([None, "aiken", "gift"]))
def test_any_input_gives_located_messages_never_an_exception(text: str, fmt: str | None) -> None:
    result = convert_bytes(text.encode("utf-8"), "any.txt", fmt, "any")

    assert all(line.startswith("any.txt:") for line in result.problems + result.skipped)
    if result.bank_yaml:
        assert len(load_bank_bytes(result.bank_yaml.encode("utf-8"), "any").questions) == len(
            result.questions
        )
    else:
        assert result.problems

"""A practice attempt taken the way a screen reader or switch user takes it: through AT-SPI actions.

Where an action fails, the walk says so and presses the key a sighted user would, so that
the later requirements are still checked; the core requirement fails on any such stand-in.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

from atspi import findings as req
from atspi.bank import QUESTIONS, TITLE, Question
from atspi.findings import Findings
from atspi.session import AppOnBus, StepFailed
from atspi.tree import Node, Tree, heard, mentioned, summary
from atspi.walk_library import check_texts, check_window_named, lines, main_window, tab_round

CHOICE_ROLES = {"radio button", "check box", "list item", "toggle button", "push button", "table cell"}
POSITION = re.compile(r"^Question (\d+) of (\d+)$")
KEYS = "abcdefgh"


def position(tree: Tree) -> int:
    for node in tree.find_all(lambda n: n.role == "label"):
        match = POSITION.match(node.name.strip())
        if match:
            return int(match.group(1))
    return 0


def button(tree: Tree, pattern: str) -> Node | None:
    return tree.first(
        lambda n: n.role in ("push button", "toggle button") and re.search(pattern, n.name, re.I) is not None
    )


def choice_list(tree: Tree) -> Node | None:
    return tree.first(lambda n: re.fullmatch(r"answer choices|choices", n.name.strip(), re.I) is not None)


def choice(tree: Tree, text: str) -> Node | None:
    box = choice_list(tree)
    if box is None:
        return None
    word = re.compile(rf"(?<![\w]){re.escape(text)}(?![\w])")
    for node in box.walk():
        if node is not box and node.shown and node.role in CHOICE_ROLES and word.search(node.name):
            return node
    return None


def in_focus(tree: Tree, container: Node) -> bool:
    inside = {n.id for n in container.walk()}
    return any(n.id in inside for n in tree.focus())


def navigator_cells(tree: Tree) -> list[Node]:
    panel = tree.first(lambda n: re.search(r"navigator", n.name, re.I) is not None)
    if panel is None:
        return []
    return [
        n for n in panel.walk() if n is not panel and n.shown and re.match(r"question\s*\d+", n.name, re.I)
    ]


def said(node: Node | None, pattern: str) -> bool:
    return node is not None and re.search(pattern, node.words, re.I) is not None


def flagged(cell: Node | None) -> bool:
    return said(cell, r"(?<!not )(?<!un)flagged")


def flag_settled(tree: Tree, was: bool, control: str) -> bool:
    """The navigator's flag changed from ``was``, and the Flag control's checked state agrees with it.

    (One tree read takes a while, so the two may be read either side of the change.)"""
    now = flag_of(tree)
    box = tree.first(lambda n: n.path == control)
    return now not in (None, was) and box is not None and box.has("checked") == now


def flag_of(tree: Tree) -> bool | None:
    """Whether the navigator says the first question is flagged (None: no navigator)."""
    cells = navigator_cells(tree)
    return flagged(cells[0]) if cells else None


class QuizWalk:
    def __init__(self, s: AppOnBus, f: Findings) -> None:
        self.s = s
        self.f = f
        self.trees: list[Tree] = []  # every quiz screen read, for the text checks
        self.stand_ins: list[str] = []  # AT-SPI steps a key had to do

    def stand_in(self, what: str, keysym: str) -> None:
        self.stand_ins.append(what)
        self.f.fallback(what)
        self.s.focus_window()
        self.s.key(keysym)

    def run(self) -> None:
        s, f = self.s, self.f
        tree = s.wait_for(
            lambda t: position(t) == 1 and choice_list(t) is not None, "the first question", timeout=15
        )
        if tree.first(lambda n: n.role == "label" and n.name == TITLE) is None:
            f.check(
                req.LIBRARY_SELECT,
                False,
                f"Start practice did not start the selected bank:\n{tree.outline(20)}",
            )
        self.trees.append(tree)
        check_window_named(f, req.QUIZ_NAMED, main_window(tree), "the question page")
        self.check_navigator(tree)
        self.check_flag()
        for number, question in enumerate(QUESTIONS, start=1):
            self.answer(number, question)
        self.check_pause()
        self.finish()

    # --- navigator and flag ----------------------------------------------------------------

    def check_navigator(self, tree: Tree) -> None:
        s, f = self.s, self.f
        cells = navigator_cells(tree)
        f.check(
            req.QUIZ_STATE_WORDS,
            len(cells) == len(QUESTIONS) and said(cells[0], r"\bcurrent\b"),
            f"the navigator's cells do not say which question is current:\n{lines(cells)}",
        )
        if len(cells) < 3 or not cells[2].activations:
            f.check(req.QUIZ_NAVIGATOR, False, f"no navigator cell with an action:\n{lines(cells)}")
            return
        problem = s.act(cells[2], cells[2].activations[0])
        tree, moved = s.poll(lambda t: position(t) == 3, timeout=2)
        f.check(
            req.QUIZ_NAVIGATOR,
            problem is None and moved,
            f"{cells[2].activations[0]!r} on {cells[2].brief()}: {problem or 'done'}; "
            f"the page shows question {position(tree)}",
        )
        if moved:
            back = navigator_cells(tree)[0]
            s.act(back, back.activations[0])
            s.wait_for(lambda t: position(t) == 1, "question 1 again")

    def check_flag(self) -> None:
        """Each of the Flag control's actions must flag (or unflag) the question, not only tick the box."""
        s, f = self.s, self.f
        tree = s.tree()
        control = tree.first(
            lambda n: (
                n.role in ("check box", "toggle button", "push button")
                and re.match(r"flag", n.name, re.I) is not None
            )
        )
        if control is None or not control.activations:
            f.check(req.QUIZ_FLAG_ACTION, False, f"no Flag control with an action:\n{tree.outline(80)}")
            return
        for action in control.activations:
            before = flagged(navigator_cells(s.tree())[0])
            s.events()
            problem = s.act(control, action)
            tree, _ = s.poll(partial(flag_settled, was=before, control=control.path), timeout=1.5)
            changed = flag_of(tree) not in (None, before)
            cell = navigator_cells(tree)[0]
            now = tree.first(lambda n: n.path == control.path) or control
            f.check(
                req.QUIZ_FLAG_ACTION,
                problem is None and changed and now.has("checked") == flagged(cell),
                f"{action!r} on the Flag control: {problem or 'done'}; the control now {now.brief()}; "
                f"the question's navigator cell says {cell.words!r}",
            )
            if changed and flagged(cell):
                self.check_status(r"flagged for review", "Flagged for review.", s.events())
        if flagged(navigator_cells(s.tree())[0]):  # leave it unflagged for the rest of the walk
            press = "Press" if "Press" in control.actions else control.activations[0]
            s.act(control, press)
            _, done = s.poll(lambda t: not flagged(navigator_cells(t)[0]), timeout=1.5)
            if not done:
                self.stand_in("the question was unflagged with F", "f")

    def check_status(self, pattern: str, message: str, events: list[dict[str, Any]]) -> None:
        s, f = self.s, self.f
        words = re.compile(pattern, re.I)
        tree, shown = s.poll(
            lambda t: any(words.search(n.words) for n in t.find_all(lambda n: True)), timeout=1.5
        )
        events = events + s.events()
        sent = mentioned(events, words)
        status = tree.first(lambda n: re.search(r"status", n.name, re.I) is not None)
        f.check(
            req.QUIZ_STATUS,
            shown and bool(sent),
            f"the status message {message!r}: readable in the tree: {shown};"
            f" carried by an event: {bool(sent)}"
            f"\n  status node: {status.brief() if status else None}\n  events:\n{summary(events)}",
        )

    # --- answering -------------------------------------------------------------------------

    def pick(self, number: int, question: Question, text: str) -> None:
        s, f = self.s, self.f
        tree = s.tree()
        node = choice(tree, text)
        if node is None:
            f.check(
                req.QUIZ_CHOICE_ACTION,
                False,
                f"Q{number}: no choice {text!r} under the choices:\n{tree.outline(60)}",
            )
            self.stand_in(f"Q{number}: {text!r} chosen with its key", KEYS[question.choices.index(text)])
            return
        action = node.activations[0] if node.activations else None
        problem = s.act(node, action) if action else f"the choice offers no action but {node.actions}"
        tree, checked = s.poll(lambda t: (c := choice(t, text)) is not None and c.has("checked"), timeout=1.5)
        after = choice(tree, text)
        f.check(
            req.QUIZ_CHOICE_ACTION,
            problem is None and checked,
            f"Q{number}: {action!r} on {node.brief()}: {problem or 'done'}; afterwards "
            f"{after.brief() if after else 'gone'}",
        )
        if not checked:
            self.stand_in(f"Q{number}: {text!r} chosen with its key", KEYS[question.choices.index(text)])
            s.poll(
                lambda t: (b := button(t, r"^check answer")) is not None and b.has("sensitive"), timeout=1.5
            )

    def check_roles(self, number: int, question: Question, tree: Tree) -> None:
        want = "check box" if question.multiple else "radio button"
        nodes = [choice(tree, text) for text in question.choices]
        picked = set(question.picks)
        wrong = [n for n in nodes if n is None or n.role != want]
        states = [
            n
            for n, text in zip(nodes, question.choices, strict=True)
            if n is not None and n.has("checked") != (text in picked)
        ]
        self.f.check(
            req.QUIZ_CHOICE_ROLES,
            not wrong and not states,
            f"Q{number} wants {want}es checked exactly for {sorted(picked)}; the choices:\n"
            f"{lines([n for n in nodes if n is not None])}",
        )

    def answer(self, number: int, question: Question) -> None:
        s, f = self.s, self.f
        for text in question.picks:
            self.pick(number, question, text)
        tree = s.tree()
        self.trees.append(tree)
        self.check_roles(number, question, tree)
        check = button(tree, r"^check answer")
        if check is None:
            raise StepFailed(f"Q{number}: no Check answer button:\n{tree.outline(80)}")
        focus = {n.path for n in tree.focus()}
        s.events()
        problem = s.act(check, "Press")
        if problem is not None:
            self.stand_in(f"Q{number}: checked with Enter ({problem})", "Return")
        tree, shown = s.poll(
            lambda t: any(question.explanation in n.words for n in t.find_all(lambda n: True)), timeout=3
        )
        events = s.events(0.3)
        self.trees.append(tree)
        spoken = heard(events, focus, question.verdict)
        f.check(
            req.QUIZ_VERDICT,
            bool(spoken) and shown,
            f"Q{number}: after Check answer, verdict spoken: {spoken or 'no'};"
            f" explanation readable: {shown}\n"
            f"  focus was on {[n.brief() for n in tree.focus()]}\n  events:\n{summary(events)}",
        )
        self.check_revealed(number, question, tree)
        if number == 1:
            check_window_named(f, req.QUIZ_NAMED, main_window(tree), "the question page with the reasoning")
            tab_round(s, f, req.QUIZ_NAMED, "the question page with the reasoning")
            self.already_answered(question)
        if number < len(QUESTIONS):
            self.next_question(number + 1)

    def check_revealed(self, number: int, question: Question, tree: Tree) -> None:
        """Right, wrong, answered and picked are said in words, not only in colour.

        The bus brings the new names as events, after the reasoning that the same step shows:
        read again for up to 3 s (on a loaded machine a first read could still have the old ones)."""
        if self._unsaid(number, question, tree):
            tree, _ = self.s.poll(lambda t: not self._unsaid(number, question, t), timeout=3)
        problems = self._unsaid(number, question, tree)
        self.f.check(
            req.QUIZ_STATE_WORDS, not problems, f"Q{number} after checking:\n  " + "\n  ".join(problems)
        )

    @staticmethod
    def _unsaid(number: int, question: Question, tree: Tree) -> list[str]:
        cells = navigator_cells(tree)
        cell = cells[number - 1] if len(cells) >= number else None
        outcome = r"correct|right" if question.right else r"wrong|incorrect|not quite"
        problems = []
        if not said(cell, r"answered") or not said(cell, outcome):
            problems.append(
                f"navigator cell {cell.brief() if cell else None} wants 'answered' and /{outcome}/"
            )
        for text in question.choices:
            node = choice(tree, text)
            if node is None:
                problems.append(f"no choice {text!r}")
                continue
            if text in question.picks and not said(node, r"your answer|ticked|chosen|selected|picked"):
                problems.append(f"a picked choice does not say so: {node.brief()}")
            if text in question.keys and not said(node, r"\bcorrect\b|\bright\b|\bkey\b"):
                problems.append(f"a right answer does not say so: {node.brief()}")
            if text in question.picks and text not in question.keys and not said(node, r"wrong|incorrect"):
                problems.append(f"a wrong pick does not say so: {node.brief()}")
        return problems

    def already_answered(self, question: Question) -> None:
        """Choosing again after checking gives a status message; it must reach the bus."""
        s = self.s
        other = next(t for t in question.choices if t not in question.picks)
        node = choice(s.tree(), other)
        s.events()
        if node is not None and node.activations:
            s.act(node, node.activations[0])
        else:
            s.focus_window()
            s.key(KEYS[question.choices.index(other)])
        self.check_status(r"already answered", "Already answered…", [])

    def next_question(self, number: int) -> None:
        """Move on from the choices, as Enter there does: the prompt is spoken, the focus on its choices."""
        s, f = self.s, self.f
        box = choice_list(s.tree())
        first = (
            next((n for n in box.walk() if n is not box and n.shown and n.role in CHOICE_ROLES), None)
            if box
            else None
        )
        if first is not None:
            s.focus_window()
            s.call("focus", id=first.id)
        tree, from_choices = s.poll(
            lambda t: (c := choice_list(t)) is not None and in_focus(t, c), timeout=1.5
        )
        primary = tree.find_all(
            lambda n: n.role == "push button" and re.match(r"next question", n.name, re.I) is not None
        )
        target = primary[-1] if primary else None  # the one Enter presses, after the Next → of the arrows
        focus = {n.path for n in tree.focus()}
        s.events()
        problem = s.act(target, "Press") if target else "no Next question button"
        if problem is not None:
            self.stand_in(f"Q{number - 1}: moved on with Enter ({problem})", "Return")
        tree = s.wait_for(lambda t: position(t) == number, f"question {number}")
        events = s.events(0.3)
        prompt = QUESTIONS[number - 1].prompt
        spoken = heard(events, focus, re.compile(re.escape(prompt), re.I))
        f.check(
            req.QUIZ_NEXT_PROMPT,
            bool(spoken),
            f"moving to question {number}: its prompt {prompt!r} was not spoken\n"
            f"  events:\n{summary(events)}",
        )
        tree, on_choices = s.poll(lambda t: (c := choice_list(t)) is not None and in_focus(t, c), timeout=1.5)
        moves = [
            f"[{(e.get('source') or {}).get('role')}] {(e.get('source') or {}).get('name')!r}"
            for e in events
            if str(e.get("type", "")).startswith("focus:")
        ]
        if not from_choices:
            f.block(req.QUIZ_FOCUS_NEXT, f"the focus could not be put on question {number - 1}'s choices")
            return
        f.check(
            req.QUIZ_FOCUS_NEXT,
            on_choices,
            f"after moving to question {number} the focus is on {[n.brief() for n in tree.focus()]}, not its "
            f"choices; the focus moved through {moves}",
        )

    # --- pause and finish --------------------------------------------------------------------

    def check_pause(self) -> None:
        s, f = self.s, self.f
        tree = s.tree()
        pause = button(tree, r"^pause")
        if pause is None or s.act(pause, "Press") is not None:
            f.check(req.QUIZ_PAUSE_FOCUS, False, f"no Pause button to press:\n{tree.outline(60)}")
            return
        tree, paused = s.poll(lambda t: button(t, r"^resume") is not None, timeout=2)
        events = s.events(0.3)
        tree = s.tree()
        focus = tree.focus()
        focus_events = [e for e in events if e["type"].startswith("focus:")]
        landed = (focus_events[-1].get("source") or {}) if focus_events else {}
        named = (
            bool((landed.get("name") or "").strip()) if focus_events else all(n.name.strip() for n in focus)
        )
        f.check(
            req.QUIZ_PAUSE_FOCUS,
            paused and named and bool(focus or focus_events),
            f"after Pause the focus is on {[n.brief() for n in focus]}; last focus event "
            f"[{landed.get('role')}] {landed.get('name')!r}",
        )
        check_window_named(f, req.QUIZ_NAMED, main_window(tree), "the paused question page")
        self.check_status(r"\bpaused\b", "Paused. The clock is stopped.", events)
        resume = button(tree, r"^resume")
        if resume is None or s.act(resume, "Press") is not None:
            self.stand_in("resumed with P", "p")
        s.wait_for(lambda t: button(t, r"^resume") is None, "the question again")
        s.focus_window()

    def finish(self) -> None:
        s, f = self.s, self.f
        tree = s.tree()
        target = button(tree, r"^finish")
        if target is None or s.act(target, "Press") is not None:
            raise StepFailed(f"no Finish button to press:\n{tree.outline(80)}")
        tree = s.wait_for(
            lambda t: any(w.role in ("alert", "dialog") for w in t.root.children if w.shown),
            "the finish dialog",
        )
        dialog = next(w for w in tree.root.children if w.shown and w.role in ("alert", "dialog"))
        check_window_named(f, req.DIALOGS_NAMED, dialog, f"the {dialog.name!r} dialog")
        confirm = next(
            (
                n
                for n in dialog.walk()
                if n.shown and n.role == "push button" and re.match(r"finish", n.name, re.I)
            ),
            None,
        )
        if confirm is None or s.act(confirm, "Press") is not None:
            self.stand_in("the finish dialog was confirmed with Enter", "Return")
        s.wait_for(
            lambda t: all(w.role == "frame" for w in t.root.children if w.shown), "the dialog to close"
        )
        s.focus_window()
        for tree in self.trees:
            check_texts(self.f, tree, "the question page")

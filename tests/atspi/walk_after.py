"""After the attempt: the results page, then History and its Backups dialog."""

from __future__ import annotations

import re

from atspi import findings as req
from atspi.bank import QUESTIONS
from atspi.findings import Findings
from atspi.session import AppOnBus, StepFailed
from atspi.tree import ITEM_ROLES, Node, Tree
from atspi.walk_library import check_texts, check_window_named, lines, main_window, tab_round, visit_dialog
from atspi.walk_quiz import button, in_focus

# The wrong answers of the walk, as the review must expose them: (question, answer given, right answer)
REVIEWED = ((2, "Thirteen", "Fourteen"), (3, "True", "False"))


def topic_table(tree: Tree) -> Node | None:
    return tree.first(
        lambda n: n.role in ("table", "tree table", "tree") and re.search(r"topic", n.name, re.I) is not None
    )


def review_list(tree: Tree) -> Node | None:
    return tree.first(
        lambda n: (
            n.role in ("list", "table", "tree", "tree table")
            and re.search(r"review", n.name, re.I) is not None
        )
    )


def review_items(tree: Tree) -> list[Node]:
    box = review_list(tree)
    if box is None:
        return []
    return [n for n in box.walk() if n is not box and n.shown and re.match(r"question\s*\d+", n.name, re.I)]


class AfterWalk:
    def __init__(self, s: AppOnBus, f: Findings) -> None:
        self.s = s
        self.f = f

    def run(self) -> None:
        self.results()
        self.history()

    def results(self) -> None:
        s, f = self.s, self.f
        tree = s.wait_for(
            lambda t: topic_table(t) is not None and bool(review_items(t)), "the results page", timeout=10
        )
        check_window_named(f, req.RESULTS_NAMED, main_window(tree), "the results page")
        tab_round(s, f, req.RESULTS_NAMED, "the results page")
        check_texts(f, tree, "results")
        for number, given, right in REVIEWED:
            self.review(number, given, right)
        self.tab_out_of_topics()

    def review(self, number: int, given: str, right: str) -> None:
        """Open question ``number`` in the review; its details must say the answer given and the right one."""
        s, f = self.s, self.f
        tree = s.tree()
        items = review_items(tree)
        box = review_list(tree)
        if box is None or len(items) < number:
            f.check(req.RESULTS_ANSWERS, False, f"no review list with {number} questions:\n{lines(items)}")
            return
        item = items[number - 1]
        prompt = QUESTIONS[number - 1].prompt

        def details_show(t: Tree) -> bool:
            return any(prompt in n.words for n in t.find_all(lambda n: n.role not in ITEM_ROLES))

        s.call("select", id=box.id, child=item.index_in_parent)
        tree, shown = s.poll(details_show, timeout=1.5)
        if not shown and item.activations:
            s.act(item, item.activations[0])
            tree, shown = s.poll(details_show, timeout=1.5)
        if not shown:  # the arrow keys, as a keyboard user would
            f.fallback(
                f"review question {number}: neither Selection.select_child nor its action opened it; "
                "the arrow keys did"
            )
            s.focus_window()
            s.call("focus", id=box.id)
            for _ in range(len(items)):
                s.key("Down")
                tree, shown = s.poll(details_show, timeout=0.6)
                if shown:
                    break
        details = [n for n in tree.find_all(lambda n: n.role not in ITEM_ROLES) if n.words]
        given_words = re.compile(rf"(?<!\w){re.escape(given)}(?!\w)")
        right_words = re.compile(rf"(?<!\w){re.escape(right)}(?!\w)")
        yours = [
            n for n in details if re.search(r"your answer", n.words, re.I) and given_words.search(n.words)
        ]
        keys = [
            n
            for n in details
            if re.search(r"correct answer|right answer|\bkey\b", n.words, re.I)
            and right_words.search(n.words)
        ]
        labelled = [n for n in details if re.search(r"your answer|correct answer", n.words, re.I)]
        f.check(
            req.RESULTS_ANSWERS,
            shown and bool(yours) and bool(keys),
            f"question {number} in the review (details shown: {shown}): the answer given {given!r} "
            f"{'is' if yours else 'is not'} under 'Your answer', the right one {right!r} "
            f"{'is' if keys else 'is not'} under 'Correct answer'; the answer nodes:\n{lines(labelled)}",
        )

    def tab_out_of_topics(self) -> None:
        s, f = self.s, self.f
        tree = s.tree()
        table = topic_table(tree)
        assert table is not None
        s.focus_window()
        s.call("focus", id=table.id)
        tree, focused = s.poll(lambda t: (x := topic_table(t)) is not None and in_focus(t, x), timeout=1.5)
        if not focused:
            f.check(req.RESULTS_TAB, False, f"the per-topic table could not be focused: {table.brief()}")
            return
        s.key("Tab")
        tree, left = s.poll(
            lambda t: (x := topic_table(t)) is not None and not in_focus(t, x) and bool(t.focus()),
            timeout=1.5,
        )
        f.check(
            req.RESULTS_TAB,
            left,
            f"after Tab in the per-topic table the focus is on {[n.brief() for n in tree.focus()]}",
        )

    # --- history ---------------------------------------------------------------------------------

    def history(self) -> None:
        s, f = self.s, self.f
        tree = s.tree()
        back = button(tree, r"^back to library")
        if back is None or s.act(back, "Press") is not None:
            raise StepFailed(f"no Back to library button on the results page:\n{tree.outline(60)}")
        tree = s.wait_for(lambda t: button(t, r"^open history") is not None, "the library again")
        history = button(tree, r"^open history")
        assert history is not None
        s.act(history, "Press")
        tree = s.wait_for(
            lambda t: len(t.find_all(lambda n: n.role == "combo box")) >= 2, "History's filters"
        )
        check_window_named(f, req.HISTORY_NAMED, main_window(tree), "History")
        check_texts(f, tree, "history")
        combos = tree.find_all(lambda n: n.role == "combo box")
        for label in ("Bank", "Mode"):
            pattern = re.compile(rf"\b{label}\b", re.I)
            named = [
                c
                for c in combos
                if pattern.search(c.name)
                or any(pattern.search(t) for t in c.relations.get("labelled-by", []))
            ]
            f.check(
                req.HISTORY_COMBOS,
                bool(named),
                f"no combo box named {label!r} by its name or a labelled-by relation:\n"
                + "\n".join(f"    {c.brief()} labelled-by={c.relations.get('labelled-by')}" for c in combos),
            )
        self.backups_dialog()

    def backups_dialog(self) -> None:
        tree = self.s.tree()
        target = button(tree, r"^backups")
        if target is None:
            self.f.check(req.DIALOGS_NAMED, False, f"no Backups button in History:\n{tree.outline(40)}")
            return
        visit_dialog(self.s, self.f, target, "History's Backups", r"^close")

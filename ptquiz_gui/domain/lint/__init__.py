"""The item-writing linter: warnings about questions that can be answered without knowing
the subject (a cue in the key's wording, length or position) or that are badly built.

``names`` is all the bank validator needs; ``linter.lint_bank`` runs the rules.
"""

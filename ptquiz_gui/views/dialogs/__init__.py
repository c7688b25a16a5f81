"""Small dialogs: starting an exam, a mixed exam, About, resume."""

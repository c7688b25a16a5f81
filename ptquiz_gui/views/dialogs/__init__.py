"""Small dialogs: starting an exam, a mixed exam, About. Resuming lives in ``views.resume``."""

"""Widgets. Each screen is a module (or a sub-package once it grows)."""

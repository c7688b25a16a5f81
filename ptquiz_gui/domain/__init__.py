"""Plain-Python core of ptquiz: no Qt may be imported here (tests/test_architecture.py)."""

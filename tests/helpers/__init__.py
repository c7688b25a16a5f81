"""Test helpers: sample banks and the scripts the crash tests run in a subprocess."""

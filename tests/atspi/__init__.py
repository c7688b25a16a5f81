"""The AT-SPI test's helpers: a client for the system Python and the session that runs the app."""

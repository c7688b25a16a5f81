"""One module per command-line command, each exposing ``run(args) -> int``."""

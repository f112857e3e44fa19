"""The command line: argument parsing and dispatch. The work happens in the core."""

from desktop_app.cli.main import main

__all__ = ["main"]

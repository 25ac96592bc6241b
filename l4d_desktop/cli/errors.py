"""Errors of the command-line face itself (the core's domain errors are `L4DError`)."""

from __future__ import annotations


class CliError(Exception):
    """Reported as one `error: …` line; `exit_code` 2 marks a usage error."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


class UsageError(CliError):
    def __init__(self, message: str) -> None:
        super().__init__(message, exit_code=2)

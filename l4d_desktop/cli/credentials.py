"""Passwords for the command line: lines of stdin with --password-stdin, else a terminal prompt."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from l4d_desktop.cli.errors import CliError
from l4d_desktop.core.errors import ValidationError


class PasswordSource:
    """Hands out passwords in order: stdin line 1, line 2, … or one prompt each."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stdin = stdin if stdin is not None else sys.stdin
        self._line = 0

    def next(self, prompt: str, *, confirm: bool = False) -> str:
        """The next password. `confirm` asks twice when prompting (new passwords)."""
        if self.from_stdin:
            return self._read_line()
        if not self._interactive():
            raise CliError("no password: give it on stdin with --password-stdin")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Again: ") != first:
            raise ValidationError("password", "password_mismatch")
        return first

    def _interactive(self) -> bool:
        try:
            return self.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def _read_line(self) -> str:
        self._line += 1
        # Bytes when there are any, so that the password is UTF-8 whatever the locale says.
        buffer = getattr(self.stdin, "buffer", None)
        line: str
        if buffer is not None:
            raw = buffer.readline()
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise CliError("stdin is not UTF-8 text") from None
        else:
            line = self.stdin.readline()
        if not line:
            raise CliError(f"no password on line {self._line} of stdin")
        if self._line == 1:
            line = line.removeprefix("\ufeff")  # some shells start a pipe with a BOM
        # Only the line ending goes: spaces at either end may belong to the password.
        return line.removesuffix("\n").removesuffix("\r")

    def rest_as_json(self) -> object:
        """What stdin holds after the password lines, as JSON (`--json -`)."""
        import json

        buffer = getattr(self.stdin, "buffer", None)
        raw = buffer.read() if buffer is not None else self.stdin.read().encode("utf-8")
        try:
            text = raw.decode("utf-8").removeprefix("\ufeff")
            return json.loads(text)
        except (UnicodeDecodeError, ValueError):
            # The position only: the text is personal data.
            raise CliError("--json -: stdin does not hold UTF-8 JSON after the passwords") from None

"""Backup passphrases for the command line: from a file (never from an argument, which other
users can see in the process list), else the next stdin line or a terminal prompt."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from l4d_desktop.cli.errors import CliError

if TYPE_CHECKING:
    from argparse import ArgumentParser, _MutuallyExclusiveGroup

    from l4d_desktop.cli.context import Context


def add_passphrase_options(parser: ArgumentParser, what: str) -> _MutuallyExclusiveGroup:
    """--passphrase-file and --ask-passphrase, one or the other; returns their group."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-file", metavar="F", help=f"{what}: the passphrase is the file's first line"
    )
    group.add_argument(
        "--ask-passphrase",
        action="store_true",
        help=f"{what}: ask for the passphrase (the next stdin line with --password-stdin)",
    )
    return group


def passphrase_of(ctx: Context, *, confirm: bool = False) -> str | None:
    """The passphrase the options give, or None when they give none."""
    if ctx.args.passphrase_file:
        try:
            text = Path(ctx.args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise CliError("the passphrase file cannot be read as UTF-8 text") from None
        lines = text.removeprefix("\ufeff").splitlines()
        return lines[0] if lines else ""
    if ctx.args.ask_passphrase:
        return ctx.passwords.next("Backup passphrase: ", confirm=confirm)
    return None

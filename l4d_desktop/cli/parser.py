"""The command line's grammar frame: global options first, then one command per noun module.

Each module under `cli/commands/` adds its own sub-parsers. They are imported only when the
whole grammar is built: opening the window parses the global options only and should not wait
for them (nor for the vocabulary their choices come from).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn, TypeAlias

from l4d_desktop import __version__
from l4d_desktop.cli.errors import UsageError
from l4d_desktop.core.store.probe import refuse_address
from l4d_desktop.paths import default_db_path

PROG = "l4d"
FORMATS = ("json", "csv")


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see: {self.prog} --help)")


# What a command module adds its noun (or a noun its actions) to; argparse keeps the class private.
SubParsers: TypeAlias = "argparse._SubParsersAction[Parser]"


def _global_parser(add_help: bool = True) -> Parser:
    parser = Parser(
        prog=PROG,
        description="L4D Desktop. Without a command, opens the program's window.",
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: $L4D_DB or the data folder)"
    )
    parser.add_argument("--user", metavar="NAME", help="log in as NAME (every command but init)")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin (a new password from the next)",
    )
    return parser


def gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The global options when `argv` names no command (the window opens), else None.

    Only the global options are parsed on this path: building every command's parser would
    delay the first window for nothing.
    """
    if any(a in ("-h", "--help", "--version") for a in argv):
        return None
    args, rest = _global_parser(add_help=False).parse_known_args(argv)
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    from l4d_desktop.cli.commands import NOUNS

    parser = _global_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for noun in NOUNS:
        noun.add_parser(commands)
    return parser


def add_noun(commands: SubParsers, name: str, text: str) -> SubParsers:
    """A command whose actions follow it (`l4d customer add …`); returns where they are added."""
    noun = commands.add_parser(name, help=text)
    return noun.add_subparsers(dest="action", metavar="ACTION", required=True)


def db_path_of(args: argparse.Namespace) -> Path:
    """The --db file; a value with `://` is an address, refused before it becomes a path
    (which would fold its `//`)."""
    if not args.db:
        return default_db_path()
    refuse_address(args.db)
    return Path(args.db).expanduser()


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("give a number from 0 to 1000000")
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a customer id: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a customer id: {text!r}")
    return value

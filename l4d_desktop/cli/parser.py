"""The command line's grammar frame: global options first, then one command per noun module.

Each module under `cli/commands/` adds its own sub-parsers. They are imported only when the
whole grammar is built: opening the window parses the global options only and should not wait
for them (nor for the vocabulary their choices come from).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TypeAlias

from l4d_desktop import __version__
from l4d_desktop.cli.errors import UsageError
from l4d_desktop.core.store.address import is_address, parse_address
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


def db_path_of(args: argparse.Namespace) -> Path | str:
    """The --db file, or a server's address (postgresql://USER@HOST[:PORT]/DB), checked here:
    an address never becomes a path (which would fold its `//` into a folder tree)."""
    value = args.db or os.environ.get("L4D_DB")
    if value and is_address(value):
        return str(parse_address(value))
    if not args.db:
        return default_db_path()
    return Path(args.db).expanduser()


def gui_target_of(args: argparse.Namespace) -> Path | str | None:
    """What the window opens: the --db (or L4D_DB) file or server, checked here; None when
    neither is given, and the window opens what the user chose in its connection dialog."""
    if not (args.db or os.environ.get("L4D_DB")):
        return None
    return db_path_of(args)


def count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text[:40]!r}") from None
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("give a number from 0 to 1000000")
    return value


# SQLite's integers are signed 64-bit: a larger id can name no row, and binding it overflows.
ID_MAX = 2**63 - 1


def positive_int(text: str) -> int:
    """A record's id (customer, request, user): a whole number from 1 to ID_MAX."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an id: {text[:40]!r}") from None
    if not 1 <= value <= ID_MAX:
        raise argparse.ArgumentTypeError(f"not an id (give a number from 1 to {ID_MAX})")
    return value


# -- options as JSON on stdin ----------------------------------------------------------------------
# A process's arguments are visible to every local user (ps, /proc): personal data can come as
# one JSON object on stdin instead, after any password lines.

_NOT_FROM_JSON = ("help", "json")


def json_input(parser: argparse.ArgumentParser) -> None:
    """Let `parser`'s options also come as a JSON object on stdin (`--json -`), keys named as the
    options without dashes. Its required options are then checked by `check_required`."""
    parser.add_argument(
        "--json",
        metavar="-",
        type=_stdin_only,
        help="read the options as one JSON object from stdin (after any password lines), "
        'e.g. {"name": "…", "postal_code": "…"}: keeps personal data out of process lists',
    )
    required = []
    for action in parser._actions:
        if action.required and action.option_strings:
            action.required = False
            required.append(action.dest)
    parser.set_defaults(json_parser=parser, json_required=tuple(required))


def _stdin_only(text: str) -> str:
    if text != "-":
        raise argparse.ArgumentTypeError("give - (the JSON object comes on stdin)")
    return text


def check_required(args: argparse.Namespace) -> None:
    """The usage error argparse would give for required options that have no value."""
    parser: argparse.ArgumentParser | None = getattr(args, "json_parser", None)
    if parser is None:
        return
    missing = [
        action.option_strings[-1]
        for action in parser._actions
        if action.dest in args.json_required and getattr(args, action.dest, None) is None
    ]
    if missing:
        parser.error(f"the following arguments are required: {', '.join(missing)}")


def json_arguments(args: argparse.Namespace, read_json: Callable[[], object]) -> None:
    """Fill `args` from the JSON object on stdin when `--json -` was given, then check that the
    required options have values. Values are converted and checked as on the command line;
    error messages name the key, never its value."""
    parser: argparse.ArgumentParser | None = getattr(args, "json_parser", None)
    if parser is None or getattr(args, "json", None) is None:
        check_required(args)
        return
    args.json = None  # read once
    data = read_json()
    if not isinstance(data, dict):
        parser.error("--json -: stdin does not hold a JSON object")
    options = {
        a.dest: a for a in parser._actions if a.option_strings and a.dest not in _NOT_FROM_JSON
    }
    for key, value in data.items():
        action = options.get(str(key).replace("-", "_"))
        if action is None:
            parser.error(f"--json -: unknown key (known: {', '.join(sorted(options))})")
        if value is None:
            continue
        setattr(args, action.dest, _json_value(parser, action, args, value))
    check_required(args)


def _json_value(
    parser: argparse.ArgumentParser,
    action: argparse.Action,
    args: argparse.Namespace,
    value: object,
) -> object:
    name = action.dest
    if getattr(args, name, None) != action.default:
        parser.error(f"--json -: {name} is given on the command line too")
    if action.nargs == 0:  # a flag such as --paid
        if not isinstance(value, bool):
            parser.error(f"--json -: {name} must be true or false")
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        parser.error(f"--json -: {name} must be a string")
    text = str(value)
    converted: object = text
    if callable(action.type):
        try:
            converted = action.type(text)
        except (argparse.ArgumentTypeError, ValueError):
            parser.error(f"--json -: {name} has an invalid value")
    if action.choices is not None and converted not in action.choices:
        parser.error(f"--json -: {name} is not one of the allowed values")
    return converted

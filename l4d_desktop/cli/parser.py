"""The command line's grammar. The forms in the issue are a contract: global options first.

The vocabulary for the commands' choices is imported where the commands are built: opening the
window parses the global options only and should not wait for it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from l4d_desktop import __version__
from l4d_desktop.cli.errors import UsageError
from l4d_desktop.paths import default_db_path

PROG = "l4d"
FORMATS = ("json", "csv")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see: {self.prog} --help)")


def _global_parser(add_help: bool = True) -> _Parser:
    parser = _Parser(
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
    parser = _global_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create the first administrator on an empty database")
    init.add_argument("--admin", required=True, metavar="NAME", help="username")
    init.add_argument("--full-name", required=True)
    init.add_argument("--title", default="", help="title in letter signatures")
    # Its own dest: a sub-parser's default would overwrite the global option's value.
    init.add_argument("--password-stdin", dest="init_password_stdin", action="store_true")

    _add_user_commands(commands)
    _add_customer_commands(commands)
    _add_register_data_commands(commands)
    _add_request_commands(commands)
    _add_processor_commands(commands)
    _add_register_commands(commands)
    _add_letter_commands(commands)

    backup = commands.add_parser("backup", help="verified online backup of the database")
    backup.add_argument("dest", metavar="DEST")

    audit = commands.add_parser("audit", help="verify the audit chain or export its head")
    audit_cmds = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = audit_cmds.add_parser("verify", help="check the hash chain (and a checkpoint)")
    verify.add_argument("--checkpoint", metavar="FILE")
    checkpoint = audit_cmds.add_parser("checkpoint", help="write the chain's head to FILE")
    checkpoint.add_argument("file", metavar="FILE")
    export = audit_cmds.add_parser("export", help="the log as CSV (audit.read and data.export)")
    export.add_argument("file", metavar="FILE")

    password = commands.add_parser("password", help="your own password")
    password_cmds = password.add_subparsers(dest="action", metavar="ACTION", required=True)
    password_cmds.add_parser(
        "change", help="current password on stdin line 1 (or prompted), the new one on line 2"
    )
    return parser


def db_path_of(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if args.db else default_db_path()


def _add_user_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    from l4d_desktop.core.vocabulary import Right, Role

    user = commands.add_parser("user", help="staff accounts (needs users.admin)")
    actions = user.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="new account; its initial password is stdin line 2")
    add.add_argument("username", metavar="NAME")
    add.add_argument("--full-name", required=True)
    add.add_argument("--title", default="")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    listing = actions.add_parser("list", help="all accounts")
    listing.add_argument("--format", choices=FORMATS, default="json")
    for name, text in (
        ("unlock", "clear failed logins and the lock of NAME"),
        ("deactivate", "stop NAME from logging in (accounts are never deleted)"),
        ("reactivate", "let NAME log in again"),
        ("reset", "print a one-time password for NAME (valid 72 hours, changed at login)"),
    ):
        actions.add_parser(name, help=text).add_argument("username", metavar="NAME")
    rights = actions.add_parser("rights", help="grant or revoke NAME's rights; prints them")
    rights.add_argument("username", metavar="NAME")
    right_ids = [r.value for r in Right]
    rights.add_argument("--grant", action="append", choices=right_ids, metavar="RIGHT")
    rights.add_argument("--revoke", action="append", choices=right_ids, metavar="RIGHT")
    actions.add_parser(
        "passwd", help="your own password: current on stdin line 1 (or prompted), new on line 2"
    )


def _add_customer_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    from l4d_desktop.core.vocabulary import DuplicatePolicy, Language

    customer = commands.add_parser("customer", help="the customer register")
    actions = customer.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="new customer; prints its id")
    add.add_argument("--name", required=True)
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--street", default="")
    add.add_argument("--postal-code", default="")
    add.add_argument("--city", default="")
    add.add_argument("--country", default="FI", help="two-letter code (default FI)")
    add.add_argument("--company", default="")
    add.add_argument("--lang", default="fi", choices=[lang.value for lang in Language])
    listing = actions.add_parser("list", help="customers by name")
    listing.add_argument("--search", default="", metavar="TEXT")
    listing.add_argument("--format", choices=FORMATS, default="json")
    imports = actions.add_parser("import", help="customers from a CSV file; prints the report")
    imports.add_argument("file", metavar="FILE")
    imports.add_argument(
        "--all-or-nothing", action="store_true", help="import nothing if any row has an error"
    )
    imports.add_argument(
        "--on-duplicate",
        choices=[p.value for p in DuplicatePolicy],
        default=DuplicatePolicy.SKIP.value,
        help="a row naming a customer already in the register (by email or number)",
    )
    imports.add_argument("--format", choices=("json", "text"), default="text")
    show = actions.add_parser("show", help="everything held about one customer, as JSON")
    show.add_argument("id", type=_positive_int, metavar="ID")
    show.add_argument("--format", choices=("json",), default="json")
    show.add_argument(
        "--purpose",
        default="customer_service",
        metavar="CODE",
        help="why the record is opened, kept in the audit log (default customer_service)",
    )
    export = actions.add_parser(
        "export", help="customers to a CSV file (restricted people left out); prints the count"
    )
    export.add_argument("file", metavar="FILE")
    export.add_argument("--search", default="", metavar="TEXT")
    export.add_argument(
        "--marketing",
        metavar="PURPOSE",
        help="only people with a current consent for PURPOSE and no objection (marketing list)",
    )


def _add_register_data_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    from l4d_desktop.core.vocabulary import ConsentMethod, ObjectionPurpose

    consent = commands.add_parser("consent", help="consents per purpose (an append-only ledger)")
    actions = consent.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (("give", "record a consent given"), ("withdraw", "record a withdrawal")):
        sub = actions.add_parser(name, help=f"{text}; prints the ledger entry's id")
        sub.add_argument("--customer", type=_positive_int, required=True, metavar="ID")
        sub.add_argument("--purpose", required=True, metavar="CODE", help="e.g. marketing_email")
        sub.add_argument(
            "--method", required=True, choices=[m.value for m in ConsentMethod if m != "objection"]
        )
        sub.add_argument("--at", metavar="TIME", help="ISO 8601 with offset (default now)")

    objection = commands.add_parser("objection", help="objections to processing (Art. 21)")
    actions = objection.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record an objection; prints what it ended")
    add.add_argument("--customer", type=_positive_int, required=True, metavar="ID")
    add.add_argument("--purpose", required=True, choices=[p.value for p in ObjectionPurpose])
    add.add_argument("--received", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--reason", default="")

    events = commands.add_parser("events", help="technical data from the web site")
    actions = events.add_subparsers(dest="action", metavar="ACTION", required=True)
    imports = actions.add_parser("import", help="a CSV or JSON export of the web site")
    imports.add_argument("file", metavar="FILE")
    imports.add_argument("--format", choices=("json", "text"), default="text")

    invoice = commands.add_parser("invoice", help="billing records")
    actions = invoice.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record an invoice; prints its id")
    add.add_argument("--customer", type=_positive_int, required=True, metavar="ID")
    add.add_argument("--number", required=True)
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    add.add_argument("--amount", required=True, metavar="EUROS", help="e.g. 125,50")
    add.add_argument("--paid", action="store_true")

    demo = commands.add_parser(
        "demo-data", help="fill the register with realistic made-up customers (users.admin)"
    )
    demo.add_argument("--customers", type=_count, required=True, metavar="N")
    demo.add_argument("--seed", type=int, default=1)


def _add_request_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    from l4d_desktop.core.vocabulary import Channel, RequestType

    request = commands.add_parser("request", help="data subject requests")
    actions = request.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="register a request; prints its id")
    add.add_argument("--type", required=True, choices=[t.value for t in RequestType])
    add.add_argument("--customer", type=_positive_int, metavar="ID", help="may stay empty")
    add.add_argument("--received", metavar="YYYY-MM-DD", help="or --received-at")
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    _add_request_intake_options(add)
    listing = actions.add_parser("list", help="requests by due date")
    listing.add_argument("--format", choices=FORMATS, default="json")
    listing.add_argument("--open", action="store_true", help="only requests still open")
    _add_request_workflow_commands(actions, listing)
    data = actions.add_parser(
        "data",
        help="write the person's data of access/portability request ID (JSON, CSV, readme) "
        "into a new folder in DIR; prints the files' paths",
    )
    data.add_argument("id", type=_positive_int, metavar="ID")
    data.add_argument("dir", metavar="DIR", help="an existing folder")
    data.add_argument("--zip", action="store_true", help="one ZIP file instead of a folder")
    erase = actions.add_parser(
        "erase", help="print the erasure plan of request ID; with --yes, run it (customers.erase)"
    )
    erase.add_argument("id", type=_positive_int, metavar="ID")
    erase.add_argument("--yes", action="store_true", help="run the plan")
    erase.add_argument("--token", metavar="TOKEN", help="run only the plan printed with TOKEN")
    erase.add_argument("--format", choices=("text", "json"), default="text")


def _add_request_intake_options(add: _Parser) -> None:
    add.add_argument(
        "--received-at", metavar="TIME", help="moment of receipt, ISO 8601 with offset"
    )
    add.add_argument("--text", default="", help="the requester's own words")
    add.add_argument("--requester-name", default="", metavar="NAME")
    add.add_argument("--requester-contact", default="", metavar="TEXT")
    add.add_argument("--handler", type=_positive_int, metavar="USER_ID", help="assigned handler")


def _add_request_workflow_commands(
    actions: argparse._SubParsersAction[_Parser], listing: _Parser
) -> None:
    from l4d_desktop.core.vocabulary import IdentityMethod, RefusalBasis, RequestType

    listing.add_argument("--status", metavar="STATUS", help="a status, or open")
    listing.add_argument("--type", choices=[t.value for t in RequestType])
    listing.add_argument("--handler", type=_positive_int, metavar="USER_ID")

    show = actions.add_parser("show", help="everything held on request ID, as JSON")
    show.add_argument("id", type=_positive_int, metavar="ID")
    show.add_argument("--format", choices=("json",), default="json")

    identify = actions.add_parser(
        "identify", help="record how the requester was identified; starts the work"
    )
    identify.add_argument("id", type=_positive_int, metavar="ID")
    identify.add_argument("--method", required=True, choices=[m.value for m in IdentityMethod])
    identify.add_argument(
        "--customer", type=_positive_int, metavar="ID", help="default: the linked customer"
    )
    identify.add_argument("--note", default="")

    extend = actions.add_parser(
        "extend", help="Art. 12(3) extension told on DATE (by the statutory date), with reasons"
    )
    extend.add_argument("id", type=_positive_int, metavar="ID")
    extend.add_argument("--notice-date", required=True, metavar="YYYY-MM-DD")
    extend.add_argument("--reason", required=True)

    pause = actions.add_parser("pause", help="wait for the requester; no date moves")
    pause.add_argument("id", type=_positive_int, metavar="ID")
    pause.add_argument("--reason", required=True)
    resume = actions.add_parser("resume", help="end the wait for the requester")
    resume.add_argument("id", type=_positive_int, metavar="ID")
    resume.add_argument("--reason", default="")

    close = actions.add_parser("close", help="close request ID with its outcome")
    close.add_argument("id", type=_positive_int, metavar="ID")
    close.add_argument("--outcome", required=True, choices=("completed", "refused", "withdrawn"))
    close.add_argument("--reason", default="", help="required for a refusal")
    close.add_argument(
        "--basis", choices=[b.value for b in RefusalBasis], help="required for a refusal"
    )
    close.add_argument(
        "--assessment", default="", help="written assessment (manifestly unfounded, excessive)"
    )


def _add_processor_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    processor = commands.add_parser(
        "processor", help="recipients of the register's data (processors), for Art. 19"
    )
    actions = processor.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="a new processor (users.admin); prints its id")
    add.add_argument("--name", required=True)
    add.add_argument("--role", default="", help="what it does for the controller")
    add.add_argument("--country", default="FI", help="two-letter ISO code (default FI)")
    add.add_argument("--contact", default="", help="where a notice is sent")
    listing = actions.add_parser("list", help="every processor, active or not")
    listing.add_argument("--format", choices=FORMATS, default="json")


def _add_letter_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    from l4d_desktop.core.letters.kinds import LetterKind

    letter = commands.add_parser("letter", help="PDF letters answering requests")
    actions = letter.add_subparsers(dest="action", metavar="ACTION", required=True)
    render = actions.add_parser(
        "render", help="write a request's letter as a PDF (archived as sent); prints path, hash"
    )
    render.add_argument("--request", required=True, type=_positive_int, metavar="ID")
    render.add_argument("--kind", required=True, choices=[k.value for k in LetterKind])
    render.add_argument(
        "--lang", choices=("fi", "en"), help="default: the customer's letter language"
    )
    render.add_argument("--out", required=True, metavar="FILE.pdf")
    bundle = actions.add_parser(
        "bundle", help="access/portability answer: the letter and the data files in one ZIP"
    )
    bundle.add_argument("--request", required=True, type=_positive_int, metavar="ID")
    bundle.add_argument(
        "--lang", choices=("fi", "en"), help="default: the customer's letter language"
    )
    bundle.add_argument("--out", required=True, metavar="FILE.zip")
    calibration = actions.add_parser(
        "calibration", help="the window-envelope calibration page, to check a printer"
    )
    calibration.add_argument("--lang", choices=("fi", "en"), default="fi")
    calibration.add_argument("--out", required=True, metavar="FILE.pdf")


def _add_register_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    register = commands.add_parser(
        "register", help="the processing register (Art. 30) and the privacy notice printed from it"
    )
    actions = register.add_subparsers(dest="action", metavar="ACTION", required=True)
    notice = actions.add_parser(
        "notice", help="write the privacy notice as a PDF (data.export); prints its path"
    )
    notice.add_argument("--lang", required=True, choices=("fi", "en"))
    notice.add_argument("--out", required=True, metavar="FILE.pdf")


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("give a number from 0 to 1000000")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a customer id: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"not a customer id: {text!r}")
    return value

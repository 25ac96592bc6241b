"""The command-line face over the core services; no sub-command opens the GUI.

Only argparse is imported up front: `--version` and the GUI start do not pay for the core here,
and nothing on this path ever imports Qt.
"""

from __future__ import annotations

import os
import sys

from l4d_desktop.cli.errors import CliError
from l4d_desktop.cli.parser import build_parser, gui_arguments, gui_target_of
from l4d_desktop.core.errors import L4DError


def main(argv: list[str] | None = None) -> int:
    """Run one command and return the exit code: 0 success, 1 error, 2 usage error."""
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        gui = gui_arguments(argv)
        if gui is not None:
            from l4d_desktop.app import run_gui

            return run_gui(gui_target_of(gui))
        from l4d_desktop.cli.output import use_utf8_stdio

        use_utf8_stdio()
        args = build_parser().parse_args(argv)
        from l4d_desktop.cli.runner import run

        return run(args)
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    except CliError as exc:
        _report(exc.message)
        return exc.exit_code
    except L4DError as exc:
        _report(_describe(exc))
        return 1
    except KeyboardInterrupt:
        _report("interrupted")
        return 130
    except BrokenPipeError:
        _silence_stdout()  # the reader (e.g. `| head`) has gone; not an error worth a word
        return 1
    except Exception as exc:
        # The text of an unexpected exception may quote a row: only its type is shown.
        _report(
            f"unexpected failure ({type(exc).__name__}); "
            "details are withheld because they may contain personal data"
        )
        return 1


def _describe(exc: L4DError) -> str:
    errors = getattr(exc, "all_errors", None) or [exc]
    return " ".join(e.message() for e in errors)


def _report(message: str) -> None:
    if sys.stderr is None:  # a windowed program on Windows has no console
        return
    line = " ".join(message.split())
    print(f"error: {line}", file=sys.stderr)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass

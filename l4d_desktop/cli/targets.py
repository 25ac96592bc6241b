"""The files a command writes: --force to replace one, and never a link or a special file."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path

from l4d_desktop.cli.errors import CliError


def add_force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help="replace the file if it exists (never a link)"
    )


def output_file(text: str, force: bool) -> Path:
    """The path to write, said no to before any work when it cannot or may not be written.

    The writer checks again as it renames; this early word spares a long export done in vain."""
    path = Path(text).expanduser()
    try:
        st = path.lstat()
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise CliError(f"{path}: cannot write ({exc.strerror}); nothing was written") from None
    if not stat.S_ISREG(st.st_mode):
        raise CliError(
            f"{path}: not a regular file (a link, device, pipe or folder); nothing was written"
        )
    if not force:
        raise CliError(f"{path} exists; give --force to replace it; nothing was written")
    return path

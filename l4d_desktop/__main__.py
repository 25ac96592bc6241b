"""Entry point: no sub-command opens the GUI; a sub-command runs the command-line face."""

from __future__ import annotations

import sys


def main() -> None:
    from l4d_desktop.cli import main as cli_main

    sys.exit(cli_main(sys.argv[1:]))


if __name__ == "__main__":
    main()

"""Entry point: no sub-command opens the GUI; a sub-command runs the command-line face."""

from __future__ import annotations

import shutil
import subprocess
import sys

# Shown when the system cannot show Qt's own dialogs; the first one found is used.
MESSAGE_PROGRAMS = (("zenity", "--error", "--text"), ("kdialog", "--error"), ("xmessage",))


def stop_for(problem: str) -> None:
    """Say why the program cannot start, where a double-click user sees it too, and exit."""
    print(f"error: {problem}", file=sys.stderr)
    if not (sys.stderr and sys.stderr.isatty()):
        for program, *options in MESSAGE_PROGRAMS:
            found = shutil.which(program)
            if found:
                from l4d_desktop.build_info import system_program_environment

                env = system_program_environment()
                subprocess.run([found, *options, problem], check=False, timeout=600, env=env)
                break
    sys.exit(1)


def main() -> None:
    # Before Qt loads: a built copy on a system whose C library is older than the one it was
    # built for would otherwise die in the loader with a message about symbol versions.
    from l4d_desktop.build_info import check_c_library

    problem = check_c_library()
    if problem is not None:
        stop_for(problem)
    from l4d_desktop.cli import main as cli_main

    sys.exit(cli_main(sys.argv[1:]))


if __name__ == "__main__":
    main()

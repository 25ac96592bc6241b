"""`letter render|bundle|calibration`: letters written to files, archived as they leave.

A letter is archived in the same transaction that writes its file: a file that cannot be
written leaves no archive entry behind."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from l4d_desktop.cli.context import Context
from l4d_desktop.cli.errors import CliError
from l4d_desktop.core.files.private import write_private


def _target(path_text: str) -> Path:
    path = Path(path_text).expanduser()
    if not path.parent.is_dir():
        raise CliError(f"{path.parent}: no such folder; nothing was written")
    return path


def _writer(path: Path) -> Callable[[bytes], None]:
    def write(content: bytes) -> None:
        try:
            write_private(path, content)
        except OSError as exc:
            raise CliError(f"{path}: cannot write ({exc.strerror}); nothing was written") from None

    return write


def letter_render(ctx: Context) -> int:
    """Prints the file's path and the letter's SHA-256 (as the archive holds it)."""
    a = ctx.args
    path = _target(a.out)
    language = a.lang or ctx.services.letters.default_language(ctx.actor, a.request)
    archived, _pdf = ctx.services.letters.issue(
        ctx.actor, a.request, a.kind, language, "cli", deliver=_writer(path)
    )
    print(f"{path}\t{archived.sha256}")
    return 0


def letter_bundle(ctx: Context) -> int:
    """The access or portability answer as a ZIP: the letter and the files it lists."""
    a = ctx.args
    path = _target(a.out)
    language = a.lang or ctx.services.letters.default_language(ctx.actor, a.request)
    archived, _zip = ctx.services.letters.bundle(
        ctx.actor, a.request, language, deliver=_writer(path)
    )
    print(f"{path}\t{archived.sha256}")
    return 0


def letter_calibration(ctx: Context) -> int:
    a = ctx.args
    path = _target(a.out)
    _writer(path)(ctx.services.letters.calibration(ctx.actor, a.lang))
    print(path)
    return 0

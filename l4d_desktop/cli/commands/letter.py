"""`letter render|bundle|calibration`: letters written to files, archived as they leave.

A letter is archived in the same transaction that writes its file: a file that cannot be
written leaves no archive entry behind."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from l4d_desktop.cli.errors import CliError
from l4d_desktop.cli.parser import add_noun, positive_int
from l4d_desktop.cli.targets import add_force, output_file
from l4d_desktop.core.files.private import write_private

if TYPE_CHECKING:
    from collections.abc import Callable

    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    from l4d_desktop.core.letters.kinds import LetterKind
    from l4d_desktop.core.vocabulary import Language

    languages = [lang.value for lang in Language]

    actions = add_noun(commands, "letter", "PDF letters answering requests")
    render = actions.add_parser(
        "render", help="write a request's letter as a PDF (archived as sent); prints path, hash"
    )
    render.add_argument("--request", required=True, type=positive_int, metavar="ID")
    render.add_argument("--kind", required=True, choices=[k.value for k in LetterKind])
    render.add_argument("--lang", choices=languages, help="default: the customer's letter language")
    render.add_argument("--out", required=True, metavar="FILE.pdf")
    add_force(render)
    render.set_defaults(run=letter_render)
    bundle = actions.add_parser(
        "bundle", help="access/portability answer: the letter and the data files in one ZIP"
    )
    bundle.add_argument("--request", required=True, type=positive_int, metavar="ID")
    bundle.add_argument("--lang", choices=languages, help="default: the customer's letter language")
    bundle.add_argument("--out", required=True, metavar="FILE.zip")
    add_force(bundle)
    bundle.set_defaults(run=letter_bundle)
    calibration = actions.add_parser(
        "calibration", help="the window-envelope calibration page, to check a printer"
    )
    calibration.add_argument("--lang", choices=languages, default="fi")
    calibration.add_argument("--out", required=True, metavar="FILE.pdf")
    add_force(calibration)
    calibration.set_defaults(run=letter_calibration)


def _target(path_text: str, force: bool) -> Path:
    path = output_file(path_text, force)
    if not path.parent.is_dir():
        raise CliError(f"{path.parent}: no such folder; nothing was written")
    return path


def _writer(path: Path, force: bool) -> Callable[[bytes], None]:
    def write(content: bytes) -> None:
        try:
            write_private(path, content, replace=force)
        except OSError as exc:
            raise CliError(f"{path}: cannot write ({exc.strerror}); nothing was written") from None

    return write


def letter_render(ctx: Context) -> int:
    """Prints the file's path and the letter's SHA-256 (as the archive holds it)."""
    a = ctx.args
    path = _target(a.out, a.force)
    language = a.lang or ctx.services.letters.default_language(ctx.actor, a.request)
    archived, _pdf = ctx.services.letters.issue(
        ctx.actor, a.request, a.kind, language, "cli", deliver=_writer(path, a.force)
    )
    print(f"{path}\t{archived.sha256}")
    return 0


def letter_bundle(ctx: Context) -> int:
    """The access or portability answer as a ZIP: the letter and the files it lists."""
    a = ctx.args
    path = _target(a.out, a.force)
    language = a.lang or ctx.services.letters.default_language(ctx.actor, a.request)
    archived, _zip = ctx.services.letters.bundle(
        ctx.actor, a.request, language, deliver=_writer(path, a.force)
    )
    print(f"{path}\t{archived.sha256}")
    return 0


def letter_calibration(ctx: Context) -> int:
    a = ctx.args
    path = _target(a.out, a.force)
    _writer(path, a.force)(ctx.services.letters.calibration(ctx.actor, a.lang))
    print(path)
    return 0

"""`register notice|confirm|text`: the privacy notice printed from the processing register (Art.
30), a PDF; the pääkäyttäjä's confirmation of a purpose's legal bases, without which no notice or
access letter is issued; and one of the register's texts written in one language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4d_desktop.cli.errors import CliError
from l4d_desktop.cli.parser import add_noun
from l4d_desktop.cli.targets import add_force, output_file

if TYPE_CHECKING:
    from l4d_desktop.cli.context import Context
    from l4d_desktop.cli.parser import SubParsers


def add_parser(commands: SubParsers) -> None:
    from l4d_desktop.core.vocabulary import Language

    actions = add_noun(
        commands,
        "register",
        "the processing register (Art. 30) and the privacy notice printed from it",
    )
    notice = actions.add_parser(
        "notice", help="write the privacy notice as a PDF (data.export); prints its path"
    )
    notice.add_argument("--lang", required=True, choices=[lang.value for lang in Language])
    notice.add_argument("--out", required=True, metavar="FILE.pdf")
    add_force(notice)
    notice.set_defaults(run=register_notice)
    confirm = actions.add_parser(
        "confirm",
        help="confirm a purpose's legal bases as the register states them (users.admin)",
    )
    confirm.add_argument("purpose", metavar="PURPOSE", help="the purpose's code, e.g. marketing")
    confirm.set_defaults(run=register_confirm)
    text = actions.add_parser(
        "text",
        help="write one text of the register in one language, e.g. the Swedish a notice or "
        "letter waits for (users.admin)",
    )
    text.add_argument(
        "name",
        metavar="NAME",
        help="a register-wide text (persons, retention …) or PURPOSE.FIELD (billing.retention), "
        "as a refusal names it",
    )
    text.add_argument("--lang", required=True, choices=[lang.value for lang in Language])
    text.add_argument("--text", required=True)
    text.set_defaults(run=register_text)


def register_confirm(ctx: Context) -> int:
    """Prints `PURPOSE confirmed`; confirming one already confirmed changes nothing."""
    purpose = ctx.services.processing_register.confirm_basis(ctx.actor, ctx.args.purpose)
    print(f"{purpose.code} confirmed")
    return 0


def register_text(ctx: Context) -> int:
    """Prints `NAME written`; the other languages' versions stay as they are."""
    from l4d_desktop.core.register.processing import REGISTER_TEXT_KEYS
    from l4d_desktop.core.register.translations import PURPOSE_TEXT_FIELDS

    a = ctx.args
    service = ctx.services.processing_register
    register, versions = service.register_for_editing(ctx.actor)
    languages = ("fi", "en", "sv")
    if a.name in REGISTER_TEXT_KEYS:
        texts = {lang: register.text(a.name, lang) for lang in languages}
        texts[a.lang] = a.text
        service.update_text(ctx.actor, a.name, version=versions[a.name], **texts)
    else:
        code, _, field = a.name.partition(".")
        purpose = next((p for p in register.purposes if p.code == code), None)
        if purpose is None or field not in PURPOSE_TEXT_FIELDS:
            raise CliError(f"{a.name}: no such text of the register", exit_code=2)
        values = {
            f"{f}_{lang}": purpose.field(f, lang) for f in PURPOSE_TEXT_FIELDS for lang in languages
        }
        values[f"{field}_{a.lang}"] = a.text
        service.update_purpose(
            ctx.actor,
            purpose.id,
            version=purpose.version,
            legal_bases=purpose.legal_bases,
            basis_confirmed=purpose.basis_confirmed,
            **values,
        )
    print(f"{a.name} written")
    return 0


def register_notice(ctx: Context) -> int:
    """Writes the notice in the chosen language to --out and prints the file's path."""
    path = output_file(ctx.args.out, ctx.args.force)
    if not path.parent.is_dir():
        # Said before the notice is made, so that a mistyped folder leaves no audit entry.
        raise CliError(f"{path.parent}: no such folder; nothing was written")
    from l4d_desktop.core.files.private import write_private

    pdf = ctx.services.processing_register.notice_pdf(ctx.actor, ctx.args.lang)
    try:
        write_private(path, pdf, replace=ctx.args.force)
    except OSError as exc:
        raise CliError(f"{path}: cannot write ({exc.strerror}); nothing was written") from None
    print(path)
    return 0

"""`request data ID DIR [--zip]`: the person's machine-readable copy for an access or
portability request, written into a new folder (or ZIP file) inside DIR."""

from __future__ import annotations

from pathlib import Path

from l4d_desktop.cli.context import Context


def request_data(ctx: Context) -> int:
    """Prints the ZIP file's path, or the path of every file in the new folder, one a line."""
    a = ctx.args
    bundle = ctx.services.portability.write_bundle(ctx.actor, a.id, Path(a.dir), as_zip=a.zip)
    if bundle.as_zip:
        print(bundle.path)
    else:
        for name in bundle.files:
            print(bundle.path / name)
    return 0

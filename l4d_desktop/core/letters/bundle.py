"""The machine-readable copy as the access and portability letters send it.

The files are core.portability's (JSON, one CSV per kind of data, a readme). The letter prints
each file's SHA-256 and size (`file_list`), and `bundle_zip` packs the letter's PDF with the same
files into one ZIP. Everything here is deterministic: the same SubjectData gives the same files
(the JSON's "generated_at" is the data's own assembly time, not the clock's), the same hashes and,
with the same letter and date, the same ZIP bytes, so the hashes printed in the letter always
match the files beside it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Iterable

from l4d_desktop.core.clock import OFFICE_ZONE
from l4d_desktop.core.disclosure.portability import bundle_files
from l4d_desktop.core.disclosure.subject_data import SubjectData
from l4d_desktop.core.files.private import OWNER_ONLY_FILE
from l4d_desktop.core.letters.context import BundleFile, LetterContext
from l4d_desktop.core.letters.document import Block, Paragraph, Table
from l4d_desktop.core.letters.words import catalogue

Entry = tuple[str, bytes]  # (file name, content)

# The earliest time a ZIP entry can carry (MS-DOS dates start in 1980).
ZIP_EPOCH = dt.date(1980, 1, 1)
# "Made by" Unix: the same bytes on every system, and the owner-only mode below is honoured.
_UNIX = 3
_LEVEL = 6


def bundle_entries(data: SubjectData) -> tuple[Entry, ...]:
    """The data files of the machine-readable copy, in their fixed order (readme first)."""
    return tuple(bundle_files(data))


def file_list(entries: Iterable[Entry]) -> tuple[BundleFile, ...]:
    """Each file's name, SHA-256 (hex) and size, as the letter lists them."""
    return tuple(
        BundleFile(name=name, sha256=hashlib.sha256(content).hexdigest(), size=len(content))
        for name, content in entries
    )


def bundle_zip(
    letter_pdf: bytes,
    letter_name: str,
    entries: Iterable[Entry],
    when: dt.date | dt.datetime = ZIP_EPOCH,
) -> bytes:
    """One ZIP holding the letter and the data files at its top level, names sorted, every
    entry marked owner-only and dated `when`: a moment (e.g. the data's assembly time) in the
    office's time, or a day at midnight. No clock, no platform default and no input order
    reaches the bytes."""
    files = [(letter_name, letter_pdf), *entries]
    names = [name for name, _ in files]
    if len(set(names)) != len(names):
        raise ValueError("the bundle's file names must be distinct")
    if any(not name or "/" in name or "\\" in name for name in names):
        raise ValueError("the bundle's files must be plain file names")
    stamp = _zip_stamp(when)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = _UNIX
            info.external_attr = (0o100000 | OWNER_ONLY_FILE) << 16
            archive.writestr(info, content, compresslevel=_LEVEL)
    return out.getvalue()


def _zip_stamp(when: dt.date | dt.datetime) -> tuple[int, int, int, int, int, int]:
    """ZIP entries carry a local time without a zone: the office's."""
    if isinstance(when, dt.datetime):
        local = when.astimezone(OFFICE_ZONE) if when.tzinfo else when
        stamp = (local.year, local.month, local.day, local.hour, local.minute, local.second)
    else:
        stamp = (when.year, when.month, when.day, 0, 0, 0)
    if stamp[0] < ZIP_EPOCH.year:
        raise ValueError("a ZIP cannot date a file before 1980")
    return stamp


# --- the files as the letter lists them ---------------------------------------------------


def hash_lines(sha256: str) -> str:
    """A SHA-256 in two lines of 32 hex digits, so that it fits a table column unbroken."""
    return f"{sha256[:32]}\n{sha256[32:]}"


def size_text(size: int, language: str) -> str:
    """12 345 tavua / 12,345 bytes."""
    w = catalogue(language)
    return w("files.bytes", size=w.number(size))


def enclosed_files(ctx: LetterContext) -> tuple[Block, ...]:
    """The files sent with the letter (ctx.bundle) with their sizes and SHA-256 hashes, and how
    to check one: the person can tell the files are exactly the ones the letter speaks of."""
    w = catalogue(ctx.language)
    header = (w("files.name"), w("files.size"), w("files.hash"))
    rows = tuple(
        (f.name, size_text(f.size, ctx.language), hash_lines(f.sha256)) for f in ctx.bundle
    )
    blocks: list[Block] = [Table(header, rows, widths=(4.2, 1.9, 4.4), empty=w("files.none"))]
    if ctx.bundle:
        blocks.append(Paragraph(w("files.check")))
    return tuple(blocks)

"""The one place that asks for a file or folder name, remembering the last folder per purpose.

Use (the purpose is a short key naming what the file is for; each remembers its own folder)::

    path = file_names.ask_save_file(
        self, "customer_export", self.tr("Export customers"), "customers-{date}.csv",
        self.tr("CSV files (*.csv)"),
    )
    if path is not None:
        self.export_to(path)

Call through the module (`file_names.ask_open_file(...)`) so that a test can answer in its place
with `monkeypatch.setattr(file_names, "ask_open_file", lambda *_a, **_k: path)`, as with
ui/feedback.py. Only the folder is remembered (window state, in QSettings), never a file name:
file names may name a person.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

SETTINGS_GROUP = "file_folders"


def ask_open_file(
    parent: QWidget | None, purpose: str, title: str, filters: str, folder: Path | None = None
) -> Path | None:
    """An existing file to read, or None when cancelled; starts in the purpose's last folder
    (`folder` or the home folder the first time)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, title, str(last_folder(purpose, folder)), filters
    )
    return _remembered(purpose, Path(path)) if path else None


def ask_save_file(
    parent: QWidget | None,
    purpose: str,
    title: str,
    suggested_name: str,
    filters: str,
    *,
    suffix: str | None = None,
    folder: Path | None = None,
) -> Path | None:
    """A file to write, or None when cancelled. `{date}` in the suggested name becomes today's
    date; `suffix` (".pdf", by default the suggested name's own) is added when the user typed a
    name without one."""
    suggested = Path(suggested_name.replace("{date}", dt.date.today().isoformat()))
    start = last_folder(purpose, folder) / suggested
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not path:
        return None
    chosen = Path(path)
    suffix = suffix or suggested.suffix
    if suffix and not chosen.suffix:
        chosen = chosen.with_suffix(suffix)
    return _remembered(purpose, chosen)


def ask_folder(
    parent: QWidget | None, purpose: str, title: str, folder: Path | None = None
) -> Path | None:
    """An existing folder to write into, or None when cancelled."""
    path = QFileDialog.getExistingDirectory(parent, title, str(last_folder(purpose, folder)))
    if not path:
        return None
    chosen = Path(path)
    QSettings().setValue(f"{SETTINGS_GROUP}/{purpose}", str(chosen))
    return chosen


def last_folder(purpose: str, default: Path | None = None) -> Path:
    """The folder last used for `purpose` while it still exists, else `default` or home."""
    value = QSettings().value(f"{SETTINGS_GROUP}/{purpose}", "")
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return default if default is not None else Path.home()


def _remembered(purpose: str, path: Path) -> Path:
    QSettings().setValue(f"{SETTINGS_GROUP}/{purpose}", str(path.parent))
    return path


def ask_save_file_as(
    parent: QWidget | None,
    purpose: str,
    title: str,
    suggested_stem: str,
    kinds: list[tuple[str, str]],
    *,
    folder: Path | None = None,
) -> tuple[Path, int] | None:
    """A file to write in one of several kinds, each (filter text, suffix), e.g.
    ("Excel workbook (*.xlsx)", ".xlsx"); the path (with the chosen kind's suffix added when the
    user typed none) and the index of the kind chosen, or None when cancelled."""
    stem = suggested_stem.replace("{date}", dt.date.today().isoformat())
    start = last_folder(purpose, folder) / (stem + kinds[0][1])
    filters = ";;".join(text for text, _suffix in kinds)
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(start), filters, kinds[0][0])
    if not path:
        return None
    index = next((i for i, (text, _s) in enumerate(kinds) if text == chosen), 0)
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(kinds[index][1])
    return _remembered(purpose, target), index

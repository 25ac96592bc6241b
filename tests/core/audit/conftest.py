"""The chain's anchors in each test's own folder, outside the database's folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from l4d_desktop.core.audit.anchor import ANCHOR_DIR_ENV


@pytest.fixture(autouse=True)
def anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "anchors"
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(folder))
    return folder

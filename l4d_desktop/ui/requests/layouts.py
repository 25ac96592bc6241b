"""Two shapes the request desk's windows and pages are laid out in: a column of parts, and a
row of buttons from the left."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget

LayoutPart = QWidget | QLayout | tuple[QWidget, int] | int


def row(*parts: LayoutPart, stretch: int | None = 1) -> QHBoxLayout:
    """`parts` side by side from the left (a (widget, stretch) pair takes its share of the
    width, a number is a gap), and with `stretch` the room left over at the right."""
    layout = QHBoxLayout()
    _add(layout, parts, stretch)
    return layout


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side from the left, the rest of the row empty."""
    return row(*buttons)


def column(owner: QWidget | None, *parts: LayoutPart, stretch: int | None = None) -> QVBoxLayout:
    """`owner`'s layout (or a nested one): `parts` one under another, and with `stretch` the
    room left over below them."""
    layout = QVBoxLayout(owner) if owner is not None else QVBoxLayout()
    _add(layout, parts, stretch)
    return layout


def _add(
    layout: QHBoxLayout | QVBoxLayout, parts: tuple[LayoutPart, ...], stretch: int | None
) -> None:
    for part in parts:
        if isinstance(part, int):
            layout.addSpacing(part)
        elif isinstance(part, tuple):
            layout.addWidget(*part)
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    if stretch is not None:
        layout.addStretch(stretch)

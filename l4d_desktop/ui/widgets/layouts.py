"""The two shapes every window and page is laid out in, written once: a column of parts, and a
row of parts (buttons, mostly) from the left.

Use::

    column(self, self.intro_label, (self.table, 1), row(self.add_button, STRETCH, self.close))
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLayout, QVBoxLayout, QWidget


class _Stretch:
    """Room that grows: put between parts to push those after it to the far end."""


STRETCH = _Stretch()

LayoutPart = QWidget | QLayout | tuple[QWidget, int] | int | _Stretch


def row(*parts: LayoutPart, stretch: int | None = None) -> QHBoxLayout:
    """`parts` side by side from the left: a (widget, stretch) pair takes its share of the
    width, a number is a gap, STRETCH pushes what follows to the right; with `stretch` the room
    left over is at the right."""
    layout = QHBoxLayout()
    _add(layout, parts, stretch)
    return layout


def column(owner: QWidget | None, *parts: LayoutPart, stretch: int | None = None) -> QVBoxLayout:
    """`owner`'s layout (or, without one, a nested one): `parts` one under another, and with
    `stretch` the room left over below them."""
    layout = QVBoxLayout(owner) if owner is not None else QVBoxLayout()
    _add(layout, parts, stretch)
    return layout


def _add(
    layout: QHBoxLayout | QVBoxLayout, parts: tuple[LayoutPart, ...], stretch: int | None
) -> None:
    for part in parts:
        if isinstance(part, _Stretch):
            layout.addStretch(1)
        elif isinstance(part, int):
            layout.addSpacing(part)
        elif isinstance(part, tuple):
            layout.addWidget(*part)
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    if stretch is not None:
        layout.addStretch(stretch)

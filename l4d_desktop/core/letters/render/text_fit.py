"""Fitting plain text into a width: measured from a per-character cache and broken greedily
at spaces, a word wider than the room (a hash, a URL) cut where it reaches the edge."""

from __future__ import annotations

from collections.abc import Iterable

from reportlab.pdfbase.pdfmetrics import getFont


class TextWidths:
    """Widths of text in one face and size. reportlab applies no kerning to these faces, so
    a text's width is the sum of its characters'; the cache makes long tables cheap."""

    def __init__(self, font: str, size: float) -> None:
        self._font = getFont(font)
        self._size = size
        self._chars: dict[str, float] = {}

    def char(self, ch: str) -> float:
        width = self._chars.get(ch)
        if width is None:
            width = self._chars[ch] = self._font.stringWidth(ch, self._size)
        return width

    def text(self, text: str) -> float:
        char = self.char
        return sum(char(ch) for ch in text)


def wrap(text: str, room: float, widths: TextWidths) -> list[str]:
    """One line of text as the lines that fit in `room`, in one pass."""
    lines: list[str] = []
    line, used = "", 0.0
    space = widths.char(" ")
    for word in text.split(" "):
        wide = widths.text(word)
        if line and used + space + wide <= room:
            line, used = f"{line} {word}", used + space + wide
            continue
        if line:
            lines.append(line)
        while wide > room and len(word) > 1:
            taken, cut = 0.0, 0
            for ch in word:
                step = widths.char(ch)
                if cut and taken + step > room:
                    break
                taken += step
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
            wide -= taken
        line, used = word, wide
    lines.append(line)
    return lines


def wrap_all(lines: Iterable[str], room: float, widths: TextWidths) -> list[str]:
    """Every line of `lines`, each wrapped to `room`."""
    out: list[str] = []
    for line in lines:
        out.extend(wrap(line, room, widths))
    return out

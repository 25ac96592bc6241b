"""The windows walked in Finnish and in Swedish: the main window, a customer's window and a
request's window show no English text that the language's catalogue translates."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.letters.words import LANGUAGES as LETTER_LANGUAGES
from l4d_desktop.core.services import Services
from l4d_desktop.core.vocabulary import Language
from l4d_desktop.ui import file_names
from l4d_desktop.ui.customers.form import CustomerForm
from l4d_desktop.ui.customers.tab import COLUMNS
from l4d_desktop.ui.formats import (
    document_language,
    format_date,
    format_datetime,
    format_money,
    ui_language,
)
from l4d_desktop.ui.language import NAMES, LanguageCombo
from l4d_desktop.ui.letters.chooser import LetterChooser
from l4d_desktop.ui.register.processing_dialog import ProcessingRegisterDialog
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.shell.main_window import MainWindow
from tests.helpers.customer_windows import open_window as open_customer_window
from tests.helpers.gui import column, finish
from tests.ui.requests.request_windows import open_window as open_request_window
from tests.ui.requests.request_windows import register

I18N = Path(__file__).resolve().parents[3] / "i18n"
_PLACEHOLDER = re.compile(r"\\\{[A-Za-z_]\w*\\\}|%n")


def _untranslated_patterns(language: str) -> list[tuple[str, re.Pattern[str]]]:
    """A pattern for each English text the catalogue of `language` words differently, so that
    the English shown in its place (placeholders filled or not) is recognised; texts that are
    mostly placeholders, or the same in both languages ("Status"), say nothing and are left out."""
    found = []
    for message in ET.parse(I18N / f"l4d_{language}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if all(form == source for form in forms):
            continue
        plain = re.sub(r"\{\w+\}|%n", "", source)
        if sum(ch.isalpha() for ch in plain) < 4:
            continue
        pattern = _PLACEHOLDER.sub(".+?", re.escape(source.replace("&", "")))
        found.append((source, re.compile(pattern, re.DOTALL)))
    return found


def _texts(root: QWidget) -> Iterator[str]:
    """Every text the window puts before its user: titles, labels, buttons, tabs, group boxes,
    placeholders, list choices, column headers and menus."""
    yield root.windowTitle()
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            yield w.text()
        elif isinstance(w, QGroupBox):
            yield w.title()
        elif isinstance(w, QLineEdit):
            yield w.placeholderText()
        elif isinstance(w, QComboBox):
            yield from (w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QTabWidget):
            yield from (w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QMenu):
            yield w.title()
            yield from (a.text() for a in w.actions())
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            yield from (
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount(QModelIndex()))
            )
        if w.toolTip():
            yield w.toolTip()


def _english_left(root: QWidget, language: str) -> list[str]:
    patterns = _untranslated_patterns(language)
    # The language menu names each language in itself ("English" in every language).
    shown = {t.replace("&", "").strip() for t in _texts(root)} - {"", *NAMES.values()}
    return sorted(
        f"{text!r} (source {source!r})"
        for text in shown
        for source, pattern in patterns
        if pattern.fullmatch(text)
    )


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_windows_show_no_english_their_language_translates(
    app_parts, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers, language
) -> None:  # type: ignore[no-untyped-def]
    switcher = app_parts[2]
    switcher.apply(language, remember=False)
    main = MainWindow(services, admin, switcher, QSettings())
    qtbot.addWidget(main)
    main.show()
    assert main.language_actions[language].isChecked()
    assert _english_left(main, language) == [], _english_left(main, language)

    tab = main.customers_tab
    assert tab is not None
    customer = open_customer_window(qtbot, tab, maija.id)
    qtbot.addWidget(customer)
    for i in range(customer.tabs.count()):
        customer.tabs.setCurrentIndex(i)
    assert _english_left(customer, language) == []

    request_id = register(services, admin, customer_id=maija.id)
    request = open_request_window(qtbot, services, admin, request_id)
    assert _english_left(request, language) == []

    # The check itself sees English: the same windows in English are full of it.
    switcher.apply("en", remember=False)
    qtbot.waitUntil(lambda: main.tabs.tabText(0) == "&Customers")
    assert _english_left(main, language) != []


def test_the_window_in_swedish(
    app_parts, qtbot, services: Services, admin: Actor, maija: CustomerRecord, answers
) -> None:  # type: ignore[no-untyped-def]
    switcher = app_parts[2]
    switcher.apply("sv", remember=False)
    main = MainWindow(services, admin, switcher, QSettings())
    qtbot.addWidget(main)
    tabs = [main.tabs.tabText(i) for i in range(main.tabs.count())]
    assert tabs == ["&Kunder", "&Begäranden", "&Användare"]
    assert main.language_menu.title() == "S&pråk"
    names = [main.language_actions[c].text() for c in ("fi", "sv", "en")]
    assert names == ["Suomi", "Svenska", "English"]
    assert QSettings().value("ui/language", type=str) != "sv", "not remembered when not asked"

    # A customer's letter language by name in the list; Qt's own buttons in Swedish.
    tab = main.customers_tab
    assert tab is not None
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    language_column = [c.header for c in COLUMNS].index("Language")
    assert column(tab.model, language_column) == ["Finska"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"

    # Dates as Finland's Swedish writes them, like Finnish: 2.11.2026, not 2 Nov 2026.
    request_id = register(services, admin, customer_id=maija.id)
    request = open_request_window(qtbot, services, admin, request_id)
    assert "2.11.2026" in request.values["received"].text()
    assert request.windowTitle().endswith(f"begäran {request_id}")


def test_switching_to_swedish_relabels_the_open_window_and_is_remembered(
    app_parts, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    switcher = app_parts[2]
    switcher.apply("fi", remember=False)
    main = MainWindow(services, admin, switcher, QSettings())
    qtbot.addWidget(main)
    assert main.tabs.tabText(0) == "&Asiakkaat"
    main.language_actions["sv"].trigger()
    qtbot.waitUntil(lambda: main.tabs.tabText(0) == "&Kunder")
    assert switcher.current == "sv"
    assert QSettings().value("ui/language", type=str) == "sv"
    assert switcher.saved_or_system() == "sv"


def test_the_privacy_notice_is_offered_in_every_letter_language_named_in_swedish(
    app_parts, qtbot, services: Services, admin: Actor, answers
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply("sv", remember=False)
    dialog = ProcessingRegisterDialog(Session(services, admin))
    qtbot.addWidget(dialog)
    combo = dialog.notice_language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == list(LETTER_LANGUAGES)
    names = {"fi": "Finska", "sv": "Svenska", "en": "Engelska"}
    assert [combo.itemText(i) for i in range(combo.count())] == [names[c] for c in LETTER_LANGUAGES]
    assert _english_left(dialog, "sv") == []


def test_money_dates_and_the_login_combo_in_swedish(app_parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    switcher = app_parts[2]
    switcher.apply("sv", remember=False)
    assert ui_language() == "sv"
    assert format_money(125050) == "1\u00a0250,50\u00a0€"
    assert format_date(dt.date(2026, 12, 6)) == "6.12.2026"
    assert format_datetime(dt.datetime(2026, 12, 6, 8, 15, tzinfo=dt.UTC)) == "6.12.2026 10.15"
    # A document for the office itself is written in a letter language the core offers.
    assert document_language() == ("sv" if "sv" in LETTER_LANGUAGES else "fi")

    combo = LanguageCombo(switcher)
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Suomi", "Svenska", "English"]
    assert combo.currentData() == "sv"
    combo.setCurrentIndex(combo.findData("en"))
    assert switcher.current == "en" and ui_language() == "en"
    combo.setCurrentIndex(combo.findData("sv"))
    assert QSettings().value("ui/language", type=str) == "sv"


def test_the_language_choices_follow_the_cores_lists_and_read_in_swedish(
    app_parts, qtbot, services: Services, admin: Actor, maija: CustomerRecord
) -> None:  # type: ignore[no-untyped-def]
    app_parts[2].apply("sv", remember=False)
    form = CustomerForm(services.customers, admin, maija)
    qtbot.addWidget(form)
    combo = form.language_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [c.value for c in Language]
    words = {"fi": "Finska", "sv": "Svenska", "en": "Engelska"}
    assert [combo.itemText(i) for i in range(combo.count())] == [words[c] for c in Language]

    chooser = LetterChooser()
    qtbot.addWidget(chooser)
    assert list(chooser.language_radios) == list(LETTER_LANGUAGES)
    chooser.default_language = "fi"
    chooser.retranslate()
    names = {"fi": "finska (kundens)", "sv": "svenska", "en": "engelska"}
    shown = [radio.text() for radio in chooser.language_radios.values()]
    assert shown == [names[c] for c in LETTER_LANGUAGES]


def test_the_yearly_report_is_written_from_the_swedish_window(
    app_parts, qtbot, services: Services, admin: Actor, tmp_path: Path, answers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # The office's own documents follow the interface while the core writes letters in its
    # language: the report must not fail for the Swedish window, whichever language it takes.
    out = tmp_path / "vuosiraportti-2025.pdf"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (2025, True))
    monkeypatch.setattr(file_names, "ask_save_file", lambda *_a, **_k: out)
    app_parts[2].apply("sv", remember=False)
    main = MainWindow(services, admin, app_parts[2], QSettings())
    qtbot.addWidget(main)
    main.annual_report_action.trigger()
    finish(qtbot, main.annual_report_job)
    assert [kind for kind, _text in answers] == ["info"], answers
    assert out.is_file() and (tmp_path / "vuosiraportti-2025-requests.csv").is_file()

"""Switching the interface language: our catalogue and Qt's own, kept alive and swapped together."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QComboBox, QWidget

from l4d_desktop.paths import i18n_dir

LANGUAGES = ("fi", "sv", "en")
# Each language named in itself, so that it can be found whatever language is shown now.
NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
# The locale each interface language writes dates and numbers in: Swedish as written in Finland.
_LOCALES = {
    "fi": (QLocale.Language.Finnish, QLocale.Country.Finland),
    "sv": (QLocale.Language.Swedish, QLocale.Country.Finland),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_SETTINGS_KEY = "ui/language"


def system_language() -> str:
    spoken = QLocale.system().language()
    if spoken == QLocale.Language.Finnish:
        return "fi"
    return "sv" if spoken == QLocale.Language.Swedish else "en"


class LanguageSwitcher:
    """Owns the installed translators; a translator without a kept reference is collected and
    the interface silently falls back to English."""

    def __init__(self, app: QCoreApplication, settings: QSettings) -> None:
        self._app = app
        self._settings = settings
        self._translators: list[QTranslator] = []
        self.current = ""

    def saved_or_system(self) -> str:
        saved = self._settings.value(_SETTINGS_KEY, "", type=str)
        return saved if saved in LANGUAGES else system_language()

    def apply(self, language: str, remember: bool = True) -> None:
        if language not in LANGUAGES:
            language = "en"
        for tr in self._translators:
            self._app.removeTranslator(tr)
        self._translators.clear()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_dir), (f"l4d_{language}", str(i18n_dir()))]
        # Finnish for the strings of Qt's own dialogs that qtbase_fi lacks ("Look in:", …).
        candidates.append((f"qt_extra_{language}", str(i18n_dir())))
        for name, folder in candidates:
            tr = QTranslator(self._app)
            if tr.load(name, folder):
                self._app.installTranslator(tr)
                self._translators.append(tr)
        QLocale.setDefault(QLocale(*_LOCALES[language]))
        self.current = language
        if remember:
            self._settings.setValue(_SETTINGS_KEY, language)


class LanguageCombo(QComboBox):
    """Suomi / Svenska / English before login, where there is no menu bar yet. Each language is named in
    itself, so that it can be found whatever language is shown now."""

    def __init__(self, switcher: LanguageSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_combo")
        self._switcher = switcher
        for code in LANGUAGES:
            self.addItem(NAMES[code], code)
        self.setCurrentIndex(max(0, self.findData(switcher.current)))
        self.setAccessibleName("Kieli / Språk / Language")
        self.currentIndexChanged.connect(lambda _i: switcher.apply(str(self.currentData())))

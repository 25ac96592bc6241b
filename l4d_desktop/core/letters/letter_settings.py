"""The letter settings (sender, contact, authority, envelope offsets) and the calibration page."""

from __future__ import annotations

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.audit.log import AuditLog
from l4d_desktop.core.clock import Clock
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.letters.assembly import envelope_window, offset
from l4d_desktop.core.letters.document import EnvelopeWindow
from l4d_desktop.core.letters.render.calibration import render_calibration
from l4d_desktop.core.letters.rendering import check_language
from l4d_desktop.core.letters.setting_values import checked_setting
from l4d_desktop.core.letters.support import SupportContact, support_contact
from l4d_desktop.core.letters.words.parties import controller_of
from l4d_desktop.core.security.access import Service
from l4d_desktop.core.store.database import Database
from l4d_desktop.core.store.settings import LETTER_SETTING_KEYS, SettingsStore
from l4d_desktop.core.text import clean_text
from l4d_desktop.core.vocabulary import Right

# A letter without these cannot say who sends it or where to complain.
_REQUIRED_SETTINGS = frozenset(
    {
        "controller_name",
        "controller_street",
        "controller_city",
        "authority_name_fi",
        "authority_name_en",
        "authority_name_sv",
    }
)
_SETTING_MAX = 200


class LetterSettingsService(Service):
    """Read and kept by the pääkäyttäjä (`users.admin`); the calibration page is an export;
    whom to ask for help anyone may read. LetterService, which writes the letters, is one."""

    def __init__(
        self, db: Database, audit: AuditLog, clock: Clock, settings: SettingsStore
    ) -> None:
        super().__init__(db, audit, clock)
        self.settings = settings

    def calibration(
        self,
        actor: Actor,
        language: str,
        offset_x_mm: float | None = None,
        offset_y_mm: float | None = None,
    ) -> bytes:
        """The envelope calibration page with the saved offsets, or the ones given (to try
        offsets before saving them)."""
        check_language(language)
        with self._unit(actor, Right.DATA_EXPORT, "letter.calibration", write=False) as (
            session,
            _user,
        ):
            window = envelope_window(session, self.settings)
            if offset_x_mm is not None or offset_y_mm is not None:
                x = window.offset_x_mm if offset_x_mm is None else offset_x_mm
                y = window.offset_y_mm if offset_y_mm is None else offset_y_mm
                offset(str(x), "envelope_offset_x_mm")
                offset(str(y), "envelope_offset_y_mm")
                window = EnvelopeWindow(offset_x_mm=x, offset_y_mm=y)
            head = controller_of(session, self.settings, language).letterhead
        return render_calibration(window, head, language)

    def settings_values(self, actor: Actor) -> dict[str, str]:
        """The letter settings (controller, contact, authority, envelope offsets)."""
        with self._unit(actor, Right.USERS_ADMIN, "settings.letters", write=False) as (
            session,
            _user,
        ):
            return {key: self.settings.get(session, key) for key in LETTER_SETTING_KEYS}

    def support_contact(self, actor: Actor) -> SupportContact:
        """Whom to ask for help (About): any logged-in user may read it."""
        with self._unit(actor, (), "settings.support", write=False) as (session, _user):
            return support_contact(self.settings, session)

    def update_settings(self, actor: Actor, values: dict[str, str]) -> None:
        """Save the letter settings given (others unchanged), checked field by field."""
        with self._unit(actor, Right.USERS_ADMIN, "settings.letters.update") as (session, user):
            changed: list[str] = []
            country = values.get("controller_country", "") or self.settings.get(
                session, "controller_country"
            )
            for key, raw in values.items():
                if key not in LETTER_SETTING_KEYS:
                    raise ValidationError(key, "choice_invalid")
                value = clean_text(
                    raw, key, max_length=_SETTING_MAX, required=key in _REQUIRED_SETTINGS
                )
                value = checked_setting(key, value, country)
                if key.startswith("envelope_offset_"):
                    value = f"{offset(value, key):g}"
                if self.settings.get(session, key) != value:
                    self.settings.put(session, key, value)
                    changed.append(key)
            if changed:
                self.audit.append(
                    session,
                    actor_id=user.id,
                    action="settings.letters.update",
                    detail=",".join(changed),
                )

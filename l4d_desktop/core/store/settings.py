"""Business settings kept in the database, with defaults for keys never set."""

from __future__ import annotations

from sqlalchemy.orm import Session

from l4d_desktop.core.requests.deadlines import DEFAULT_DUE_SOON_DAYS, DEFAULT_PROMISED_DAYS
from l4d_desktop.core.store.models import Setting

DEFAULTS: dict[str, str] = {
    # The notice: "viipymättä (enintään 30 päivää)" for access and portability.
    "promised_days": str(DEFAULT_PROMISED_DAYS),
    # Requests this close to their due date are shown as due soon.
    "due_soon_days": str(DEFAULT_DUE_SOON_DAYS),
    # A request of the same type from the same person within this many days of an earlier one
    # is flagged as a possible repeat (Art. 12(5)): information for the handler, not a refusal.
    "repeat_interval_days": "90",
    # Minutes without input before the window locks itself.
    "idle_lock_minutes": "15",
    # The privacy notice version a consent is recorded against; the pääkäyttäjä raises it when
    # the notice changes.
    "notice_version": "1",
    # Salt of the suppression hashes; created with the schema.
    "suppression_salt": "",
    # The Accounting Act (kirjanpitolaki 2:10): vouchers are kept this many years from the end
    # of the calendar year in which the financial year ended; the financial year's last day.
    "fiscal_year_end": "12-31",
    "voucher_keep_years": "6",
    # The controller as letters and the privacy notice print it (the notice's own details).
    "controller_name": "Lean 4D Oy",
    "controller_street": "Vanha kirkkokuja 19",
    "controller_postal_code": "02520",
    "controller_city": "Lapinkylä, Kirkkonummi",
    "controller_country": "FI",
    "controller_business_id": "2989855-5",
    "controller_phone": "+358 40 071 7454",
    "controller_email": "jouni@lean4d.fi",
    "controller_web": "",
    # The contact person for data protection matters.
    "privacy_contact_name": "Jouni Ojala",
    "privacy_contact_title_fi": "toimitusjohtaja",
    "privacy_contact_title_en": "Managing Director",
    "privacy_contact_title_sv": "verkställande direktör",
    "privacy_contact_phone": "+358 40 071 7454",
    "privacy_contact_email": "jouni@lean4d.fi",
    "register_name_fi": "Lean 4D Oy asiakasrekisteri",
    "register_name_en": "Lean 4D Oy customer register",
    "register_name_sv": "Lean 4D Oy kundregister",
    # The supervisory authority every access, refusal and partial-refusal letter names.
    "authority_name_fi": "Tietosuojavaltuutetun toimisto",
    "authority_name_en": "Office of the Data Protection Ombudsman",
    "authority_street": "Lintulahdenkuja 4, 00530 Helsinki",
    "authority_postal": "PL 800, 00531 Helsinki",
    # The same for English letters, in the form that works from abroad.
    "authority_postal_en": "P.O. Box 800, FI-00531 Helsinki, Finland",
    # The same for Swedish letters, as the authority gives its Swedish name and address.
    "authority_name_sv": "Dataombudsmannens byrå",
    "authority_street_sv": "Fågelviksgränden 4, 00530 Helsingfors",
    "authority_postal_sv": "PB 800, 00531 Helsingfors",
    "authority_phone": "+358 29 566 6700",
    "authority_web": "tietosuoja.fi",
    # The printer's correction of the address position for window envelopes, in millimetres
    # (positive: right / down), found with the calibration page.
    "envelope_offset_x_mm": "0",
    "envelope_offset_y_mm": "0",
    # Automatic backups at start when the last is older than a day: the folder (empty: the
    # program's own backup folder, outside the database's folder) and how many are kept; none
    # is kept longer than that many days, and the erasure letter says so (erasure/plan.py).
    "backup_folder": "",
    "backup_keep": "7",
    # Backups encrypted: the public key and the passphrase-wrapped private key
    # (core/store/backup_crypt.py), never the passphrase; empty: backups are not encrypted.
    "backup_key": "",
}

# Keys the letters' settings view edits (users.admin), in the order it shows them.
LETTER_SETTING_KEYS: tuple[str, ...] = tuple(
    k
    for k in DEFAULTS
    if k.startswith(
        ("controller_", "privacy_contact_", "register_name_", "authority_", "envelope_")
    )
)


class SettingsStore:
    def get(self, session: Session, key: str) -> str:
        row = session.get(Setting, key)
        return row.value if row is not None else DEFAULTS[key]

    def get_int(self, session: Session, key: str) -> int:
        try:
            return int(self.get(session, key))
        except ValueError:
            return int(DEFAULTS[key])

    def put(self, session: Session, key: str, value: str) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value

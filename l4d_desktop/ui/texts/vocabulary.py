"""The core's field names and vocabulary codes in words: request types, channels, statuses,
roles, rights, languages, consent methods, objection purposes, identity methods, refusals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FIELDS: dict[str, str] = {
    "due_soon_days": QT_TRANSLATE_NOOP("Fields", "Due soon"),
    "repeat_interval_days": QT_TRANSLATE_NOOP("Fields", "Repeat-request interval"),
    "idle_lock_minutes": QT_TRANSLATE_NOOP("Fields", "Idle lock"),
    "notice_version": QT_TRANSLATE_NOOP("Fields", "Privacy notice version"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "street": QT_TRANSLATE_NOOP("Fields", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("Fields", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "country": QT_TRANSLATE_NOOP("Fields", "Country"),
    "company": QT_TRANSLATE_NOOP("Fields", "Company"),
    "language": QT_TRANSLATE_NOOP("Fields", "Letter language"),
    "customer_number": QT_TRANSLATE_NOOP("Fields", "Customer number"),
    "customer": QT_TRANSLATE_NOOP("Fields", "Customer"),
    "type": QT_TRANSLATE_NOOP("Fields", "Request type"),
    "received": QT_TRANSLATE_NOOP("Fields", "Received"),
    "channel": QT_TRANSLATE_NOOP("Fields", "Channel"),
    "username": QT_TRANSLATE_NOOP("Fields", "Username"),
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "title_en": QT_TRANSLATE_NOOP("Fields", "Title in English"),
    "title_sv": QT_TRANSLATE_NOOP("Fields", "Title in Swedish"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "role_en": QT_TRANSLATE_NOOP("Fields", "Role in English"),
    "role_sv": QT_TRANSLATE_NOOP("Fields", "Role in Swedish"),
    "right": QT_TRANSLATE_NOOP("Fields", "Right"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
    "passphrase": QT_TRANSLATE_NOOP("Fields", "Backup passphrase"),
    "backup_folder": QT_TRANSLATE_NOOP("Fields", "Backup folder"),
    "backup_keep": QT_TRANSLATE_NOOP("Fields", "Backups kept"),
    "password_repeat": QT_TRANSLATE_NOOP("Fields", "Password again"),
    "current_password": QT_TRANSLATE_NOOP("Fields", "Current password"),
    "new_password": QT_TRANSLATE_NOOP("Fields", "New password"),
    "new_password_repeat": QT_TRANSLATE_NOOP("Fields", "New password again"),
    "user": QT_TRANSLATE_NOOP("Fields", "User"),
    "request": QT_TRANSLATE_NOOP("Fields", "Request"),
    "business_id": QT_TRANSLATE_NOOP("Fields", "Business ID"),
    "source": QT_TRANSLATE_NOOP("Fields", "Source of the data"),
    "source_name": QT_TRANSLATE_NOOP("Fields", "Source name"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "method": QT_TRANSLATE_NOOP("Fields", "How"),
    "period_months": QT_TRANSLATE_NOOP("Fields", "Kept for (months)"),
    "auto_run": QT_TRANSLATE_NOOP("Fields", "Runs by itself"),
    "rule": QT_TRANSLATE_NOOP("Fields", "Retention rule"),
    "year": QT_TRANSLATE_NOOP("Fields", "Year"),
    "at": QT_TRANSLATE_NOOP("Fields", "Date and time"),
    "given": QT_TRANSLATE_NOOP("Fields", "Consent"),
    "received_on": QT_TRANSLATE_NOOP("Fields", "Received"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "invoice_number": QT_TRANSLATE_NOOP("Fields", "Invoice number"),
    "invoice_date": QT_TRANSLATE_NOOP("Fields", "Invoice date"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "time": QT_TRANSLATE_NOOP("Fields", "Time"),
    "ip": QT_TRANSLATE_NOOP("Fields", "IP address"),
    "referrer": QT_TRANSLATE_NOOP("Fields", "Referring site"),
    "page": QT_TRANSLATE_NOOP("Fields", "Page"),
    "link": QT_TRANSLATE_NOOP("Fields", "Link"),
    "banner": QT_TRANSLATE_NOOP("Fields", "Banner"),
    "user_agent": QT_TRANSLATE_NOOP("Fields", "Device and browser"),
    "marketing_consent": QT_TRANSLATE_NOOP("Fields", "Marketing consent"),
    "contact": QT_TRANSLATE_NOOP("Fields", "Contact"),
    "processor": QT_TRANSLATE_NOOP("Fields", "Processor"),
    "transfer": QT_TRANSLATE_NOOP("Fields", "Transfer outside the EEA"),
    "transfer_detail": QT_TRANSLATE_NOOP("Fields", "Transfer particulars"),
    "notified_on": QT_TRANSLATE_NOOP("Fields", "Notified on"),
    "person_told_on": QT_TRANSLATE_NOOP("Fields", "Person told on"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "purposes": QT_TRANSLATE_NOOP("Fields", "Purposes"),
    "objection": QT_TRANSLATE_NOOP("Fields", "Objection"),
    "received_at": QT_TRANSLATE_NOOP("Fields", "Time of receipt"),
    "requester_text": QT_TRANSLATE_NOOP("Fields", "The requester's words"),
    "requester_name": QT_TRANSLATE_NOOP("Fields", "Requester's name"),
    "requester_contact": QT_TRANSLATE_NOOP("Fields", "Requester's contact details"),
    "handler": QT_TRANSLATE_NOOP("Fields", "Handler"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "notice_date": QT_TRANSLATE_NOOP("Fields", "Notice date"),
    "basis": QT_TRANSLATE_NOOP("Fields", "Basis of the refusal"),
    "assessment": QT_TRANSLATE_NOOP("Fields", "Written assessment"),
    # what an access answer says beyond the register
    "system": QT_TRANSLATE_NOOP("Fields", "System searched"),
    "result": QT_TRANSLATE_NOOP("Fields", "What was found"),
    "searched_on": QT_TRANSLATE_NOOP("Fields", "Searched on"),
    "search": QT_TRANSLATE_NOOP("Fields", "Search"),
    "question": QT_TRANSLATE_NOOP("Fields", "Question"),
    "answer": QT_TRANSLATE_NOOP("Fields", "Answer"),
    "detail": QT_TRANSLATE_NOOP("Fields", "Delivery detail"),
    "invoice": QT_TRANSLATE_NOOP("Fields", "Invoice"),
    "notice_channel": QT_TRANSLATE_NOOP("Fields", "Channel of the notice"),
    "ground": QT_TRANSLATE_NOOP("Fields", "Ground"),
    "lift_on": QT_TRANSLATE_NOOP("Fields", "Lift date"),
    "lift_reason": QT_TRANSLATE_NOOP("Fields", "Reason for lifting"),
    "topic": QT_TRANSLATE_NOOP("Fields", "Which text"),
    "text": QT_TRANSLATE_NOOP("Fields", "Text"),
    # the processing register
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),  # a consent purpose's
    "name_fi": QT_TRANSLATE_NOOP("Fields", "Name in Finnish"),
    "name_sv": QT_TRANSLATE_NOOP("Fields", "Name in Swedish"),
    "name_en": QT_TRANSLATE_NOOP("Fields", "Name in English"),
    "legal_bases": QT_TRANSLATE_NOOP("Fields", "Legal bases"),
    "basis_note_fi": QT_TRANSLATE_NOOP("Fields", "Basis explained in Finnish"),
    "basis_note_sv": QT_TRANSLATE_NOOP("Fields", "Basis explained in Swedish"),
    "basis_note_en": QT_TRANSLATE_NOOP("Fields", "Basis explained in English"),
    "categories_fi": QT_TRANSLATE_NOOP("Fields", "Data categories in Finnish"),
    "categories_sv": QT_TRANSLATE_NOOP("Fields", "Data categories in Swedish"),
    "categories_en": QT_TRANSLATE_NOOP("Fields", "Data categories in English"),
    "retention_fi": QT_TRANSLATE_NOOP("Fields", "Retention in Finnish"),
    "retention_sv": QT_TRANSLATE_NOOP("Fields", "Retention in Swedish"),
    "retention_en": QT_TRANSLATE_NOOP("Fields", "Retention in English"),
    "text_fi": QT_TRANSLATE_NOOP("Fields", "Finnish text"),
    "text_sv": QT_TRANSLATE_NOOP("Fields", "Swedish text"),
    "text_en": QT_TRANSLATE_NOOP("Fields", "English text"),
}

REQUEST_TYPES: dict[str, str] = {
    "access": QT_TRANSLATE_NOOP("Vocabulary", "Access (Art. 15)"),
    "portability": QT_TRANSLATE_NOOP("Vocabulary", "Portability (Art. 20)"),
    "rectification": QT_TRANSLATE_NOOP("Vocabulary", "Rectification (Art. 16)"),
    "erasure": QT_TRANSLATE_NOOP("Vocabulary", "Erasure (Art. 17)"),
    "restriction": QT_TRANSLATE_NOOP("Vocabulary", "Restriction (Art. 18)"),
    "objection": QT_TRANSLATE_NOOP("Vocabulary", "Objection (Art. 21)"),
    "withdrawal": QT_TRANSLATE_NOOP("Vocabulary", "Consent withdrawal (Art. 7(3))"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

CHANNELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "in-person": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
}

STATUSES: dict[str, str] = {
    "received": QT_TRANSLATE_NOOP("Vocabulary", "Received"),
    "identity_check": QT_TRANSLATE_NOOP("Vocabulary", "Identity check"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
    "refused": QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "Withdrawn"),
}

ROLES: dict[str, str] = {
    "admin": QT_TRANSLATE_NOOP("Vocabulary", "Main administrator"),
    "handler": QT_TRANSLATE_NOOP("Vocabulary", "Handler"),
    "reader": QT_TRANSLATE_NOOP("Vocabulary", "Reader"),
}

# The capabilities of core.vocabulary.Right, in the order the rights grid shows them.
RIGHTS: dict[str, str] = {
    "customers.view": QT_TRANSLATE_NOOP("Vocabulary", "View customers"),
    "customers.edit": QT_TRANSLATE_NOOP("Vocabulary", "Edit customers"),
    "requests.view": QT_TRANSLATE_NOOP("Vocabulary", "View requests"),
    "requests.handle": QT_TRANSLATE_NOOP("Vocabulary", "Handle requests"),
    "customers.erase": QT_TRANSLATE_NOOP("Vocabulary", "Erase customer data"),
    "data.export": QT_TRANSLATE_NOOP("Vocabulary", "Export and print"),
    "users.admin": QT_TRANSLATE_NOOP("Vocabulary", "Administer users"),
    "audit.read": QT_TRANSLATE_NOOP("Vocabulary", "Read the audit log"),
}

# A customer's letter language in words; the languages offered are core.vocabulary.Language's.
LANGUAGES: dict[str, str] = {
    "fi": QT_TRANSLATE_NOOP("Vocabulary", "Finnish"),
    "sv": QT_TRANSLATE_NOOP("Vocabulary", "Swedish"),
    "en": QT_TRANSLATE_NOOP("Vocabulary", "English"),
}

DATA_SOURCES: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("Vocabulary", "Given by the customer"),
    "registry": QT_TRANSLATE_NOOP("Vocabulary", "From a registry, with consent"),
    "third_party": QT_TRANSLATE_NOOP("Vocabulary", "From a third party, with consent"),
}

CONSENT_METHODS: dict[str, str] = {
    "web_form": QT_TRANSLATE_NOOP("Vocabulary", "Web form"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
    "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "in_person": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    "import": QT_TRANSLATE_NOOP("Vocabulary", "Imported from a file"),
    "objection": QT_TRANSLATE_NOOP("Vocabulary", "Ended by an objection"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

OBJECTION_PURPOSES: dict[str, str] = {
    "direct_marketing": QT_TRANSLATE_NOOP("Vocabulary", "Direct marketing (incl. ad targeting)"),
    "analytics": QT_TRANSLATE_NOOP("Vocabulary", "Analytics"),
    "service_development": QT_TRANSLATE_NOOP("Vocabulary", "Service development"),
    "customer_relationship": QT_TRANSLATE_NOOP("Vocabulary", "Customer relationship"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

IDENTITY_METHODS: dict[str, str] = {
    "email_on_file": QT_TRANSLATE_NOOP("Vocabulary", "Sent from the email address on file"),
    "phone_on_file": QT_TRANSLATE_NOOP("Vocabulary", "Phone number on file (call or call-back)"),
    "customer_number": QT_TRANSLATE_NOOP("Vocabulary", "Customer number with other data held"),
    "recent_invoice": QT_TRANSLATE_NOOP("Vocabulary", "Details of a recent invoice"),
    "known_in_person": QT_TRANSLATE_NOOP("Vocabulary", "Known to the staff member in person"),
    "id_document_seen": QT_TRANSLATE_NOOP("Vocabulary", "ID document seen, not stored"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other (described in the note)"),
}

REFUSAL_BASES: dict[str, str] = {
    "manifestly_unfounded": QT_TRANSLATE_NOOP("Vocabulary", "Manifestly unfounded"),
    "excessive": QT_TRANSLATE_NOOP("Vocabulary", "Excessive (e.g. repeated)"),
    "identity_not_established": QT_TRANSLATE_NOOP(
        "Vocabulary", "Identity could not be established"
    ),
    "legal_obligation": QT_TRANSLATE_NOOP("Vocabulary", "A legal obligation keeps the data"),
    "legal_claims": QT_TRANSLATE_NOOP("Vocabulary", "Legal claims"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
}

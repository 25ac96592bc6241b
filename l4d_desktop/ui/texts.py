"""Translated words for the core's codes: errors, field names, rights, roles, request vocabulary."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from l4d_desktop.core.errors import L4DError, SessionInvalid, ValidationError

ERRORS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Errors", "{field}: this field is required."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "{field}: at most {max} characters."),
    "control_chars": QT_TRANSLATE_NOOP(
        "Errors", "{field}: contains control characters that are not allowed."
    ),
    "email_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid email address."),
    "phone_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid phone number."),
    "postal_code_fi": QT_TRANSLATE_NOOP(
        "Errors", "{field}: a Finnish postal code has exactly 5 digits."
    ),
    "country_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: unknown country code (use two letters, e.g. FI)."
    ),
    "language_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: letter language must be fi or en."),
    "choice_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not one of the allowed values."),
    "date_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid date."),
    "date_in_future": QT_TRANSLATE_NOOP("Errors", "{field}: the date cannot be in the future."),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Errors", "{field}: at least {min} characters are needed."
    ),
    "password_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{field}: at most {max} characters are accepted."
    ),
    "password_common": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this password is too common or easy to guess."
    ),
    "password_contains_username": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the password must not contain the username."
    ),
    "password_wrong": QT_TRANSLATE_NOOP("Errors", "{field}: the password is not correct."),
    "password_mismatch": QT_TRANSLATE_NOOP("Errors", "{field}: the passwords do not match."),
    "password_reused": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the new password must differ from the current one."
    ),
    "username_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: use 2–64 letters, digits, dots, hyphens or underscores."
    ),
    "username_taken": QT_TRANSLATE_NOOP("Errors", "{field}: this username is already in use."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "{field}: no such record."),
    "login_failed": QT_TRANSLATE_NOOP(
        "Errors", "Login failed: wrong username or password, or the account is locked."
    ),
    "login_throttled": QT_TRANSLATE_NOOP(
        "Errors", "Too many failed attempts. Try again in {seconds} seconds."
    ),
    "password_change_required": QT_TRANSLATE_NOOP(
        "Errors", "The password must be changed before continuing."
    ),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "You do not have the right to do this."),
    "session_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Your account is no longer active. Please log in again."
    ),
    "already_initialised": QT_TRANSLATE_NOOP(
        "Errors", "The database already has users; the first-run setup cannot run again."
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "Errors", "At least one active user must keep the right to administer users."
    ),
    "one_time_password_expired": QT_TRANSLATE_NOOP(
        "Errors", "The one-time password has expired. Ask the administrator for a new one."
    ),
    "audit_export_failed": QT_TRANSLATE_NOOP(
        "Errors", "The audit log could not be written to {path}: {reason}."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "Errors",
        "This record was changed by another user after you opened it. Your changes have not "
        "been saved yet.",
    ),
    "db_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} cannot be opened: {reason}."
    ),
    "db_pragmas": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} could not be opened safely (foreign keys are off)."
    ),
    "db_newer": QT_TRANSLATE_NOOP(
        "Errors", "The database {path} was created by a newer version of this program."
    ),
    "migration_failed": QT_TRANSLATE_NOOP(
        "Errors", "Upgrading the database {path} failed; it was left unchanged."
    ),
    "backup_failed": QT_TRANSLATE_NOOP(
        "Errors", "The backup could not be made or verified: {reason}."
    ),
    "checkpoint_invalid": QT_TRANSLATE_NOOP("Errors", "The checkpoint file cannot be read."),
    # the register's own data
    "business_id_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: not a valid Finnish business ID (y-tunnus, e.g. 2989855-5)."
    ),
    "customer_number_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: use 1–20 letters, digits or hyphens."
    ),
    "customer_number_taken": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this customer number is already in use."
    ),
    "invoice_number_taken": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this invoice number is already in use."
    ),
    "amount_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: not a valid amount in euros (e.g. 125,50)."
    ),
    "time_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: not a valid time (e.g. 2026-11-24T10:15:00+02:00)."
    ),
    "ip_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid IPv4 or IPv6 address."),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the same value is on an earlier row of the file."
    ),
    "duplicate_in_db": QT_TRANSLATE_NOOP(
        "Errors", "{field}: a customer with this value is already in the register."
    ),
    "customer_unmatched": QT_TRANSLATE_NOOP(
        "Errors", "{field}: no customer in the register has this value."
    ),
    "customer_ambiguous": QT_TRANSLATE_NOOP(
        "Errors", "{field}: more than one customer has this value; the row cannot be linked."
    ),
    "cell_count": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the row has a different number of cells than the header."
    ),
    "purpose_unknown": QT_TRANSLATE_NOOP("Errors", "{field}: no such purpose."),
    "purpose_code_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: use 2–40 lowercase letters, digits or underscores."
    ),
    "purpose_exists": QT_TRANSLATE_NOOP(
        "Errors", "{field}: a purpose with this code already exists."
    ),
    "legal_basis_unknown": QT_TRANSLATE_NOOP("Errors", "{field}: not a known legal basis."),
    "legal_basis_required": QT_TRANSLATE_NOOP(
        "Errors", "{field}: choose at least one legal basis."
    ),
    "legitimate_interest_unnamed": QT_TRANSLATE_NOOP(
        "Errors", "{field}: name the legitimate interest pursued before confirming the basis."
    ),
    "consent_unchanged": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the consent is already in that state."
    ),
    "reason_required": QT_TRANSLATE_NOOP("Errors", "{field}: a reason is required."),
    "marketing_suppressed": QT_TRANSLATE_NOOP(
        "Errors",
        "The person has objected to direct marketing; a marketing consent cannot be recorded.",
    ),
    # files offered for import
    "file_unreadable": QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {reason}."),
    "file_empty": QT_TRANSLATE_NOOP("Errors", "The file is empty."),
    "encoding_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The file is neither UTF-8 nor Windows-1252 text."
    ),
    "json_invalid": QT_TRANSLATE_NOOP("Errors", "The file is not valid JSON: {reason}."),
    "column_missing": QT_TRANSLATE_NOOP("Errors", "The file has no column for {column}."),
    "column_duplicate": QT_TRANSLATE_NOOP(
        "Errors", "Two columns of the file mean the same field: {column}."
    ),
    "import_cancelled": QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was saved."),
    "import_has_errors": QT_TRANSLATE_NOOP(
        "Errors", "Nothing was imported: {count} rows have errors."
    ),
    # the request workflow: intake, identity check, pause, extension, closing
    "received_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the time of receipt falls on another day than the received date."
    ),
    "not_a_handler": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this user has no right to handle requests."
    ),
    "request_closed": QT_TRANSLATE_NOOP(
        "Errors", "The request is closed and can no longer be changed."
    ),
    "status_transition": QT_TRANSLATE_NOOP(
        "Errors", "The request cannot move to that status from its current one."
    ),
    "already_paused": QT_TRANSLATE_NOOP(
        "Errors", "The request is already waiting for the requester."
    ),
    "not_paused": QT_TRANSLATE_NOOP("Errors", "The request is not waiting for the requester."),
    "already_extended": QT_TRANSLATE_NOOP(
        "Errors", "The deadline of this request has already been extended once."
    ),
    "extension_too_late": QT_TRANSLATE_NOOP(
        "Errors",
        "An extension must be told to the requester by the statutory deadline ({statutory}); "
        "it cannot be recorded with a later notice date.",
    ),
    "assessment_required": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: a refusal as manifestly unfounded or excessive needs a written assessment.",
    ),
    "refusal_only": QT_TRANSLATE_NOOP(
        "Errors", "{field}: only a refusal has a basis or an assessment."
    ),
    "erasure_not_run": QT_TRANSLATE_NOOP(
        "Errors", "An erasure request can be completed only after its erasure has been run."
    ),
    # erasure (Art. 17) and kept vouchers
    "erasure_wrong_type": QT_TRANSLATE_NOOP(
        "Errors", "Request {request} is not an erasure request."
    ),
    "erasure_not_identified": QT_TRANSLATE_NOOP(
        "Errors",
        "Request {request} is not linked to a customer yet: identify the requester first.",
    ),
    "erasure_request_closed": QT_TRANSLATE_NOOP(
        "Errors", "Request {request} is closed; an erasure runs only on an open request."
    ),
    "erasure_already_run": QT_TRANSLATE_NOOP(
        "Errors", "The erasure of request {request} has already been run."
    ),
    "erasure_plan_changed": QT_TRANSLATE_NOOP(
        "Errors",
        "The data of request {request} changed after the erasure plan was made: show the plan again and confirm it.",
    ),
    "customer_restricted": QT_TRANSLATE_NOOP(
        "Errors",
        "The processing of this customer's data is restricted (GDPR Art. 18): the data are "
        "only stored. Correct them through the person's rectification request, or lift the "
        "restriction first.",
    ),
    "letter_register_incomplete": QT_TRANSLATE_NOOP(
        "Errors",
        "The processing register lacks texts the access response prints ({texts}); complete "
        "them in Register → Processing register.",
    ),
    "erasure_letter_first": QT_TRANSLATE_NOOP(
        "Errors",
        "Print or save the erasure confirmation letter of request {request} before running "
        "the erasure: afterwards the name and address it goes to are gone.",
    ),
    "erasure_scrub_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The erasure is saved, but the database file could not yet be cleaned of its traces: another program kept it busy ({attempts} attempts). Close the other programs using the database and try again.",
    ),
    # the person's data for an access or portability request
    "request_not_identified": QT_TRANSLATE_NOOP(
        "Errors",
        "The request's person is not identified yet: link the customer and record the "
        "identity check first.",
    ),
    "request_type_no_data": QT_TRANSLATE_NOOP(
        "Errors",
        "This type of request has no copy of the person's data; only access and portability "
        "requests do.",
    ),
    "bundle_exists": QT_TRANSLATE_NOOP("Errors", "{path} already exists; nothing was written."),
    "bundle_target_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a folder that can be written to."
    ),
    "bundle_write_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The data files could not be written to {path} ({reason}); nothing was left behind.",
    ),
    # the actions of rectification, restriction, objection and withdrawal requests; Art. 19
    "request_type_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "This action does not belong to a request of this type."
    ),
    "request_other_customer": QT_TRANSLATE_NOOP(
        "Errors", "The request was made by another customer."
    ),
    "date_before_received": QT_TRANSLATE_NOOP(
        "Errors", "{field}: the date is before the request was received."
    ),
    "processor_inactive": QT_TRANSLATE_NOOP(
        "Errors", "The processor is no longer active, so it is not on the checklist."
    ),
    "objection_decided": QT_TRANSLATE_NOOP("Errors", "The objection has already been decided."),
    "consent_time_order": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: earlier than the latest consent entry for the purpose; the withdrawal would "
        "not take effect.",
    ),
    "consent_still_given": QT_TRANSLATE_NOOP(
        "Errors",
        "A consent the data rely on is still given; they are not erased on this ground.",
    ),
    # letters: which can be written now, printing, the archive, the envelope window
    "letter_unprintable": QT_TRANSLATE_NOOP(
        "Errors",
        "The letter contains characters that no embedded font can print ({chars}); correct "
        "the data or spell them in Latin letters before printing.",
    ),
    "letter_pdf_erased": QT_TRANSLATE_NOOP(
        "Errors",
        "The PDF of this letter was removed with the person's erasure; only its hash is kept.",
    ),
    "letter_kind_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "This letter does not answer a request of this type."
    ),
    "letter_needs_identity": QT_TRANSLATE_NOOP(
        "Errors",
        "The requester's identity is not confirmed yet: record the identity check first.",
    ),
    "letter_needs_customer": QT_TRANSLATE_NOOP(
        "Errors",
        "The request is not linked to a customer, so the letter has no one to go to: link "
        "the customer first.",
    ),
    "letter_needs_extension": QT_TRANSLATE_NOOP(
        "Errors", "The deadline has not been extended: record the extension first."
    ),
    "letter_needs_refusal": QT_TRANSLATE_NOOP(
        "Errors",
        "The request has not been refused: close it as refused, with the basis, first.",
    ),
    "letter_after_erasure": QT_TRANSLATE_NOOP(
        "Errors",
        "The person's data have been erased, so no letter can be written to them any more.",
    ),
    "envelope_offset_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: give a number of millimetres from −30 to 30."
    ),
}

FIELDS: dict[str, str] = {
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
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "right": QT_TRANSLATE_NOOP("Fields", "Right"),
    "password": QT_TRANSLATE_NOOP("Fields", "Password"),
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
    # the processing register
    "name_fi": QT_TRANSLATE_NOOP("Fields", "Name in Finnish"),
    "name_en": QT_TRANSLATE_NOOP("Fields", "Name in English"),
    "legal_bases": QT_TRANSLATE_NOOP("Fields", "Legal bases"),
    "basis_note_fi": QT_TRANSLATE_NOOP("Fields", "Basis explained in Finnish"),
    "basis_note_en": QT_TRANSLATE_NOOP("Fields", "Basis explained in English"),
    "categories_fi": QT_TRANSLATE_NOOP("Fields", "Data categories in Finnish"),
    "categories_en": QT_TRANSLATE_NOOP("Fields", "Data categories in English"),
    "retention_fi": QT_TRANSLATE_NOOP("Fields", "Retention in Finnish"),
    "retention_en": QT_TRANSLATE_NOOP("Fields", "Retention in English"),
    "text_fi": QT_TRANSLATE_NOOP("Fields", "Finnish text"),
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

LANGUAGES: dict[str, str] = {
    "fi": QT_TRANSLATE_NOOP("Vocabulary", "Finnish"),
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


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(field: str) -> str:
    return _tr("Fields", FIELDS[field]) if field in FIELDS else field


def vocabulary(table: dict[str, str], code: str) -> str:
    return _tr("Vocabulary", table[code]) if code in table else code


def error_text(exc: L4DError) -> str:
    """The error in the interface language; an unknown code falls back to the core's English.

    Every error the windows show passes here, so this is where a deactivated user's session
    is ended: the start flow returns to the login once the message has been read.
    """
    if isinstance(exc, SessionInvalid):
        from l4d_desktop.ui.shell.session_events import session_events

        session_events().report_invalid()
    template = ERRORS.get(exc.code)
    if template is None:
        return exc.message()
    params = dict(exc.params)
    if isinstance(exc, ValidationError) or "field" in params:
        params["field"] = field_label(str(params.get("field", "")))
    if "column" in params:  # a file's column, named by the field it stands for
        params["column"] = field_label(str(params["column"]))
    try:
        return _tr("Errors", template).format(**params)
    except (KeyError, IndexError):
        return _tr("Errors", template)


def problem_text(field: str, code: str, params: Mapping[str, object] | None = None) -> str:
    """The words for one row problem of an imported file (core.tabular.RowProblem); a problem
    of the whole row names no field."""
    text = error_text(ValidationError(field, code, **dict(params or {})))
    return text if field else text.removeprefix(": ")

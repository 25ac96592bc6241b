"""The core's error codes in words (a declared data table: one entry per code, nothing else).

Each text is a QT_TRANSLATE_NOOP in the "Errors" context, formatted after translation with the
error's parameters; `{field}` is the field's translated name.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from l4d_desktop.ui.texts.answer_errors import ANSWER_ERRORS
from l4d_desktop.ui.texts.evidence_errors import EVIDENCE_ERRORS
from l4d_desktop.ui.texts.merge_errors import MERGE_ERRORS
from l4d_desktop.ui.texts.register_errors import REGISTER_ERRORS

ERRORS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Errors", "{field}: this field is required."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "{field}: at most {max} characters."),
    "number_range": QT_TRANSLATE_NOOP("Errors", "{field}: a whole number from {min} to {max}."),
    "customer_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "The customer cannot be removed as a mistake: something has already been done with the "
        "record (a request, letter, invoice, consent, objection or web event). A person's data "
        "are removed through an erasure request.",
    ),
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
    "language_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: letter language must be fi, sv or en."
    ),
    "choice_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not one of the allowed values."),
    "date_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: not a valid date."),
    "date_in_future": QT_TRANSLATE_NOOP("Errors", "{field}: the date cannot be in the future."),
    "date_too_early": QT_TRANSLATE_NOOP("Errors", "{field}: the date cannot be before {earliest}."),
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
        "Errors",
        "{field}: use 2–64 characters: the letters a–z (not å, ä or ö), digits, dots, hyphens "
        "or underscores.",
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
    # retention, the erasure journal, restore and the yearly report
    # the register's own data
    "business_id_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: not a valid Finnish business ID (y-tunnus, e.g. 2989855-5)."
    ),
    "web_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: not a web address (e.g. tietosuoja.fi or https://www.lean4d.fi)."
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
    "encoding_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: the row holds bytes that are not text in the file's encoding (UTF-8 or Windows-1252); the row was not read.",
    ),
    "quote_unclosed": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: a quote opened on this row is never closed; the rest of the file could not be read.",
    ),
    "changed_since_preview": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: the customer was changed after the file was checked; check the file against the register and import the row again.",
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
    "suppression_key_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The key of the suppression list is missing or wrong ({file}): without it no email or "
        "phone can be checked against the list. Restore it from its backup: the key file beside "
        "the database, or on a server the register's keep database.",
    ),
    # files offered for import
    "file_unreadable": QT_TRANSLATE_NOOP("Errors", "The file cannot be read: {reason}."),
    "file_empty": QT_TRANSLATE_NOOP("Errors", "The file is empty."),
    "encoding_unknown": QT_TRANSLATE_NOOP(
        "Errors", "The file is neither UTF-8 nor Windows-1252 text."
    ),
    "header_encoding_invalid": QT_TRANSLATE_NOOP(
        "Errors", "The file's header row holds bytes that are not UTF-8 or Windows-1252 text."
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
    # letters as evidence: extension, restriction and rectification records
    **EVIDENCE_ERRORS,
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
        "The processing register lacks texts this letter or notice prints in its language "
        "({texts}); complete them in Register → Processing register.",
    ),
    "erasure_letter_first": QT_TRANSLATE_NOOP(
        "Errors",
        "Print or save the erasure confirmation letter of request {request} before running "
        "the erasure: afterwards the name and address it goes to are gone.",
    ),
    "erasure_scrub_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The erasure is saved, but the database file could not yet be cleaned of its traces: another program kept it busy ({attempts} attempts). Close the other programs using the database, then run `l4d maintenance scrub` (with the same --db); otherwise it is done at the next start.",
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
    "notice_before_act": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: the date is before the rectification, erasure or restriction was carried "
        "out; a recipient cannot have been told of it earlier.",
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
    "letter_identity_known": QT_TRANSLATE_NOOP(
        "Errors",
        "The requester's identity is already confirmed: this letter would ask for what is no "
        "longer needed.",
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
    "letter_request_refused": QT_TRANSLATE_NOOP(
        "Errors",
        "The request was refused, so this letter is not written: the refusal letter answers it.",
    ),
    "letter_after_erasure": QT_TRANSLATE_NOOP(
        "Errors",
        "The person's data have been erased, so no letter can be written to them any more.",
    ),
    "envelope_offset_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: give a number of millimetres from −30 to 30."
    ),
    **REGISTER_ERRORS,
    **ANSWER_ERRORS,
    **MERGE_ERRORS,
}

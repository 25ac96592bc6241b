"""Domain errors: a stable code plus parameters; the faces turn them into words.

Parameters never carry personal data (only field names, limits, ids), so an error may be logged.
The English texts below serve the command line; the GUI has its own translated table per code.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    # validation
    "required": "{field}: this field is required.",
    "too_long": "{field}: at most {max} characters.",
    "number_range": "{field}: a whole number from {min} to {max}.",
    "customer_in_use": (
        "The customer cannot be removed as a mistake: something has already been done with the "
        "record (a request, letter, invoice, consent, objection or web event). A person's data "
        "are removed through an erasure request."
    ),
    "merge_same_customer": "A customer cannot be merged with itself: choose two different customers.",
    "merge_restricted": "Customer {number} is restricted (Art. 18): their data are only stored, so the record is not merged. Lift the restriction through its request first.",
    "merge_erasure_open": "Customer {number} has an erasure request in progress: finish or close that request before merging.",
    "control_chars": "{field}: contains control characters that are not allowed.",
    "email_invalid": "{field}: not a valid email address.",
    "phone_invalid": "{field}: not a valid phone number.",
    "postal_code_fi": "{field}: a Finnish postal code has exactly 5 digits.",
    "country_invalid": "{field}: unknown country code (use two letters, e.g. FI).",
    "language_invalid": "{field}: letter language must be fi, sv or en.",
    "choice_invalid": "{field}: not one of the allowed values.",
    "date_invalid": "{field}: not a valid date (YYYY-MM-DD).",
    "date_in_future": "{field}: the date cannot be in the future.",
    "date_too_early": "{field}: the date cannot be before {earliest}.",
    "password_too_short": "{field}: at least {min} characters are needed.",
    "password_too_long": "{field}: at most {max} characters are accepted.",
    "password_common": "{field}: this password is too common or easy to guess.",
    "password_contains_username": "{field}: the password must not contain the username.",
    "password_wrong": "{field}: the password is not correct.",
    "password_mismatch": "{field}: the passwords do not match.",
    "password_reused": "{field}: the new password must differ from the current one.",
    "username_invalid": (
        "{field}: use 2–64 characters: the letters a–z (not å, ä or ö), digits, dots, hyphens "
        "or underscores."
    ),
    "username_taken": "{field}: this username is already in use.",
    "not_found": "{field}: no such record.",
    "business_id_invalid": "{field}: not a valid Finnish business ID (y-tunnus, e.g. 2989855-5).",
    "web_invalid": "{field}: not a web address (e.g. tietosuoja.fi or https://www.lean4d.fi).",
    "customer_number_invalid": "{field}: use 1–20 letters, digits or hyphens.",
    "customer_number_taken": "{field}: this customer number is already in use.",
    "invoice_number_taken": "{field}: this invoice number is already in use.",
    "amount_invalid": "{field}: not a valid amount in euros (e.g. 125,50).",
    "time_invalid": "{field}: not a valid ISO 8601 time (e.g. 2026-11-24T10:15:00+02:00).",
    "ip_invalid": "{field}: not a valid IPv4 or IPv6 address.",
    "duplicate_in_file": "{field}: the same value is on an earlier row of the file.",
    "duplicate_in_db": "{field}: a customer with this value is already in the register.",
    "customer_unmatched": "{field}: no customer in the register has this value.",
    "customer_ambiguous": "{field}: more than one customer has this value; the row cannot be linked.",
    "cell_count": "{field}: the row has a different number of cells than the header.",
    "encoding_invalid": "{field}: the row holds bytes that are not text in the file's encoding (UTF-8 or Windows-1252); the row was not read.",
    "quote_unclosed": "{field}: a quote opened on this row is never closed; the rest of the file could not be read.",
    "changed_since_preview": "{field}: the customer was changed after the file was checked; check the file against the register and import the row again.",
    "purpose_unknown": "{field}: no such purpose.",
    "purpose_code_invalid": "{field}: use 2–40 lowercase letters, digits or underscores.",
    "purpose_exists": "{field}: a purpose with this code already exists.",
    "consent_unchanged": "{field}: the consent is already in that state.",
    "reason_required": "{field}: a reason is required.",
    "legal_basis_unknown": "{field}: not a known legal basis.",
    "legal_basis_required": "{field}: choose at least one legal basis.",
    "legitimate_interest_unnamed": "{field}: name the legitimate interest pursued before confirming the basis.",
    "transfer_required": "{field}: a processor outside the EEA needs its transfer mechanism (adequacy, dpf, scc, bcr or derogation).",
    "transfer_inside_eea": "{field}: a processor inside the EEA has no transfer mechanism; leave it empty.",
    "transfer_detail_required": "{field}: name the clauses' module or the Art. 49 derogation relied on.",
    "marketing_suppressed": "The person has objected to direct marketing; marketing consent cannot be recorded.",
    "suppression_key_missing": "The key of the suppression list is missing or wrong ({file}): without it no email or phone can be checked against the list. Restore it from its backup: the key file beside the database, or on a server the register's keep database.",
    # files
    "file_unreadable": "The file cannot be read: {reason}.",
    "file_empty": "The file is empty.",
    "encoding_unknown": "The file is neither UTF-8 nor Windows-1252 text.",
    "header_encoding_invalid": "The file's header row holds bytes that are not UTF-8 or Windows-1252 text.",
    "json_invalid": "The file is not valid JSON: {reason}.",
    "column_missing": "The file has no column for {column}.",
    "column_duplicate": "Two columns of the file mean the same field: {column}.",
    "import_cancelled": "The import was cancelled; nothing was saved.",
    "import_has_errors": "Nothing was imported: {count} rows have errors.",
    # the person's data for an access or portability request
    "letter_unprintable": "The letter contains characters that no embedded font can print ({chars}); correct the data or spell them in Latin letters before printing.",
    "request_not_identified": "The request's person is not identified yet: link the customer and record the identity check first.",
    "request_type_no_data": "A request of type {type} has no copy of the person's data; only access and portability requests do.",
    "bundle_exists": "{path} already exists; nothing was written.",
    "bundle_target_invalid": "{path} is not a folder that can be written to.",
    "bundle_write_failed": "The data files could not be written to {path} ({reason}); nothing was left behind.",
    # erasure (Art. 17) and kept vouchers
    "erasure_wrong_type": "Request {request} is not an erasure request.",
    "erasure_not_identified": "Request {request} is not linked to a customer yet: identify the requester first.",
    "erasure_request_closed": "Request {request} is closed; an erasure runs only on an open request.",
    "erasure_already_run": "The erasure of request {request} has already been run.",
    "erasure_letter_first": "Print or save the erasure confirmation letter of request {request} before running the erasure: afterwards the name and address it goes to are gone.",
    "customer_restricted": "The processing of this customer's data is restricted (GDPR Art. 18): the data are only stored. Correct them through the person's rectification request, or lift the restriction first.",
    "basis_unconfirmed": "The legal bases of these purposes are not confirmed yet: {purposes}. The access letter and the privacy notice are issued only after the pääkäyttäjä confirms them (Register → Processing register, or `l4d register confirm PURPOSE`).",
    "transfer_unrecorded": "The transfer mechanism of these processors outside the EEA is not recorded: {processors}. Add it in Register → Processors first.",
    "letter_register_incomplete": "The processing register lacks texts this document prints in its language ({texts}); complete them in Register → Processing register, or with `l4d register text NAME --lang LANG --text …`.",
    "letter_kind_unavailable": "This kind of letter does not answer this type of request.",
    "letter_needs_customer": "Link the request to a customer first: this letter is written from the customer's data.",
    "letter_needs_identity": "Record the identity check first: this letter goes only to an identified person.",
    "letter_identity_known": "The requester's identity is already confirmed: this letter would ask for what is no longer needed.",
    "letter_needs_objection": "Record the objection first: this letter tells how each objection of the request was handled.",
    "letter_needs_extension": "Record the extension first: this letter states its reasons and the new date.",
    "letter_request_refused": "The request was refused: its answer is the refusal letter.",
    "letter_needs_refusal": "Close the request as refused first: this letter states the refusal's reasons.",
    "letter_after_erasure": "The person has been erased: no new letter can be written for this request.",
    "letter_needs_searches": "Record which systems were searched for the requester's data first (`request search`): this letter says where we looked.",
    "letter_no_data_has_customer": "The request is linked to a customer whose data are held: the access letter answers it.",
    "letter_question_unanswered": "{n} of the requester's questions have no answer yet (`request answer`): the access answer answers every question.",
    "invoice_not_kept": "{field}: no invoice with this number is kept after an erasure.",
    "kept_invoice_has_customer": "The request is linked to a customer: kept invoices are matched only to a requester of whom nothing else is held.",
    "letter_pdf_erased": "The PDF of this letter was removed with the erasure; only its hash, date, kind and language are kept.",
    "envelope_offset_invalid": "{field}: give a number of millimetres from -{limit} to {limit}.",
    "erasure_plan_changed": "The data of request {request} changed after the erasure plan was made: show the plan again and confirm it.",
    "erasure_letter_outdated": "The person's data changed after the erasure letter of request {request} was issued, so the letter no longer describes the erasure that would run: issue a new erasure letter, then run the erasure.",
    "erasure_scrub_failed": "The erasure is saved, but the database file could not yet be cleaned of its traces: another program kept it busy ({attempts} attempts). Close the other programs using the database, then run `l4d maintenance scrub` (with the same --db); otherwise it is done at the next start.",
    # the actions of rectification, restriction, objection and withdrawal requests; Art. 19
    "request_type_mismatch": "This action does not belong to a request of type {type}.",
    "request_other_customer": "The request was made by another customer.",
    "date_before_received": "{field}: the date is before the request was received.",
    "notice_before_act": "{field}: the date is before the rectification, erasure or restriction was carried out; a recipient cannot have been told of it earlier.",
    "processor_inactive": "The processor is no longer active, so it is not on the checklist.",
    "objection_decided": "The objection has already been decided.",
    "objection_purpose_recorded": "An objection to {purpose} is already recorded under this request; each purpose is recorded once.",
    "consent_time_order": "{field}: earlier than the latest consent entry for the purpose; the withdrawal would not take effect.",
    "consent_still_given": "A consent the data rely on is still given; they are not erased on this ground.",
    "consent_purge_changed": "The person's data changed after the plan of what relied only on the withdrawn consent was shown: show the plan again and confirm it.",
    # the request workflow: intake, identity check, pause, extension, closing
    "received_mismatch": "{field}: the time of receipt falls on another day than the received date.",
    "not_a_handler": "{field}: this user has no right to handle requests.",
    "request_closed": "The request is closed and can no longer be changed.",
    "status_transition": "The request cannot move to that status from its current one.",
    "already_paused": "The request is already waiting for the requester.",
    "not_paused": "The request is not waiting for the requester.",
    "already_extended": "The deadline of this request has already been extended once.",
    "extension_too_late": "An extension must be told to the requester by the statutory deadline ({statutory}); it cannot be recorded with a later notice date.",
    "assessment_required": "{field}: a refusal as manifestly unfounded or excessive needs a written assessment.",
    "refusal_only": "{field}: only a refusal has a basis or an assessment.",
    "erasure_not_run": "An erasure request can be completed only after its erasure has been run.",
    # letters as evidence: extension, restriction and rectification records
    "reason_too_short": "{field}: give the reasons in at least one full sentence ({words} words or more).",
    "notice_channel_required": "{field}: a notice given before today needs the channel it was given by (email, letter, phone, in-person); without one, the extension letter is the notice and is dated the day it leaves.",
    "extension_not_allowed": "A request of type {type} takes effect at once; its time limit cannot be extended.",
    "extension_direct_marketing": "An objection to direct marketing takes effect at once: only the assessment of an objection to other processing can be extended. Record that objection under the request first.",
    "extension_notice_too_late": "The extension letter would be the notice of the extension, but the statutory deadline ({statutory}) has passed: an extension is valid only if told by then.",
    "already_restricted": "The person is already restricted under this request.",
    "not_restricted_here": "The person is not restricted under this request.",
    "not_working_day": "{field}: choose a working day (not a weekend or a public holiday).",
    "lift_date_too_early": "{field}: the restriction can be lifted only after the person has been told, so choose a day after today.",
    "lift_reason_ground": "{field}: this reason cannot end a restriction on ground {ground} of Art. 18(1).",
    "restriction_lift_not_announced": "Announce the lifting first: the person is told the day and the reason before the restriction is lifted (Art. 18(3)).",
    "restriction_lift_not_told": "The notice of lifting has not been sent: print or save the restriction-lifted letter first.",
    "restriction_lift_early": "The person was told that the restriction is lifted on {lift_on}; it cannot be lifted before then. To lift it earlier, announce a new day and send a new notice.",
    "text_topic_unrecorded": "There is nothing recorded for this text to explain ({topic}): record the extension, lift notice or finding first.",
    "letter_needs_restriction": "The person is not restricted under this request: set the restriction, with its ground, first.",
    "letter_needs_lift_notice": "Announce the lifting first, with the day and the reason: this letter states them.",
    "letter_needs_rectification": "Save a rectification under this request, or record that the data were already correct or that a change was not made, first.",
    "letter_text_missing": "The letter prints a text not yet written in {language_name}: {what}. Write it first: {how}",
    "processor_role_missing": "The recipients register has no role in this language ({language}) for the processor {processor}: write it there first.",
    # authentication and rights
    "login_failed": "Login failed: wrong username or password, or the account is locked.",
    "login_throttled": "Too many failed attempts. Try again in {seconds} seconds.",
    "password_change_required": "The password must be changed before continuing.",
    "permission_denied": "You do not have the right to do this ({right}).",
    "session_invalid": "Your account is no longer active. Please log in again.",
    "already_initialised": "The database already has users; init can only run on an empty one.",
    "last_admin": "At least one active user must keep the right to administer users.",
    "one_time_password_expired": "The one-time password has expired. Ask the administrator for a new one.",
    "audit_export_failed": "The audit log could not be written to {path}: {reason}.",
    # storage
    "conflict": "The record was changed by another user. Reload it and apply your changes again.",
    "db_unavailable": "The database {path} cannot be opened: {reason}.",
    "db_pragmas": "The database {path} could not be opened safely (foreign keys are off).",
    "db_newer": "The database {path} was created by a newer version of this program.",
    "migration_failed": "Upgrading the database {path} failed; it was left unchanged.",
    "backup_failed": "The backup could not be made or verified: {reason}.",
    "checkpoint_invalid": "The checkpoint file cannot be read: {reason}.",
    # retention, the erasure journal and restore
    "retention_period_invalid": "{field}: give a whole number of months from 1 to {max}.",
    "retention_auto_unconfirmed": "{field}: a rule runs by itself only once it is confirmed.",
    "journal_unreadable": "The erasure journal beside the database cannot be read ({reason}); a restore could bring back people erased since the backup, so it is refused.",
    "journal_unwritable": "The erasure journal beside the database cannot be written ({reason}); nothing was erased.",
    "restore_invalid": "The backup cannot be restored: {reason}.",
    "restore_failed": "The restore failed and the database was left as it was: {reason}.",
    "restore_target_not_empty": "The database {path} is not empty: a backup is restored on a server only into an empty database (create a new one first).",
    "restore_target_in_use": "The database {path} is in use by {count} other connection(s): close the program on the workstations first.",
    "restore_unfinished": "The restore into {path} did not finish ({reason}); no workstation can connect to it. Drop the database, create it again empty and restore anew.",
    "report_year_invalid": "{field}: give a year from {first} to the current year.",
    # the keep of a register on a server
    "keep_name_too_long": "The register's name {database} is too long for its keep database (the name with \"_keep\" must fit in PostgreSQL's 63 bytes): choose a name of at most {max} bytes.",
    "keep_missing": "The register's keep database {path} (its suppression key and erasure journal) is missing or cannot be made ({reason}): run l4d db setup on the server as its administrator first.",
    "keep_unavailable": "The register's keep database {path} (its suppression key and erasure journal) cannot be used: {reason}.",
    "keep_not_created": "The keep database {path} (the register's suppression key and erasure journal) could not be made: the administrator needs the CREATEDB right (ALTER ROLE … CREATEDB).",
    "keep_key_differs": "The keep database {path} already holds another suppression key: the copied suppression list could not be checked with it. Drop the keep database and run l4d db setup again before copying.",
    # encrypted backups
    "passphrase_too_short": "{field}: at least {min} characters.",
    "backup_passphrase_needed": "The backup is encrypted: give its passphrase.",
    "backup_passphrase_wrong": "The passphrase does not open this backup; nothing was changed.",
    "backup_keep_invalid": "{field}: give a whole number from {min} to {max}.",
    "backup_folder_is_database": "{field}: not the database's own folder or a folder inside it (one failure would take both).",
}


class L4DError(Exception):
    """Base of every error the program expects and explains."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self) -> str:
        template = MESSAGES.get(self.code, self.code)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


class ValidationError(L4DError):
    """A value the user typed is not acceptable; `field` names the input."""

    def __init__(self, field: str, code: str, **params: Any) -> None:
        self.field = field
        super().__init__(code, field=field, **params)


class NotFoundError(L4DError):
    def __init__(self, what: str) -> None:
        super().__init__("not_found", field=what)


class AuthenticationError(L4DError):
    """Login refused. Always the same code for unknown user, wrong password and locked account."""

    def __init__(self) -> None:
        super().__init__("login_failed")


class LoginThrottled(L4DError):
    def __init__(self, seconds: int) -> None:
        self.seconds = seconds
        super().__init__("login_throttled", seconds=seconds)


class PasswordChangeRequired(L4DError):
    def __init__(self) -> None:
        super().__init__("password_change_required")


class PermissionDenied(L4DError):
    def __init__(self, right: str) -> None:
        self.right = right
        super().__init__("permission_denied", right=right)


class SessionInvalid(L4DError):
    def __init__(self) -> None:
        super().__init__("session_invalid")


class OneTimePasswordExpired(L4DError):
    """The right one-time password from a reset, given after its time ran out. Said only to
    someone who typed the correct password, so it tells an attacker nothing."""

    def __init__(self) -> None:
        super().__init__("one_time_password_expired")


class BusinessRuleError(L4DError):
    """The action is well-formed but a rule of the register forbids it."""


class ConflictError(L4DError):
    """Optimistic locking: the row changed since the dialog loaded it."""

    def __init__(self) -> None:
        super().__init__("conflict")


class FileFormatError(L4DError):
    """A file offered for import cannot be read as a whole (not one row's fault)."""


class StorageError(L4DError):
    """The database file cannot be used."""

"""The error codes of the processing register, retention, backups and restore in words, in the
"Errors" context like the rest of ui/texts/errors.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

REGISTER_ERRORS: dict[str, str] = {
    "retention_period_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: give a whole number of months from 1 to {max}."
    ),
    "retention_auto_unconfirmed": QT_TRANSLATE_NOOP(
        "Errors", "{field}: a rule runs by itself only once it is confirmed."
    ),
    "journal_unreadable": QT_TRANSLATE_NOOP(
        "Errors",
        "The erasure journal beside the database cannot be read ({reason}); a restore could "
        "bring back people erased since the backup, so it is refused.",
    ),
    "journal_unwritable": QT_TRANSLATE_NOOP(
        "Errors",
        "The erasure journal beside the database cannot be written ({reason}); nothing was erased.",
    ),
    "restore_invalid": QT_TRANSLATE_NOOP("Errors", "The backup cannot be restored: {reason}."),
    "restore_failed": QT_TRANSLATE_NOOP(
        "Errors", "The restore failed and the database was left as it was: {reason}."
    ),
    "restore_target_not_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is not empty: a backup is restored on a server only into an empty "
        "database (create a new one first).",
    ),
    "restore_target_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "The database {path} is in use by {count} other connection(s): close the program on the "
        "workstations first.",
    ),
    "restore_unfinished": QT_TRANSLATE_NOOP(
        "Errors",
        "The restore into {path} did not finish ({reason}); no workstation can connect to it. "
        "Drop the database, create it again empty and restore anew.",
    ),
    "report_year_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: give a year from {first} to the current year."
    ),
    "keep_name_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The register's name {database} is too long for its keep database (the name with "
        "\"_keep\" must fit in PostgreSQL's 63 bytes): choose a name of at most {max} bytes.",
    ),
    "keep_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The register's keep database {path} (its suppression key and erasure journal) is "
        "missing or cannot be made ({reason}): run l4d db setup on the server as its "
        "administrator first.",
    ),
    "keep_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "The register's keep database {path} (its suppression key and erasure journal) cannot "
        "be used: {reason}.",
    ),
    "keep_not_created": QT_TRANSLATE_NOOP(
        "Errors",
        "The keep database {path} (the register's suppression key and erasure journal) could "
        "not be made: the administrator needs the CREATEDB right (ALTER ROLE … CREATEDB).",
    ),
    "keep_key_differs": QT_TRANSLATE_NOOP(
        "Errors",
        "The keep database {path} already holds another suppression key: the copied suppression"
        " list could not be checked with it. Drop the keep database and run l4d db setup again "
        "before copying.",
    ),
    "basis_unconfirmed": QT_TRANSLATE_NOOP(
        "Errors",
        "The legal bases of these purposes are not confirmed yet: {purposes}. The access letter "
        "and the privacy notice are issued only after the pääkäyttäjä confirms them in Register "
        "→ Processing register.",
    ),
    "transfer_unrecorded": QT_TRANSLATE_NOOP(
        "Errors",
        "The transfer mechanism of these processors outside the EEA is not recorded: "
        "{processors}. Add it in Register → Processors first.",
    ),
    "transfer_required": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: a processor outside the EEA needs its transfer mechanism (adequacy decision, "
        "Data Privacy Framework, standard clauses, binding corporate rules or a derogation).",
    ),
    "transfer_inside_eea": QT_TRANSLATE_NOOP(
        "Errors", "{field}: a processor inside the EEA has no transfer mechanism; leave it empty."
    ),
    "transfer_detail_required": QT_TRANSLATE_NOOP(
        "Errors", "{field}: name the clauses' module or the Art. 49 derogation relied on."
    ),
    "passphrase_too_short": QT_TRANSLATE_NOOP("Errors", "{field}: at least {min} characters."),
    "backup_passphrase_needed": QT_TRANSLATE_NOOP(
        "Errors", "The backup is encrypted: give its passphrase."
    ),
    "backup_passphrase_wrong": QT_TRANSLATE_NOOP(
        "Errors", "The passphrase does not open this backup; nothing was changed."
    ),
    "backup_keep_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{field}: give a whole number from {min} to {max}."
    ),
    "backup_folder_is_database": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: not the database's own folder or a folder inside it (one failure would take "
        "both).",
    ),
}

"""The audit log's codes in words: its actions, their families and the outcomes.

The log stores codes ("request.close", "denied"); the viewer shows the phrase in the user's
language and falls back to the code itself for one this list does not know yet. A denial is
logged with the name of the operation that was refused, so read-only operations have a phrase
too. Every phrase is written out at its `translate` call so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def action_phrases() -> dict[str, str]:
    """Each action code the program writes, in words in the current language."""
    return {
        # signing in and the staff's accounts
        "login": QCoreApplication.translate("AuditActions", "Log in"),
        "user.create": QCoreApplication.translate("AuditActions", "Add a user"),
        "user.update": QCoreApplication.translate("AuditActions", "Edit a user"),
        "user.view": QCoreApplication.translate("AuditActions", "View a user"),
        "user.list": QCoreApplication.translate("AuditActions", "List the users"),
        "user.rights": QCoreApplication.translate("AuditActions", "Change a user's rights"),
        "user.deactivate": QCoreApplication.translate("AuditActions", "Deactivate a user"),
        "user.reactivate": QCoreApplication.translate("AuditActions", "Reactivate a user"),
        "user.unlock": QCoreApplication.translate("AuditActions", "Unlock a user"),
        "user.password_reset": QCoreApplication.translate(
            "AuditActions", "Reset a user's password"
        ),
        "user.password_change": QCoreApplication.translate(
            "AuditActions", "Change one's own password"
        ),
        "user.rehash": QCoreApplication.translate("AuditActions", "Strengthen a stored password"),
        # customers
        "customer.create": QCoreApplication.translate("AuditActions", "Add a customer"),
        "customer.update": QCoreApplication.translate("AuditActions", "Edit a customer"),
        "customer.view": QCoreApplication.translate("AuditActions", "View a customer's data"),
        "customer.search": QCoreApplication.translate("AuditActions", "Search the customers"),
        "customer.restrict": QCoreApplication.translate(
            "AuditActions", "Restrict a customer's processing"
        ),
        "customer.unrestrict": QCoreApplication.translate(
            "AuditActions", "Lift a customer's restriction"
        ),
        "customer.export": QCoreApplication.translate("AuditActions", "Export customers"),
        "customer.marketing_list": QCoreApplication.translate(
            "AuditActions", "Export a marketing list"
        ),
        "customer.import": QCoreApplication.translate("AuditActions", "Import customers"),
        "customer.erase": QCoreApplication.translate("AuditActions", "Erase a customer"),
        # consents and objections
        "consent.purposes": QCoreApplication.translate("AuditActions", "List the consent purposes"),
        "consent.add_purpose": QCoreApplication.translate("AuditActions", "Add a consent purpose"),
        "consent.edit_purpose": QCoreApplication.translate(
            "AuditActions", "Rename a consent purpose"
        ),
        "consent.record": QCoreApplication.translate("AuditActions", "Record a consent"),
        "consent.give": QCoreApplication.translate("AuditActions", "Record a consent given"),
        "consent.withdraw": QCoreApplication.translate(
            "AuditActions", "Record a consent withdrawn"
        ),
        "consent.current": QCoreApplication.translate("AuditActions", "View a customer's consents"),
        "consent.purge_plan": QCoreApplication.translate(
            "AuditActions", "View what relied only on a withdrawn consent"
        ),
        "consent.purge": QCoreApplication.translate(
            "AuditActions", "Erase what relied only on a withdrawn consent"
        ),
        "consent.history": QCoreApplication.translate(
            "AuditActions", "View a customer's consent history"
        ),
        "objection.record": QCoreApplication.translate("AuditActions", "Record an objection"),
        "objection.decide": QCoreApplication.translate("AuditActions", "Decide on an objection"),
        "objection.list": QCoreApplication.translate("AuditActions", "View the objections"),
        # invoices
        "invoice.add": QCoreApplication.translate("AuditActions", "Add an invoice"),
        "invoice.list": QCoreApplication.translate("AuditActions", "View the invoices"),
        "invoice.set_paid": QCoreApplication.translate(
            "AuditActions", "Change an invoice's payment"
        ),
        "invoice.paid": QCoreApplication.translate("AuditActions", "Mark an invoice paid"),
        "invoice.unpaid": QCoreApplication.translate("AuditActions", "Mark an invoice unpaid"),
        "invoice.purge": QCoreApplication.translate("AuditActions", "Delete a kept voucher"),
        # web events
        "events.import": QCoreApplication.translate("AuditActions", "Import web events"),
        "events.list": QCoreApplication.translate("AuditActions", "View web events"),
        "events.erase": QCoreApplication.translate("AuditActions", "Erase web events"),
        # data subject requests
        "request.create": QCoreApplication.translate("AuditActions", "Register a request"),
        "request.view": QCoreApplication.translate("AuditActions", "View a request"),
        "request.preview": QCoreApplication.translate(
            "AuditActions", "Work out a new request's dates"
        ),
        "request.list": QCoreApplication.translate("AuditActions", "List the requests"),
        "request.export": QCoreApplication.translate("AuditActions", "Export the requests"),
        "request.suggest": QCoreApplication.translate(
            "AuditActions", "Look for the requester among the customers"
        ),
        "request.handlers": QCoreApplication.translate("AuditActions", "List the request handlers"),
        "request.timeline": QCoreApplication.translate("AuditActions", "View a request's history"),
        "request.assign": QCoreApplication.translate("AuditActions", "Assign a request"),
        "request.identify": QCoreApplication.translate("AuditActions", "Record an identity check"),
        "request.status": QCoreApplication.translate("AuditActions", "Change a request's status"),
        "request.pause": QCoreApplication.translate("AuditActions", "Wait for the requester"),
        "request.resume": QCoreApplication.translate(
            "AuditActions", "Continue a request after waiting"
        ),
        "request.extend": QCoreApplication.translate("AuditActions", "Extend a request's deadline"),
        "request.close": QCoreApplication.translate("AuditActions", "Close a request"),
        "request.rectify": QCoreApplication.translate("AuditActions", "Rectify data on a request"),
        "request.restrict": QCoreApplication.translate(
            "AuditActions", "Restrict processing on a request"
        ),
        "request.restriction_notice": QCoreApplication.translate(
            "AuditActions", "Announce the lifting of a restriction"
        ),
        "request.unrestrict": QCoreApplication.translate(
            "AuditActions", "Lift a restriction on a request"
        ),
        "request.rectification_finding": QCoreApplication.translate(
            "AuditActions", "Record a rectification's finding"
        ),
        "request.text": QCoreApplication.translate(
            "AuditActions", "Write a letter's text in a language"
        ),
        "request.objection": QCoreApplication.translate(
            "AuditActions", "Act on an objection request"
        ),
        "request.withdraw": QCoreApplication.translate(
            "AuditActions", "Act on a consent withdrawal request"
        ),
        "request.erase": QCoreApplication.translate("AuditActions", "Erase on an erasure request"),
        "request.erase_events": QCoreApplication.translate(
            "AuditActions", "Erase web events on a request"
        ),
        "request.consent_purge": QCoreApplication.translate(
            "AuditActions", "Erase what relied only on a withdrawn consent, on a request"
        ),
        "request.checklist": QCoreApplication.translate(
            "AuditActions", "View the processors to notify"
        ),
        "request.recipient_notified": QCoreApplication.translate(
            "AuditActions", "Record a processor as notified"
        ),
        "request.recipient_disproportionate": QCoreApplication.translate(
            "AuditActions", "Record notifying a processor as disproportionate"
        ),
        "request.answer_records": QCoreApplication.translate(
            "AuditActions", "View what an access answer records"
        ),
        "request.search": QCoreApplication.translate(
            "AuditActions", "Record a system searched for a person's data"
        ),
        "request.search_removed": QCoreApplication.translate(
            "AuditActions", "Remove a recorded search"
        ),
        "request.question": QCoreApplication.translate(
            "AuditActions", "Record a requester's question"
        ),
        "request.question_answered": QCoreApplication.translate(
            "AuditActions", "Answer a requester's question"
        ),
        "request.delivery": QCoreApplication.translate(
            "AuditActions", "Record how the electronic copy is delivered"
        ),
        "request.kept_invoice_candidates": QCoreApplication.translate(
            "AuditActions", "Look for kept invoices in a requester's name"
        ),
        "request.kept_invoice": QCoreApplication.translate(
            "AuditActions", "Match a kept invoice to a requester"
        ),
        "subject_data.assemble": QCoreApplication.translate(
            "AuditActions", "Gather a person's data for a request"
        ),
        "subject_data.export": QCoreApplication.translate(
            "AuditActions", "Export a person's data for a request"
        ),
        # erasure and kept vouchers
        "erasure.plan": QCoreApplication.translate("AuditActions", "Plan an erasure"),
        "erasure.run": QCoreApplication.translate("AuditActions", "Carry out an erasure"),
        "erasure.scrub": QCoreApplication.translate(
            "AuditActions", "Clean the database file after an erasure"
        ),
        "erasure.purge_queue": QCoreApplication.translate("AuditActions", "View the kept vouchers"),
        "erasure.purge": QCoreApplication.translate(
            "AuditActions", "Delete the kept vouchers that are due"
        ),
        # processors
        "processor.create": QCoreApplication.translate("AuditActions", "Add a processor"),
        "processor.update": QCoreApplication.translate("AuditActions", "Edit a processor"),
        "processor.view": QCoreApplication.translate("AuditActions", "View a processor"),
        "processor.list": QCoreApplication.translate("AuditActions", "List the processors"),
        "processor.deactivate": QCoreApplication.translate(
            "AuditActions", "Deactivate a processor"
        ),
        "processor.reactivate": QCoreApplication.translate(
            "AuditActions", "Reactivate a processor"
        ),
        # letters, the processing register and the privacy notice
        "letter.choices": QCoreApplication.translate(
            "AuditActions", "List the letters a request can have"
        ),
        "letter.language": QCoreApplication.translate(
            "AuditActions", "Look up a customer's letter language"
        ),
        "letter.render": QCoreApplication.translate("AuditActions", "Preview a letter"),
        "letter.issue": QCoreApplication.translate("AuditActions", "Issue a letter"),
        "letter.bundle": QCoreApplication.translate(
            "AuditActions", "Issue a letter with the person's data files"
        ),
        "letter.archive": QCoreApplication.translate("AuditActions", "View a request's letters"),
        "letter.reopen": QCoreApplication.translate("AuditActions", "Open an issued letter"),
        "letter.calibration": QCoreApplication.translate(
            "AuditActions", "Print the envelope calibration page"
        ),
        "register.view": QCoreApplication.translate("AuditActions", "View the processing register"),
        "register.notice": QCoreApplication.translate("AuditActions", "Make the privacy notice"),
        "register.purpose.update": QCoreApplication.translate(
            "AuditActions", "Edit a purpose of processing"
        ),
        "register.purpose.confirm": QCoreApplication.translate(
            "AuditActions", "Confirm the legal bases of a purpose"
        ),
        "register.text.update": QCoreApplication.translate(
            "AuditActions", "Edit the processing register's texts"
        ),
        "settings.letters": QCoreApplication.translate("AuditActions", "View the letter settings"),
        "settings.support": QCoreApplication.translate(
            "AuditActions", "View the support contact"
        ),
        "customer.remove": QCoreApplication.translate(
            "AuditActions", "Remove a customer entered by mistake"
        ),
        "customer.merge": QCoreApplication.translate(
            "AuditActions", "Merge two records of one customer"
        ),
        "settings.office": QCoreApplication.translate("AuditActions", "View the office settings"),
        "settings.office.update": QCoreApplication.translate(
            "AuditActions", "Change the office settings"
        ),
        "settings.letters.update": QCoreApplication.translate(
            "AuditActions", "Change the letter settings"
        ),
        # the audit log and the database
        "audit.browse": QCoreApplication.translate("AuditActions", "Browse the audit log"),
        "audit.export": QCoreApplication.translate("AuditActions", "Export the audit log"),
        "audit.verify": QCoreApplication.translate("AuditActions", "Verify the audit log"),
        "audit.checkpoint": QCoreApplication.translate(
            "AuditActions", "Write an audit log checkpoint"
        ),
        "db.backup": QCoreApplication.translate("AuditActions", "Back up the database"),
        "settings.backup_key": QCoreApplication.translate(
            "AuditActions", "Turn the encryption of backups on or off"
        ),
        "settings.backup": QCoreApplication.translate(
            "AuditActions", "Change the backup folder or how many backups are kept"
        ),
        "demo.fill": QCoreApplication.translate("AuditActions", "Fill in demo data"),
        # retention, restore and the yearly report
        "db.backups": QCoreApplication.translate(
            "AuditActions", "Look at the backups and their settings"
        ),
        "db.restore": QCoreApplication.translate("AuditActions", "Restore a backup"),
        "db.restore_check": QCoreApplication.translate(
            "AuditActions", "Check a backup before restoring it"
        ),
        "report.annual": QCoreApplication.translate(
            "AuditActions", "Make the yearly accountability report"
        ),
        "report.figures": QCoreApplication.translate(
            "AuditActions", "Look at the request statistics"
        ),
        "retention.due": QCoreApplication.translate(
            "AuditActions", "Look at what has fallen due under the retention rules"
        ),
        "retention.purge": QCoreApplication.translate(
            "AuditActions", "Purge under a retention rule"
        ),
        "retention.rule": QCoreApplication.translate("AuditActions", "Change a retention rule"),
        "retention.rules": QCoreApplication.translate(
            "AuditActions", "Look at the retention rules"
        ),
        "retention.run": QCoreApplication.translate("AuditActions", "Run the retention rules"),
    }


def family_phrases() -> dict[str, str]:
    """Each family of codes ("customer." for every "customer.…"), for the action filter."""
    return {
        "audit.": QCoreApplication.translate("AuditActions", "All audit log actions"),
        "consent.": QCoreApplication.translate("AuditActions", "All consent actions"),
        "customer.": QCoreApplication.translate("AuditActions", "All customer actions"),
        "db.": QCoreApplication.translate("AuditActions", "All database actions"),
        "demo.": QCoreApplication.translate("AuditActions", "All demo data actions"),
        "erasure.": QCoreApplication.translate("AuditActions", "All erasure actions"),
        "events.": QCoreApplication.translate("AuditActions", "All web event actions"),
        "invoice.": QCoreApplication.translate("AuditActions", "All invoice actions"),
        "letter.": QCoreApplication.translate("AuditActions", "All letter actions"),
        "objection.": QCoreApplication.translate("AuditActions", "All objection actions"),
        "processor.": QCoreApplication.translate("AuditActions", "All processor actions"),
        "register.": QCoreApplication.translate("AuditActions", "All processing register actions"),
        "request.": QCoreApplication.translate("AuditActions", "All request actions"),
        "settings.": QCoreApplication.translate("AuditActions", "All settings actions"),
        "subject_data.": QCoreApplication.translate(
            "AuditActions", "All actions on a person's data"
        ),
        "user.": QCoreApplication.translate("AuditActions", "All user actions"),
    }


def outcome_phrases() -> dict[str, str]:
    """Each outcome an entry records."""
    return {
        "ok": QCoreApplication.translate("AuditOutcomes", "done"),
        "denied": QCoreApplication.translate("AuditOutcomes", "denied"),
        "failed": QCoreApplication.translate("AuditOutcomes", "failed"),
        "throttled": QCoreApplication.translate("AuditOutcomes", "too many attempts"),
        "expired": QCoreApplication.translate("AuditOutcomes", "expired"),
        "interrupted": QCoreApplication.translate("AuditOutcomes", "interrupted"),
        "busy": QCoreApplication.translate("AuditOutcomes", "file busy"),
        "cancelled": QCoreApplication.translate("AuditOutcomes", "cancelled"),
        "broken": QCoreApplication.translate("AuditOutcomes", "chain broken"),
        "inactive": QCoreApplication.translate("AuditOutcomes", "account not in use"),
        "locked": QCoreApplication.translate("AuditOutcomes", "account locked"),
        "locked_now": QCoreApplication.translate("AuditOutcomes", "failed, account locked"),
    }


def object_phrases() -> dict[str, str]:
    """Each kind of record an entry names."""
    return {
        "customer": QCoreApplication.translate("AuditObjects", "customer"),
        "request": QCoreApplication.translate("AuditObjects", "request"),
        "invoice": QCoreApplication.translate("AuditObjects", "invoice"),
        "user": QCoreApplication.translate("AuditObjects", "user"),
        "import": QCoreApplication.translate("AuditObjects", "import"),
        "processor": QCoreApplication.translate("AuditObjects", "processor"),
        "consent_purpose": QCoreApplication.translate("AuditObjects", "consent purpose"),
        "processing_purpose": QCoreApplication.translate("AuditObjects", "purpose of processing"),
        "register_text": QCoreApplication.translate("AuditObjects", "register text"),
    }


class AuditWords:
    """The phrases in one language, looked up once: make a new one after a language change."""

    def __init__(self) -> None:
        self.actions = action_phrases()
        self.families = family_phrases()
        self.outcomes = outcome_phrases()
        self.objects = object_phrases()

    def action(self, code: str) -> str:
        """The action in words, or the code itself for one not known here."""
        return self.actions.get(code, code)

    def choice(self, choice: str) -> str:
        """An entry of the action filter: a family ("customer.") or a code."""
        if choice.endswith("."):
            return self.families.get(choice, choice + "*")
        return self.action(choice)

    def outcome(self, code: str) -> str:
        return self.outcomes.get(code, code)

    def object(self, object_type: str, object_id: int | None) -> str:
        if not object_type:
            return ""
        name = self.objects.get(object_type, object_type)
        return f"{name} {object_id}" if object_id is not None else name

"""English: what the erasure, objection and withdrawal letters say from their records, and the
Art. 19 paragraph from the recipients checklist."""

ENTRIES: dict[str, str] = {
    # -- The erasure letter (Art. 17): the day it promises, what is left, the backups
    "erasure.intro_by": (
        "On {day} you asked us to erase your personal data (Article 17 GDPR). We will erase your "
        "data from our customer register by {erase_by} at the latest."
    ),
    "erasure.erase_by": "To be erased by",
    "erasure.afterwards_all": (
        "Once your data have been erased, we can no longer connect you with them. If you deal with "
        "us again later, your details will be recorded as those of a new customer."
    ),
    "erasure.afterwards_invoices": (
        "Once your data have been erased, we can no longer connect you with them, except for the "
        "invoices listed above: they keep your name and billing address until the invoices are "
        "deleted. If you deal with us again later, your details will be recorded as those of a "
        "new customer and will not be linked to the kept invoices."
    ),
    "erasure.afterwards_suppression": (
        "The hash on our marketing suppression list, explained above, stays: if you give us the "
        "same email address or telephone number later, it lets us recognise them and leave you "
        "out of marketing."
    ),
    "erasure.backups": (
        "Erased data may remain in our backups for at most {days} more, until the backups are "
        "replaced by new ones. By {date} at the latest your data will be gone from the backups "
        "too."
    ),
    "count.day.one": "{n} day",
    "count.day.other": "{n} days",
    # -- Art. 19: the recipients as the checklist records them
    "recipients19.none": (
        "Your data have not been disclosed to any recipient who would need to be told of {act} "
        "(Article 19 GDPR)."
    ),
    "recipients19.told": "We informed the following recipients of {act} (Article 19 GDPR):",
    "recipients19.told_line": "{name}: informed on {date}",
    "recipients19.not_told": (
        "We did not inform the following recipients of {act}, because doing so proved impossible "
        "or would have involved disproportionate effort:"
    ),
    "recipients19.not_told_line": "{name}: {reason}",
    "recipients19.pending": "We will still inform the following recipients of {act}:",
    # -- The withdrawal letter (Art. 7(3), 17(1)(b)): what relied only on the consent
    "withdrawal.erased.heading": "Data that relied only on your consent",
    "withdrawal.erased": (
        "We erased the following data, which relied only on the consent you withdrew "
        "(Article 17(1)(b) GDPR):"
    ),
    "withdrawal.erased_line": "{what}, erased on {date}",
    "withdrawal.to_erase": (
        "We will also erase the following data, which relied only on the consent you withdrew, by "
        "{due} at the latest (Article 17(1)(b) GDPR):"
    ),
    "withdrawal.nothing_only": (
        "We held no data whose only basis was the consent you withdrew, so the withdrawal left "
        "nothing to erase."
    ),
    "withdrawal.full_erasure": (
        "You can also ask us to erase all your personal data (Article 17 GDPR). We will then "
        "erase everything we have no other ground to keep; invoices, for example, must be kept "
        "under the Accounting Act. You can make the request by replying to this letter or by "
        "contacting us."
    ),
}

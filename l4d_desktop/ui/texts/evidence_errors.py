"""The error codes of the records behind the evidence letters (extension, restriction,
rectification) in words, in the "Errors" context like the rest of ui/texts/errors.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

EVIDENCE_ERRORS: dict[str, str] = {
    "reason_too_short": QT_TRANSLATE_NOOP(
        "Errors", "{field}: give the reasons in at least one full sentence ({words} words or more)."
    ),
    "notice_channel_required": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: a notice given before today needs the channel it was given by (email, "
        "letter, phone, in-person); without one, the extension letter is the notice and "
        "is dated the day it leaves.",
    ),
    "extension_not_allowed": QT_TRANSLATE_NOOP(
        "Errors",
        "A request of type {type} takes effect at once; its time limit cannot be extended.",
    ),
    "extension_direct_marketing": QT_TRANSLATE_NOOP(
        "Errors",
        "An objection to direct marketing takes effect at once: only the assessment of an"
        " objection to other processing can be extended. Record that objection under the "
        "request first.",
    ),
    "extension_notice_too_late": QT_TRANSLATE_NOOP(
        "Errors",
        "The extension letter would be the notice of the extension, but the statutory "
        "deadline ({statutory}) has passed: an extension is valid only if told by then.",
    ),
    "already_restricted": QT_TRANSLATE_NOOP(
        "Errors", "The person is already restricted under this request."
    ),
    "not_restricted_here": QT_TRANSLATE_NOOP(
        "Errors", "The person is not restricted under this request."
    ),
    "not_working_day": QT_TRANSLATE_NOOP(
        "Errors", "{field}: choose a working day (not a weekend or a public holiday)."
    ),
    "lift_date_too_early": QT_TRANSLATE_NOOP(
        "Errors",
        "{field}: the restriction can be lifted only after the person has been told, so "
        "choose a day after today.",
    ),
    "lift_reason_ground": QT_TRANSLATE_NOOP(
        "Errors", "{field}: this reason cannot end a restriction on ground {ground} of Art. 18(1)."
    ),
    "restriction_lift_not_announced": QT_TRANSLATE_NOOP(
        "Errors",
        "Announce the lifting first: the person is told the day and the reason before the"
        " restriction is lifted (Art. 18(3)).",
    ),
    "restriction_lift_not_told": QT_TRANSLATE_NOOP(
        "Errors",
        "The notice of lifting has not been sent: print or save the restriction-lifted "
        "letter first.",
    ),
    "restriction_lift_early": QT_TRANSLATE_NOOP(
        "Errors",
        "The person was told that the restriction is lifted on {lift_on}; it cannot be "
        "lifted before then. To lift it earlier, announce a new day and send a new "
        "notice.",
    ),
    "text_topic_unrecorded": QT_TRANSLATE_NOOP(
        "Errors",
        "There is nothing recorded for this text to explain ({topic}): record the "
        "extension, lift notice or finding first.",
    ),
    "letter_needs_restriction": QT_TRANSLATE_NOOP(
        "Errors",
        "The person is not restricted under this request: set the restriction, with its "
        "ground, first.",
    ),
    "letter_needs_lift_notice": QT_TRANSLATE_NOOP(
        "Errors",
        "Announce the lifting first, with the day and the reason: this letter states them.",
    ),
    "letter_needs_rectification": QT_TRANSLATE_NOOP(
        "Errors",
        "Save a rectification under this request, or record that the data were already "
        "correct or that a change was not made, first.",
    ),
    "letter_text_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The letter prints a text not yet written in {language}: {topic}. Write it first.",
    ),
    "processor_role_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The recipients register has no role in this language ({language}) for the processor "
        "{processor}: write it there first.",
    ),
}

"""A letter text's topic in words in the interface language, so that a refusal for a missing
text says what to write ("what search 3 found") rather than its code ("search.3")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from l4d_desktop.core.requests.text_topics import split_topic

TOPICS: dict[str, str] = {
    "extension": QT_TRANSLATE_NOOP("LetterTopics", "the reasons for the extension"),
    "restriction_lift": QT_TRANSLATE_NOOP("LetterTopics", "the reason for lifting the restriction"),
    "already_correct": QT_TRANSLATE_NOOP(
        "LetterTopics", "what was checked when the data were already correct"
    ),
    "change_declined": QT_TRANSLATE_NOOP("LetterTopics", "the change not made and why"),
    "refusal": QT_TRANSLATE_NOOP("LetterTopics", "the reasons for the refusal"),
    "refusal_assessment": QT_TRANSLATE_NOOP(
        "LetterTopics", "the assessment of the refused request"
    ),
    "objection_decision.analytics": QT_TRANSLATE_NOOP(
        "LetterTopics", "the compelling grounds for going on with analytics"
    ),
    "objection_decision.service_development": QT_TRANSLATE_NOOP(
        "LetterTopics", "the compelling grounds for going on with service development"
    ),
    "objection_decision.customer_relationship": QT_TRANSLATE_NOOP(
        "LetterTopics", "the compelling grounds for going on with the customer relationship"
    ),
    "objection_decision.other": QT_TRANSLATE_NOOP(
        "LetterTopics", "the compelling grounds for going on with the other processing"
    ),
    "delivery": QT_TRANSLATE_NOOP("LetterTopics", "the detail of how the copy is delivered"),
    "search.": QT_TRANSLATE_NOOP("LetterTopics", "what search {n} found"),
    "answer.": QT_TRANSLATE_NOOP("LetterTopics", "the answer to question {n}"),
    "pause.": QT_TRANSLATE_NOOP(
        "LetterTopics", "the reason request {request} waited for the requester (pause {n})"
    ),
    "recipient.": QT_TRANSLATE_NOOP(
        "LetterTopics", "the reason {label} was not told (GDPR Art. 19)"
    ),
}


def topic_text(topic: str, request_id: object = "", label: object = "") -> str:
    """The topic in words; a numbered one names its search, question, pause (and request) or
    recipient (`label`, its name)."""
    prefix, number = split_topic(topic)
    if prefix not in TOPICS:
        return topic
    words = QCoreApplication.translate("LetterTopics", TOPICS[prefix])
    if number is None:
        return words
    return words.format(n=number, request=request_id, label=label or number)


__all__ = ["TOPICS", "topic_text"]

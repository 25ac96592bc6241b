"""A letter text's topic in words, and the command that writes it, so that a refusal for a
missing text names what to write rather than a code such as "search.3"."""

from __future__ import annotations

from l4d_desktop.core.errors import BusinessRuleError

_LANGUAGE_NAMES = {"fi": "Finnish", "en": "English", "sv": "Swedish"}

_WORDS = {
    "extension": "the reasons for the extension",
    "restriction_lift": "the reason for lifting the restriction",
    "already_correct": "what was checked when the data were already correct",
    "change_declined": "the change not made and why",
    "refusal": "the reasons for the refusal",
    "refusal_assessment": "the assessment of the refused request",
    "objection_decision.analytics": "the compelling grounds for going on with analytics",
    "objection_decision.service_development": (
        "the compelling grounds for going on with service development"
    ),
    "objection_decision.customer_relationship": (
        "the compelling grounds for going on with the customer relationship"
    ),
    "objection_decision.other": "the compelling grounds for going on with the other processing",
    "delivery": "the detail of how the copy is delivered",
}

# Numbered topics: prefix → (words, the command that writes them in a language).
_NUMBERED = {
    "search.": ("what search {n} found", "request search {request} --search-id {n} --result TEXT"),
    "answer.": (
        "the answer to question {n}",
        "request answer {request} --question-id {n} --answer TEXT",
    ),
    "pause.": (
        "the reason request {request} waited for the requester (pause {n})",
        "request pause {request} --pause-id {n} --reason TEXT",
    ),
    "recipient.": (
        "the reason {label} was not told (GDPR Art. 19)",
        "request notify {request} --processor {n} --not-told TEXT",
    ),
}


def split_topic(topic: str) -> tuple[str, int | None]:
    """A numbered topic's prefix and number ("search.3" → ("search.", 3)); else (topic, None)."""
    head, _, tail = topic.rpartition(".")
    if f"{head}." in _NUMBERED and tail.isdigit():
        return f"{head}.", int(tail)
    return topic, None


def topic_words(topic: str, request_id: int, label: str = "") -> str:
    """The topic in words; `label` names what a numbered topic is about (a recipient)."""
    prefix, number = split_topic(topic)
    if number is not None:
        return _NUMBERED[prefix][0].format(n=number, request=request_id, label=label or number)
    return _WORDS.get(topic, topic)


def topic_command(topic: str, request_id: int, language: str) -> str:
    prefix, number = split_topic(topic)
    if number is not None:
        command = _NUMBERED[prefix][1].format(n=number, request=request_id)
    elif topic == "delivery":
        command = f"request delivery {request_id} --channel CHANNEL --detail TEXT"
    else:
        command = f"request text {request_id} --topic {topic} --text TEXT"
    return f"{command} --lang {language}"


def text_missing(topic: str, language: str, request_id: int, label: str = "") -> BusinessRuleError:
    """The refusal of a letter that prints `topic`'s text, not written in `language` yet;
    `label` names a recipient (a company, never a person's data)."""
    return BusinessRuleError(
        "letter_text_missing",
        topic=topic,
        language=language,
        request=request_id,
        label=label,
        what=topic_words(topic, request_id, label),
        language_name=_LANGUAGE_NAMES.get(language, language),
        how=topic_command(topic, request_id, language),
    )


__all__ = ["split_topic", "text_missing", "topic_command", "topic_words"]

"""Letter catalogue, en: the English receipt, identification request, extension notice and
refusal."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The receipt
    "receipt.subject": "We have received your data protection request",
    "receipt.thanks": "Thank you for contacting us. {got}",
    "receipt.got_by": "We received your request {how} on {day}.",
    "receipt.answer_by": "We will answer by",
    "receipt.when_promised": (
        "Our privacy notice promises that we deliver your data without delay and within {days} "
        "days at the most. We will therefore answer by {due} at the latest."
    ),
    "receipt.when_withdrawal": (
        "A withdrawal of consent takes effect without delay. We will confirm it to you in writing "
        "by {due} at the latest."
    ),
    "receipt.when": (
        "We will answer without undue delay and by {due} at the latest, within the one month that "
        "the General Data Protection Regulation allows."
    ),
    "receipt.next": "What happens next",
    "receipt.step_identity": (
        "First we make sure that the request comes from you. The details we already hold are "
        "usually enough; if we need anything more, we will ask you separately. We will not ask for "
        "a copy of your identity document."
    ),
    "receipt.step_answer": "We will answer you in writing.",
    "receipt.step_delay": (
        "If, exceptionally, your request needs more time, we will tell you so, with our reasons, "
        "before the time limit ends."
    ),
    "receipt.free": "There is no charge for handling your request.",
    # -- What handling a request of each type involves, as the receipt tells it
    "receipt_step.access": (
        "We gather all the personal data our customer register holds about you and explain for "
        "what purposes and on what grounds we process them."
    ),
    "receipt_step.portability": (
        "We put the data you have given us into a commonly used, machine-readable format that you "
        "can take to another service."
    ),
    "receipt_step.rectification": "We check the data concerned and correct or complete them.",
    "receipt_step.erasure": (
        "We establish which of your data can be erased and what the law requires us to keep."
    ),
    "receipt_step.restriction": "We restrict the processing so that your data are only stored.",
    "receipt_step.objection": (
        "If you object to direct marketing, we stop it at once. For other processing we assess "
        "your objection and tell you our decision and its reasons."
    ),
    "receipt_step.withdrawal": "We stop the processing that relied on your consent without delay.",
    "receipt_step.other": "We look into the matter and reply to you.",
    # -- The request for what confirms the requester's identity
    "identification.subject": "Confirming your identity",
    "identification.intro": (
        "We received your request on {day}. So that we do not disclose or change your data at "
        "anyone else's request, we need to confirm that the request comes from you. The details "
        "that came with your request were not enough for this."
    ),
    "identification.need": "What we need from you",
    "identification.one_of": "Any one of the following is enough:",
    "identification.by_email": (
        "Send us a message at {email} from the email address you have given us before, quoting the "
        "reference {reference}."
    ),
    "identification.by_number": (
        "Tell us your customer number and the postal address you have given us."
    ),
    "identification.by_invoice": (
        "Tell us the number and date of an invoice you have recently received from us."
    ),
    "identification.no_copy": (
        "We do not need a copy of your identity document. If none of these is possible, please "
        "contact us and we will agree on another way. For example, you can show your identity "
        "document when visiting our office; we will not copy it or record its details."
    ),
    "identification.next": "What happens next",
    "identification.time_limit": (
        "We will continue with your request as soon as we have your reply. Asking for this does "
        "not change our time limit: we will answer your request by {due} at the latest. If by then "
        "we have not been able to confirm your identity, we will tell you that we cannot act on "
        "your request, and why."
    ),
    "identification.use": "We will use what you tell us only to confirm your identity.",
    # -- The extension notice (Art. 12(3))
    "extension.subject": "Extension of the time to answer your request",
    "extension.intro": (
        "We received your request on {day}. Unfortunately we cannot answer it within the original "
        "time limit, which ends on {original}. We are therefore extending the time limit under "
        "Article 12(3) of the General Data Protection Regulation and will answer you by {extended} "
        "at the latest."
    ),
    "extension.original": "Original time limit",
    "extension.new": "New time limit",
    "extension.notice_on": "Date of this notice",
    "extension.why": "Why we need more time",
    "extension.allowed": (
        "The Regulation allows the time limit to be extended by up to two further months where "
        "necessary, taking into account the complexity and number of requests. We must tell you of "
        "an extension, with our reasons, within one month of receiving your request; this notice "
        "is given on {notice}."
    ),
    "extension.promise_broken": (
        "We regret that we cannot keep to the {days} days promised in our privacy notice."
    ),
    "extension.soon": (
        "We will answer as soon as your request has been dealt with, before the new date if we can."
    ),
    # -- The refusal letter (Art. 12(4), 12(5))
    "refusal.subject": "Our answer to your data protection request",
    "refusal.intro": (
        "We received your request on {day}. We have considered it, and we cannot act on it. The "
        "reasons and your remedies are set out below."
    ),
    "refusal.decision": "Our answer",
    "refusal.refused": "Request refused",
    "refusal.grounds": "Grounds",
    "refusal.reasons": "Our reasons",
    "refusal.assessment": "Our assessment of the request",
    "refusal.burden": (
        "Under the Regulation it is for us to demonstrate that a request is manifestly unfounded "
        "or excessive; we have therefore recorded our assessment in writing."
    ),
    "refusal.ask_again": (
        "You may make the request again at any time. To confirm your identity it is usually enough "
        "to send it from the email address you have given us, or to tell us your customer number "
        "or the number of a recent invoice. We do not need a copy of your identity document."
    ),
}

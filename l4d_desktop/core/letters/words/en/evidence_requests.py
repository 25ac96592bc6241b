"""Letter catalogue, en: what the extension, restriction, lift-notice and rectification letters
say of the records behind them: grounds, notices given earlier, new values, findings."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The extension notice: grounds, an earlier notice, a promise already passed
    "extension.told_on": "Extension notified on",
    "extension.grounds": "We are extending the time limit because it is necessary given:",
    "extension_ground.complexity": "the complexity of your request",
    "extension_ground.number_of_requests": "the number of requests we have received",
    "extension.assessment_only": (
        "The extension concerns only the assessment of your objection. An objection to direct "
        "marketing takes effect at once, and its handling is not extended."
    ),
    "extension.confirms": (
        "We told you of the extension, with our reasons, on {notice} {how}. This letter confirms "
        "that notice."
    ),
    "extension.promise_passed": (
        "The {days} days promised in our privacy notice ended on {promised}, and we did not "
        "answer within them. We apologise for this."
    ),
    # -- The restriction letter: the Art. 18(1) ground and what ends it
    "restriction.ground_label": "Ground for the restriction",
    "restriction.point": "Article 18(1)({point})",
    "restriction.ground": (
        "The restriction is based on Article 18(1)({point}) of the General Data Protection "
        "Regulation: {ground}."
    ),
    "restriction_ground.a": (
        "you contest the accuracy of your data, and processing is restricted for the time we "
        "need to verify their accuracy"
    ),
    "restriction_ground.b": (
        "the processing is unlawful, and you oppose the erasure of your data and ask for the "
        "restriction of their use instead"
    ),
    "restriction_ground.c": (
        "we no longer need your data for the purposes of the processing, but you need them for "
        "the establishment, exercise or defence of legal claims"
    ),
    "restriction_ground.d": (
        "you have objected to processing under Article 21(1), pending the verification whether "
        "the legitimate grounds of the controller override yours"
    ),
    "restriction_ends.a": (
        "The restriction ends when we have verified the accuracy of your data and, where needed, "
        "rectified them."
    ),
    "restriction_ends.b": (
        "The restriction stays in force for as long as you ask for it. You may ask us to erase "
        "your data instead at any time."
    ),
    "restriction_ends.c": (
        "The restriction stays in force for as long as you need the data for your legal claim. "
        "Please tell us when you no longer need them."
    ),
    "restriction_ends.d": (
        "The restriction stays in force until we have decided on your objection and told you "
        "the outcome with our reasons."
    ),
    "restriction.told_first": (
        "We will write to you before the restriction is lifted, stating the day it will be "
        "lifted and the reason."
    ),
    # -- The lift notice: the reason chosen by the handler
    "lift_reason.accuracy_verified": (
        "We have verified the accuracy of your data, and they are accurate."
    ),
    "lift_reason.data_rectified": (
        "We have checked and rectified your data, so the ground for the restriction no longer "
        "applies."
    ),
    "lift_reason.objection_decided": (
        "We have decided on your objection, so the restriction for the time of its assessment ends."
    ),
    "lift_reason.legal_claims_ended": (
        "You no longer need the data for your legal claim, so the ground for the restriction no "
        "longer applies."
    ),
    "lift_reason.person_asked": "You have asked us to lift the restriction.",
    # -- The rectification letter: new values, findings, the true exceptions
    "rectification.subject_answer": "Our answer to your request for rectification",
    "rectification.done_partly": (
        "On {day} you asked us to rectify your personal data. We have corrected part of your "
        "data as you asked (Article 16 GDPR). We did not change everything you asked for; the "
        "reasons are set out below."
    ),
    "rectification.new_value": "New value",
    "rectification.emptied": "(removed)",
    "rectification.nothing_changed": (
        "On {day} you asked us to rectify your personal data. We have dealt with your request "
        "and did not change your data. The reasons are set out below."
    ),
    "rectification.old_values_except": (
        "We do not keep the values that were replaced. We record only which data changed and "
        "when. The exceptions are {exceptions}."
    ),
    "rectification.kept_letters": (
        "the letters we have already sent you, whose copies show your data as they were in "
        "those letters"
    ),
    "rectification.kept_invoices": (
        "invoices, which keep the buyer's name and billing address as they were on the invoice "
        "date, as the Accounting Act requires"
    ),
    "rectification.checked": "Data that were already correct",
    "rectification.checked_intro": (
        "We checked the data your request concerned, and they were already correct. This is "
        "what we checked:"
    ),
    "rectification.declined": "A change we did not make",
    "decline_ground.accuracy_not_shown": (
        "The data in our register are correct according to our check, so we did not change them."
    ),
    "decline_ground.legal_obligation": (
        "The data are part of a record that the law requires us to keep unchanged."
    ),
    "decline_ground.not_personal_data": (
        "The change asked for concerns an assessment or opinion, not data about you, and the "
        "right to rectification does not cover it."
    ),
    "rectification.partial": (
        "As we did not act on your request in full, your remedies are set out below. You may "
        "also send us further information, on which we will assess the matter again."
    ),
}

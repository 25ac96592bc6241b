"""Letter catalogue, en: the English letters that tell an outcome: rectification, restriction and
its lifting, objection, withdrawal and erasure."""

from __future__ import annotations

ENTRIES: dict[str, str] = {
    # -- The rectification letter (Art. 16)
    "rectification.subject": "Your data have been rectified",
    "rectification.done": (
        "On {day} you asked us to rectify your personal data. We have corrected your data as you "
        "asked (Article 16 GDPR)."
    ),
    "rectification.nothing": (
        "On {day} you asked us to rectify your personal data. We have checked your data: what our "
        "customer register held already matched your request, so nothing needed to be changed."
    ),
    "rectification.changed": "What we changed",
    "rectification.field": "Data",
    "rectification.changed_at": "Changed on",
    "rectification.no_changes": "No changes were made to your data.",
    "rectification.old_values": (
        "We do not keep the values that were replaced. We record only which data changed and when."
    ),
    "rectification.more": "If you notice any other errors in your data, please let us know.",
    # -- The restriction letter (Art. 18)
    "restriction.subject": "The processing of your personal data has been restricted",
    "restriction.intro": (
        "On {day} you asked us to restrict the processing of your personal data. We have "
        "restricted it with effect from {since} (Article 18 GDPR)."
    ),
    "restriction.since": "Restricted from",
    "restriction.means": "What the restriction means",
    "restriction.means.stored": "Your data are only stored.",
    "restriction.means.no_use": (
        "We do not use them for marketing, for targeting advertising, or for analysis or "
        "statistics."
    ),
    "restriction.means.no_change": (
        "We do not export, disclose or change them, except as far as is needed to deal with this "
        "matter."
    ),
    "restriction.otherwise": (
        "Otherwise, while the restriction lasts, your data may be processed only with your "
        "consent, for the establishment, exercise or defence of legal claims, for the protection "
        "of the rights of another person, or for reasons of important public interest (Article "
        "18(2))."
    ),
    "restriction.own_access": (
        "The restriction does not limit your own right to your data: you can still ask for access "
        "to them, or for a copy to take to another service."
    ),
    "restriction.ends": "When the restriction ends",
    "restriction.until": (
        "The restriction stays in force until the reason for it no longer applies. We will tell "
        "you before we lift it."
    ),
    # -- The notice that a restriction will be lifted (Art. 18(3))
    "lifted.subject": "Notice: the restriction of processing will be lifted",
    "lifted.intro": (
        "At your request we have restricted the processing of your personal data since {since}. As "
        "Article 18(3) of the General Data Protection Regulation requires, we are telling you in "
        "advance that we will lift the restriction on {lift}."
    ),
    "lifted.on": "Restriction lifted on",
    "lifted.why": "Why the restriction is lifted",
    "lifted.ground_ended": (
        "The reason for the restriction no longer applies: the matter it was put in place for has "
        "been resolved."
    ),
    "lifted.then": "What happens then",
    "lifted.after": (
        "Once the restriction is lifted, we will again process your data for the purposes "
        "described in our privacy notice. The consents you have given or withdrawn and any "
        "objections you have made stay as they are."
    ),
    "lifted.disagree": (
        "If you do not accept that the restriction is lifted, please contact us before {lift}. You "
        "also have the right to object to the processing of your data or to ask us to erase them."
    ),
    # -- The objection letter (Art. 21)
    "objection.subject": "Your objection to the processing of your personal data",
    "objection.intro": (
        "On {day} you objected to the processing of your personal data (Article 21 GDPR). This "
        "letter tells you how we have dealt with your objection."
    ),
    "objection.handling": "How we dealt with your objection",
    "objection.pending": (
        "We are dealing with your objection and will tell you our decision, with its reasons, by "
        "{due} at the latest."
    ),
    "objection.marketing_stopped": (
        "We stopped processing your data for direct marketing at once, on {when}. This includes "
        "targeted advertising. Your right to object to direct marketing is absolute: we do not "
        "weigh it against our own interests, and we will not use your data for direct marketing in "
        "the future either."
    ),
    "objection.consents_ended.one": "This also ended your consent to:",
    "objection.consents_ended.other": "This also ended your consent to:",
    "objection.suppressed": (
        "So that a later import, such as a new mailing list, cannot bring you back into our "
        "marketing by mistake, we keep a hash of {contacts} on our marketing suppression list. "
        "The hash is pseudonymised data: it does not show the contact detail as such, but it is "
        "still personal data about you, because it lets us recognise the same contact detail. We "
        "use it only so that our marketing no longer reaches you. Its basis is our legitimate "
        "interest in honouring your objection (Article 6(1)(f) and Article 21(3) GDPR). The "
        "suppression list remains even if your other data are erased later."
    ),
    "objection.customer_messages": (
        "Your objection does not stop the messages that belong to the customer relationship "
        "itself, such as invoices and notices about your service."
    ),
    "objection.compelling": (
        "We assessed your objection on {when}. We will continue to process your data for this "
        "purpose, because there are compelling legitimate grounds for the processing which "
        "override your interests, rights and freedoms (Article 21(1) GDPR). Our grounds are "
        "these:"
    ),
    "objection.not_acted": (
        "To this extent we are therefore not acting on your request. Your remedies are set out "
        "below."
    ),
    "objection.assessing": (
        "We are still assessing your objection and will tell you our decision, with its reasons, "
        "by {due} at the latest. Meanwhile you may ask us to restrict the processing of your data "
        "while we assess it (Article 18(1)(d) GDPR)."
    ),
    "objection.upheld": (
        "We accepted your objection and stopped processing your data for this purpose on {when}."
    ),
    # -- The contact details an objection to direct marketing hashes, as "we keep a hash of …"
    "hashed_contact.email": "your email address",
    "hashed_contact.phone": "your telephone number",
    # -- The withdrawal letter (Art. 7(3))
    "withdrawal.subject": "Your consent has been withdrawn",
    "withdrawal.done": (
        "On {day} you asked us to withdraw your consent. We have recorded the withdrawal, and it "
        "has taken effect."
    ),
    "withdrawal.withdrawn": "Consents withdrawn",
    "withdrawal.consent": "Consent",
    "withdrawal.withdrawn_on": "Withdrawn on",
    "withdrawal.stop": (
        "We will no longer process your data for these purposes. The withdrawal does not, however, "
        "affect the lawfulness of the processing based on your consent before it was withdrawn "
        "(Article 7(3) GDPR)."
    ),
    "withdrawal.scope": (
        "The withdrawal covers only the purposes above. It does not affect your customer "
        "relationship: you will still receive, for example, invoices and messages about your "
        "service."
    ),
    "withdrawal.none": (
        "On {day} you asked us to withdraw your consent. We have checked your consents: you had no "
        "consent in force that could be withdrawn, so we do not process your data on the basis of "
        "consent."
    ),
    "withdrawal.again": "Giving your consent again",
    "withdrawal.how_again": (
        "You can give your consent again at any time, for example on our website or by contacting "
        "us. A new consent applies only once you have given it yourself, and you can withdraw it "
        "just as easily."
    ),
    # -- The erasure letter (Art. 17)
    "erasure.subject": "Erasure of your personal data",
    "erasure.partial": (
        "We cannot, however, erase everything at once. Below we explain what we keep, on what "
        "grounds and for how long. To that extent your request cannot be carried out, and you have "
        "the remedies set out at the end of this letter."
    ),
    "erasure.erased": "What we erase",
    "erasure.customer_number": "customer number {number}",
    "erasure.old_invoices": "Invoices whose retention period has already ended: {numbers}",
    "erasure.anonymised": "Records from which your identity is removed",
    "erasure.removed_from": "we remove {fields}",
    "erasure.remaining": "What remains: {fields}",
    "erasure.kept": "What we keep",
    "erasure.kept.what": "What we keep",
    "erasure.kept.why": "Why",
    "erasure.kept.until": "Kept until",
    "erasure.kept.deleted": "Deleted on",
    "erasure.kept.none": "We keep no data about you.",
    "erasure.invoice": "Invoice {number}",
    "erasure.until": "{date}",
    "erasure.suppressed.one": "{contacts}, as hashes on our marketing suppression list",
    "erasure.suppressed.other": "{contacts}, as hashes on our marketing suppression list",
    "erasure.as_long": "As long as we carry out direct marketing",
    "erasure.request_records": (
        "The records of how your requests were handled, without your identity"
    ),
    "erasure.as_long_needed": "As long as needed to show that your requests were handled properly",
    "erasure.accounting_act": (
        "Under the Finnish Accounting Act (kirjanpitolaki 1336/1997, chapter 2, section 10), "
        "vouchers such as invoices must be kept for at least six years from the end of the year in "
        "which the financial year ended. The right to erasure does not apply to the extent that "
        "processing is necessary to comply with such a legal obligation (Article 17(3)(b) GDPR)."
    ),
    "erasure.invoices_kept": (
        "The invoices are detached from your customer record. They keep only the {fields}. We "
        "delete the invoices when their retention period ends."
    ),
    "erasure.voucher_kept": (
        "The invoices are detached from your customer record. They keep only the {fields}, which a "
        "voucher must show (Finnish VAT Act, section 209 e). We delete the invoices when their "
        "retention period ends."
    ),
    "erasure.suppression_explained": (
        "You have objected to direct marketing. So that a later import, such as a new mailing "
        "list, cannot bring you back into our marketing by mistake, we keep a hash of your contact "
        "details. The hash is pseudonymised data: it does not show your address or number as "
        "such and does not hold your name, but it is still personal data about you, because it "
        "lets us recognise the same contact details. We use it only so that our marketing no "
        "longer reaches you (Article 6(1)(f) and Article 21(3) GDPR)."
    ),
    "erasure.accountability": (
        "We keep the record of how your requests were handled, without your identity, so that we "
        "can show that we have complied with the Regulation (Article 5(2)). It is no longer linked "
        "to you."
    ),
    # -- The contact details a suppression entry is made from, as "your …"
    "suppressed_contact.email": "your email address",
    "suppressed_contact.phone": "your telephone number",
}

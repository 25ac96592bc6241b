"""Transfers outside the EEA (Art. 44–49): a processor there is kept only with the mechanism the
letters and the notice must name for it (Art. 13(1)(f), 15(2))."""

from __future__ import annotations

from enum import StrEnum

from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.text import clean_text

DETAIL_MAX = 500


class TransferMechanism(StrEnum):
    ADEQUACY = "adequacy"  # an adequacy decision, Art. 45
    DPF = "dpf"  # the EU–US Data Privacy Framework decision of 10.7.2023 (Art. 45)
    SCC = "scc"  # standard contractual clauses, Art. 46(2)(c), decision (EU) 2021/914
    BCR = "bcr"  # binding corporate rules, Art. 47
    DEROGATION = "derogation"  # a derogation of Art. 49


# The particulars a letter cannot do without: the module of the clauses, and which derogation.
DETAIL_REQUIRED = frozenset({TransferMechanism.SCC, TransferMechanism.DEROGATION})


def clean_transfer(in_eea: bool, mechanism: str, detail: str) -> tuple[str, str]:
    """(mechanism, detail) as kept: both empty inside the EEA, where nothing is transferred;
    outside it a known mechanism, with its particulars where the letters need them."""
    code = clean_text(mechanism, "transfer", max_length=20).lower()
    text = clean_text(detail, "transfer_detail", max_length=DETAIL_MAX, multiline=True)
    if in_eea:
        if code or text:
            raise ValidationError("transfer" if code else "transfer_detail", "transfer_inside_eea")
        return "", ""
    if not code:
        raise ValidationError("transfer", "transfer_required")
    try:
        known = TransferMechanism(code)
    except ValueError:
        raise ValidationError("transfer", "choice_invalid") from None
    if known in DETAIL_REQUIRED and not text:
        raise ValidationError("transfer_detail", "transfer_detail_required")
    return known.value, text

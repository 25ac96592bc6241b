"""The kinds of letter and how a letter left, in words of the interface language.

Each text is written out where it is translated, so that lupdate finds it in the "LetterKinds"
context; a code the program does not know yet is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from l4d_desktop.core.letters.kinds import LetterKind

# The order the letters page lists them in: the request's course, then the answers.
KIND_ORDER: tuple[str, ...] = (
    LetterKind.RECEIPT.value,
    LetterKind.IDENTIFICATION.value,
    LetterKind.EXTENSION.value,
    LetterKind.ACCESS.value,
    LetterKind.NO_DATA.value,
    LetterKind.PORTABILITY.value,
    LetterKind.RECTIFICATION.value,
    LetterKind.ERASURE.value,
    LetterKind.RESTRICTION.value,
    LetterKind.RESTRICTION_LIFTED.value,
    LetterKind.OBJECTION.value,
    LetterKind.WITHDRAWAL.value,
    LetterKind.REFUSAL.value,
)


def kind_name(kind: str) -> str:
    """The kind as the letters page and the archive list name it."""
    names: dict[str, str] = {
        LetterKind.RECEIPT: QCoreApplication.translate("LetterKinds", "Acknowledgement of receipt"),
        LetterKind.IDENTIFICATION: QCoreApplication.translate(
            "LetterKinds", "Request for identification"
        ),
        LetterKind.EXTENSION: QCoreApplication.translate("LetterKinds", "Notice of extension"),
        LetterKind.ACCESS: QCoreApplication.translate("LetterKinds", "Access response"),
        LetterKind.NO_DATA: QCoreApplication.translate(
            "LetterKinds", "Access response: no data held"
        ),
        LetterKind.PORTABILITY: QCoreApplication.translate(
            "LetterKinds", "Data portability response"
        ),
        LetterKind.RECTIFICATION: QCoreApplication.translate(
            "LetterKinds", "Rectification response"
        ),
        LetterKind.ERASURE: QCoreApplication.translate("LetterKinds", "Erasure response"),
        LetterKind.RESTRICTION: QCoreApplication.translate("LetterKinds", "Restriction response"),
        LetterKind.RESTRICTION_LIFTED: QCoreApplication.translate(
            "LetterKinds", "Notice before lifting the restriction"
        ),
        LetterKind.OBJECTION: QCoreApplication.translate("LetterKinds", "Objection response"),
        LetterKind.WITHDRAWAL: QCoreApplication.translate(
            "LetterKinds", "Confirmation of consent withdrawal"
        ),
        LetterKind.REFUSAL: QCoreApplication.translate("LetterKinds", "Refusal with reasons"),
    }
    return names.get(kind, kind)


def kind_description(kind: str) -> str:
    """One sentence on what the letter says (the tooltip of an available kind)."""
    texts: dict[str, str] = {
        LetterKind.RECEIPT: QCoreApplication.translate(
            "LetterKinds", "The request has arrived, and the date it will be answered by."
        ),
        LetterKind.IDENTIFICATION: QCoreApplication.translate(
            "LetterKinds", "Asks the requester for more details to confirm who they are."
        ),
        LetterKind.EXTENSION: QCoreApplication.translate(
            "LetterKinds", "The answer takes longer: the reasons and the new date (Art. 12(3))."
        ),
        LetterKind.ACCESS: QCoreApplication.translate(
            "LetterKinds", "Everything the register holds about the person (Art. 15)."
        ),
        LetterKind.NO_DATA: QCoreApplication.translate(
            "LetterKinds",
            "Nothing is held about the requester, after the searches recorded (Art. 15(1)); "
            "kept invoices are named.",
        ),
        LetterKind.PORTABILITY: QCoreApplication.translate(
            "LetterKinds", "The cover letter of the machine-readable copy (Art. 20)."
        ),
        LetterKind.RECTIFICATION: QCoreApplication.translate(
            "LetterKinds", "What was corrected (Art. 16)."
        ),
        LetterKind.ERASURE: QCoreApplication.translate(
            "LetterKinds", "What was erased, and what was kept, why and until when (Art. 17)."
        ),
        LetterKind.RESTRICTION: QCoreApplication.translate(
            "LetterKinds", "The processing is restricted (Art. 18)."
        ),
        LetterKind.RESTRICTION_LIFTED: QCoreApplication.translate(
            "LetterKinds", "Tells the person before the restriction is lifted (Art. 18(3))."
        ),
        LetterKind.OBJECTION: QCoreApplication.translate(
            "LetterKinds", "How the objection was handled (Art. 21)."
        ),
        LetterKind.WITHDRAWAL: QCoreApplication.translate(
            "LetterKinds", "The consent is withdrawn (Art. 7(3))."
        ),
        LetterKind.REFUSAL: QCoreApplication.translate(
            "LetterKinds",
            "The request is refused: the reasons, and where to complain (Art. 12(4)).",
        ),
    }
    return texts.get(kind, "")


def how_name(how: str) -> str:
    """How an archived letter left."""
    names = {
        "print": QCoreApplication.translate("LetterKinds", "printed"),
        "save": QCoreApplication.translate("LetterKinds", "saved as PDF"),
        "cli": QCoreApplication.translate("LetterKinds", "command line"),
        "bundle": QCoreApplication.translate("LetterKinds", "with the data copy"),
    }
    return names.get(how, how)


def language_name(language: str) -> str:
    """A letter's language."""
    names = {
        "fi": QCoreApplication.translate("LetterKinds", "Finnish"),
        "sv": QCoreApplication.translate("LetterKinds", "Swedish"),
        "en": QCoreApplication.translate("LetterKinds", "English"),
    }
    return names.get(language, language)

"""An Art. 12(3) extension as the letters state it: its grounds from the list, its reasons in
the letter's language, and its notice — the extension letter itself, dated the day it leaves,
or an earlier notice by another channel, recorded with its date and channel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.errors import BusinessRuleError, ValidationError
from l4d_desktop.core.requests.grounds import ExtensionGround, choices
from l4d_desktop.core.requests.statements import Topic, clean_statement, put_text
from l4d_desktop.core.requests.workflow import apply_extension, parse_date
from l4d_desktop.core.store.models import DataSubjectRequest, ExtensionNoticeRow, Objection
from l4d_desktop.core.vocabulary import Channel, ObjectionPurpose, RequestType


@dataclass(frozen=True)
class ExtensionInput:
    grounds: tuple[str, ...]  # ExtensionGround codes
    reason: str  # at least a sentence, in `language`
    # An earlier notice: its day and channel. Neither: the extension letter is the notice.
    notice_date: dt.date | None
    notice_channel: str | None


def clean_extension(
    grounds: Sequence[str],
    reason: str,
    notice_date: dt.date | str | None,
    notice_channel: str | None,
    today: dt.date,
) -> ExtensionInput:
    """Check what the handler gave. A notice date other than today needs the channel it was
    given by: a letter never claims to be a notice given on a past day."""
    text = clean_statement(reason, "reason")
    codes = choices(grounds, ExtensionGround, "ground")
    day = None if notice_date in (None, "") else parse_date(notice_date, "notice_date")
    channel = (notice_channel or "").strip() or None
    if channel is not None:
        try:
            channel = Channel(channel).value
        except ValueError:
            raise ValidationError("notice_channel", "choice_invalid") from None
        if day is None:
            raise ValidationError("notice_date", "required")
    elif day is not None and day != today:
        raise ValidationError("notice_channel", "notice_channel_required")
    return ExtensionInput(codes, text, day, channel)


def check_extensible(session: Session, req: DataSubjectRequest) -> None:
    """A withdrawal takes effect at once (Art. 7(3)) and so does an objection to direct
    marketing (Art. 21(3)): only an objection's assessment of other processing may wait."""
    if req.type == RequestType.WITHDRAWAL.value:
        raise BusinessRuleError("extension_not_allowed", type=req.type)
    if req.type == RequestType.OBJECTION.value:
        assessed = session.scalar(
            select(Objection.id).where(
                Objection.request_id == req.id,
                Objection.purpose != ObjectionPurpose.DIRECT_MARKETING.value,
            )
        )
        if assessed is None:
            raise BusinessRuleError("extension_direct_marketing")


def extension_barred(session: Session, req: DataSubjectRequest) -> str:
    """The code `check_extensible` would refuse the request with, "" when it would not: the
    window offers no extension (nor advises one) that the service would refuse."""
    try:
        check_extensible(session, req)
    except BusinessRuleError as exc:
        return exc.code
    return ""


def record_extension(
    session: Session,
    req: DataSubjectRequest,
    data: ExtensionInput,
    language: str,
    user_id: int,
    now: dt.datetime,
    today: dt.date,
) -> dt.date:
    """Apply the extension (refused after the statutory date unless an earlier notice was
    given by then), keep its grounds, channel and reasons. Returns the extended due date."""
    check_extensible(session, req)
    extended = apply_extension(req, data.notice_date or today, data.reason, today)
    if data.notice_channel is None:
        # The letter is the notice: its day is the day it leaves (extension_letter_left).
        req.extension_notice_on = None
    session.add(
        ExtensionNoticeRow(
            request_id=req.id,
            grounds=",".join(data.grounds),
            channel=data.notice_channel,
            recorded_by=user_id,
            recorded_at=now,
        )
    )
    put_text(session, req.id, Topic.EXTENSION.value, language, data.reason, user_id, now)
    return extended


def extension_letter_left(session: Session, req: DataSubjectRequest, today: dt.date) -> None:
    """The extension letter left today: when it is the notice, today is the notice's day."""
    notice = session.get(ExtensionNoticeRow, req.id)
    if notice is not None and notice.channel is None and req.extension_notice_on is None:
        req.extension_notice_on = today


def promise_passed(promised_due: dt.date | None, notice_on: dt.date) -> bool:
    """The notice's own 30 days had run out before the person was told of the extension."""
    return promised_due is not None and notice_on > promised_due


__all__ = [
    "ExtensionInput",
    "check_extensible",
    "clean_extension",
    "extension_barred",
    "extension_letter_left",
    "promise_passed",
    "record_extension",
]

"""The whole life of extension, restriction and rectification requests scripted on the command
line, each letter rendered and read back: an extension's grounds and earlier notice, a
restriction's ground, lift day and reason, a rectification found already correct or refused in
part, and every letter's free text in its own language."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from l4d_desktop.core.actor import Actor
from tests.cli.conftest import Cli
from tests.helpers.clock import FakeClock

LIFT_FI = "Tarkistimme osoitteesi väestötietojärjestelmästä, ja se pitää paikkansa."
LIFT_EN = "We checked your address against the population register, and it is accurate."


def _ok(result_code: int, err: str) -> None:
    assert result_code == 0, err


def _request(as_admin: Cli, type_: str, received: str = "2026-11-20", lang: str = "fi") -> str:
    added = as_admin(
        "customer", "add", "--name", "Äijä Öhman", "--email", "aija@example.fi",
        "--street", "Rantatie 5", "--postal-code", "02520", "--city", "Kirkkonummi",
        "--lang", lang,
    )  # fmt: skip
    _ok(added.code, added.err)
    made = as_admin(
        "request", "add", "--type", type_, "--channel", "email", "--received", received,
        "--customer", added.out.strip(),
    )  # fmt: skip
    _ok(made.code, made.err)
    rid = made.out.strip()
    identified = as_admin("request", "identify", rid, "--method", "email_on_file")
    _ok(identified.code, identified.err)
    return rid


def _letter(as_admin: Cli, rid: str, kind: str, lang: str, out: Path) -> str:
    """The rendered letter's text, whitespace made single spaces."""
    target = out / f"{kind}-{lang}-{len(list(out.iterdir()))}.pdf"
    result = as_admin(
        "letter", "render", "--request", rid, "--kind", kind, "--lang", lang, "--out", str(target)
    )
    _ok(result.code, result.err)
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def _refused(as_admin: Cli, rid: str, kind: str, lang: str, out: Path) -> str:
    result = as_admin(
        "letter", "render", "--request", rid, "--kind", kind, "--lang", lang,
        "--out", str(out / "refused.pdf"),
    )  # fmt: skip
    assert result.code == 1
    assert not (out / "refused.pdf").exists()
    return result.error_line


def test_a_restriction_from_ground_to_lifting(
    as_admin: Cli, admin: Actor, clock: FakeClock, tmp_path: Path
) -> None:
    rid = _request(as_admin, "restriction")
    assert "not restricted under this request" in _refused(
        as_admin, rid, "restriction", "fi", tmp_path
    )
    restricted = as_admin("request", "restrict", rid, "--ground", "a")
    assert (restricted.code, restricted.out) == (0, f"{rid} restricted ground a\n")
    text = _letter(as_admin, rid, "restriction", "en", tmp_path)
    assert "Article 18(1)(a)" in text and "you contest the accuracy" in text
    text = _letter(as_admin, rid, "restriction", "fi", tmp_path)
    assert "18 artiklan 1 kohdan a alakohta" in text
    assert "Announce the lifting first" in _refused(
        as_admin, rid, "restriction-lifted", "fi", tmp_path
    )

    # The notice: a working day and the real reason, the reason kept out of the process list.
    weekend = {"lift_date": "2026-11-28", "lift_reason": "accuracy_verified", "reason": LIFT_FI}
    result = as_admin("request", "announce-lift", rid, "--json", "-", extra=json.dumps(weekend))
    assert "lift_on: choose a working day" in result.error_line
    wrong = {**weekend, "lift_date": "2026-11-27", "lift_reason": "objection_decided"}
    result = as_admin("request", "announce-lift", rid, "--json", "-", extra=json.dumps(wrong))
    assert "cannot end a restriction on ground a" in result.error_line
    notice = {**weekend, "lift_date": "2026-11-27", "lang": "fi"}
    result = as_admin("request", "announce-lift", rid, "--json", "-", extra=json.dumps(notice))
    assert (result.code, result.out) == (0, f"{rid} lift 2026-11-27 accuracy_verified\n")
    lift = as_admin("request", "lift", rid)
    assert "print or save the restriction-lifted letter first" in lift.error_line

    # No English text yet: the English notice is not issued with the Finnish one.
    assert "not yet written in English" in _refused(
        as_admin, rid, "restriction-lifted", "en", tmp_path
    )
    english = {"topic": "restriction_lift", "lang": "en", "text": LIFT_EN}
    added = as_admin("request", "text", rid, "--json", "-", extra=json.dumps(english))
    assert (added.code, added.out) == (0, f"{rid} restriction_lift en\n")
    text = _letter(as_admin, rid, "restriction-lifted", "en", tmp_path)
    assert "27 November 2026" in text and LIFT_EN in text and LIFT_FI not in text
    text = _letter(as_admin, rid, "restriction-lifted", "fi", tmp_path)
    assert "27.11.2026" in text and LIFT_FI in text and LIFT_EN not in text

    early = as_admin("request", "lift", rid)
    assert "lifted on 2026-11-27; it cannot be lifted before then" in early.error_line
    clock.advance(days=3)
    lifted = as_admin("request", "lift", rid)
    assert (lifted.code, lifted.out) == (0, f"{rid} lifted\n")
    assert "not restricted under this request" in _refused(
        as_admin, rid, "restriction-lifted", "fi", tmp_path
    )


def test_a_rectification_found_correct_or_refused_in_part(
    as_admin: Cli, admin: Actor, tmp_path: Path
) -> None:
    rid = _request(as_admin, "rectification", lang="en")
    assert "Save a rectification under this request" in _refused(
        as_admin, rid, "rectification", "en", tmp_path
    )
    short = as_admin("request", "already-correct", rid, "--statement", "Oikein.")
    assert "at least one full sentence" in short.error_line
    statement = "We compared your phone number with your signed contract; they match."
    done = as_admin("request", "already-correct", rid, "--statement", statement)
    assert (done.code, done.out) == (0, f"{rid} already_correct\n")
    declined = as_admin(
        "request", "decline-change", rid, "--ground", "legal_obligation", "--reason",
        "The name on invoice 2024-0031 stays as it was issued.",
    )  # fmt: skip
    assert (declined.code, declined.out) == (0, f"{rid} change_declined legal_obligation\n")
    text = _letter(as_admin, rid, "rectification", "en", tmp_path)
    assert statement in text and "invoice 2024-0031" in text
    assert "Office of the Data Protection Ombudsman" in text  # a partial refusal's remedies
    assert "not yet written in Finnish" in _refused(
        as_admin, rid, "rectification", "fi", tmp_path
    )


def test_an_extension_told_earlier_by_email_is_confirmed(
    as_admin: Cli, admin: Actor, tmp_path: Path
) -> None:
    rid = _request(as_admin, "access", received="2026-10-20")
    result = as_admin(
        "request", "extend", rid, "--ground", "complexity,number_of_requests",
        "--notice-date", "2026-11-20", "--notice-channel", "email",
        "--reason", "Tietoja on koottava useasta järjestelmästä käsin.",
    )  # fmt: skip
    assert result.code == 0, result.err
    # Access received 20.10.: the promised 30 days ran out on 19.11., before the notice.
    assert "ran out on 2026-11-19" in result.err
    text = _letter(as_admin, rid, "extension", "fi", tmp_path)
    assert "20.11.2026 sähköpostitse" in text and "vahvistaa" in text
    assert "pyyntösi monimutkaisuus" in text and "saamiemme pyyntöjen määrä" in text
    assert "päättyi 19.11.2026" in text
    assert "not yet written in English" in _refused(
        as_admin, rid, "extension", "en", tmp_path
    )


def test_the_extension_letter_is_the_notice_and_dates_it(
    as_admin: Cli, admin: Actor, tmp_path: Path
) -> None:
    rid = _request(as_admin, "erasure", received="2026-11-02")
    past = as_admin(
        "request", "extend", rid, "--ground", "complexity", "--notice-date", "2026-11-20",
        "--reason", "Tietoja on koottava useasta järjestelmästä käsin.",
    )  # fmt: skip
    assert "notice_channel:" in past.error_line
    result = as_admin(
        "request", "extend", rid, "--ground", "complexity",
        "--reason", "Tietoja on koottava useasta järjestelmästä käsin.",
    )  # fmt: skip
    assert result.code == 0 and result.err == ""
    assert json.loads(as_admin("request", "show", rid).out)["extension_notice_on"] is None
    text = _letter(as_admin, rid, "extension", "fi", tmp_path)
    assert "tämä ilmoitus annetaan 24.11.2026" in text
    assert json.loads(as_admin("request", "show", rid).out)["extension_notice_on"] == "2026-11-24"


def test_what_takes_effect_at_once_is_not_extended(as_admin: Cli, admin: Actor) -> None:
    reason = ("--reason", "Tietoja on koottava useasta järjestelmästä käsin.")
    rid = _request(as_admin, "withdrawal")
    result = as_admin("request", "extend", rid, "--ground", "complexity", *reason)
    assert "takes effect at once" in result.error_line
    rid = _request(as_admin, "objection")
    result = as_admin("request", "extend", rid, "--ground", "complexity", *reason)
    assert "only the assessment of an objection to other processing" in result.error_line
    rid = _request(as_admin, "access")
    result = as_admin("request", "extend", rid, "--ground", "speed", *reason)
    assert "ground: not one of the allowed values" in result.error_line


def test_a_refusals_reasons_in_the_other_language(
    as_admin: Cli, admin: Actor, tmp_path: Path
) -> None:
    rid = _request(as_admin, "access", lang="en")
    reason_en = "You have sent the same request six times within one week."
    assess_en = "The requests repeat each other and your data have not changed."
    closed = as_admin(
        "request", "close", rid, "--outcome", "refused", "--basis", "excessive",
        "--reason", reason_en, "--assessment", assess_en,
    )  # fmt: skip
    _ok(closed.code, closed.err)
    en = _letter(as_admin, rid, "refusal", "en", tmp_path)
    assert reason_en in en and assess_en in en
    assert "--topic refusal --text" in _refused(as_admin, rid, "refusal", "fi", tmp_path)
    for topic, text in (
        ("refusal", "Olet lähettänyt saman pyynnön kuusi kertaa viikon aikana."),
        ("refusal_assessment", "Pyynnöt toistavat toisiaan eikä tietosi ole muuttuneet."),
    ):
        added = as_admin("request", "text", rid, "--topic", topic, "--lang", "fi", "--text", text)
        _ok(added.code, added.err)
    fi = _letter(as_admin, rid, "refusal", "fi", tmp_path)
    assert "kuusi kertaa viikon aikana" in fi and "tietosi ole muuttuneet" in fi
    assert reason_en not in fi and assess_en not in fi

"""The audit log's Object and Detail columns in words in every interface language: a customer
by the number the office knows (never the internal id), the codes an entry holds as phrases,
and the customer-number filter finding everything done to that customer, removal included."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.admin.audit_viewer import AuditViewerDialog
from l4d_desktop.ui.session import Session
from tests.helpers.customers import add_customer as add
from tests.helpers.gui import click, column
from tests.helpers.requests import register_request

OBJECT, DETAIL = 4, 6

# language -> (customer N: for customer service, right granted, counts, request, letter)
WORDS = {
    "en": (
        "Customer {n}: for customer service",
        "Handle requests: granted",
        "3 imported, 1 rejected",
        "customer {n}",
    ),
    "fi": (
        "Asiakas {n}: asiakaspalvelua varten",
        "Pyyntöjen käsittely: myönnetty",
        "3 tuotu, 1 hylätty",
        "asiakas {n}",
    ),
    "sv": (
        "Kund {n}: för kundtjänst",
        "Handlägga begäranden: beviljad",
        "3 importerade, 1 avvisad",
        "kund {n}",
    ),
}


def make_viewer(qtbot, services: Services, actor: Actor) -> AuditViewerDialog:  # type: ignore[no-untyped-def]
    dialog = AuditViewerDialog(Session(services, actor))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def by_action(dialog: AuditViewerDialog, code: str) -> list[tuple[str, str]]:
    """(Object, Detail) of every shown entry with the action `code`, newest first."""
    rows = range(dialog.model.rowCount())
    return [
        (column(dialog.model, OBJECT)[i], column(dialog.model, DETAIL)[i])
        for i in rows
        if dialog.model.record(i).action == code
    ]


@pytest.mark.parametrize("lang", ["en", "fi", "sv"])
def test_the_detail_is_in_words_with_the_customer_number(
    english, qtbot, services: Services, admin: Actor, handler: Actor, lang: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    maija = add(services, admin, "Maija Meikäläinen")
    services.customers.view(admin, maija.id, "customer_service")
    services.users.set_right(admin, handler.user_id, "requests.handle", True)
    services.audit.append_separately(
        actor_id=admin.user_id, action="customer.import", detail="imported=3,rejected=1"
    )
    request = register_request(services, admin, maija.id, "access")
    dialog = make_viewer(qtbot, services, admin)
    number = maija.customer_number
    assert number and str(maija.id) != number
    viewed, granted, counted, customer = WORDS[lang]

    assert by_action(dialog, "customer.view") == [
        (customer.format(n=number), viewed.format(n=number))
    ]
    assert by_action(dialog, "user.rights")[0][1] == granted
    assert by_action(dialog, "customer.import")[0][1] == counted
    # An entry about the person's request names them by their number too.
    identified = by_action(dialog, "request.identify")
    lead = viewed.split(":")[0].format(n=number)
    assert identified and identified[0][1].startswith(lead + ": ")
    assert str(request.id) in identified[0][0]
    shown = " ".join(column(dialog.model, DETAIL) + column(dialog.model, OBJECT))
    for code in ("customer_service", "requests.handle", "imported=", "email_on_file"):
        assert code not in shown


def test_the_customer_number_filter_finds_the_person_s_requests_and_removal(
    english, qtbot, services: Services, admin: Actor
) -> None:  # type: ignore[no-untyped-def]
    maija = add(services, admin, "Maija Meikäläinen")
    other = add(services, admin, "Teppo Testaaja")
    request = register_request(services, admin, maija.id, "access")
    mistaken = add(services, admin, "Väärin Syötetty")
    services.customer_removal.remove(admin, mistaken.id, mistaken.version)
    dialog = make_viewer(qtbot, services, admin)

    dialog.customer_edit.setText(maija.customer_number or "")
    click(qtbot, dialog.apply_button)
    objects = column(dialog.model, OBJECT)
    assert f"customer {maija.customer_number}" in objects
    assert f"request {request.id}" in objects
    assert f"customer {other.customer_number}" not in objects
    assert all(
        d.startswith(f"Customer {maija.customer_number}") for d in column(dialog.model, DETAIL)
    )

    # The removed customer is gone from the register; the number still finds the removal.
    dialog.customer_edit.setText(mistaken.customer_number or "")
    click(qtbot, dialog.apply_button)
    assert [dialog.model.record(i).action for i in range(dialog.model.rowCount())] == [
        "customer.remove"
    ]
    assert column(dialog.model, DETAIL) == [f"Customer {mistaken.customer_number}"]


@pytest.mark.parametrize(
    ("lang", "intact"),
    [("fi", "Ketju on ehjä: "), ("sv", "Kedjan är hel: "), ("en", "The chain is intact: ")],
)
def test_the_chain_check_speaks_the_window_s_language(
    english, qtbot, services: Services, admin: Actor, lang: str, intact: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    add(services, admin, "Maija Meikäläinen")
    dialog = make_viewer(qtbot, services, admin)
    dialog.verify()
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith(intact), timeout=5000)


# language -> (merged, merge plan viewed, consent purpose, retention rule)
MERGE_WORDS = {
    "en": (
        "Customer {dup} merged into customer {kept}",
        "to merge two records of one person",
        "marketing by email",
        "Technical data from the web site: 12 removed",
    ),
    "fi": (
        "Asiakas {dup} yhdistetty asiakkaaseen {kept}",
        "saman henkilön kahden tietueen yhdistämiseksi",
        "markkinointi sähköpostilla",
        "Verkkosivuston tekniset tiedot: 12 poistettu",
    ),
    "sv": (
        "Kund {dup} sammanslagen med kund {kept}",
        "för att slå samman två poster om samma person",
        "marknadsföring per e-post",
        "Tekniska uppgifter från webbplatsen: 12 borttagna",
    ),
}


@pytest.mark.parametrize("lang", ["en", "fi", "sv"])
def test_a_merge_a_consent_and_a_retention_rule_are_told_in_words(
    english, qtbot, services: Services, admin: Actor, lang: str
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    kept = add(services, admin, "Maija Meikäläinen")
    dup = add(services, admin, "Maija Meikalainen")
    services.consents.record(admin, kept.id, "marketing_email", True, "web_form")
    plan = services.customer_merge.plan(
        admin, kept.customer_number or "", dup.customer_number or ""
    )
    services.customer_merge.merge(
        admin,
        kept.customer_number or "",
        dup.customer_number or "",
        kept_version=plan.kept.version,
        duplicate_version=plan.duplicate.version,
    )
    services.audit.append_separately(
        actor_id=admin.user_id, action="retention.run", detail="web_events:12"
    )
    dialog = make_viewer(qtbot, services, admin)
    merged, planned, purpose, rule = MERGE_WORDS[lang]
    details = [d for _, d in by_action(dialog, "customer.merge")]
    assert merged.format(dup=dup.customer_number, kept=kept.customer_number) in details
    shown = " | ".join(column(dialog.model, DETAIL))
    assert planned in shown and purpose in shown and rule in shown
    for code in ("customer_merge", "marketing_email", "web_events", "kept="):
        assert code not in shown

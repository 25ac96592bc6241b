"""The recipients register (processors): kept by the pääkäyttäjä, read by request handlers."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from l4d_desktop.core.register.processors import ProcessorInput
from l4d_desktop.core.services import Services
from tests.helpers.database import audit_rows, table_count

MAILER = ProcessorInput(
    name="Postitus Oy", role="Sähköpostin välitys", country="fi", contact="tietosuoja@postitus.fi"
)


def test_nothing_is_seeded(services: Services, admin: Actor) -> None:
    assert services.processors.list_processors(admin, include_inactive=True) == []
    assert table_count(services.db.path, "processors") == 0


def test_add_update_deactivate_and_list(services: Services, admin: Actor, handler: Actor) -> None:
    added = services.processors.add(admin, MAILER)
    assert (added.name, added.role, added.country, added.contact, added.active) == (
        "Postitus Oy",
        "Sähköpostin välitys",
        "FI",  # stored in capitals
        "tietosuoja@postitus.fi",
        True,
    )
    assert added.in_eea
    cloud = services.processors.add(
        admin, ProcessorInput(name="Cloud Inc", country="US", transfer="DPF")
    )
    assert not cloud.in_eea and cloud.role == "" and cloud.contact == ""
    assert (cloud.transfer, cloud.transfer_detail) == ("dpf", "")
    assert [p.name for p in services.processors.list_processors(handler)] == [
        "Cloud Inc",
        "Postitus Oy",
    ]

    changed = services.processors.update(
        admin, added.id, added.version, ProcessorInput(name="Postitus Oyj", country="SE")
    )
    assert (changed.name, changed.country, changed.role) == ("Postitus Oyj", "SE", "")
    assert changed.version == added.version + 1
    with pytest.raises(ConflictError):  # an edit made on the old version
        services.processors.update(admin, added.id, added.version, MAILER)

    off = services.processors.deactivate(admin, cloud.id, cloud.version)
    assert not off.active
    assert [p.id for p in services.processors.list_processors(handler)] == [added.id]
    assert {p.id for p in services.processors.list_processors(handler, True)} == {
        added.id,
        cloud.id,
    }
    assert services.processors.reactivate(admin, cloud.id).active
    assert services.processors.get(handler, added.id).name == "Postitus Oyj"
    with pytest.raises(NotFoundError):
        services.processors.get(admin, 999)

    actions = [(r["action"], r["object_type"]) for r in audit_rows(services.db.path)]
    for action in ("create", "update", "deactivate", "reactivate"):
        assert (f"processor.{action}", "processor") in actions
    # The audit holds ids and codes only.
    assert not any("Postitus" in str(r.values()) for r in audit_rows(services.db.path))


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (ProcessorInput(name=""), "name", "required"),
        (ProcessorInput(name="X", country="Suomi"), "country", "too_long"),
        (ProcessorInput(name="X", country="ZZ"), "country", "country_invalid"),
        (ProcessorInput(name="X", country="AC"), "country", "country_invalid"),  # not ISO 3166
        (ProcessorInput(name="X", contact="a" * 255), "contact", "too_long"),
        (ProcessorInput(name="X", role="a\tb"), "role", "control_chars"),
        # Outside the EEA only with its mechanism (Art. 13(1)(f), 15(2)) …
        (ProcessorInput(name="X", country="US"), "transfer", "transfer_required"),
        (ProcessorInput(name="X", country="IN", transfer="trust"), "transfer", "choice_invalid"),
        # … and the particulars a letter cannot do without: the module, the derogation.
        (
            ProcessorInput(name="X", country="IN", transfer="scc"),
            "transfer_detail",
            "transfer_detail_required",
        ),
        (
            ProcessorInput(name="X", country="CH", transfer="derogation"),
            "transfer_detail",
            "transfer_detail_required",
        ),
        # Inside the EEA nothing is transferred: a mechanism there would be printed as one.
        (ProcessorInput(name="X", country="SE", transfer="scc"), "transfer", "transfer_inside_eea"),
        (
            ProcessorInput(name="X", country="FI", transfer_detail="Module 2"),
            "transfer_detail",
            "transfer_inside_eea",
        ),
    ],
)
def test_bad_values_name_their_field(
    services: Services, admin: Actor, data: ProcessorInput, field: str, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        services.processors.add(admin, data)
    assert (info.value.field, info.value.code) == (field, code)


def test_only_the_paakayttaja_keeps_the_register(
    services: Services, admin: Actor, handler: Actor, reader: Actor
) -> None:
    p = services.processors.add(admin, MAILER)
    for actor in (handler, reader):
        with pytest.raises(PermissionDenied) as info:
            services.processors.add(actor, MAILER)
        assert info.value.right == "users.admin"
        with pytest.raises(PermissionDenied):
            services.processors.update(actor, p.id, p.version, MAILER)
        with pytest.raises(PermissionDenied):
            services.processors.deactivate(actor, p.id)
        # … but anyone handling or viewing requests may read it.
        assert [x.id for x in services.processors.list_processors(actor)] == [p.id]
    assert table_count(services.db.path, "processors") == 1
    denied = [r for r in audit_rows(services.db.path) if r["outcome"] == "denied"]
    assert len(denied) == 6 and {r["detail"] for r in denied} == {"users.admin"}


def test_a_transfer_is_kept_with_its_particulars_and_cleared_inside_the_eea(
    services: Services, admin: Actor
) -> None:
    hosting = services.processors.add(
        admin,
        ProcessorInput(
            name="Pilvi Ltd",
            country="IN",
            transfer="scc",
            transfer_detail="Module 3 (processor to processor), signed 1.2.2026",
        ),
    )
    assert (hosting.transfer, hosting.transfer_detail) == (
        "scc",
        "Module 3 (processor to processor), signed 1.2.2026",
    )
    # Moved into the EEA: its mechanism must go with it, and then nothing is kept.
    moved = services.processors.update(
        admin, hosting.id, hosting.version, ProcessorInput(name="Pilvi Ltd", country="IE")
    )
    assert (moved.transfer, moved.transfer_detail, moved.in_eea) == ("", "", True)
    assert moved.as_input() == ProcessorInput(name="Pilvi Ltd", country="IE")

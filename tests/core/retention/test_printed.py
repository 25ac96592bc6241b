"""The rules as documents print them: the period the program applies, in the document's language."""

from __future__ import annotations

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.retention.printed import retention_lines
from l4d_desktop.core.services import Services


def test_a_changed_period_is_the_one_printed(services: Services, admin: Actor) -> None:
    with services.db.read() as s:
        assert retention_lines(s, "fi")[0] == ("verkkosivuston tekniset tiedot", "14 kk")
    services.retention.set_rule(
        admin, "web_events", period_months=12, confirmed=True, auto_run=False, version=0
    )
    with services.db.read() as s:
        lines = dict(retention_lines(s, "en"))
    assert lines["technical data from the web site"] == "12 months"
    assert lines["kept invoices"] == "as the Accounting Act requires"

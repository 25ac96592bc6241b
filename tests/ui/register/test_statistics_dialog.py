"""The statistics view: requests per month by type and days to answer, as charts."""

from __future__ import annotations

import datetime as dt

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.requests.service import RequestInput
from l4d_desktop.core.services import Services
from l4d_desktop.ui.register.statistics_dialog import StatisticsDialog
from l4d_desktop.ui.session import Session
from tests.helpers.clock import FakeClock


def test_the_charts_count_the_year_s_requests(
    english, qtbot, services: Services, admin: Actor, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    now = clock.now
    for day, rtype, days in (
        (dt.date(2026, 3, 2), "access", 10),
        (dt.date(2026, 3, 9), "erasure", 40),
    ):
        clock.now = dt.datetime.combine(day, dt.time(9), tzinfo=dt.UTC)
        r = services.requests.register(admin, RequestInput(rtype, day, "email", None))
        clock.now += dt.timedelta(days=days)
        services.requests.close(admin, r.id, "completed" if rtype == "access" else "withdrawn")
    clock.now = now
    dialog = StatisticsDialog(Session(services, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    [months] = dialog.months_chart.series()
    march = {bar.label(): bar.at(2) for bar in months.barSets()}
    assert march == {"Access (Art. 15)": 1.0, "Erasure (Art. 17)": 1.0}
    [days] = dialog.days_chart.series()
    [answered] = days.barSets()
    assert [answered.at(i) for i in range(answered.count())] == [0, 1, 0, 0, 1, 0, 0]
    assert "2 requests received" in dialog.summary_label.text()
    dialog.year_spin.setValue(2025)
    assert dialog.summary_label.text().startswith("0 requests received")

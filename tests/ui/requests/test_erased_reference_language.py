"""An erased person's reference speaks the window's language: "POISTETTU-…" in the Finnish
window, "ERASED-…" in the English one, in the requests list and in the request's window; the
random part is the one stored."""

from __future__ import annotations

import pytest

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.requests.tab import RequestsTab
from l4d_desktop.ui.session import Session
from l4d_desktop.ui.texts.references import erased_reference
from tests.helpers.database import raw_db
from tests.helpers.gui import column
from tests.ui.requests.request_windows import open_window, register

STORED = "ERASED-3f9a0c1d2e4b5a69"


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("fi", "POISTETTU-3f9a0c1d2e4b5a69"), ("sv", "RADERAD-3f9a0c1d2e4b5a69"), ("en", STORED)],
)
def test_the_erased_person_s_reference_is_in_the_window_s_language(
    english, qtbot, services: Services, admin: Actor, lang: str, shown: str
) -> None:  # type: ignore[no-untyped-def]
    request_id = register(services, admin, "erasure")
    # What an erasure leaves: the request linked to nobody, carrying the random reference.
    with raw_db(services.db.path) as conn:
        conn.execute("UPDATE requests SET subject_ref = ? WHERE id = ?", (STORED, request_id))
    english[2].apply(lang, remember=False)
    assert erased_reference(STORED) == shown
    assert erased_reference("L4D-00001") == "L4D-00001"  # nothing else is touched

    tab = RequestsTab(Session(services, admin))
    qtbot.addWidget(tab)
    tab.refresh()
    listed = " ".join(" ".join(column(tab.model, c)) for c in range(tab.model.columnCount()))
    assert shown in listed
    window = open_window(qtbot, services, admin, request_id)
    assert shown in window.header.customer_label.text()
    if lang != "en":
        assert "ERASED" not in listed + window.header.customer_label.text()

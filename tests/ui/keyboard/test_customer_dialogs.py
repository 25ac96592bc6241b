"""The dialogs of the Customers tab and of a customer's window offer each mnemonic letter once,
in Finnish, Swedish and English: a consent given and withdrawn, the marketing list, a merge of
two records (from the list and from the window), a customer import's report and a web-event
import's report, each opened as the tab or the window opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.customers.service import CustomerRecord
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.consent_dialog import ConsentDialog
from l4d_desktop.ui.customers.exports import MarketingListDialog
from l4d_desktop.ui.customers.merge_dialog import CustomerMergeDialog
from l4d_desktop.ui.customers.merge_partner import MergePartnerDialog
from l4d_desktop.ui.imports.customer_dialog import CustomerImportDialog
from l4d_desktop.ui.imports.event_dialog import EventImportReport
from tests.helpers.customer_windows import make_tab, open_window
from tests.helpers.customers import add_customer, event_lines, write_lines
from tests.helpers.gui import WAIT_MS, finish
from tests.ui.keyboard.walk import DialogWalk

OPENS: frozenset[type[QDialog]] = frozenset(
    {
        ConsentDialog,
        MarketingListDialog,
        CustomerMergeDialog,
        MergePartnerDialog,
        CustomerImportDialog,
        EventImportReport,
    }
)

IMPORT_FILE = (
    "Nimi;Sähköposti;Puhelin;Markkinointilupa\r\n"
    "Äijä Öhman;aija@esimerkki.fi;040 123 4567;kyllä\r\n"
    "Väärä Rivi;ei-osoite;040 765 4321;ei\r\n"
    "Maija Uusi;MAIJA@example.fi;;kyllä\r\n"
)

no_raise_on_offscreen = pytest.mark.qt_log_ignore("This plugin does not support raise")


@no_raise_on_offscreen
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_customer_dialog_offers_each_letter_once(
    english,
    qtbot,
    services: Services,
    admin: Actor,
    maija: CustomerRecord,
    answers,
    tmp_path: Path,
    lang: str,
) -> None:  # type: ignore[no-untyped-def]
    english[2].apply(lang, remember=False)
    twin = add_customer(services, admin, "Maija Meikäläinen", email="maija.m@example.fi")
    services.consents.record(admin, maija.id, "marketing_email", True, "web_form")
    walk = DialogWalk(qtbot)
    tab = make_tab(qtbot, services, admin)
    tab.show()

    window = open_window(qtbot, tab, maija.id)
    window.consents_page.record(True)
    walk.check("consent given", window.consents_page.dialog)
    window.consents_page.record(False)
    walk.check("consent withdrawn", window.consents_page.dialog)
    window.merge_with_duplicate(window.basic_page.record)
    walk.check("merge partner", window.merge_partner)
    window.close()

    tab.marketing_list()
    walk.check("marketing list", tab.marketing_dialog)
    selection = tab.table.selectionModel()
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(tab.model.rowCount()):
        selection.select(tab.model.index(row, 0), rows)
    assert {c.id for c in tab.selected_records()} == {maija.id, twin.id}
    tab.merge_selected()
    walk.check("merge", tab.merge_dialog)

    source = tmp_path / "asiakkaat.csv"
    source.write_bytes(IMPORT_FILE.encode("utf-8"))
    tab.import_customers_from(source)
    dialog = tab.import_dialog
    assert isinstance(dialog, CustomerImportDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)  # the report shown
    walk.check("customer import", dialog)
    events = event_lines("maija@example.fi", 2) + event_lines("tuntematon@example.com", 1)
    finish(qtbot, tab.import_events_from(write_lines(tmp_path / "sivusto.jsonl", events)))
    walk.check("web event import", tab.report)

    assert walk.opened == OPENS
    assert walk.found == {}

"""The Customers tab on real services, and a customer's window opened from it and waited for."""

from __future__ import annotations

from typing import Any

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services
from l4d_desktop.ui.customers.tab import CustomersTab
from l4d_desktop.ui.customers.window import CustomerWindow
from tests.helpers.gui import WAIT_MS


def make_tab(qtbot: Any, services: Services, actor: Actor) -> CustomersTab:
    tab = CustomersTab(services, actor)
    qtbot.addWidget(tab)
    return tab


def open_window(
    qtbot: Any, tab: CustomersTab, customer_id: int, purpose: str = "customer_service"
) -> CustomerWindow:
    window = tab.open_customer(customer_id, purpose)
    qtbot.waitUntil(lambda: window.loaded, timeout=WAIT_MS)
    return window

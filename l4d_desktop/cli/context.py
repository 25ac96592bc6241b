"""What every authenticated command gets: the services, the logged-in actor, its arguments."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from l4d_desktop.cli.credentials import PasswordSource
from l4d_desktop.core.actor import Actor
from l4d_desktop.core.services import Services


@dataclass(frozen=True)
class Context:
    services: Services
    actor: Actor
    args: argparse.Namespace
    passwords: PasswordSource
    current_password: str

"""The controller must know its legal basis before it processes (Art. 6, 13(1)(c)): no access
letter or privacy notice leaves while a basis it would print is still a proposal."""

from __future__ import annotations

from collections.abc import Iterable

from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.register.processing import Purpose


def unconfirmed(purposes: Iterable[Purpose]) -> tuple[Purpose, ...]:
    return tuple(p for p in purposes if not p.basis_confirmed)


def require_confirmed(purposes: Iterable[Purpose]) -> None:
    """Refuse while any of `purposes` has a basis the pääkäyttäjä has not confirmed; the error
    names their codes (never personal data), which `register confirm CODE` takes."""
    pending = unconfirmed(purposes)
    if pending:
        raise BusinessRuleError("basis_unconfirmed", purposes=", ".join(p.code for p in pending))

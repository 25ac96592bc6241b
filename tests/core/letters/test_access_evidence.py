"""Letters as evidence, on the access response: no letter while a basis it prints is
unconfirmed, and every transfer outside the EEA printed with its mechanism."""

from __future__ import annotations

from dataclasses import replace

import pytest

from l4d_desktop.core.errors import BusinessRuleError
from l4d_desktop.core.letters.compose import access as access_letter
from tests.core.letters.access_contexts import PROCESSOR_US, make_context, make_register


def test_an_unconfirmed_basis_stops_the_letter_and_names_the_purpose() -> None:
    register = make_register()
    pending = replace(register.purposes[1], basis_confirmed=False)
    unsure = replace(register, purposes=(register.purposes[0], pending, register.purposes[2]))
    with pytest.raises(BusinessRuleError) as refused:
        access_letter.compose(make_context("en", register=unsure))
    assert refused.value.code == "basis_unconfirmed"
    assert refused.value.params == {"purposes": "p2"}


def test_a_transfer_without_its_mechanism_stops_the_letter() -> None:
    ctx = make_context("fi")
    assert ctx.subject is not None
    bare = tuple(replace(r, transfer="", transfer_detail="") for r in ctx.subject.recipients)
    with pytest.raises(BusinessRuleError) as refused:
        access_letter.compose(replace(ctx, subject=replace(ctx.subject, recipients=bare)))
    assert refused.value.code == "transfer_unrecorded"
    assert refused.value.params == {"processors": PROCESSOR_US}

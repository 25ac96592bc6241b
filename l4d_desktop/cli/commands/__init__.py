"""The commands, one module per noun: each adds its grammar (`add_parser`) and binds every action
to its handler with `set_defaults(run=…)`. Only light imports at module level: `--version` and
`--help` build the whole grammar and must not wait for the database layer."""

from __future__ import annotations

from l4d_desktop.cli.commands import (
    audit,
    backup,
    consent,
    customer,
    db,
    demo,
    events,
    init,
    invoice,
    letter,
    maintenance,
    objection,
    password,
    processor,
    register,
    report,
    request,
    restore,
    retention,
    user,
)

# In the order `l4d --help` lists them.
NOUNS = (
    init,
    user,
    customer,
    consent,
    objection,
    events,
    invoice,
    demo,
    request,
    processor,
    register,
    letter,
    report,
    retention,
    backup,
    restore,
    maintenance,
    audit,
    db,
    password,
)

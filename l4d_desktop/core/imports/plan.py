"""What a customer file would do to the register, found without writing anything: every
problem of every row, rows naming someone already in the register, rows on the suppression list.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4d_desktop.core.customers.fields import (
    CleanCustomer,
    clean_customer_number,
    clean_customer_values,
)
from l4d_desktop.core.customers.suppression import SALT_KEY, SuppressionList, digests
from l4d_desktop.core.errors import ValidationError
from l4d_desktop.core.imports.customer_csv import FIELDS, CustomerFile
from l4d_desktop.core.imports.tabular import RowProblem
from l4d_desktop.core.store.models import Customer, Setting
from l4d_desktop.core.text import fold

# The file's columns that are customer fields (the number and the consent are not).
INPUT_FIELDS = tuple(f for f in FIELDS if f not in ("customer_number", "marketing_consent"))


# -- what plan() finds ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Duplicate:
    """A valid row naming a person already in the register: not an error, a choice."""

    row: int
    customer_id: int
    field: str  # "email" or "customer_number": what matched
    # The customer's version when the register was read: an update made from the preview
    # meets a per-row conflict if the customer has been saved since (0: not known).
    version: int = dataclasses.field(default=0, compare=False)


@dataclass(frozen=True)
class PlannedRow:
    """A row that passed every check, with its values as they will be stored."""

    row: int
    customer: CleanCustomer
    customer_number: str  # "" when the file gives none: one is allocated on import
    marketing_consent: bool  # the file says the person consented to marketing email
    suppressed: bool  # email or phone on the suppression list: imported without consent
    # The file's text of the row's customer fields (read when an existing customer is updated).
    cells: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def given(self) -> frozenset[str]:
        """Fields whose cell is not empty: an update of an existing customer takes these only,
        so an empty cell never wipes what the register has."""
        return frozenset(f for f, text in self.cells.items() if f in INPUT_FIELDS and text.strip())


@dataclass(frozen=True)
class ImportPlan:
    """What a file would do to the register, found without writing anything."""

    rows: tuple[PlannedRow, ...] = ()
    problems: tuple[RowProblem, ...] = ()  # sorted by row; all of a row's problems
    duplicates: tuple[Duplicate, ...] = ()
    suppressed_rows: tuple[int, ...] = ()
    ignored_columns: tuple[str, ...] = ()
    total_rows: int = 0
    fields: tuple[str, ...] = ()  # the customer fields the file has columns for

    @property
    def valid_count(self) -> int:
        return len(self.rows)

    @property
    def rejected_count(self) -> int:
        """Rows with at least one problem."""
        return len({p.row for p in self.problems})

    @property
    def duplicate_count(self) -> int:
        return len(self.duplicates)

    @property
    def new_count(self) -> int:
        return len(self.rows) - len(self.duplicates)

    @property
    def suppressed_count(self) -> int:
        return len(self.suppressed_rows)

    @property
    def consent_count(self) -> int:
        """New customers whose marketing consent will be recorded."""
        dup_rows = {d.row for d in self.duplicates}
        return sum(
            1
            for r in self.rows
            if r.marketing_consent and not r.suppressed and r.row not in dup_rows
        )

    @cached_property
    def duplicate_by_row(self) -> Mapping[int, Duplicate]:
        return {d.row: d for d in self.duplicates}


# -- the register as a file is checked against -------------------------------------------------


@dataclass
class Register:
    """What of the register a file is checked against: who is in it, who may not be marketed."""

    by_email: dict[str, int]  # folded email → lowest customer id
    by_number: dict[str, int]
    salt: str
    suppressed: set[tuple[str, str]]
    versions: dict[int, int] = field(default_factory=dict)  # customer id → version

    @classmethod
    def load(cls, session: Session) -> Register:
        by_email: dict[str, int] = {}
        by_number: dict[str, int] = {}
        versions: dict[int, int] = {}
        rows = session.execute(
            select(
                Customer.id, Customer.email, Customer.customer_number, Customer.version
            ).order_by(Customer.id)
        )
        for cid, email, number, version in rows:
            versions[cid] = version
            if email:
                by_email.setdefault(fold(email), cid)
            if number:
                by_number[number] = cid
        salt_row = session.get(Setting, SALT_KEY)
        salt, suppressed = "", set()
        # Without a salt nothing can be on the list; SuppressionList would create one, which a
        # read snapshot must not.
        if salt_row is not None and salt_row.value:
            listed = SuppressionList(session)
            salt, suppressed = listed.salt, listed.all_digests()
        return cls(by_email, by_number, salt, suppressed, versions)

    def refresh_suppressions(self, session: Session) -> None:
        """The list as it is now: entries may have been added since (an objection recorded
        while the import runs). Read whole: the list is short beside the register."""
        salt_row = session.get(Setting, SALT_KEY)
        if salt_row is None or not salt_row.value:
            return
        # The secret afresh too: a first entry made since the load made the salt or the key,
        # and the digests are keyed with both (the bare salt would match nothing).
        listed = SuppressionList(session)
        self.salt, self.suppressed = listed.salt, listed.all_digests()

    def is_suppressed(self, email: str, phone: str) -> bool:
        if not self.suppressed:
            return False
        return any(d in self.suppressed for d in digests(self.salt, email, phone))

    def match(self, email: str, number: str) -> tuple[Duplicate | None, RowProblem | None]:
        """(the existing customer the row names, or a conflict); row numbers filled by caller."""
        by_email = self.by_email.get(fold(email)) if email and self.by_email else None
        by_number = self.by_number.get(number) if number and self.by_number else None
        if by_email is not None and by_number is not None and by_email != by_number:
            # The email is one person's and the number another's: the file is wrong somewhere.
            return None, RowProblem(0, "customer_number", "customer_number_taken")
        if by_email is not None:
            return Duplicate(0, by_email, "email", self.versions.get(by_email, 0)), None
        if by_number is not None:
            return Duplicate(0, by_number, "customer_number", self.versions.get(by_number, 0)), None
        return None, None


def _problem(row: int, exc: ValidationError) -> RowProblem:
    params = {k: v for k, v in exc.params.items() if k != "field"}
    return RowProblem(row, exc.field, exc.code, params)


def check_file(parsed: CustomerFile, register: Register) -> ImportPlan:
    """Every row through the customer validation, then against the file and the register."""
    problems: list[RowProblem] = list(parsed.problems)
    bad_rows = {p.row for p in parsed.problems}
    planned: list[PlannedRow] = []
    duplicates: list[Duplicate] = []
    suppressed_rows: list[int] = []
    seen_email: dict[str, int] = {}
    seen_number: dict[str, int] = {}
    input_fields = [f for f in INPUT_FIELDS if f in parsed.fields]
    for raw in parsed.rows:
        row = raw.row
        values = raw.values
        row_problems: list[RowProblem] = []
        number = ""
        try:
            number = clean_customer_number(values.get("customer_number", ""))
        except ValidationError as exc:
            row_problems.append(_problem(row, exc))
        clean: CleanCustomer | None = None
        try:
            clean = clean_customer_values({f: values[f] for f in input_fields})
        except ValidationError as exc:
            row_problems += [_problem(row, e) for e in getattr(exc, "all_errors", [exc])]
        # A later row repeating an earlier row's value is the problem; the earlier row stands.
        if clean is not None and clean.email:
            key = fold(clean.email)
            if key in seen_email:
                row_problems.append(RowProblem(row, "email", "duplicate_in_file"))
            else:
                seen_email[key] = row
        if number:
            if number in seen_number:
                row_problems.append(RowProblem(row, "customer_number", "duplicate_in_file"))
            else:
                seen_number[number] = row
        if clean is None or row_problems or row in bad_rows:
            problems += row_problems
            continue
        duplicate, conflict = register.match(clean.email, number)
        if conflict is not None:
            problems.append(replace(conflict, row=row))
            continue
        if duplicate is not None:
            duplicates.append(replace(duplicate, row=row))
        suppressed = register.is_suppressed(clean.email, clean.phone)
        if suppressed:
            suppressed_rows.append(row)
        planned.append(
            PlannedRow(
                row=row,
                customer=clean,
                customer_number=number,
                marketing_consent=bool(raw.marketing_consent),
                suppressed=suppressed,
                cells=values,
            )
        )
    problems.sort(key=lambda p: p.row)  # stable: a row's problems stay in field order
    return ImportPlan(
        rows=tuple(planned),
        problems=tuple(problems),
        duplicates=tuple(duplicates),
        suppressed_rows=tuple(suppressed_rows),
        ignored_columns=parsed.ignored_columns,
        total_rows=len({r.row for r in parsed.rows} | bad_rows),
        fields=tuple(input_fields),
    )

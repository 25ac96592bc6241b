"""Which engine a test run drives the services on: `pytest --engine postgresql` runs the core
and command-line suite against a throwaway PostgreSQL cluster, each test in a database of its own
made from a migrated template (CREATE DATABASE … TEMPLATE), as the SQLite run copies a file."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from l4d_desktop.core.services import Services, open_services
from tests.helpers.clock import FakeClock
from tests.helpers.postgres_cluster import Cluster, running_cluster
from tests.helpers.users import cheap_hasher

_server_numbers = itertools.count(1)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=("sqlite", "postgresql"),
        default="sqlite",
        help="the engine the services fixture opens (postgresql: a throwaway local cluster)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: looks at the SQLite file itself; not run on a server"
    )


# Tests about SQLite's own file and its ways (its bytes, WAL, pragmas, file modes, backups as
# SQLite files, a second process opening the file, raw SQL in SQLite's dialect and types), by
# node id prefix: they run on the SQLite run only. Their server counterparts are the tests of
# tests/core/store/test_server_*.py, test_remote_changes.py, test_concurrent_workstations.py,
# tests/core/erasure/test_server_erasure.py and tests/cli/test_db_server.py.
SQLITE_ONLY = (
    "tests/core/store/test_backup.py",
    "tests/core/store/test_backup_interrupted.py",
    "tests/core/store/test_database_files.py",
    "tests/core/store/test_foreign_database.py",
    "tests/core/store/test_migrations.py",
    "tests/core/store/test_swedish_seed_migration.py",
    "tests/core/store/test_commit_watch.py::test_a_commit_by_another_program",
    "tests/core/store/test_change_feed.py::test_a_driver_level_executemany_is_seen",
    "tests/core/files/test_files.py",
    "tests/core/files/test_temp_sweep.py",
    "tests/core/test_no_personal_data.py::test_no_plaintext_password_is_anywhere_in_the_database",
    "tests/core/erasure/test_erasure.py",
    "tests/core/erasure/test_erasure_aftermath.py",
    "tests/core/erasure/test_interrupted_scrub.py",
    "tests/core/erasure/test_erasure_plan.py::test_the_plan_shows_every_item_with_its_action",
    "tests/core/demo/test_killed_fill.py",
    "tests/core/imports/test_customer_import_cancel.py::test_an_import_cut_short_by_a_crash",
    "tests/core/customers/test_web_events.py::test_an_event_import_cut_short_by_a_crash",
    "tests/core/customers/test_search_narrowing.py::test_a_commit_by_another",
    "tests/core/customers/test_search_narrowing.py::test_upper_case_ascii_in_the_index",
    "tests/core/customers/test_search_narrowing.py::test_no_handle_on_the_file",
    "tests/core/customers/test_search_narrowing.py::test_the_version_watcher_never_creates",
    "tests/core/customers/test_suppression_key.py",
    "tests/core/customers/test_register_data.py::test_customer_numbers_are_unique_and_never",
    "tests/core/customers/test_register_data.py::test_the_ledger_cannot_be_edited_even_with_sql",
    "tests/core/customers/test_register_data.py::test_an_objection_to_direct_marketing_ends",
    "tests/core/customers/test_invoices_and_restriction.py::test_invoices_keep_the_buyer",
    "tests/core/requests/test_rectification_objection_withdrawal.py::test_an_objection_to_direct",
    "tests/core/requests/test_rectification_objection_withdrawal.py::test_a_withdrawal_writes",
    "tests/core/requests/test_requests.py::test_register_computes_the_three_dates",
    "tests/core/demo/test_demo_data.py::test_consents_events_and_invoices_are_linked",
    "tests/core/security/test_auth.py::test_a_password_typed_into_the_username_box",
    "tests/core/security/test_auth.py::test_a_weaker_hash_is_upgraded_at_login",
    "tests/core/security/test_auth.py::test_the_idle_lock_setting_defaults_to_15_minutes",
    "tests/core/audit/test_tampering.py",
    "tests/core/audit/test_backup_rights.py::test_the_paakayttaja_backs_up",
    "tests/cli/test_audit.py",
    "tests/cli/test_backup.py::test_backup_writes_a_verified_owner_only_copy",
    "tests/cli/test_maintenance.py",
    "tests/cli/test_main.py::test_a_missing_database_is_not_created_by_a_command",
    "tests/cli/requests/test_request_erase.py::test_yes_runs_it_and_prints_a_summary",
    "tests/cli/test_subprocess.py",
    # Retention and restore: the purged rows' bytes looked for in the SQLite file, backups as
    # SQLite files restored and replayed, runs killed in another process on the file.
    "tests/core/retention/test_retention_run.py::test_web_events_past_14_months",
    "tests/core/retention/test_retention_run.py::test_an_inactive_customer_with_a_kept_invoice",
    "tests/core/retention/test_retention_run.py::test_a_closed_request_past_its_period",
    "tests/core/requests/test_request_evidence.py::test_the_letters_texts_go_with_the_persons",
    "tests/core/retention/test_restore.py",
    "tests/core/retention/test_killed_run.py",
    "tests/cli/test_retention.py::test_restore_checks_without_yes_and_restores_with_it",
    "tests/core/store/test_request_evidence_migration.py",
    "tests/core/store/test_automatic_backup.py::test_a_backup_a_day_keeping_the_newest_n",
    # Encrypted backups: SQLite backup files encrypted, decrypted and restored as files.
    "tests/core/store/test_backup_encryption.py",
    "tests/cli/test_backup.py::test_an_encrypted_backup_made_and_restored_with_a_passphrase_file",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--engine") != "postgresql":
        return
    skip = pytest.mark.skip(reason="SQLite's file or dialect, or the window: runs on SQLite")
    for item in items:
        # The window's own tests stay on SQLite: widgets that outlive a test's database would
        # query a server that has dropped it.
        gui = "qtbot" in getattr(item, "fixturenames", ())
        if gui or item.get_closest_marker("sqlite_only") or item.nodeid.startswith(SQLITE_ONLY):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.config.getoption("--engine"))


@pytest.fixture(scope="session")
def pg_cluster(engine_name: str) -> Iterator[Cluster | None]:
    if engine_name != "postgresql":
        yield None
        return
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def any_cluster(pg_cluster: Cluster | None) -> Iterator[Cluster]:
    """A running cluster on either run: the PostgreSQL run's own, or one started for the tests
    of the server features themselves (connecting, setup, copy)."""
    if pg_cluster is not None:
        yield pg_cluster
        return
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def server_services(any_cluster: Cluster, tmp_path: Path, clock: FakeClock) -> Iterator[Services]:
    """Services on a fresh database of a running cluster, on either run (for the tests of what
    only a server does: its files, its roles, its notifications)."""
    name = f"l4d_server_{next(_server_numbers)}"
    any_cluster.run(f"CREATE DATABASE {name}")
    services = open_services(
        any_cluster.address(name), clock=clock, hasher=cheap_hasher(), local_folder=tmp_path
    )
    yield services
    services.db.dispose()
    any_cluster.run(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    any_cluster.run(f"DROP DATABASE IF EXISTS {name}_keep WITH (FORCE)")  # made at first need

"""The journal's SQLite schema and its migrations. `PRAGMA user_version` holds the version."""

from __future__ import annotations

import sqlite3

from desktop_app.core.errors import JournalTooNew
from desktop_app.core.i18n import Msg

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "JournalTooNew", "migrate"]

# Each entry migrates from version i to i + 1. Append only; never edit a released step.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE jobs (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL,
        profile TEXT NOT NULL,
        marketplace TEXT NOT NULL,
        source_name TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        finished_at TEXT,
        last_error TEXT
    );
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        job_id INTEGER NOT NULL REFERENCES jobs(id),
        payload TEXT NOT NULL,
        payload_hash TEXT NOT NULL,
        request_id TEXT,
        status TEXT NOT NULL,
        remote_status TEXT,
        created_at TEXT NOT NULL,
        submitted_at TEXT,
        finished_at TEXT,
        message TEXT
    );
    CREATE INDEX batches_by_job ON batches(job_id, status);
    CREATE TABLE rows (
        job_id INTEGER NOT NULL REFERENCES jobs(id),
        line INTEGER NOT NULL,
        order_items TEXT NOT NULL,
        ship TEXT,
        outcome TEXT NOT NULL,
        errors TEXT NOT NULL DEFAULT '[]',
        batch_id INTEGER REFERENCES batches(id),
        in_doubt INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (job_id, line)
    );
    CREATE INDEX rows_by_batch ON rows(batch_id);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        job_id INTEGER REFERENCES jobs(id),
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        message TEXT NOT NULL
    );
    CREATE INDEX events_by_job ON events(job_id);
    """,
    # 2: marketplace-specific fields of a row (SellerCenter reasons, Unicommerce product ids).
    "ALTER TABLE rows ADD COLUMN details TEXT NOT NULL DEFAULT '{}';",
    # 3: the undo window: when a scheduled job is due to be sent.
    "ALTER TABLE jobs ADD COLUMN send_at TEXT;",
    # 4: watched folders: every file read, by content hash, so none is ever read twice.
    """
    CREATE TABLE watched_files (
        hash TEXT PRIMARY KEY,
        folder TEXT NOT NULL,
        name TEXT NOT NULL,
        profile TEXT NOT NULL,
        action TEXT NOT NULL,
        job_id INTEGER REFERENCES jobs(id),
        taken_at TEXT NOT NULL,
        settled_at TEXT,
        settled_to TEXT
    );
    CREATE INDEX watched_files_by_job ON watched_files(job_id);
    """,
    # 5: who runs a job, until when: a job never runs in two processes or windows at once.
    "ALTER TABLE jobs ADD COLUMN owner TEXT; ALTER TABLE jobs ADD COLUMN lease_until REAL;",
    # 6: what the marketplace's status showed of a batch's items before its first send, so
    # a lost answer is settled against it (an item done before the job is not "done by us").
    "ALTER TABLE batches ADD COLUMN state_before TEXT;",
    # 7: an invalid row's id cell as written ("1.23457E+11"), so its export keeps it.
    "ALTER TABLE rows ADD COLUMN raw_ids TEXT NOT NULL DEFAULT '';",
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the database up to SCHEMA_VERSION, one transaction per step."""
    current = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if current > SCHEMA_VERSION:
        raise JournalTooNew(
            Msg(
                "The journal was written by a newer Seller Desk (schema {schema}); please update.",
                schema=current,
            )
        )
    for version in range(current, SCHEMA_VERSION):
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE; {MIGRATIONS[version]};"
                f" PRAGMA user_version = {version + 1}; COMMIT;"
            )
        except sqlite3.OperationalError:
            # Another Seller Desk may have taken this step while we waited for the lock.
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if int(connection.execute("PRAGMA user_version").fetchone()[0]) <= version:
                raise

"""Backup and restore round-trip on the database the suite runs on (PostgreSQL or SQLite):
back up a freshly loaded database, change a reply, restore, and the change is gone and every
published figure reconciles again. Runs the real commands, in a database of its own."""
import json
import os
import sqlite3
import subprocess
import sys
import uuid

import psycopg
import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.fixture
def scratch_database(tmp_path):
    """A DATABASE_URL for a database that only this test uses, dropped afterwards."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'scratch.sqlite3'}"
        return
    settings = connection.settings_dict
    name = f"tracker_backup_{uuid.uuid4().hex[:8]}"
    host, port = settings["HOST"] or "localhost", settings["PORT"] or 5432
    admin = psycopg.connect(host=host, port=port, user=settings["USER"],
                            password=settings["PASSWORD"] or None, dbname="postgres",
                            autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    yield f"postgres://{settings['USER']}{password}@{host}:{port}/{name}"
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


@pytest.fixture
def loaded_database(scratch_database, tmp_path):
    """The scratch database, migrated and with the demo data. On SQLite, a copy of the suite's
    own database (migrated, the demo loaded by tests/conftest.py, nothing changed yet by this
    test): what `migrate` then `loaddemo` would make, without making it again."""
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(tmp_path / "scratch.sqlite3") as copy:
            connection.connection.backup(copy)
        copy.close()
    else:
        for step in (("migrate", "--noinput"), ("loaddemo",)):
            done = manage(scratch_database, *step)
            assert done.returncode == 0, done.stderr
    return scratch_database


def python(database_url: str, code: str) -> str:
    """What ``code`` prints, run by ``manage.py shell`` on that database."""
    return manage(database_url, "shell", "--no-imports", "-c", code).stdout.strip()


def manage(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "1"}
    return subprocess.run([sys.executable, "manage.py", *args], env=env,
                          capture_output=True, text=True)


# One reply A/56/167 counts as a Government's latest, in favour: changing it changes a figure.
ONE = ("from surveys.models import Report, Response; one = Response.objects.latest_counted_by("
       "Report.objects.get(symbol='A/56/167')).filter(stance='in_favour').order_by('pk')[0]; ")
SUMMARY_OF_ONE = ONE + "print(one.summary)"


def test_backup_then_restore_brings_back_the_data_and_loses_the_change(loaded_database,
                                                                       tmp_path):
    scratch_database = loaded_database
    dump = tmp_path / "tracker.dump"
    done = manage(scratch_database, "backup", str(dump))
    assert done.returncode == 0 and dump.stat().st_size > 0, done.stderr
    original = python(scratch_database, SUMMARY_OF_ONE)
    figures = manage(scratch_database, "summary", "--report", "A/56/167", "--format", "json")

    change = ONE + ("Response.objects.filter(pk=one.pk)"
                    ".update(summary='Changed after the backup', stance='reservations')")
    assert manage(scratch_database, "shell", "--no-imports", "-c", change).returncode == 0
    assert manage(scratch_database, "reconcile").returncode == 1  # the change shows

    assert manage(scratch_database, "restore", str(dump)).returncode != 0  # asks for --yes
    done = manage(scratch_database, "restore", str(dump), "--yes")
    assert done.returncode == 0, done.stderr
    assert python(scratch_database, SUMMARY_OF_ONE) == original
    reconciled = manage(scratch_database, "reconcile")
    assert reconciled.returncode == 0, reconciled.stdout
    again = manage(scratch_database, "summary", "--report", "A/56/167", "--format", "json")
    assert json.loads(again.stdout) == json.loads(figures.stdout)


def test_restoring_a_missing_file_says_so(scratch_database, tmp_path):
    done = manage(scratch_database, "restore", str(tmp_path / "none.dump"), "--yes")
    assert done.returncode != 0 and "No backup file" in done.stderr

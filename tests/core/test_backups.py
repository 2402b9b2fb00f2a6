"""Backup and restore round-trip on the database the suite runs on (PostgreSQL or SQLite):
back up a freshly loaded database, change a reply, restore, and the change is gone and every
published figure reconciles again. Runs the real commands, in a database of its own.

A backup keeps its secrets: the file is its owner's alone, holds no sign-in session nor
sign-in attempt, and when a key is set it is encrypted and restores with that key only. The
tests about the file call core.backups in the test's own process; those about the commands
run them."""
import json
import os
import sqlite3
import stat
import subprocess
import sys
import uuid

import psycopg
import pytest
from django.db import connection

from core import backups
from core.backups import BackupError, backup, left_out_tables, restore

pytestmark = pytest.mark.django_db

KEY = "correct horse battery staple 42"


@pytest.fixture(scope="module")
def scratch_database(tmp_path_factory):
    """A DATABASE_URL for a database that only this module uses, dropped afterwards."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('scratch') / 'scratch.sqlite3'}"
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


@pytest.fixture(scope="module")
def loaded_database(scratch_database, demo_data, django_db_blocker):
    """The scratch database, migrated and with the demo data. On SQLite, a copy of the suite's
    own database (migrated, the demo loaded by tests/conftest.py, nothing changed yet by a
    test): what `migrate` then `loaddemo` would make, without making it again. Shared by the
    module's tests, since loading it costs seconds on PostgreSQL: each test that changes a
    reply restores the database from its own backup before it ends."""
    if connection.vendor == "sqlite":
        with django_db_blocker.unblock():
            connection.ensure_connection()
            with sqlite3.connect(scratch_database.removeprefix("sqlite:///")) as copy:
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


def manage(database_url: str, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run manage.py on that database, with no backup key unless ``env`` sets one."""
    env = {**os.environ, "BACKUP_KEY": "", "BACKUP_KEY_FILE": "", **env,
           "DATABASE_URL": database_url, "DEBUG": "1"}
    return subprocess.run([sys.executable, "manage.py", *args], env=env,
                          capture_output=True, text=True)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def left_out_data_in(dump) -> list[str]:
    """The left-out tables that the backup file holds rows of."""
    if connection.vendor == "sqlite":
        with sqlite3.connect(dump) as file:
            counts = {table: file.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
                      for table in left_out_tables()}
        file.close()
        return [table for table, count in counts.items() if count]
    listing = subprocess.run(["pg_restore", "--list", str(dump)], capture_output=True,
                             text=True, check=True).stdout
    assert " TABLE DATA public auth_user " in listing  # what a full backup lists
    return [table for table in left_out_tables() if f" TABLE DATA public {table} " in listing]


# One reply A/56/167 counts as a Government's latest, in favour: changing it changes a figure.
ONE = ("from surveys.models import Report, Response; one = Response.objects.latest_counted_by("
       "Report.objects.get(symbol='A/56/167')).filter(stance='in_favour').order_by('pk')[0]; ")
SUMMARY_OF_ONE = ONE + "print(one.summary)"
# How many rows each left-out table holds.
COUNT_LEFT_OUT = """
from core.backups import left_out_tables
from django.db import connection
with connection.cursor() as cursor:
    for table in left_out_tables():
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        print(cursor.fetchone()[0], end=" ")
"""
# Someone signs in (a session), and fails to (django-axes' rows): the session key, the counts.
SIGN_IN = """
from axes.models import AccessAttempt, AccessAttemptExpiration, AccessFailureLog, AccessLog
from django.contrib.sessions.backends.db import SessionStore
from django.utils import timezone
session = SessionStore()
session["signed_in"] = True
session.create()
where = dict(username="someone", ip_address="192.0.2.1", user_agent="a browser",
             http_accept="*/*", path_info="/accounts/login/")
attempt = AccessAttempt.objects.create(**where, get_data="", post_data="",
                                       failures_since_start=1)
AccessAttemptExpiration.objects.create(access_attempt=attempt, expires_at=timezone.now())
AccessLog.objects.create(**where)
AccessFailureLog.objects.create(**where)
print(session.session_key)
""" + COUNT_LEFT_OUT


def test_backup_then_restore_brings_back_the_data_and_loses_the_change(loaded_database,
                                                                       tmp_path):
    scratch_database = loaded_database
    session_key, counts = python(scratch_database, SIGN_IN).splitlines()
    assert counts == "1 1 1 1 1"
    dump = tmp_path / "tracker.dump"
    done = manage(scratch_database, "backup", str(dump))
    assert done.returncode == 0 and dump.stat().st_size > 0, done.stderr
    assert "not encrypted" in done.stdout
    assert mode(dump) == 0o600
    assert left_out_data_in(dump) == []
    if connection.vendor == "sqlite":  # not even as deleted bytes in the file's free pages
        data = dump.read_bytes()
        assert b"A/56/167" in data
        assert [words for words in (session_key.encode(), b"a browser") if words in data] == []
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
    assert python(scratch_database, COUNT_LEFT_OUT) == "0 0 0 0 0"  # signed out, tables kept
    reconciled = manage(scratch_database, "reconcile")
    assert reconciled.returncode == 0, reconciled.stdout
    again = manage(scratch_database, "summary", "--report", "A/56/167", "--format", "json")
    assert json.loads(again.stdout) == json.loads(figures.stdout)


def test_an_encrypted_backup_restores_with_its_key_only(loaded_database, tmp_path):
    scratch_database = loaded_database
    key_file = tmp_path / "backup.key"
    key_file.write_text(KEY + "\n")
    dump = tmp_path / "tracker.dump.gpg"
    done = manage(scratch_database, "backup", str(dump), BACKUP_KEY_FILE=str(key_file))
    assert done.returncode == 0, done.stderr
    assert "encrypted with BACKUP_KEY" in done.stdout and mode(dump) == 0o600
    assert dump.read_bytes()[0] == 0x8C  # OpenPGP, not PGDMP nor "SQLite format 3"
    change = ONE + ("print(one.summary); "
                    "Response.objects.filter(pk=one.pk).update(summary='Changed')")
    original = python(scratch_database, change)

    changed = tmp_path / "changed.dump.gpg"
    data = bytearray(dump.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed.write_bytes(data)
    for file, env, words in ((dump, {}, "is encrypted, and no key is set"),
                             (dump, {"BACKUP_KEY": KEY + "!"}, "could not be decrypted"),
                             (changed, {"BACKUP_KEY_FILE": str(key_file)},
                              "could not be decrypted")):
        done = manage(scratch_database, "restore", str(file), "--yes", **env)
        assert done.returncode != 0 and words in done.stderr, done.stderr
    assert python(scratch_database, SUMMARY_OF_ONE) == "Changed"  # nothing was restored

    done = manage(scratch_database, "restore", str(dump), "--yes",
                  BACKUP_KEY_FILE=str(key_file))
    assert done.returncode == 0 and "decrypted" in done.stdout, done.stderr
    assert python(scratch_database, SUMMARY_OF_ONE) == original


def test_restoring_a_missing_file_says_so(scratch_database, tmp_path):
    done = manage(scratch_database, "restore", str(tmp_path / "none.dump"), "--yes")
    assert done.returncode != 0 and "No backup file" in done.stderr


@pytest.fixture
def nothing_restored(monkeypatch):
    """Fails the test if restore goes as far as replacing the database."""
    def load(*args):
        raise AssertionError("restore replaced the database")
    monkeypatch.setattr(backups, "_load", load)


@pytest.fixture
def open_umask():
    """The loosest umask, so that a file or folder is private only because backup made it so."""
    before = os.umask(0)
    yield
    os.umask(before)


def test_the_backup_file_and_the_folders_it_makes_are_private(tmp_path, open_umask):
    made = backup(tmp_path / "backups" / "daily" / "tracker.dump")
    assert made.size > 0 and not made.encrypted
    assert mode(made.path) == 0o600
    assert mode(tmp_path / "backups") == mode(tmp_path / "backups" / "daily") == 0o700
    assert os.listdir(made.path.parent) == ["tracker.dump"]  # no temporary file left


def test_an_existing_file_is_replaced_only_when_asked(tmp_path, open_umask):
    existing = tmp_path / "tracker.dump"
    existing.write_text("an earlier backup")
    existing.chmod(0o644)
    with pytest.raises(BackupError, match="already a file .* left as it is"):
        backup(existing)
    assert existing.read_text() == "an earlier backup"

    backup(existing, overwrite=True)
    assert existing.read_bytes() != b"an earlier backup" and mode(existing) == 0o600
    assert os.listdir(tmp_path) == ["tracker.dump"]


def test_a_failed_backup_leaves_no_file(tmp_path):
    with pytest.raises(BackupError, match="BACKUP_KEY is too short"):
        backup(tmp_path / "tracker.dump", key="short")
    assert os.listdir(tmp_path) == []


def test_an_encrypted_backup_is_refused_without_its_key_or_once_changed(tmp_path,
                                                                        nothing_restored):
    made = backup(tmp_path / "tracker.dump", key=KEY)
    assert made.encrypted and mode(made.path) == 0o600
    with pytest.raises(BackupError, match="is encrypted, and no key is set"):
        restore(made.path)
    with pytest.raises(BackupError, match="could not be decrypted with BACKUP_KEY"):
        restore(made.path, key="another key of some length")
    data = made.path.read_bytes()
    for changed in (data[:-1] + bytes([data[-1] ^ 0x01]), data[:len(data) // 2]):
        made.path.write_bytes(changed)
        with pytest.raises(BackupError, match="changed or damaged"):
            restore(made.path, key=KEY)


def test_with_a_key_set_a_backup_that_is_not_encrypted_is_refused_unless_asked(tmp_path,
                                                                               monkeypatch):
    made = backup(tmp_path / "tracker.dump")
    loaded = []
    monkeypatch.setattr(backups, "_load", lambda connection, path: loaded.append(path))
    with pytest.raises(BackupError, match="not encrypted, although BACKUP_KEY is set"):
        restore(made.path, key=KEY)
    assert loaded == []
    assert restore(made.path, key=KEY, unencrypted=True) is False
    assert loaded == [made.path]


def test_a_file_that_is_not_a_backup_is_refused(tmp_path, nothing_restored):
    other = tmp_path / "notes.txt"
    other.write_text("not a backup")
    with pytest.raises(BackupError, match="is not a backup of a .* database"):
        restore(other)

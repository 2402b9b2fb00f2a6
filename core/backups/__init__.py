"""Backing up the database to one file and restoring it, on PostgreSQL and on SQLite.

PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore --clean``; the password goes to
them in the environment (PGPASSWORD), never on their command line. SQLite: the online
backup API, which copies a consistent snapshot while the app keeps running.

A backup holds every account's password hash and the digests of the API tokens, so it is
kept like a secret:

- No one else can read it at any moment: a folder that backup creates is made 0700, the
  file is reserved with mode 0600 before anything is written, and the backup is written
  into private temporary files (0600) in the same folder, then renamed over it. A failed
  backup leaves nothing behind, and an existing file is replaced only when asked.
- The rows that would let a reader act as someone are left out: sign-in sessions (a session
  key is a signed-in browser) and django-axes' sign-in attempts and logs. Their tables are
  kept, empty, so that after a restore everyone signs in again.
- With a key (BACKUP_KEY), the file is encrypted and restore refuses one that the key does
  not authenticate (encryption.py).
"""
import os
import shutil
import sqlite3
import subprocess
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.db import connections

from core.backups import encryption
from core.backups.errors import BackupError

__all__ = ["Backup", "BackupError", "backup", "left_out_tables", "restore"]

# (app label, model) whose rows no backup holds; the attempt's expiration first, since it
# points to the attempt.
LEFT_OUT = [("sessions", "Session"), ("axes", "AccessAttemptExpiration"),
            ("axes", "AccessAttempt"), ("axes", "AccessLog"), ("axes", "AccessFailureLog")]
# How each database's own backup files begin, to refuse any other file before touching data.
HEADERS = {"postgresql": b"PGDMP", "sqlite": b"SQLite format 3\x00"}


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    encrypted: bool


def left_out_tables() -> list[str]:
    """The tables whose rows a backup leaves out (the tables themselves are kept)."""
    return [apps.get_model(app, model)._meta.db_table for app, model in LEFT_OUT]


def backup(path: Path, *, key: str = "", overwrite: bool = False,
           using: str = "default") -> Backup:
    """Write the whole database, but for the rows of ``left_out_tables()``, to ``path``,
    readable by its owner only and encrypted with ``key`` if one is given."""
    connection = connections[using]
    if connection.vendor not in HEADERS:
        raise BackupError(f"Backups of {connection.vendor} databases are not supported.")
    try:
        _private_folder(path.parent)
        reserved = _reserve(path, overwrite)
    except OSError as error:
        raise BackupError(f"Could not write {path}: {error.strerror}.") from error
    parts: list[Path] = []
    try:
        written = _dump(connection, _private_temporary(path.parent, parts))
        if key:
            encrypted = _private_temporary(path.parent, parts)
            encryption.encrypt(written, encrypted, key)
            written.unlink()
            written = encrypted
        with written.open("rb") as file:
            os.fsync(file.fileno())  # on disk before it takes the name
        os.replace(written, path)
    except BaseException as error:
        for part in parts:
            part.unlink(missing_ok=True)
        if reserved:
            path.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise BackupError(f"Could not write {path}: {error.strerror}.") from error
        raise
    return Backup(path=path, size=path.stat().st_size, encrypted=bool(key))


def restore(path: Path, *, key: str = "", unencrypted: bool = False,
            using: str = "default") -> bool:
    """Replace the whole database with the backup at ``path``; say whether it was encrypted.
    An encrypted file is decrypted and checked whole before any data is touched; with a
    ``key`` set, a file that is not encrypted is refused unless ``unencrypted``."""
    if not path.is_file():
        raise BackupError(f"No backup file at {path}.")
    connection = connections[using]
    if connection.vendor not in HEADERS:
        raise BackupError(f"Restoring {connection.vendor} databases is not supported.")
    if not encryption.is_encrypted(path):
        if key and not unencrypted:
            raise BackupError(
                f"{path} is not encrypted, although BACKUP_KEY is set, so nothing can tell "
                "whether it is a file that backup wrote. Nothing was restored. If you know "
                "where it comes from, run restore again with --unencrypted.")
        _load(connection, _backup_file(connection, path))
        return False
    if not key:
        raise BackupError(f"{path} is encrypted, and no key is set. Set BACKUP_KEY or "
                          "BACKUP_KEY_FILE to the key it was made with. Nothing was restored.")
    with tempfile.TemporaryDirectory(prefix="tracker-restore-") as folder:
        plain = Path(folder) / "backup"
        encryption.decrypt(path, plain, key)
        _load(connection, _backup_file(connection, plain))
    return True


def _private_folder(folder: Path) -> None:
    """Create ``folder`` and its missing parents with mode 0700, whatever the umask; an
    existing folder is left as it is."""
    for each in reversed([folder, *folder.parents]):
        try:
            each.mkdir(mode=0o700)
        except FileExistsError:
            continue
        each.chmod(0o700)


def _reserve(path: Path, overwrite: bool) -> bool:
    """Create ``path`` empty with mode 0600, or refuse if it exists (unless ``overwrite``)."""
    if overwrite:
        return False
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        raise BackupError(f"There is already a file at {path}, and it was left as it is. "
                          "Choose another name, or add --overwrite to replace it.") from None
    return True


def _private_temporary(folder: Path, parts: list[Path]) -> Path:
    descriptor, name = tempfile.mkstemp(dir=folder, prefix=".tracker-", suffix=".partial")
    os.close(descriptor)  # mkstemp made it 0600; the tools write into it by name
    parts.append(Path(name))
    return Path(name)


def _dump(connection, target: Path) -> Path:
    if connection.vendor == "postgresql":
        args, env = _postgres_env(connection.settings_dict)
        left_out = [f"--exclude-table-data={table}" for table in left_out_tables()]
        _run(["pg_dump", "--format=custom", "--no-owner", *left_out, "--file", str(target),
              *args], env)
        return target
    connection.ensure_connection()
    with closing(sqlite3.connect(target)) as copy:
        connection.connection.backup(copy)
        # secure_delete overwrites the deleted rows with zeros instead of leaving them in the
        # file's free pages; no journal file beside it, since a failed copy is thrown away.
        copy.execute("PRAGMA journal_mode = MEMORY")
        copy.execute("PRAGMA secure_delete = ON")
        with copy:
            for table in left_out_tables():
                copy.execute(f'DELETE FROM "{table}"')
    return target


def _backup_file(connection, path: Path) -> Path:
    """``path``, if it begins as this database's backups do."""
    with path.open("rb") as file:
        if file.read(len(HEADERS[connection.vendor])) != HEADERS[connection.vendor]:
            raise BackupError(f"{path} is not a backup of a {connection.display_name} "
                              "database made by manage.py backup. Nothing was restored.")
    return path


def _load(connection, path: Path) -> None:
    if connection.vendor == "postgresql":
        args, env = _postgres_env(connection.settings_dict)
        connection.close()
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
              *args, str(path)], env)
    else:
        connection.ensure_connection()
        with closing(sqlite3.connect(path)) as source:
            source.backup(connection.connection)


def _postgres_env(settings_dict: dict) -> tuple[list[str], dict]:
    args = ["--host", settings_dict.get("HOST") or "localhost",
            "--port", str(settings_dict.get("PORT") or 5432),
            "--username", settings_dict.get("USER") or "postgres",
            "--dbname", settings_dict["NAME"]]
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return args, env


def _run(command: list[str], env: dict) -> None:
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (Debian: apt-get install "
                          "postgresql-client, the same major version as the server).")
    # umask: whatever file the tool makes itself is private too.
    done = subprocess.run(command, env=env, capture_output=True, text=True, umask=0o077)
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()}")

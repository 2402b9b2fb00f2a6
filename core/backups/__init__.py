"""Backing up the database to one file and restoring it, on PostgreSQL and on SQLite.

PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore --clean``; the password goes to
them in the environment (PGPASSWORD), never on their command line. SQLite: the online
backup API, which copies a consistent snapshot while the app keeps running.
"""
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections


class BackupError(Exception):
    """Why a backup or a restore could not be made, in plain words."""


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
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise BackupError(f"{command[0]} failed: {done.stderr.strip()}")


def backup(path: Path, using: str = "default") -> Path:
    """Write the whole database to ``path``."""
    connection = connections[using]
    if connection.vendor == "postgresql":
        args, env = _postgres_env(connection.settings_dict)
        _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(path), *args], env)
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        target.close()
    else:
        raise BackupError(f"Backups of {connection.vendor} databases are not supported.")
    return path


def restore(path: Path, using: str = "default") -> None:
    """Replace the whole database with the backup at ``path``."""
    if not path.is_file():
        raise BackupError(f"No backup file at {path}.")
    connection = connections[using]
    if connection.vendor == "postgresql":
        args, env = _postgres_env(connection.settings_dict)
        connection.close()
        _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
              *args, str(path)], env)
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(path) as source:
            source.backup(connection.connection)
        source.close()
    else:
        raise BackupError(f"Restoring {connection.vendor} databases is not supported.")

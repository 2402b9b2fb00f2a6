"""Encrypting a backup file with a passphrase (BACKUP_KEY), and refusing one that the
passphrase cannot authenticate, with GnuPG from Debian (package ``gpg``).

The file is what ``gpg --symmetric`` writes (OpenPGP, AES-256, the key derived from the
passphrase by iterated and salted SHA-512), so that it can also be decrypted by hand with
``gpg --decrypt``. GnuPG streams: a backup of any size is encrypted without being held in
memory. Its integrity check (the MDC) covers the whole file: a wrong passphrase, one changed
byte or a cut file makes gpg fail, and GnuPG 2.2.8 and later refuse a file without the
check. gpg writes what it decrypts before it reaches the check at the end, so restore
decrypts into a private temporary file and uses it only once gpg has exited without error.

The passphrase goes to gpg on a pipe (``--passphrase-fd 0``), never on its command line; gpg
runs with an empty home folder of its own, so that neither a user's gpg.conf nor a cached
passphrase (``--no-symkey-cache``) changes what it does.
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from core.backups.errors import BackupError

# The first byte of an OpenPGP file that starts with a passphrase-encrypted session key
# (packet tag 3): old-format headers 0x8c-0x8f, new-format 0xc3.
ENCRYPTED_FIRST_BYTES = {0x8C, 0x8D, 0x8E, 0x8F, 0xC3}
# A passphrase shorter than this is refused: it is all that stands between a copy of the
# file and every account's password hash.
SHORTEST_KEY = 16
ENCRYPT = ["--symmetric", "--cipher-algo", "AES256", "--s2k-mode", "3",
           "--s2k-digest-algo", "SHA512", "--s2k-count", "65011712"]


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as file:
        first = file.read(1)
    return bool(first) and first[0] in ENCRYPTED_FIRST_BYTES


def encrypt(plain: Path, encrypted: Path, key: str) -> None:
    """Write ``plain`` encrypted with ``key`` into ``encrypted``, an existing private file."""
    if len(key) < SHORTEST_KEY:
        raise BackupError(
            f"BACKUP_KEY is too short: use at least {SHORTEST_KEY} random characters (for "
            "example, what `openssl rand -base64 32` prints).")
    _gpg([*ENCRYPT, str(plain)], encrypted, key,
         failed="Could not encrypt the backup")


def decrypt(encrypted: Path, plain: Path, key: str) -> None:
    """Write ``encrypted`` decrypted into ``plain``, or raise BackupError if ``key`` does not
    authenticate the whole file (then ``plain`` holds a part at most: do not use it)."""
    _gpg(["--decrypt", str(encrypted)], plain, key,
         failed=f"{encrypted} could not be decrypted with BACKUP_KEY: either the key is not "
                "the one it was made with, or the file was changed or damaged since. Nothing "
                "was restored")


def _gpg(args: list[str], output: Path, key: str, *, failed: str) -> None:
    if shutil.which("gpg") is None:
        raise BackupError("GnuPG is not installed, and it is needed for encrypted backups "
                          "(Debian: apt-get install gpg).")
    with tempfile.TemporaryDirectory(prefix="tracker-gpg-") as home, \
            open(output, "wb", opener=_private) as out:
        try:
            done = subprocess.run(
                ["gpg", "--homedir", home, "--batch", "--quiet", "--no-tty",
                 "--pinentry-mode", "loopback", "--passphrase-fd", "0", "--no-symkey-cache",
                 "--output", "-", *args],
                input=(key + "\n").encode(), stdout=out, stderr=subprocess.PIPE, umask=0o077)
        finally:
            if shutil.which("gpgconf"):  # its agent, if gpg started one for this home
                subprocess.run(["gpgconf", "--homedir", home, "--kill", "gpg-agent"],
                               capture_output=True)
    if done.returncode != 0:
        detail = done.stderr.decode(errors="replace").strip()
        raise BackupError(f"{failed} ({detail}).")


def _private(path: str, flags: int) -> int:
    """Open as ``open()`` would, but create the file readable by its owner only."""
    return os.open(path, flags, 0o600)
